package org.ctpengine.engine.instrument;

import org.ctpengine.engine.api.InstrumentInfo;
import org.ctpengine.engine.time.Exchange;

/**
 * Reference data of one instrument, as the counter's instrument query returned it. Written by the engine
 * thread while a session synchronises; read-only once the session reports READY (strategy threads see it
 * through the ring's happens-before edge of that event).
 */
public final class Instrument implements InstrumentInfo
{
    private final int index;
    private final String instrumentId;
    Exchange exchange = Exchange.UNKNOWN;
    double tickSize = 1.0;
    double multiplier = 1.0;
    double longMarginRatio;
    double shortMarginRatio;
    double upperLimit = Double.NaN;
    double lowerLimit = Double.NaN;

    Instrument(final int index, final String instrumentId)
    {
        this.index = index;
        this.instrumentId = instrumentId;
    }

    @Override
    public int index()
    {
        return index;
    }

    @Override
    public CharSequence instrumentId()
    {
        return instrumentId;
    }

    @Override
    public Exchange exchange()
    {
        return exchange;
    }

    @Override
    public double tickSize()
    {
        return tickSize;
    }

    @Override
    public double multiplier()
    {
        return multiplier;
    }

    @Override
    public double upperLimit()
    {
        return upperLimit;
    }

    @Override
    public double lowerLimit()
    {
        return lowerLimit;
    }

    @Override
    public double longMarginRatio()
    {
        return longMarginRatio;
    }

    @Override
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
