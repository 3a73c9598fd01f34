package org.ctpengine.engine.api;

import org.ctpengine.engine.bar.Bar;
import org.ctpengine.engine.order.WorkingOrder;

/**
 * A trading strategy: callbacks on one thread, never concurrently, in the order events entered the ring.
 * Views passed in (ticks, orders, trades) are valid only during the call; copy what must outlive it.
 * Decisions go through the {@link StrategyContext} given to {@link #onStart}. Time is the event clock
 * ({@link StrategyContext#now()}), never the wall clock, so that a replay makes the same decisions.
 *
 * <p>A strategy that throws is stopped: its orders are cancelled, the reason is logged and reported as
 * an event, and the other strategies keep running.
 */
public interface Strategy
{
    /** Called once, before any other callback: subscribe, look up instruments, set timers. */
    default void onStart(final StrategyContext context)
    {
    }

    /** A market data update for a subscribed instrument. */
    default void onTick(final Tick tick)
    {
    }

    /**
     * An order of this strategy changed: accepted, filled (partly or fully), cancelled, or rejected (by the
     * counter, the exchange or the engine's risk checks; {@link OrderUpdate#rejectReason()} says why).
     */
    default void onOrder(final OrderUpdate update)
    {
    }

    /** A fill of one of this strategy's orders (each trade exactly once, even across reconnects). */
    default void onTrade(final Fill fill)
    {
    }

    /** A timer set with {@link StrategyContext#scheduleAt} or {@link StrategyContext#scheduleAfter} fired. */
    default void onTimer(final long timerId)
    {
    }

    /**
     * A bar the strategy asked for ({@link StrategyContext#bars}) has completed: its end time passed (a later tick or
     * the event clock) or its trading segment ended. Delivered before the tick that completed it. The {@link Bar} is
     * reused: copy what you keep.
     */
    default void onBar(final Bar bar)
    {
    }

    /**
     * The counter of an account this strategy trades moved to a new trading day (it settled; a night session opened
     * the next day): positions have rolled today → yesterday, the daily risk counts start again, and the old day's
     * orders are gone. Called once the account is READY on the new day (its login's queries and reconciliation done),
     * so the strategy may trade from here; not called for a day the strategy starts in ({@link #onStart} comes then).
     * On the strategy's thread at the same point of the event stream live and in replay.
     *
     * @param account    the account's name
     * @param tradingDay the new trading day, yyyyMMdd
     */
    default void onTradingDay(final String account, final int tradingDay)
    {
    }

    /** Called once when the strategy stops (engine shutdown, or after it threw). Orders are being cancelled. */
    default void onStop()
    {
    }

    /** What {@link #onOrder} sees: the order and why it changed. */
    interface OrderUpdate
    {
        WorkingOrder order();

        /**
         * Why the order (or its cancel) was refused before it left: an engine risk reason, or "the library refused the
         * request (return code N)"; else null.
         */
        String rejectReason();

        /**
         * CTP ErrorID when the counter or exchange refused the order or its cancel; the library's return code (negative:
         * -1 not connected, -2/-3 flow control) when the library refused to send it; 0 otherwise.
         */
        int errorId();

        /** CTP's error text (GB18030-decoded) when {@link #errorId()} is not 0; allocates, for logs. */
        String errorMessage();
    }
}
