package org.ctpengine.engine.ring;

import com.lmax.disruptor.EventFactory;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * One aligned off-heap allocation carved into equal ring slots, so the ring's payload memory is
 * contiguous, allocated once, and outside the Java heap. Hands the Disruptor its {@link RingEvent}s.
 */
public final class EventSlab implements EventFactory<RingEvent>
{
    private static final int ALIGNMENT = 64;

    private final ByteBuffer memory;
    private final int slotLength;
    private final int slots;
    private int created;

    /**
     * @param slots          number of ring slots (a power of two, the ring's size)
     * @param maxPayload     the largest raw struct a slot must hold
     */
    public EventSlab(final int slots, final int maxPayload)
    {
        this.slots = slots;
        this.slotLength = align(EventHeader.PAYLOAD_OFFSET + maxPayload);
        this.memory = BufferUtil.allocateDirectAligned(Math.multiplyExact(slots, slotLength), ALIGNMENT);
    }

    public int slotLength()
    {
        return slotLength;
    }

    @Override
    public RingEvent newInstance()
    {
        if (created == slots)
        {
            throw new IllegalStateException("slab of " + slots + " slots is exhausted");
        }
        final UnsafeBuffer slot = new UnsafeBuffer(memory, created * slotLength, slotLength);
        created++;
        return new RingEvent(slot);
    }

    private static int align(final int length)
    {
        return (length + ALIGNMENT - 1) & -ALIGNMENT;
    }
}
