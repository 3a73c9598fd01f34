package org.ctpengine.engine.ring;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.ByteOrder;

/**
 * Payload of a {@link EventType#FRONT_STORM} event: one second (or less) of a reconnect storm on one session, the
 * front events the journal left out counted.
 *
 * <pre>
 *  0 int  connects          OnFrontConnected left out
 *  4 int  disconnects       OnFrontDisconnected left out
 *  8 int  firstReason       the first left-out disconnect's reason (0 when none)
 * 12 int  lastReason        the last left-out disconnect's reason (0 when none)
 * 16 long firstEpochNanos   wall clock of the first left-out event
 * 24 long lastEpochNanos    wall clock of the last left-out event
 * 32 int  lastType          the last left-out event's {@link EventType} code: whether the link was up after it
 * 36 int  reserved
 * </pre>
 */
public final class FrontStormEvent
{
    public static final int LENGTH = 40;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    private FrontStormEvent()
    {
    }

    /** Writes the payload at {@code offset} (the coalescer's; public for tools and tests that compose journals). */
    public static void write(
        final MutableDirectBuffer buffer, final int offset, final int connects, final int disconnects, final int firstReason,
        final int lastReason, final long firstEpochNanos, final long lastEpochNanos, final short lastType)
    {
        buffer.putInt(offset, connects, LE);
        buffer.putInt(offset + 4, disconnects, LE);
        buffer.putInt(offset + 8, firstReason, LE);
        buffer.putInt(offset + 12, lastReason, LE);
        buffer.putLong(offset + 16, firstEpochNanos, LE);
        buffer.putLong(offset + 24, lastEpochNanos, LE);
        buffer.putInt(offset + 32, lastType, LE);
        buffer.putInt(offset + 36, 0, LE);
    }

    public static int connects(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getInt(payloadOffset, LE);
    }

    public static int disconnects(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getInt(payloadOffset + 4, LE);
    }

    public static int firstReason(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getInt(payloadOffset + 8, LE);
    }

    public static int lastReason(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getInt(payloadOffset + 12, LE);
    }

    public static long firstEpochNanos(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getLong(payloadOffset + 16, LE);
    }

    public static long lastEpochNanos(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getLong(payloadOffset + 24, LE);
    }

    /** Whether the link was up after the last left-out event (it was an OnFrontConnected). */
    public static boolean endedConnected(final DirectBuffer buffer, final int payloadOffset)
    {
        return buffer.getInt(payloadOffset + 32, LE) == EventType.FRONT_CONNECTED.code();
    }
}
