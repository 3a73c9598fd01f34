package org.ctpengine.engine.risk;

/** Why pre-trade risk refused an order or a cancel. {@link #NONE} means it passed. */
public enum RiskRejectReason
{
    NONE("passed"),
    KILL_SWITCH("kill switch is on: no new orders"),
    UNKNOWN_INSTRUMENT("instrument has no reference data"),
    NOT_TRADING("instrument is not in continuous trading"),
    ORDER_VOLUME("order volume above the per-order maximum"),
    POSITION_LIMIT("position would exceed the per-instrument maximum"),
    GLOBAL_POSITION_LIMIT("the engine's position over all strategies would exceed the per-instrument maximum"),
    ORDER_RATE("too many orders this second"),
    CANCEL_RATE("too many cancels this second"),
    ORDERS_PER_DAY("daily order limit reached"),
    CANCELS_PER_DAY("daily cancel limit reached"),
    INSTRUMENT_CANCELS_PER_DAY("the exchange's daily cancel limit for this instrument reached"),
    SELF_TRADE("would trade against the engine's own resting order"),
    PRICE_OFF_TICK("price is not a multiple of the tick size"),
    PRICE_OUTSIDE_BAND("price outside the daily limit band"),
    BAD_VOLUME("volume must be a positive whole number of lots, at most 2147483647"),
    BAD_PRICE("price must be a finite number (market() for a market order)"),
    TRADING_HALTED("trading is halted: the engine stopped trading after a fault");

    private final String description;

    RiskRejectReason(final String description)
    {
        this.description = description;
    }

    public String description()
    {
        return description;
    }
}
