package org.ctpengine.engine.order;

import org.agrona.DirectBuffer;

/**
 * CTP's OrderRef as text ({@code char[13]}: up to 12 digits). The engine's refs are numbers it allocates per
 * account ({@link org.ctpengine.engine.outbound.AccountLink#beginInsert()}); returns carry them back as text.
 */
public final class OrderRefText
{
    /** At most 12 digits fit {@code char[13]}. */
    public static final long MAX_ORDER_REF = 999_999_999_999L;

    private OrderRefText()
    {
    }

    /**
     * Parses an OrderRef text field (digits, possibly left-padded with spaces); -1 when it is not a number
     * (orders placed by other software may use any text). Allocates nothing.
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
}
