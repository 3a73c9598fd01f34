package org.ctpengine.engine.ring;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;

import java.nio.ByteOrder;

/**
 * Payload of a {@link EventType#SESSION_STATE} event: what every consumer must know when a session changes
 * state (strategy threads need the FrontID/SessionID their orders carry, and the READY signal).
 *
 * <pre>
 *  0 int  state (SessionState code)
 *  4 int  FrontID
 *  8 int  SessionID
 * 12 int  reserved
 * 16 long MaxOrderRef at login
 * 24 byte[9] TradingDay yyyyMMdd + NUL
 * </pre>
 */
public final class SessionStateEvent
{
    public static final int LENGTH = 40;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    private SessionStateEvent()
    {
    }

    /** Composes the whole event (header + payload) into {@code target} at 0, for a ConsumerPublisher. */
    public static void compose(
        final MutableDirectBuffer target, final EventHeader header, final int channel, final SessionState state,
        final int frontId, final int sessionId, final long maxOrderRef, final CharSequence tradingDay, final long epochNanos)
    {
        header.wrap(target, 0).clear().type(EventType.SESSION_STATE.code()).source(EventSource.ENGINE)
            .channel((short)channel).spiSlot((short)-1).payloadLength(LENGTH).intArg(state.code())
            .epochNanos(epochNanos).receiveNanos(System.nanoTime());
        final int at = EventHeader.PAYLOAD_OFFSET;
        target.setMemory(at, LENGTH, (byte)0);
        target.putInt(at, state.code(), LE);
        target.putInt(at + 4, frontId, LE);
        target.putInt(at + 8, sessionId, LE);
        target.putLong(at + 16, maxOrderRef, LE);
        for (int i = 0; i < Math.min(8, tradingDay.length()); i++)
        {
            target.putByte(at + 24 + i, (byte)tradingDay.charAt(i));
        }
    }

    public static SessionState state(final DirectBuffer buffer, final int payloadOffset)
    {
        return SessionState.fromCode(buffer.getInt(payloadOffset, LE));
    }

    public static int frontId(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getInt(payloadOffset + 4, LE);
    }

    public static int sessionId(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getInt(payloadOffset + 8, LE);
    }

    public static long maxOrderRef(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getLong(payloadOffset + 16, LE);
    }

    /** The trading day as a number (yyyyMMdd), 0 before the login; allocation-free, for the strategy threads. */
    public static int tradingDayNumber(final DirectBuffer buffer, final int payloadOffset)
    {
        int day = 0;
        for (int i = 0; i < 8; i++)
        {
            final byte b = buffer.getByte(payloadOffset + 24 + i);
            if (b < '0' || b > '9')
            {
                return 0;
            }
            day = day * 10 + (b - '0');
        }
        return day;
    }

    /** The trading day (yyyyMMdd), empty before the login. Allocates: not for hot paths. */
    public static String tradingDay(final DirectBuffer buffer, final int payloadOffset)
    {
        final StringBuilder day = new StringBuilder(8);
        for (int i = 0; i < 8; i++)
        {
            final byte b = buffer.getByte(payloadOffset + 24 + i);
            if (b == 0)
            {
                break;
            }
            day.append((char)b);
        }
        return day.toString();
    }
}
