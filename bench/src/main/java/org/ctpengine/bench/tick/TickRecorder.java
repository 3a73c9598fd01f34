package org.ctpengine.bench.tick;

import org.ctpengine.engine.strategy.Strategy;
import org.ctpengine.engine.strategy.StrategyContext;
import org.ctpengine.engine.strategy.Tick;

/**
 * The benchmark's strategy: reads the clock first thing in {@code onTick}, then hands the tick's number and stamps to
 * the current burst's {@link Arrivals}. Costs a clock read and a few array stores, so it measures the engine's path,
 * not a strategy's work.
 *
 * <p>Threads: callbacks on the strategy thread; {@link #expect} and the volatile reads on the benchmark thread.
 */
final class TickRecorder implements Strategy
{
    private final String instrument;
    private volatile Arrivals arrivals;
    private volatile long ticks;
    private volatile boolean started;
    private volatile String threadName;

    TickRecorder(final String instrument)
    {
        this.instrument = instrument;
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        context.subscribe(instrument);
        threadName = Thread.currentThread().getName();
        started = true;
    }

    @Override
    public void onTick(final Tick tick)
    {
        final long now = System.nanoTime();
        final Arrivals current = arrivals;
        if (current != null)
        {
            current.record(now, tick.volume(), tick.receiveNanos(), tick.publishNanos());
        }
        ticks = ticks + 1; // single writer
    }

    /** Where the next burst's ticks go; call while no tick is in flight. */
    void expect(final Arrivals next)
    {
        arrivals = next;
    }

    boolean started()
    {
        return started;
    }

    /** The strategy thread's name, once started. */
    String threadName()
    {
        return threadName;
    }

    /** Every tick seen, the subscription snapshot included. */
    long ticks()
    {
        return ticks;
    }
}
