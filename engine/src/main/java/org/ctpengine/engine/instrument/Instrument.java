package org.ctpengine.engine.instrument;

import org.ctpengine.engine.time.Exchange;

/**
 * Reference data of one instrument, as the counter's instrument query returned it. Written by the engine
 * thread while a session synchronises; read-only once the session reports READY (strategy threads see it
 * through the ring's happens-before edge of that event).
 */
public final class Instrument
{
    private final int index;
    private final String instrumentId;
    Exchange exchange = Exchange.UNKNOWN;
    double tickSize = 1.0;
    double multiplier = 1.0;
    double longMarginRatio;
    double shortMarginRatio;

    Instrument(final int index, final String instrumentId)
    {
        this.index = index;
        this.instrumentId = instrumentId;
    }

    public int index()
    {
        return index;
    }

    public CharSequence instrumentId()
    {
        return instrumentId;
    }

    public Exchange exchange()
    {
        return exchange;
    }

    public double tickSize()
    {
        return tickSize;
    }

    public double multiplier()
    {
        return multiplier;
    }

    public double longMarginRatio()
    {
        return longMarginRatio;
    }

    public double shortMarginRatio()
    {
        return shortMarginRatio;
    }

    /** SHFE and INE distinguish closing today's lots from yesterday's. */
    public boolean closeTodayExplicit()
    {
        return exchange == Exchange.SHFE || exchange == Exchange.INE;
    }

    @Override
    public String toString()
    {
        return instrumentId + "@" + exchange + "(tick " + tickSize + ", x" + multiplier + ")";
    }
}
