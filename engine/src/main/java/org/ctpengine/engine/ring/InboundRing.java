package org.ctpengine.engine.ring;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.EventProcessor;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.EventPoller;
import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.OffsetEpochNanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The inbound Disruptor ring: native callback threads (and the engine) publish, and every consumer
 * (the journal, each strategy thread) sees every event in the same order, in parallel, so disk never
 * sits on a strategy's path.
 *
 * <p>Nothing is ever dropped: when the ring is full a producer waits for room, and the wait is counted
 * ({@link RingCounters#ringStalls()}, {@link RingCounters#ringStallNanos()}).
 *
 * <p>Each consumer waits its own way ({@link WaitStrategyKind}): blocking consumers run as Disruptor event
 * processors woken by every publish; polling ones as Agrona agents ({@link PollingConsumer}) that the
 * producer never signals. The ring signals on publish only if some consumer blocks.
 *
 * <p>Lifecycle: add consumers, {@link #start()}, publish, {@link #close()} (drains, then stops; idempotent).
 */
public final class InboundRing implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(InboundRing.class);

    private final Disruptor<RingEvent> disruptor;
    private final RingBuffer<RingEvent> ringBuffer;
    private final RingCounters counters;
    /** Wall clock from nanoTime plus a sampled offset: SystemEpochNanoClock builds an Instant per call. */
    private final EpochNanoClock epochClock = new OffsetEpochNanoClock();
    private final List<BatchEventProcessor<RingEvent>> signalledConsumers = new ArrayList<>();
    /** Each consumer's progress, by handler: the watchdog reads them, eviction takes them off the gating. */
    private final Map<EventHandler<RingEvent>, Sequence> sequences = new IdentityHashMap<>();
    private final Map<EventHandler<RingEvent>, BatchEventProcessor<RingEvent>> processors = new IdentityHashMap<>();
    private final Map<EventHandler<RingEvent>, PollingConsumer> pollers = new IdentityHashMap<>();
    private final List<PollingConsumer> pollingConsumers = new ArrayList<>();
    private final List<AgentRunner> pollingRunners = new ArrayList<>();
    private final List<ConsumerPublisher> consumerPublishers = new CopyOnWriteArrayList<>();
    private final List<IdleStrategy> pollingIdle = new ArrayList<>();
    private final boolean signalling;
    private final WaitStrategyKind defaultWait;
    private final NamedDaemonThreads threads = new NamedDaemonThreads("ctp-ring");
    private final int slotPayloadCapacity;
    private volatile boolean started;
    private volatile boolean closed;

    /**
     * A ring whose consumers all wait the same way.
     *
     * @param size       slots, a power of two
     * @param maxPayload the largest raw CTP struct a slot must hold (from the loaded profiles)
     * @param wait       how consumer threads wait (the default of {@link #addConsumer(EventHandler)})
     * @param counters   where stalls and event counts go
     */
    public InboundRing(final int size, final int maxPayload, final WaitStrategyKind wait, final RingCounters counters)
    {
        this(size, maxPayload, wait, wait.isSignalled(), counters);
    }

    /**
     * @param defaultWait     how a consumer added without a wait of its own waits
     * @param anyBlocking     whether any consumer will be {@link WaitStrategyKind#BLOCKING}: only then does
     *                        every publish pay for a signal
     */
    public InboundRing(final int size, final int maxPayload, final WaitStrategyKind defaultWait, final boolean anyBlocking,
        final RingCounters counters)
    {
        final EventSlab slab = new EventSlab(size, maxPayload);
        this.slotPayloadCapacity = slab.slotLength() - EventHeader.PAYLOAD_OFFSET;
        this.counters = counters;
        this.defaultWait = defaultWait;
        this.signalling = anyBlocking || defaultWait.isSignalled();
        this.disruptor = new Disruptor<>(slab, size, threads, ProducerType.MULTI, WaitStrategyKind.ringWaitStrategy(signalling));
        this.ringBuffer = disruptor.getRingBuffer();
    }

    /** Adds a consumer, waiting the ring's default way, on its own thread. Before {@link #start()}. */
    public InboundRing addConsumer(final EventHandler<RingEvent> consumer)
    {
        return addConsumer(consumer, defaultWait);
    }

    /**
     * Adds a consumer that runs on its own thread, in parallel with the others, and waits the given way.
     * Before {@link #start()}.
     */
    public InboundRing addConsumer(final EventHandler<RingEvent> consumer, final WaitStrategyKind wait)
    {
        return addConsumer(consumer, wait, "ctp-ring-poller-" + pollingConsumers.size());
    }

    /**
     * As {@link #addConsumer(EventHandler, WaitStrategyKind)}, naming a polling consumer's thread (keep it unique in
     * its first 15 characters: Linux's thread name, which profilers and {@code top -H} show, is cut there).
     */
    public InboundRing addConsumer(final EventHandler<RingEvent> consumer, final WaitStrategyKind wait, final String name)
    {
        if (started)
        {
            throw new IllegalStateException("consumers must be added before start()");
        }
        if (wait.isSignalled())
        {
            if (!signalling)
            {
                throw new IllegalStateException("a blocking consumer needs a ring built for blocking consumers");
            }
            // Batches bounded so that the consumer's sequence (which the watchdog reads) moves at least every so often.
            final BatchEventProcessor<RingEvent> processor = new BatchEventProcessorBuilder().setMaxBatchSize(MAX_BATCH)
                .build(ringBuffer, ringBuffer.newBarrier(), consumer);
            signalledConsumers.add(processor);
            sequences.put(consumer, processor.getSequence());
            processors.put(consumer, processor);
        }
        else
        {
            final EventPoller<RingEvent> poller = ringBuffer.newPoller();
            ringBuffer.addGatingSequences(poller.getSequence());
            final PollingConsumer polling = new PollingConsumer(name, poller, consumer, MAX_BATCH);
            pollingConsumers.add(polling);
            pollingIdle.add(wait.newIdleStrategy());
            sequences.put(consumer, poller.getSequence());
            pollers.put(consumer, polling);
        }
        return this;
    }

    /** Events a consumer handles before its sequence is published: the watchdog sees progress at least this often. */
    static final int MAX_BATCH = 256;

    /** How far a consumer has got (the last sequence it finished). Any thread. */
    public long consumerSequence(final EventHandler<RingEvent> consumer)
    {
        return sequences.get(consumer).get();
    }

    /**
     * Takes a consumer off the ring for good (a strategy thread stuck in a callback): producers no longer wait for
     * it, the ring's close no longer waits for it or for what its publisher kept back, and its thread stops reading
     * the ring once its handler returns (the handler must ignore anything it is still handed). Any thread.
     */
    public void evict(final EventHandler<RingEvent> consumer, final ConsumerPublisher itsPublisher)
    {
        ringBuffer.removeGatingSequence(sequences.get(consumer));
        if (itsPublisher != null)
        {
            consumerPublishers.remove(itsPublisher);
        }
        final BatchEventProcessor<RingEvent> processor = processors.get(consumer);
        if (processor != null)
        {
            processor.halt();
        }
        final PollingConsumer polling = pollers.get(consumer);
        if (polling != null)
        {
            polling.evict();
        }
    }

    @SuppressWarnings("unchecked")
    public void start()
    {
        if (signalledConsumers.isEmpty() && pollingConsumers.isEmpty())
        {
            throw new IllegalStateException("a ring without consumers would fill and stall every producer");
        }
        if (!signalledConsumers.isEmpty())
        {
            disruptor.handleEventsWith(signalledConsumers.toArray(new EventProcessor[0]));
        }
        disruptor.start();
        for (int i = 0; i < pollingConsumers.size(); i++)
        {
            final AgentRunner runner = new AgentRunner(pollingIdle.get(i),
                t -> LOG.error("ring consumer failed", t), null, pollingConsumers.get(i));
            AgentRunner.startOnThread(runner, threads);
            pollingRunners.add(runner);
        }
        started = true;
    }

    /** A consumer's publisher: {@link #close()} waits for the events it keeps back while the ring is full. */
    void register(final ConsumerPublisher publisher)
    {
        consumerPublishers.add(publisher);
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

    /** Whether {@link #close()} has begun: producers outside the engine (library callbacks) stop publishing. */
    public boolean isClosed()
    {
        return closed;
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
            awaitConsumersCaughtUp(System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            disruptor.halt();
            for (int i = 0; i < pollingRunners.size(); i++)
            {
                if (!pollingConsumers.get(i).isEvicted())
                {
                    pollingRunners.get(i).close(); // an evicted one may still be stuck in its handler: left to exit
                }
            }
        }
    }

    /**
     * Lets every consumer, blocking or polling, finish what is published, including what consumers publish while
     * they finish (a strategy's last cancels, the engine thread's last session events) and what a full ring made
     * them keep back (their publishers flush when idle): done when nothing is kept back and the slowest consumer has
     * reached a cursor that no longer moves.
     */
    private void awaitConsumersCaughtUp(final long deadlineNanos)
    {
        while (System.nanoTime() < deadlineNanos)
        {
            final long cursor = ringBuffer.getCursor();
            if (noneKeptBack() && ringBuffer.getMinimumGatingSequence() >= cursor && ringBuffer.getCursor() == cursor)
            {
                return;
            }
            Thread.yield();
        }
    }

    private boolean noneKeptBack()
    {
        for (final ConsumerPublisher publisher : consumerPublishers)
        {
            if (publisher.pendingBytes() > 0)
            {
                return false;
            }
        }
        return true;
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
