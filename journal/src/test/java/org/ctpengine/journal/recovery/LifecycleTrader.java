package org.ctpengine.journal.recovery;

import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lifecycle tests' strategy on rb2501 (book 3499 bid / 3500 ask): at its start it buys {@code fillLots} at 3500
 * (filled at once) and rests a buy of 1 at 3490. Each {@code onTradingDay} does the same again, so every trading day
 * trades. It records what it is told: the reasons its orders ended with, its trading days, its position at each.
 * Runs on its strategy thread; tests read the concurrent and volatile results.
 */
final class LifecycleTrader implements Strategy
{
    public static final String NAME = "lifecycle";
    public static final String INSTRUMENT = "rb2501";

    private final int fillLots;
    private StrategyContext context;
    private int rb;
    private WorkingOrder filled;
    private WorkingOrder resting;
    private volatile boolean settled;
    private volatile long restingRef;

    /** "OrderRef reason" of every update that came with a reason. */
    public final Queue<String> reasons = new ConcurrentLinkedQueue<>();
    /** "day net/today/yesterday" at each onTradingDay, after the roll. */
    public final Queue<String> tradingDays = new ConcurrentLinkedQueue<>();
    /** Every OrderRef this strategy sent, in order. */
    public final Queue<Long> orderRefs = new ConcurrentLinkedQueue<>();
    public final AtomicInteger rounds = new AtomicInteger();
    /** The strategy's net position when it was last told of an order's end with a reason. */
    public volatile long positionWhenTold = Long.MIN_VALUE;
    /** The strategy's net position and live orders when it started. */
    public volatile long positionAtStart = Long.MIN_VALUE;
    public final List<WorkingOrder> liveAtStart = new CopyOnWriteArrayList<>();
    public volatile boolean started;

    /** Rounds of a day whose resting buy is cancelled; later rounds leave it resting. */
    private final int cancelRounds;
    private boolean cancelResting;

    /**
     * @param cancelResting cancel the resting buy once the exchange has it (one cancel a day); else leave it resting
     */
    LifecycleTrader(final int fillLots, final boolean cancelResting)
    {
        this(fillLots, cancelResting ? 1 : 0, 1);
    }

    private final int roundsPerDay;
    private int roundsToday;

    /**
     * @param cancelRounds the first this many rounds of a day cancel their resting buy
     * @param roundsPerDay rounds traded each day, the next once the last has settled
     */
    LifecycleTrader(final int fillLots, final int cancelRounds, final int roundsPerDay)
    {
        this.fillLots = fillLots;
        this.cancelRounds = cancelRounds;
        this.roundsPerDay = roundsPerDay;
    }

    LifecycleTrader(final int fillLots)
    {
        this(fillLots, false);
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        rb = context.instrument(INSTRUMENT);
        roundsToday = 0;
        positionAtStart = context.position(rb).net();
        context.liveOrders(liveAtStart);
        started = true;
        if (roundsPerDay > 0)
        {
            trade();
        }
    }

    @Override
    public void onTradingDay(final String account, final int tradingDay)
    {
        tradingDays.add(tradingDay + " " + context.position(rb).net() + "/" + context.position(rb).longToday() + "/" +
            context.position(rb).longYesterday());
        roundsToday = 0;
        trade();
    }

    private void trade()
    {
        filled = context.order().instrument(rb).buy().open().limit(3500).volume(fillLots).send();
        resting = context.order().instrument(rb).buy().open().limit(3490).volume(1).send();
        orderRefs.add(filled.orderRef());
        orderRefs.add(resting.orderRef());
        restingRef = resting.orderRef();
        settled = false;
        roundsToday++;
        cancelResting = roundsToday <= cancelRounds;
        rounds.incrementAndGet();
    }

    @Override
    public void onTrade(final Fill fill)
    {
        settled = isSettled();
    }

    private boolean isSettled()
    {
        if (filled == null || resting == null || filled.state() != OrderState.FILLED)
        {
            return false;
        }
        return cancelResting ? resting.state() == OrderState.CANCELED : resting.hasOrderSysId() && resting.state().isLive();
    }

    @Override
    public void onOrder(final OrderUpdate update)
    {
        if (update.rejectReason() != null)
        {
            positionWhenTold = context.position(rb).net();
            reasons.add(update.order().orderRef() + " " + update.rejectReason());
        }
        if (cancelResting && update.order() == resting && resting.hasOrderSysId() && resting.state().isLive() &&
            !resting.isCancelPending())
        {
            context.cancel(resting);
        }
        settled = isSettled();
        if (settled && roundsToday < roundsPerDay)
        {
            trade();
        }
    }

    /** Whether this round's fill is done and its resting order is at the exchange. Any thread. */
    public boolean settled()
    {
        return settled;
    }

    /** The OrderRef of this round's resting order. Any thread. */
    public long restingRef()
    {
        return restingRef;
    }
}
