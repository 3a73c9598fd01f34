package org.ctpengine.engine.time;

/**
 * China's futures exchanges, with the quirk that matters for time: DCE and CZCE stamp night-session
 * ticks with the trading day (the next business day) instead of the calendar date.
 */
public enum Exchange
{
    SHFE(false),
    INE(false),
    DCE(true),
    CZCE(true),
    CFFEX(false),
    GFEX(false),
    /** Not known: dates are inferred from the receive time, like DCE/CZCE. */
    UNKNOWN(true);

    private final boolean actionDayUnreliableAtNight;

    Exchange(final boolean actionDayUnreliableAtNight)
    {
        this.actionDayUnreliableAtNight = actionDayUnreliableAtNight;
    }

    /** Whether ActionDay may carry the trading day rather than the calendar date (night session). */
    public boolean actionDayUnreliableAtNight()
    {
        return actionDayUnreliableAtNight;
    }

    /** From CTP's ExchangeID text; {@link #UNKNOWN} for anything else (SHFE ticks often leave it empty). */
    public static Exchange fromId(final CharSequence id)
    {
        for (final Exchange exchange : values())
        {
            if (exchange != UNKNOWN && exchange.name().contentEquals(id))
            {
                return exchange;
            }
        }
        return UNKNOWN;
    }
}
