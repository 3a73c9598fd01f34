package org.ctpengine.journal.recovery;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The strategy of the warm-restart tests, on rb2501 against a book of 3499 bid / 3500 ask (5 lots each).
 * <ul>
 *     <li>First run: A buys 2 at 3500 (filled), B buys 1 at 3490 (rests), C buys 1 at 3491 (cancelled once the
 *     exchange has it), D sells 1 at 3520 (rests). Settled when all four are there.</li>
 *     <li>Second run (after a restart): notes what it finds at onStart (position, live orders), E buys 1 at 3480;
 *     once E rests, cancels D (the day's second cancel of rb2501: allowed) and E (the third: refused by the
 *     per-instrument daily limit of 2). Settled when D is cancelled and E's refusal has arrived.</li>
 * </ul>
 * Runs on its strategy thread; the test thread reads the volatile results after {@link #settled}.
 */
final class RestartTrader implements Strategy
{
    static final String NAME = "trader";
    static final String INSTRUMENT = "rb2501";

    final CountDownLatch settled = new CountDownLatch(1);
    private final boolean secondRun;
    private final List<WorkingOrder> scratch = new ArrayList<>();
    private StrategyContext context;
    private int rb;
    private WorkingOrder a;
    private WorkingOrder b;
    private WorkingOrder c;
    private WorkingOrder d;
    private WorkingOrder e;
    private boolean cancelsSent;

    volatile long positionAtStart;
    volatile int liveOrdersAtStart;
    volatile long orderRefE;
    volatile String refusal;
    volatile String firstRunRefs;

    RestartTrader(final boolean secondRun)
    {
        this.secondRun = secondRun;
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        rb = context.instrument(INSTRUMENT);
        if (!secondRun)
        {
            a = context.order().instrument(rb).buy().open().limit(3500).volume(2).send();
            b = context.order().instrument(rb).buy().open().limit(3490).volume(1).send();
            c = context.order().instrument(rb).buy().open().limit(3491).volume(1).send();
            d = context.order().instrument(rb).sell().open().limit(3520).volume(1).send();
            firstRunRefs = a.orderRef() + "," + b.orderRef() + "," + c.orderRef() + "," + d.orderRef();
            return;
        }
        positionAtStart = context.position(rb).net();
        context.liveOrders(scratch);
        liveOrdersAtStart = scratch.size();
        for (final WorkingOrder order : scratch)
        {
            if (order.direction() == Direction.SELL)
            {
                d = order; // the first run's resting sell, recovered with its ownership
            }
        }
        e = context.order().instrument(rb).buy().open().limit(3480).volume(1).send();
        orderRefE = e.orderRef();
    }

    @Override
    public void onOrder(final OrderUpdate update)
    {
        if (!secondRun)
        {
            if (c.hasOrderSysId() && c.state().isLive() && !c.isCancelPending())
            {
                context.cancel(c);
            }
            if (a.state() == OrderState.FILLED && resting(b) && resting(d) && c.state() == OrderState.CANCELED)
            {
                settled.countDown();
            }
            return;
        }
        if (update.order() == e && update.rejectReason() != null)
        {
            refusal = update.rejectReason();
        }
        if (!cancelsSent && resting(e))
        {
            cancelsSent = true;
            context.scheduleAfter(1); // cancel from a timer: a refusal's reason is delivered after a timer callback
        }
        if (refusal != null && d != null && d.state() == OrderState.CANCELED)
        {
            settled.countDown();
        }
    }

    @Override
    public void onTimer(final long timerId)
    {
        context.cancel(d);
        context.cancel(e);
    }

    private static boolean resting(final WorkingOrder order)
    {
        return order != null && order.hasOrderSysId() && order.state().isLive();
    }
}
