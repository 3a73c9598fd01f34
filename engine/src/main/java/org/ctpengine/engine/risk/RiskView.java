package org.ctpengine.engine.risk;

/**
 * What pre-trade risk needs to know about the engine's state, by instrument index. Implemented by the
 * engine's instrument, order and position books; read on the strategy thread that owns them.
 */
public interface RiskView
{
    boolean isKnown(int instrument);

    double tickSize(int instrument);

    /** Upper limit price of the day; NaN when unknown (no tick yet). */
    double upperLimit(int instrument);

    /** Lower limit price of the day; NaN when unknown. */
    double lowerLimit(int instrument);

    boolean isContinuousTrading(int instrument);

    /** Lots held long plus lots of pending buy-open orders. */
    long longExposure(int instrument);

    /** Lots held short plus lots of pending sell-open orders. */
    long shortExposure(int instrument);

    /** Highest price of the engine's own resting buy orders; NaN when none. */
    double bestOwnBid(int instrument);

    /** Lowest price of the engine's own resting sell orders; NaN when none. */
    double bestOwnAsk(int instrument);
}
