package org.ctpengine.engine.api;

import org.ctpengine.engine.order.WorkingOrder;

/**
 * Builds one order. Reused: {@link StrategyContext#order()} resets it. Defaults: the default account,
 * a GFD limit order, speculation hedge flag, one lot. Prices are in yuan per unit, volumes in lots.
 */
public interface OrderBuilder
{
    OrderBuilder account(String account);

    OrderBuilder instrument(int instrument);

    OrderBuilder buy();

    OrderBuilder sell();

    /** Opens a new position (the default). */
    OrderBuilder open();

    /** Closes; on SHFE/INE this closes yesterday's lots. */
    OrderBuilder close();

    /** Closes today's lots (SHFE/INE distinguish them; elsewhere the same as close). */
    OrderBuilder closeToday();

    OrderBuilder closeYesterday();

    /** Limit order at {@code price}, good for the day (GFD). */
    OrderBuilder limit(double price);

    /** Market order (any price, immediate or cancel), where the exchange allows it. */
    OrderBuilder market();

    /** Fill-and-kill: immediate, partial fills allowed, the rest cancelled. */
    OrderBuilder fak();

    /** Fill-or-kill: immediate and complete, or cancelled entirely. */
    OrderBuilder fok();

    OrderBuilder volume(long lots);

    /**
     * Checks risk and sends. Always returns the order: {@code PENDING_NEW} when sent, {@code REJECTED} when
     * risk refused it (then {@code onOrder} reports the reason too). Valid until the order is recycled at
     * the end of the trading day.
     */
    WorkingOrder send();
}
