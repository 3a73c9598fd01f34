package org.ctpengine.engine.ring;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.OffsetEpochNanoClock;
import org.ctpengine.engine.counter.EngineCounters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The inbound Disruptor ring: native callback threads (and the engine) publish, and every consumer
 * (the journal, each strategy thread) sees every event in the same order, in parallel, so disk never
 * sits on a strategy's path.
 *
 * <p>Nothing is ever dropped: when the ring is full a producer waits for room, and the wait is counted
 * ({@link EngineCounters#ringStalls()}, {@link EngineCounters#ringStallNanos()}).
 *
 * <p>Lifecycle: add consumers, {@link #start()}, publish, {@link #close()} (drains, then stops; idempotent).
 */
public final class InboundRing implements AutoCloseable
{
    private final Disruptor<RingEvent> disruptor;
    private final RingBuffer<RingEvent> ringBuffer;
    private final EngineCounters counters;
    /** Wall clock from nanoTime plus a sampled offset: SystemEpochNanoClock builds an Instant per call. */
    private final EpochNanoClock epochClock = new OffsetEpochNanoClock();
    private final List<EventHandler<RingEvent>> consumers = new ArrayList<>();
    private final int slotPayloadCapacity;
    private volatile boolean started;
    private boolean closed;

    /**
     * @param size       slots, a power of two
     * @param maxPayload the largest raw CTP struct a slot must hold (from the loaded profiles)
     * @param wait       how consumer threads wait
     * @param counters   where stalls and event counts go
     */
    public InboundRing(final int size, final int maxPayload, final WaitStrategyKind wait, final EngineCounters counters)
    {
        final EventSlab slab = new EventSlab(size, maxPayload);
        this.slotPayloadCapacity = slab.slotLength() - EventHeader.PAYLOAD_OFFSET;
        this.counters = counters;
        this.disruptor = new Disruptor<>(slab, size, new NamedDaemonThreads("ctp-ring"), ProducerType.MULTI, wait.newStrategy());
        this.ringBuffer = disruptor.getRingBuffer();
    }

    /** Adds a consumer that runs on its own thread, in parallel with the others. Before {@link #start()}. */
    public InboundRing addConsumer(final EventHandler<RingEvent> consumer)
    {
        if (started)
        {
            throw new IllegalStateException("consumers must be added before start()");
        }
        consumers.add(consumer);
        return this;
    }

    @SuppressWarnings("unchecked")
    public void start()
    {
        if (consumers.isEmpty())
        {
            throw new IllegalStateException("a ring without consumers would fill and stall every producer");
        }
        disruptor.handleEventsWith(consumers.toArray(new EventHandler[0]));
        disruptor.start();
        started = true;
    }

    /** Largest payload a slot holds. */
    public int slotPayloadCapacity()
    {
        return slotPayloadCapacity;
    }

    /**
     * Claims the next slot, waiting (and counting the wait) while the ring is full. The caller fills
     * {@link #event(long)} and must then {@link #publish(long)} it, even on failure.
     */
    public long claim()
    {
        try
        {
            return ringBuffer.tryNext();
        }
        catch (final InsufficientCapacityException full)
        {
            final long start = System.nanoTime();
            final long sequence = ringBuffer.next();
            counters.ringStalls().increment();
            counters.ringStallNanos().getAndAdd(System.nanoTime() - start);
            return sequence;
        }
    }

    /**
     * Claims the next slot only if one is free now; -1 when the ring is full. For the ring's own consumers,
     * which must never wait on a ring that waits on them.
     */
    public long tryClaim()
    {
        try
        {
            return ringBuffer.tryNext();
        }
        catch (final InsufficientCapacityException full)
        {
            return -1;
        }
    }

    /** The slot of a claimed sequence, with its header cleared and stamped with the sequence. */
    public RingEvent event(final long sequence)
    {
        final RingEvent event = ringBuffer.get(sequence);
        event.header().clear().sequence(sequence);
        return event;
    }

    /** Stamps the publish time and makes the slot visible to consumers. */
    public void publish(final long sequence)
    {
        final RingEvent event = ringBuffer.get(sequence);
        event.header().publishNanos(System.nanoTime());
        counters.eventsIn(EventType.fromCode(event.header().type())).increment();
        ringBuffer.publish(sequence);
    }

    /** Wall clock for {@link EventHeader#epochNanos}. */
    public long epochNanos()
    {
        return epochClock.nanoTime();
    }

    /** Slots published but not yet consumed by the slowest consumer; also stored in the occupancy counter. */
    public long occupancy()
    {
        final long occupied = ringBuffer.getBufferSize() - ringBuffer.remainingCapacity();
        counters.ringOccupancy().setRelease(occupied);
        return occupied;
    }

    /** Highest published sequence. */
    public long cursor()
    {
        return ringBuffer.getCursor();
    }

    /** Waits for consumers to finish what is published, then stops their threads. Idempotent. */
    @Override
    public synchronized void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        if (started)
        {
            try
            {
                disruptor.shutdown(10, TimeUnit.SECONDS);
            }
            catch (final com.lmax.disruptor.TimeoutException e)
            {
                disruptor.halt();
            }
        }
    }

    /** Daemon threads named after the ring, numbered. */
    private static final class NamedDaemonThreads implements ThreadFactory
    {
        private final String prefix;
        private final AtomicInteger next = new AtomicInteger();

        NamedDaemonThreads(final String prefix)
        {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(final Runnable runnable)
        {
            final Thread thread = new Thread(runnable, prefix + "-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
