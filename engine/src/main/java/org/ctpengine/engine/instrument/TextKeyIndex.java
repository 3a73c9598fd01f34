package org.ctpengine.engine.instrument;

import org.agrona.BitUtil;
import org.agrona.DirectBuffer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps short NUL-terminated text keys (InstrumentIDs) to dense indexes 0, 1, 2, … and finds them again
 * straight from a struct's bytes without allocating. Keys are added at start-up (allocation allowed then);
 * lookups happen on every tick. Owned by one thread at a time; safe to read from several threads once
 * no more keys are added.
 */
public final class TextKeyIndex
{
    private static final int EMPTY = -1;

    private final List<String> keys = new ArrayList<>();
    private final List<byte[]> keyBytes = new ArrayList<>();
    private int[] table = new int[64];
    private int mask = 63;

    public TextKeyIndex()
    {
        Arrays.fill(table, EMPTY);
    }

    /** Index of {@code key}, adding it if new. Keys are ASCII (CTP InstrumentIDs are). */
    public int add(final CharSequence key)
    {
        final byte[] bytes = ascii(key);
        final int existing = find(bytes);
        if (existing >= 0)
        {
            return existing;
        }
        if ((keys.size() + 1) * 2 > table.length)
        {
            rehash(table.length * 2);
        }
        final int index = keys.size();
        keys.add(key.toString());
        keyBytes.add(bytes);
        insert(bytes, index);
        return index;
    }

    /** Index of the NUL-terminated text at {@code offset} (at most {@code maxLength} bytes), or -1. */
    public int find(final DirectBuffer buffer, final int offset, final int maxLength)
    {
        int hash = 0x811C9DC5;
        int length = 0;
        while (length < maxLength)
        {
            final byte b = buffer.getByte(offset + length);
            if (b == 0)
            {
                break;
            }
            hash = (hash ^ b) * 0x01000193;
            length++;
        }
        int slot = spread(hash) & mask;
        while (table[slot] != EMPTY)
        {
            final int index = table[slot];
            if (matches(keyBytes.get(index), buffer, offset, length))
            {
                return index;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Index of a key given as text, or -1. Allocates; for start-up and tests. */
    public int find(final CharSequence key)
    {
        return find(ascii(key));
    }

    public String key(final int index)
    {
        return keys.get(index);
    }

    public int size()
    {
        return keys.size();
    }

    private int find(final byte[] bytes)
    {
        int slot = spread(hash(bytes)) & mask;
        while (table[slot] != EMPTY)
        {
            if (Arrays.equals(keyBytes.get(table[slot]), bytes))
            {
                return table[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private void insert(final byte[] bytes, final int index)
    {
        int slot = spread(hash(bytes)) & mask;
        while (table[slot] != EMPTY)
        {
            slot = (slot + 1) & mask;
        }
        table[slot] = index;
    }

    private void rehash(final int capacity)
    {
        table = new int[BitUtil.findNextPositivePowerOfTwo(capacity)];
        Arrays.fill(table, EMPTY);
        mask = table.length - 1;
        for (int i = 0; i < keyBytes.size(); i++)
        {
            insert(keyBytes.get(i), i);
        }
    }

    private static boolean matches(final byte[] key, final DirectBuffer buffer, final int offset, final int length)
    {
        if (key.length != length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (key[i] != buffer.getByte(offset + i))
            {
                return false;
            }
        }
        return true;
    }

    private static int hash(final byte[] bytes)
    {
        int hash = 0x811C9DC5;
        for (final byte b : bytes)
        {
            hash = (hash ^ b) * 0x01000193;
        }
        return hash;
    }

    private static int spread(final int hash)
    {
        return hash ^ (hash >>> 16);
    }

    private static byte[] ascii(final CharSequence key)
    {
        final byte[] bytes = new byte[key.length()];
        for (int i = 0; i < bytes.length; i++)
        {
            final char c = key.charAt(i);
            if (c == 0 || c > 0x7F)
            {
                throw new IllegalArgumentException("instrument key must be ASCII without NUL: '" + key + "'");
            }
            bytes[i] = (byte)c;
        }
        return bytes;
    }
}
