package org.ctpengine.engine.ring;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * One pre-allocated ring slot: a fixed window onto off-heap memory holding an {@link EventHeader} and the
 * raw CTP struct. Producers fill it between claim and publish; consumers read it until they release
 * the sequence. Never resized, never reallocated.
 */
public final class RingEvent
{
    private final UnsafeBuffer buffer;
    private final EventHeader header = new EventHeader();

    RingEvent(final UnsafeBuffer buffer)
    {
        this.buffer = buffer;
        header.wrap(buffer, 0);
    }

    /** An event view over any buffer holding an event at offset 0 (replay feeds journaled events this way). */
    public static RingEvent over(final UnsafeBuffer buffer)
    {
        return new RingEvent(buffer);
    }

    /** The slot's memory: header at 0, payload at {@link EventHeader#PAYLOAD_OFFSET}. */
    public UnsafeBuffer buffer()
    {
        return buffer;
    }

    public EventHeader header()
    {
        return header;
    }

    /** Largest payload this slot holds. */
    public int payloadCapacity()
    {
        return buffer.capacity() - EventHeader.PAYLOAD_OFFSET;
    }
}
