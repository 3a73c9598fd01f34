package org.ctpengine.engine.session;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;

import java.nio.ByteOrder;

/**
 * Payload of a {@link EventType#RECONCILE} event: one difference the engine thread found between its books and the
 * counter's answers after a login, and what it did about it. The header's intArg is the kind ({@link #ORDER_CLOSED},
 * {@link #TRADE_MISSING}, {@link #POSITION_TAKEN}); the channel is the account's. Fields a kind does not use are zero.
 *
 * <pre>
 *   0 int    FrontID          (order)
 *   4 int    SessionID        (order)
 *   8 long   OrderRef         (order)
 *  16 byte[32] InstrumentID   (every kind)
 *  48 byte[16] ExchangeID     (trade)
 *  64 byte[24] TradeID        (trade)
 *  88 byte   Direction        (trade; position: '0' long, '1' short)
 *  89 byte   OffsetFlag       (trade)
 *  92 int    Volume           (trade)
 *  96 double Price            (trade)
 * 104 long   engine total lots, 112 engine today's lots, 120 counter total lots, 128 counter today's lots (position)
 * </pre>
 */
public final class ReconcileEvent
{
    /** An order the engine held live is not at the counter after the login: closed (cancelled) in the engine's books. */
    public static final int ORDER_CLOSED = 1;
    /** A trade the engine counted is not in the counter's trade query: no longer counted. */
    public static final int TRADE_MISSING = 2;
    /** One side of a position differed from the counter's position query: the counter's lots were taken. */
    public static final int POSITION_TAKEN = 3;

    /** Direction byte of a position side. */
    public static final byte LONG = '0';
    public static final byte SHORT = '1';

    public static final int LENGTH = 136;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int INSTRUMENT = 16;
    private static final int INSTRUMENT_LENGTH = 32;
    private static final int EXCHANGE = 48;
    private static final int EXCHANGE_LENGTH = 16;
    private static final int TRADE = 64;
    private static final int TRADE_LENGTH = 24;

    private ReconcileEvent()
    {
    }

    /** Starts an event of {@code kind} in {@code target} at 0 with a zeroed payload; fill it with the puts below. */
    public static void begin(final MutableDirectBuffer target, final EventHeader header, final int channel, final int kind,
        final long epochNanos)
    {
        header.wrap(target, 0).clear().type(EventType.RECONCILE.code()).source(EventSource.ENGINE)
            .channel((short)channel).spiSlot((short)-1).payloadLength(LENGTH).intArg(kind)
            .epochNanos(epochNanos).receiveNanos(System.nanoTime());
        target.setMemory(EventHeader.PAYLOAD_OFFSET, LENGTH, (byte)0);
    }

    public static void order(final MutableDirectBuffer target, final int frontId, final int sessionId, final long orderRef)
    {
        final int at = EventHeader.PAYLOAD_OFFSET;
        target.putInt(at, frontId, LE);
        target.putInt(at + 4, sessionId, LE);
        target.putLong(at + 8, orderRef, LE);
    }

    public static void instrument(final MutableDirectBuffer target, final CharSequence instrumentId)
    {
        text(target, EventHeader.PAYLOAD_OFFSET + INSTRUMENT, INSTRUMENT_LENGTH, instrumentId);
    }

    public static void trade(final MutableDirectBuffer target, final CharSequence exchangeId, final CharSequence tradeId,
        final byte direction, final byte offsetFlag, final int volume, final double price)
    {
        final int at = EventHeader.PAYLOAD_OFFSET;
        text(target, at + EXCHANGE, EXCHANGE_LENGTH, exchangeId);
        text(target, at + TRADE, TRADE_LENGTH, tradeId);
        target.putByte(at + 88, direction);
        target.putByte(at + 89, offsetFlag);
        target.putInt(at + 92, volume, LE);
        target.putDouble(at + 96, price, LE);
    }

