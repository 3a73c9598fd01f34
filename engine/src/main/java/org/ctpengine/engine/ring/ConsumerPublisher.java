package org.ctpengine.engine.ring;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayDeque;

/**
 * Publishes engine events (commands, session states, strategy stops) from a thread that also consumes the
 * ring. Such a thread must never wait for room: the room it waits for may be the slot it has not consumed
 * yet. So when the ring is full the event is kept, in order, and published later from {@link #flush()},
 * which the owner calls at the end of each batch. Nothing is dropped and order is kept per publisher.
 * Owned by one thread; allocates only when the ring is full.
 */
public final class ConsumerPublisher
{
    private final InboundRing ring;
    private final ArrayDeque<byte[]> overflow = new ArrayDeque<>();
    private final EventHeader header = new EventHeader();
    private final UnsafeBuffer overflowView = new UnsafeBuffer(new byte[0]);
    private long overflowed;

    public ConsumerPublisher(final InboundRing ring)
    {
        this.ring = ring;
    }

    /**
     * Publishes an event composed in {@code source} at offset 0 (header then payload; the header's sequence is
     * assigned here). The source may be reused as soon as this returns.
     */
    public void publish(final DirectBuffer source)
    {
        header.wrap(source, 0);
        final int length = header.totalLength();
        if (!overflow.isEmpty() || !tryPublish(source, length))
        {
            final byte[] copy = new byte[length];
            source.getBytes(0, copy);
            overflow.addLast(copy);
            overflowed++;
        }
    }

    /** Publishes kept events while there is room. Returns how many are still waiting. */
    public int flush()
    {
        while (!overflow.isEmpty())
        {
            final byte[] next = overflow.peekFirst();
            overflowView.wrap(next);
            if (!tryPublish(overflowView, next.length))
            {
                break;
            }
            overflow.pollFirst();
        }
        return overflow.size();
    }

    /** Events that had to wait for room (a sign the ring is too small for the load). */
    public long overflowed()
    {
        return overflowed;
    }

    private boolean tryPublish(final DirectBuffer source, final int length)
    {
        final long sequence = ring.tryClaim();
        if (sequence < 0)
        {
            return false;
        }
        final RingEvent event = ring.event(sequence);
        event.buffer().putBytes(0, source, 0, length);
        event.header().sequence(sequence);
        ring.publish(sequence);
        return true;
    }
}
