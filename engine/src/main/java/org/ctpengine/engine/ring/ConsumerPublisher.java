package org.ctpengine.engine.ring;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableRingBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Publishes engine events (commands, session states, strategy stops) from a thread that also consumes the
 * ring. Such a thread must never wait for room: the room it waits for may be the slot it has not consumed
 * yet. So when the ring is full the event is kept, in order, in an off-heap overflow buffer and published
 * later from {@link #flush()}, which the owner calls at the end of each batch. Nothing is dropped, order is
 * kept per publisher, and once the overflow buffer has grown to the load nothing is allocated.
 * Owned by one thread.
 */
public final class ConsumerPublisher implements EventPublisher
{
    /** Overflow grows up to this; beyond it the publisher would have to wait, which it must not: fail loudly. */
    private static final int MAX_OVERFLOW_BYTES = 256 * 1024 * 1024;

    private final InboundRing ring;
    private final ExpandableRingBuffer overflow = new ExpandableRingBuffer(4 * 1024 * 1024, MAX_OVERFLOW_BYTES, true);
    private final EventHeader header = new EventHeader();
    private final ExpandableRingBuffer.MessageConsumer republisher = this::republish;
    private long overflowed;
    /** Bytes kept back, for the ring's close (another thread) to wait for: written by the owner only. */
    private volatile int pendingBytes;

    public ConsumerPublisher(final InboundRing ring)
    {
        this.ring = ring;
        ring.register(this);
    }

    /**
     * Publishes an event composed in {@code source} at offset 0 (header then payload; the header's sequence is
     * assigned here). The source may be reused as soon as this returns.
     */
    @Override
    public void publish(final DirectBuffer source)
    {
        header.wrap(source, 0);
        final int length = header.totalLength();
        if (!overflow.isEmpty() || !tryPublish(source, 0, length))
        {
            if (!overflow.append(source, 0, length))
            {
                throw new IllegalStateException("ring full and " + MAX_OVERFLOW_BYTES +
                    " bytes of events waiting: the consumers are stuck");
            }
            overflowed++;
            pendingBytes = overflow.size();
        }
    }

    /**
     * As {@link #publish}, returning the ring sequence the event got, or -1 when it was kept back (the ring full, or
     * older events still waiting): for a sender that must see its event recorded before it acts.
     */
    public long publishForSequence(final DirectBuffer source)
    {
        header.wrap(source, 0);
        final int length = header.totalLength();
        if (overflow.isEmpty())
        {
            final long sequence = ring.tryClaim();
            if (sequence >= 0)
            {
                final RingEvent event = ring.event(sequence);
                event.buffer().putBytes(0, source, 0, length);
                event.header().sequence(sequence);
                ring.publish(sequence);
                return sequence;
            }
        }
        publish(source);
        return -1;
    }

    /** Publishes kept events while there is room. Returns how many bytes are still waiting. */
    @Override
    public int flush()
    {
        if (!overflow.isEmpty())
        {
            overflow.consume(republisher, Integer.MAX_VALUE);
            pendingBytes = overflow.size();
        }
        return overflow.size();
    }

    /** Bytes of events kept back, not yet in the ring; readable from any thread. */
    public int pendingBytes()
    {
        return pendingBytes;
    }

    /** Events that had to wait for room (a sign the ring is too small for the load). */
    public long overflowed()
    {
        return overflowed;
    }

    private boolean republish(final MutableDirectBuffer buffer, final int offset, final int length, final int headOffset)
    {
        return tryPublish(buffer, offset, length); // false stops the consume and keeps this message at the head
    }

    private boolean tryPublish(final DirectBuffer source, final int offset, final int length)
    {
        final long sequence = ring.tryClaim();
        if (sequence < 0)
        {
            return false;
        }
        final RingEvent event = ring.event(sequence);
        event.buffer().putBytes(0, source, offset, length);
        event.header().sequence(sequence);
        ring.publish(sequence);
        return true;
    }
}
