package org.ctpengine.engine.order;

import org.agrona.BitUtil;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.Arrays;

/**
 * Remembers every trade seen by ExchangeID + TradeID, so that a trade replayed by the counter after a
 * reconnect (RESUME) or restart is counted once. Keys are kept byte for byte (no hash-only shortcut:
 * a collision must never drop a real trade). Open addressing over an int table; key bytes in one arena.
 * Allocates only when it grows. Owned by the account's thread.
 */
public final class TradeDeduplicator
{
    /** ExchangeID char[9] + TradeID char[21]. */
    public static final int KEY_LENGTH = 9 + 21;
    private static final int EMPTY = -1;

    private int[] table;
    private UnsafeBuffer arena;
    private int size;
    private int mask;

    public TradeDeduplicator(final int expectedTrades)
    {
        final int capacity = BitUtil.findNextPositivePowerOfTwo(Math.max(16, expectedTrades * 2));
        table = new int[capacity];
        Arrays.fill(table, EMPTY);
        mask = capacity - 1;
        arena = new UnsafeBuffer(new byte[capacity / 2 * KEY_LENGTH]);
    }

    /**
     * Records a trade key if new.
     *
     * @return true when the trade was not seen before (count it), false for a duplicate (ignore it)
     */
    public boolean add(final DirectBuffer exchangeId, final int exchangeIdOffset, final DirectBuffer tradeId, final int tradeIdOffset)
    {
        final int hash = hash(exchangeId, exchangeIdOffset, 9, hash(tradeId, tradeIdOffset, 21, 0x9E3779B9));
        int index = hash & mask;
        while (table[index] != EMPTY)
        {
            if (equalsKey(table[index], exchangeId, exchangeIdOffset, tradeId, tradeIdOffset))
            {
                return false;
            }
            index = (index + 1) & mask;
        }
        if (size * 2 >= table.length)
        {
            grow();
            return add(exchangeId, exchangeIdOffset, tradeId, tradeIdOffset);
        }
        final int slot = size++;
        copyText(exchangeId, exchangeIdOffset, 9, slot * KEY_LENGTH);
        copyText(tradeId, tradeIdOffset, 21, slot * KEY_LENGTH + 9);
        table[index] = slot;
        return true;
    }

    public int size()
    {
        return size;
    }

    /**
     * The slot of a trade seen before, -1 for one never seen. Slots number trades in the order they were first added
     * (0, 1, ...), and stay so when the table grows: callers keep per-trade details in arrays by slot.
     */
    public int indexOf(final DirectBuffer exchangeId, final int exchangeIdOffset, final DirectBuffer tradeId, final int tradeIdOffset)
    {
        final int hash = hash(exchangeId, exchangeIdOffset, 9, hash(tradeId, tradeIdOffset, 21, 0x9E3779B9));
        int index = hash & mask;
        while (table[index] != EMPTY)
        {
            if (equalsKey(table[index], exchangeId, exchangeIdOffset, tradeId, tradeIdOffset))
            {
                return table[index];
            }
            index = (index + 1) & mask;
        }
        return -1;
    }

    /** A new trading day: TradeIDs start again at the exchanges, so the window of remembered trades does too. */
    public void clear()
    {
        Arrays.fill(table, EMPTY);
        size = 0;
    }

    /** ExchangeID of a slot's trade. Allocates: for reports. */
    public String exchangeIdAt(final int slot)
    {
        return text(slot * KEY_LENGTH, 9);
    }

    /** TradeID of a slot's trade. Allocates: for reports. */
    public String tradeIdAt(final int slot)
    {
        return text(slot * KEY_LENGTH + 9, 21);
    }

    private String text(final int at, final int length)
    {
        final StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length && arena.getByte(at + i) != 0; i++)
        {
            text.append((char)arena.getByte(at + i));
        }
        return text.toString();
    }

    private boolean equalsKey(final int slot, final DirectBuffer exchangeId, final int exchangeIdOffset, final DirectBuffer tradeId, final int tradeIdOffset)
    {
        return textEquals(exchangeId, exchangeIdOffset, 9, slot * KEY_LENGTH) &&
            textEquals(tradeId, tradeIdOffset, 21, slot * KEY_LENGTH + 9);
    }

    /** Compares up to the first NUL: bytes after a C string's terminator are not part of it. */
    private boolean textEquals(final DirectBuffer source, final int offset, final int length, final int arenaOffset)
    {
        for (int i = 0; i < length; i++)
        {
            final byte a = source.getByte(offset + i);
            if (a != arena.getByte(arenaOffset + i))
            {
                return false;
            }
            if (a == 0)
            {
                return true;
            }
        }
        return true;
    }

    private void copyText(final DirectBuffer source, final int offset, final int length, final int arenaOffset)
    {
        boolean ended = false;
        for (int i = 0; i < length; i++)
        {
            final byte b = ended ? 0 : source.getByte(offset + i);
            ended |= b == 0;
            arena.putByte(arenaOffset + i, b);
        }
    }

    private static int hash(final DirectBuffer source, final int offset, final int length, final int seed)
    {
        int h = seed;
        for (int i = 0; i < length; i++)
        {
            final byte b = source.getByte(offset + i);
            if (b == 0)
            {
                break;
            }
            h = (h ^ b) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private void grow()
    {
        final UnsafeBuffer oldArena = arena;
        final int count = size;
        final int capacity = table.length * 2;
        table = new int[capacity];
        Arrays.fill(table, EMPTY);
        mask = capacity - 1;
        arena = new UnsafeBuffer(new byte[capacity / 2 * KEY_LENGTH]);
        size = 0;
        for (int slot = 0; slot < count; slot++)
        {
            add(oldArena, slot * KEY_LENGTH, oldArena, slot * KEY_LENGTH + 9);
        }
    }
}
