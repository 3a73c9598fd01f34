package org.ctpengine.bench.load;

import org.ctpengine.sim.SimControl;

import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/** One simulator burst into {@link Arrivals}, for the engine's tick benchmark and the jctp peer alike. */
public final class Bursts
{
    /** How long arrivals may stand still before the rest of the burst counts as lost. */
    private static final long STALL_TIMEOUT_NS = 20_000_000_000L;

    private Bursts()
    {
    }

    /**
     * Runs one burst (rate 0: as fast as possible) and waits until every tick has arrived or arrivals stall.
     *
     * @param target where the receiver records arrivals: given the burst's, then null once it is over
     */
    public static Arrivals run(final SimControl control, final String instrument, final Consumer<Arrivals> target,
        final int count, final int rate)
    {
        final Arrivals arrivals = new Arrivals(count);
        target.accept(arrivals);
        if (rate > 0)
        {
            control.burst(instrument, count, rate);
        }
        else
        {
            control.burst(instrument, count);
        }
        control.awaitBurst(600_000);
        long seen = -1;
        long progressAt = System.nanoTime();
        while (arrivals.delivered() < count)
        {
            final long now = System.nanoTime();
            if (arrivals.delivered() != seen)
            {
                seen = arrivals.delivered();
                progressAt = now;
            }
            else if (now - progressAt > STALL_TIMEOUT_NS)
            {
                break; // lost ticks: reported as missing
            }
            LockSupport.parkNanos(1_000_000);
        }
        target.accept(null);
        return arrivals;
    }
}
