package org.ctpengine.engine.ring;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.TimeoutBlockingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

import java.util.concurrent.TimeUnit;

/**
 * How one consumer thread waits for events; chosen per consumer, so the strategy thread can poll while the
 * journal and the engine thread batch in the background.
 *
 * <ul>
 *     <li>{@link #BLOCKING}: sleeps on a monitor and is woken by every publish. Leaves the cores to the native
 *     threads, but the producer pays a monitor and {@code notifyAll} per event and the consumer a thread
 *     wake-up (~10–20 µs on a VM). On JDK 17 each park also allocates a small condition node.</li>
 *     <li>{@link #SLEEPING}: polls, then backs off (spin, yield, park from 1 µs doubling to 1 ms). Never
 *     signalled, so it costs the producer nothing; it wakes on its own and takes what arrived as one batch.
 *     The right choice for background consumers (journal, engine thread).</li>
 *     <li>{@link #YIELDING}: polls, yielding the CPU between polls. Sub-microsecond hand-off while it has a
 *     CPU; gives way to any other runnable thread.</li>
 *     <li>{@link #BUSY_SPIN}: polls without pause. Only with a core of its own (docs/design.md, "Waiting": not on 2 cores).</li>
 * </ul>
 */
public enum WaitStrategyKind
{
    BLOCKING,
    SLEEPING,
    YIELDING,
    BUSY_SPIN;

    private static final long MIN_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(1);
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long BLOCKING_IDLE_TIMEOUT_MS = 10;

    /** Whether a consumer of this kind waits on the producer's signal (a Disruptor event processor). */
    public boolean isSignalled()
    {
        return this == BLOCKING;
    }

    /** The Disruptor wait strategy a ring needs: one that signals only if some consumer waits for a signal. */
    static WaitStrategy ringWaitStrategy(final boolean anySignalledConsumer)
    {
        // Polling consumers never call waitFor; the busy-spin strategy's signal is a no-op, so publish stays cheap.
        // Blocking consumers wake after 10 ms of silence too (onTimeout): to publish what a full ring made them keep.
        return anySignalledConsumer ? new TimeoutBlockingWaitStrategy(BLOCKING_IDLE_TIMEOUT_MS, TimeUnit.MILLISECONDS) :
            new BusySpinWaitStrategy();
    }

    /** The idle strategy of a polling consumer; not for {@link #BLOCKING}. */
    public IdleStrategy newIdleStrategy()
    {
        return switch (this)
        {
            case SLEEPING -> new BackoffIdleStrategy(100, 10, MIN_PARK_NANOS, MAX_PARK_NANOS);
            case YIELDING -> new YieldingIdleStrategy();
            case BUSY_SPIN -> new BusySpinIdleStrategy();
            case BLOCKING -> throw new IllegalStateException("a blocking consumer waits on the ring, not on an idle strategy");
        };
    }
}
