package org.ctpengine.bench.order;

import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;

/**
 * The tick-to-order benchmark's strategy: on every burst tick whose number (Volume) is a multiple of {@code every}, it
 * reads the clock and sends one order, a fill-and-kill buy of one lot 20 ticks under the bid (it never fills, so no
 * position or margin builds up over a run; the simulator cancels it). On no other tick does it order, so the
 * simulator's k-th order arrival belongs to the k-th such tick.
 *
 * <p>Threads: callbacks on the strategy thread; {@link #expect} and the volatile reads on the benchmark thread.
 */
final class OrderingStrategy implements Strategy
{
    private static final int TICKS_UNDER_BID = 20;

    private final String instrument;
    private final int every;
    private StrategyContext context;
    private volatile OrderLog log;
    private volatile long ticks;
    private volatile boolean started;
    private volatile boolean ready;

    OrderingStrategy(final String instrument, final int every)
    {
        this.instrument = instrument;
        this.every = every;
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        context.subscribe(instrument);
        started = true;
    }

    @Override
    public void onTick(final Tick tick)
    {
        final long now = System.nanoTime();
        final OrderLog current = log;
        final int number = tick.volume();
        if (current != null && current.isBurstTick(number))
        {
            if (number % every == 0)
            {
                order(tick, now, current);
            }
            current.seen(number);
        }
        ticks = ticks + 1; // single writer
    }

    private void order(final Tick tick, final long now, final OrderLog current)
    {
        // Funds arrive with the account sync after login: before it, the engine would refuse the order.
        if (!ready)
        {
            ready = context.account().balance() > 0;
            if (!ready)
            {
                current.skipped();
                return;
            }
        }
        final double tickSize = Math.max(context.instrumentInfo(tick.instrument()).tickSize(), 1e-9);
        final OrderState state = context.order().instrument(tick.instrument()).buy().open()
            .limit(tick.bidPrice() - TICKS_UNDER_BID * tickSize).fak().volume(1).send().state();
        current.ordered(tick.volume(), now, state == OrderState.REJECTED);
    }

    /** Where the next burst's orders go (null: order on nothing); call while no tick is in flight. */
    void expect(final OrderLog next)
    {
        log = next;
    }

    boolean started()
    {
        return started;
    }

    /** The account was funded when the strategy last tried to order. */
    boolean ready()
    {
        return ready;
    }

    long ticks()
    {
        return ticks;
    }
}
