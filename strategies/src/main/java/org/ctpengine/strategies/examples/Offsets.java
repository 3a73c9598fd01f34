package org.ctpengine.strategies.examples;

import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.api.OrderBuilder;

/**
 * Chooses open or close for an order so that a strategy reduces what it holds before it opens the other side.
 * China's futures exchanges keep long and short lots apart: selling while long opens a short (a "lock") unless
 * the order says close, and the engine's position limit counts each side, so a strategy that only ever opens
 * grows both sides without bound. SHFE and INE also need today's lots closed with close-today.
 */
final class Offsets
{
    private Offsets()
    {
    }

    /**
     * Sets the offset flag of {@code order} for buying ({@code isBuy}) or selling {@code lots}: close today's
     * lots of the opposite side when there are enough, else yesterday's, else open. Assumes no other closing
     * order of the same side is live (the examples keep one order per side), so the lots are really there.
     */
    static OrderBuilder closeBeforeOpen(final OrderBuilder order, final Position position, final boolean isBuy,
        final long lots)
    {
        final long today = isBuy ? position.shortToday() : position.longToday();
        final long yesterday = isBuy ? position.shortYesterday() : position.longYesterday();
        if (today >= lots)
        {
            return order.closeToday();
        }
        if (yesterday >= lots)
        {
            return order.close(); // yesterday's lots: SHFE/INE by rule, elsewhere yesterday first
        }
        return order.open();
    }
}
