package org.ctpengine.engine.order;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Hands out OrderRefs for one trader session. CTP requires them to increase within a session and never
 * repeat; the login response's MaxOrderRef is the highest the counter has seen, and a warm restart
 * restores the highest the engine itself used. Owned by the session's thread.
 */
public final class OrderRefAllocator
{
    /** CTP's OrderRef is {@code char[13]}: at most 12 digits. */
    public static final long MAX_ORDER_REF = 999_999_999_999L;

    private long last;

    /** After login: start above the counter's MaxOrderRef and above anything this engine used. */
    public void onLogin(final long maxOrderRef)
    {
        last = Math.max(last, maxOrderRef);
    }

    /** From the journal on a warm restart: the highest OrderRef this engine sent. */
    public void restoreHighestUsed(final long orderRef)
    {
        last = Math.max(last, orderRef);
    }

    /**
     * The next OrderRef.
     *
     * @throws IllegalStateException if the 12-digit space is exhausted (cannot happen in a trading day)
     */
    public long next()
    {
        if (last >= MAX_ORDER_REF)
        {
            throw new IllegalStateException("OrderRef space exhausted at " + last);
        }
        return ++last;
    }

    public long last()
    {
        return last;
    }

    /**
     * Parses a CTP OrderRef text field (digits, left-padded with spaces or not); -1 when it is not a number
     * (orders placed by other software may use any text).
     */
    public static long parse(final DirectBuffer buffer, final int offset, final int length)
    {
        long value = 0;
        boolean digits = false;
        for (int i = 0; i < length; i++)
        {
            final byte b = buffer.getByte(offset + i);
            if (b == 0)
            {
                break;
            }
            if (b == ' ' && !digits)
            {
                continue;
            }
            if (b < '0' || b > '9' || value > MAX_ORDER_REF)
            {
                return -1;
            }
            value = value * 10 + (b - '0');
            digits = true;
        }
        return digits ? value : -1;
    }

    /**
     * Writes an OrderRef as CTP clients customarily do: right-aligned in 12 characters, then NUL, so that
     * string comparison on the counter orders them like numbers.
     */
    public static void write(final MutableDirectBuffer buffer, final int offset, final long orderRef)
    {
        long value = orderRef;
        for (int i = 11; i >= 0; i--)
        {
            if (value == 0 && i < 11)
            {
                buffer.putByte(offset + i, (byte)' ');
            }
            else
            {
                buffer.putByte(offset + i, (byte)('0' + value % 10));
                value /= 10;
            }
        }
        buffer.putByte(offset + 12, (byte)0);
    }
}
