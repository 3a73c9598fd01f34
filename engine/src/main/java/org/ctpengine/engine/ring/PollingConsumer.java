package org.ctpengine.engine.ring;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.EventPoller;
import com.lmax.disruptor.Sequence;
import org.agrona.concurrent.Agent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ring consumer that polls instead of waiting for the producer's signal: an Agrona agent whose duty cycle
 * hands every available event to an {@link EventHandler}, and whose {@link org.agrona.concurrent.IdleStrategy}
 * (chosen per consumer) decides what the thread does when nothing arrived. The handler sees the same calls,
 * in the same order, as under a Disruptor event processor: onStart, onEvent with endOfBatch, onTimeout when idle,
 * onShutdown.
 *
 * <p>Allocates nothing per event. A handler that throws loses only that event (logged, counted); the
 * consumer keeps its place and goes on, as the ring must never stall on one bad event.
 */
final class PollingConsumer implements Agent, EventPoller.Handler<RingEvent>
{
    private static final Logger LOG = LoggerFactory.getLogger(PollingConsumer.class);

    private final String name;
    private final EventPoller<RingEvent> poller;
    private final EventHandler<RingEvent> handler;
    private final int maxBatch;
    private long failures;
    private int inBatch;
    /** Set when the ring evicted this consumer: it reads nothing more. */
    private volatile boolean evicted;

    PollingConsumer(final String name, final EventPoller<RingEvent> poller, final EventHandler<RingEvent> handler,
        final int maxBatch)
    {
        this.name = name;
        this.poller = poller;
        this.handler = handler;
        this.maxBatch = maxBatch;
    }

    void evict()
    {
        evicted = true;
    }

    boolean isEvicted()
    {
        return evicted;
    }

    /** The consumer's progress: the ring gates producers on it. */
    Sequence sequence()
    {
        return poller.getSequence();
    }

    @Override
    public void onStart()
    {
        handler.onStart();
    }

    @Override
    public int doWork() throws Exception
    {
        if (evicted)
        {
            return 0;
        }
        inBatch = 0;
        if (poller.poll(this) == EventPoller.PollState.PROCESSING)
        {
            return 1;
        }
        try
        {
            // Idle, as a blocking consumer's wait timing out: owners publish what a full ring made them keep back.
            handler.onTimeout(poller.getSequence().get());
        }
        catch (final Throwable t)
        {
            failures++;
            LOG.error("{}: handler failed while idle ({} failures so far)", name, failures, t);
        }
        return 0;
    }

    @Override
    public boolean onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
    {
        try
        {
            handler.onEvent(event, sequence, endOfBatch);
        }
        catch (final Throwable t)
        {
            failures++;
            LOG.error("{}: handler failed on event {} ({} failures so far); skipping it", name, sequence, failures, t);
        }
        return !evicted && ++inBatch < maxBatch; // false ends the batch: the sequence moves, the watchdog sees progress
    }

    @Override
    public void onClose()
    {
        handler.onShutdown();
    }

    @Override
    public String roleName()
    {
        return name;
    }
}