    public static void position(final MutableDirectBuffer target, final byte side, final long engineTotal,
        final long engineToday, final long counterTotal, final long counterToday)
    {
        final int at = EventHeader.PAYLOAD_OFFSET;
        target.putByte(at + 88, side);
        target.putLong(at + 104, engineTotal, LE);
        target.putLong(at + 112, engineToday, LE);
        target.putLong(at + 120, counterTotal, LE);
        target.putLong(at + 128, counterToday, LE);
    }

    private static void text(final MutableDirectBuffer target, final int at, final int length, final CharSequence text)
    {
        for (int i = 0; i < Math.min(length - 1, text.length()); i++)
        {
            target.putByte(at + i, (byte)text.charAt(i));
        }
    }

    public static int frontId(final DirectBuffer buffer, final int payload)
    {
        return buffer.getInt(payload, LE);
    }

    public static int sessionId(final DirectBuffer buffer, final int payload)
    {
        return buffer.getInt(payload + 4, LE);
    }

    public static long orderRef(final DirectBuffer buffer, final int payload)
    {
        return buffer.getLong(payload + 8, LE);
    }

    /** InstrumentID, NUL-terminated at {@link #instrumentOffset}: for lookups without allocation. */
    public static int instrumentOffset(final int payload)
    {
        return payload + INSTRUMENT;
    }

    /** ExchangeID, NUL-terminated, 9 bytes at most as CTP's (for a trade de-duplicator). */
    public static int exchangeIdOffset(final int payload)
    {
        return payload + EXCHANGE;
    }

    /** TradeID, NUL-terminated, 21 bytes at most as CTP's. */
    public static int tradeIdOffset(final int payload)
    {
        return payload + TRADE;
    }

    public static byte direction(final DirectBuffer buffer, final int payload)
    {
        return buffer.getByte(payload + 88);
    }

    public static byte offsetFlag(final DirectBuffer buffer, final int payload)
    {
        return buffer.getByte(payload + 89);
    }

    public static int volume(final DirectBuffer buffer, final int payload)
    {
        return buffer.getInt(payload + 92, LE);
    }

    public static double price(final DirectBuffer buffer, final int payload)
    {
        return buffer.getDouble(payload + 96, LE);
    }

    public static long engineTotal(final DirectBuffer buffer, final int payload)
    {
        return buffer.getLong(payload + 104, LE);
    }

    public static long engineToday(final DirectBuffer buffer, final int payload)
    {
        return buffer.getLong(payload + 112, LE);
    }

    public static long counterTotal(final DirectBuffer buffer, final int payload)
    {
        return buffer.getLong(payload + 120, LE);
    }

    public static long counterToday(final DirectBuffer buffer, final int payload)
    {
        return buffer.getLong(payload + 128, LE);
    }

    /** InstrumentID as text. Allocates: tools and logs. */
    public static String instrumentId(final DirectBuffer buffer, final int payload)
    {
        return string(buffer, payload + INSTRUMENT, INSTRUMENT_LENGTH);
    }

    public static String exchangeId(final DirectBuffer buffer, final int payload)
    {
        return string(buffer, payload + EXCHANGE, EXCHANGE_LENGTH);
    }

    public static String tradeId(final DirectBuffer buffer, final int payload)
    {
        return string(buffer, payload + TRADE, TRADE_LENGTH);
    }

    /** The kind in words, for logs and tools. */
    public static String kindName(final int kind)
    {
        return switch (kind)
        {
            case ORDER_CLOSED -> "order not at the counter after login: closed";
            case TRADE_MISSING -> "trade not at the counter: not counted";
            case POSITION_TAKEN -> "position differs from the counter's: counter's taken";
            default -> "kind " + kind;
        };
    }

    private static String string(final DirectBuffer buffer, final int at, final int length)
    {
        final StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            final byte b = buffer.getByte(at + i);
            if (b == 0)
            {
                break;
            }
            text.append((char)b);
        }
        return text.toString();
    }
}
