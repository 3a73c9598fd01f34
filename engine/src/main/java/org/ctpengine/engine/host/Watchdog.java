package org.ctpengine.engine.host;

import org.ctpengine.engine.ring.ConsumerPublisher;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.InboundRing;
import org.ctpengine.engine.strategy.StrategyRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;

/**
 * Finds a strategy thread that has not returned from a callback within the configured time, and takes it off the
 * ring so that it cannot stall the others: the ring waits for its slowest consumer, so one endless loop would stop
 * every strategy's ticks once the ring filled, and the stop with them. The evicted thread's strategies send nothing
 * more, the engine thread cancels their orders (STRATEGY_EVICTED), and the run goes on for the rest.
 *
 * <p>Stuck means: events wait for the thread and its sequence has not moved for the whole timeout. A thread that is
 * merely slow moves its sequence at least every batch. Owned by the engine's clock thread, which polls it.
 */
final class Watchdog
{
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);

    private final InboundRing ring;
    private final List<StrategyRunner> runners;
    private final List<ConsumerPublisher> publishers;
    private final long timeoutNanos;
    private final long[] lastSequence;
    private final long[] lastProgressNanos;

    Watchdog(final InboundRing ring, final List<StrategyRunner> runners, final List<ConsumerPublisher> publishers,
        final long timeoutNanos)
    {
        this.ring = ring;
        this.runners = List.copyOf(runners);
        this.publishers = List.copyOf(publishers);
        this.timeoutNanos = timeoutNanos;
        this.lastSequence = new long[runners.size()];
        this.lastProgressNanos = new long[runners.size()];
        Arrays.fill(lastSequence, Long.MIN_VALUE);
    }

    /** One look at every strategy thread; evicts those stuck past the timeout. */
    void check(final long nowNanos)
    {
        final long cursor = ring.cursor();
        for (int i = 0; i < lastSequence.length; i++)
        {
            final StrategyRunner runner = runners.get(i);
            if (runner.isEvicted())
            {
                continue;
            }
            final long sequence = ring.consumerSequence(runner);
            if (sequence >= cursor || sequence != lastSequence[i])
            {
                lastSequence[i] = sequence;
                lastProgressNanos[i] = nowNanos;
            }
            else if (nowNanos - lastProgressNanos[i] > timeoutNanos)
            {
                evict(i, runner);
            }
        }
    }

    private void evict(final int index, final StrategyRunner runner)
    {
        runner.evict();
        ring.evict(runner, publishers.get(index));
        LOG.error("strategy thread {} (strategies {}) has not returned from a callback for {} ms: taken off the ring, " +
            "its strategies stopped and their orders cancelled; the others go on", runner.name(),
            runner.strategyNames().values(), timeoutNanos / 1_000_000);
        final long sequence = ring.claim(); // room again: the stuck thread no longer holds the ring
        try
        {
            ring.event(sequence).header().type(EventType.STRATEGY_EVICTED.code()).source(EventSource.ENGINE)
                .spiSlot((short)-1).intArg(index).receiveNanos(System.nanoTime()).epochNanos(ring.epochNanos());
        }
        finally
        {
            ring.publish(sequence);
        }
    }

    /** Runners evicted so far, by name. */
    List<String> evicted()
    {
        return runners.stream().filter(StrategyRunner::isEvicted).map(StrategyRunner::name).toList();
    }
}
