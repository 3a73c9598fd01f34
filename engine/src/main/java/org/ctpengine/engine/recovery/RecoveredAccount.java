package org.ctpengine.engine.recovery;

import java.util.List;
import java.util.Map;

/**
 * What the last run knew about one account's trading day.
 *
 * @param name             the account's name in the engine configuration
 * @param tradingDay       the counter's trading day at the last login (yyyyMMdd)
 * @param maxOrderRef      the highest OrderRef the engine used today: the new run continues above it
 * @param startOfDay       start-of-day holdings from today's position query; null when none completed
 * @param trades           every trade of the day the journal saw, once each, in order
 * @param liveOrders       the engine's orders still working when the journal ends
 * @param ordersToday      orders and cancels sent on this account today, all strategies
 * @param strategyCounts   the same per strategy name (each strategy's own daily limits)
 */
public record RecoveredAccount(
    String name,
    String tradingDay,
    long maxOrderRef,
    List<RecoveredPosition> startOfDay,
    List<RecoveredTrade> trades,
    List<RecoveredOrder> liveOrders,
    DailyCounts ordersToday,
    Map<String, DailyCounts> strategyCounts,
    String brokerId,
    String userId,
    String apiVersion)
{
    /** Without the identity of the run that recorded it (journals of engines that did not record it; tests). */
    public RecoveredAccount(final String name, final String tradingDay, final long maxOrderRef,
        final List<RecoveredPosition> startOfDay, final List<RecoveredTrade> trades, final List<RecoveredOrder> liveOrders,
        final DailyCounts ordersToday, final Map<String, DailyCounts> strategyCounts)
    {
        this(name, tradingDay, maxOrderRef, startOfDay, trades, liveOrders, ordersToday, strategyCounts, null, null, null);
    }

    public RecoveredAccount
    {
        startOfDay = startOfDay == null ? null : List.copyOf(startOfDay);
        trades = List.copyOf(trades);
        liveOrders = List.copyOf(liveOrders);
        strategyCounts = Map.copyOf(strategyCounts);
    }

    /** Whether today's start-of-day holdings are known (the position query need not run again). */
    public boolean hasStartOfDay()
    {
        return startOfDay != null;
    }

    /** The daily counts of a strategy, zero when it sent nothing today. */
    public DailyCounts countsOf(final String strategy)
    {
        return strategyCounts.getOrDefault(strategy, DailyCounts.NONE);
    }
}
