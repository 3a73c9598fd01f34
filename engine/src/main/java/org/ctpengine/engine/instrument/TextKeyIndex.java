package org.ctpengine.engine.instrument;

import org.agrona.BitUtil;
import org.agrona.DirectBuffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Maps short NUL-terminated text keys (InstrumentIDs) to dense indexes 0, 1, 2, … and finds them again
 * straight from a struct's bytes without allocating. Keys are added by one thread (allocation allowed then: a
 * login's instrument query); lookups happen on every tick, from any thread, even while keys are added (a new
 * day's query may list new contracts). A reader sees each key whole or not at all: a growing table is built
 * aside and published through one volatile field; a key added in place is written before its slot, which is
 * set with release and read with acquire.
 */
public final class TextKeyIndex
{
    private static final int EMPTY = -1;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(int[].class);

    /** One generation of the index: its arrays grow only by being replaced; slots are filled in place. */
    private static final class Table
    {
        final String[] keys;
        final byte[][] keyBytes;
        final int[] slots;
        final int mask;
        final int size;

        Table(final String[] keys, final byte[][] keyBytes, final int[] slots, final int size)
        {
            this.keys = keys;
            this.keyBytes = keyBytes;
            this.slots = slots;
            this.mask = slots.length - 1;
            this.size = size;
        }
    }

    private volatile Table table = new Table(new String[32], new byte[32][], emptySlots(64), 0);

    /** Index of {@code key}, adding it if new. Keys are ASCII (CTP InstrumentIDs are). One adding thread. */
    public int add(final CharSequence key)
    {
        final byte[] bytes = ascii(key);
        final Table current = table;
        final int existing = find(current, bytes);
        if (existing >= 0)
        {
            return existing;
        }
        final int index = current.size;
        final int size = index + 1;
        if (size * 2 > current.slots.length) // at most half full, so probes stay short
        {
            final int capacity = current.slots.length; // keys: half the slots
            final String[] keys = Arrays.copyOf(current.keys, capacity);
            final byte[][] keyBytes = Arrays.copyOf(current.keyBytes, capacity);
            keys[index] = key.toString();
            keyBytes[index] = bytes;
            final int[] slots = emptySlots(capacity * 2);
            for (int i = 0; i < size; i++)
            {
                insert(slots, slots.length - 1, keyBytes[i], i);
            }
            table = new Table(keys, keyBytes, slots, size);
        }
        else
        {
            current.keys[index] = key.toString();
            current.keyBytes[index] = bytes;
            table = new Table(current.keys, current.keyBytes, current.slots, size);
            insert(current.slots, current.mask, bytes, index); // last: a reader that finds the slot sees the rest
        }
        return index;
    }

    /** Index of the NUL-terminated text at {@code offset} (at most {@code maxLength} bytes), or -1. Any thread. */
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
        final Table current = table;
        final int[] slots = current.slots;
        final int mask = current.mask;
        int slot = spread(hash) & mask;
        int index;
        while ((index = (int)SLOT.getAcquire(slots, slot)) != EMPTY)
        {
            if (matches(current.keyBytes[index], buffer, offset, length))
            {
                return index;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Index of a key given as text, or -1. Allocates; for start-up and tests. Any thread. */
    public int find(final CharSequence key)
    {
        return find(table, ascii(key));
    }

    public String key(final int index)
    {
        final Table current = table;
        if (index < 0 || index >= current.size)
        {
            throw new IndexOutOfBoundsException("no key " + index + " of " + current.size);
        }
        return current.keys[index];
    }

    public int size()
    {
        return table.size;
    }

    private static int find(final Table current, final byte[] bytes)
    {
        int slot = spread(hash(bytes)) & current.mask;
        int index;
        while ((index = (int)SLOT.getAcquire(current.slots, slot)) != EMPTY)
        {
            if (Arrays.equals(current.keyBytes[index], bytes))
            {
                return index;
            }
            slot = (slot + 1) & current.mask;
        }
        return -1;
    }

    private static void insert(final int[] slots, final int mask, final byte[] bytes, final int index)
    {
        int slot = spread(hash(bytes)) & mask;
        while (slots[slot] != EMPTY)
        {
            slot = (slot + 1) & mask;
        }
        SLOT.setRelease(slots, slot, index);
    }

    private static int[] emptySlots(final int length)
    {
        final int[] slots = new int[length];
        Arrays.fill(slots, EMPTY);
        return slots;
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
