package org.ctpengine.engine.strategy;

import org.ctpengine.engine.api.InstrumentInfo;
import org.ctpengine.engine.instrument.Instrument;
import org.ctpengine.engine.time.Exchange;

/**
 * One instrument as a strategy thread sees it: reference data from the registry, and the limit band of the last tick
 * this thread handled (its {@link MarketState}), never of a tick another thread is handling, so a replay gives the
 * same answer at the same event. One per instrument and runner, made at the first request. Owned by the runner's thread.
 */
final class InstrumentView implements InstrumentInfo
{
    private final Instrument instrument;
    private final MarketState market;

    InstrumentView(final Instrument instrument, final MarketState market)
    {
        this.instrument = instrument;
        this.market = market;
    }

    @Override
    public int index()
    {
        return instrument.index();
    }

    @Override
    public CharSequence instrumentId()
    {
        return instrument.instrumentId();
    }

    @Override
    public Exchange exchange()
    {
        return instrument.exchange();
    }

    @Override
    public double tickSize()
    {
        return instrument.tickSize();
    }

    @Override
    public double multiplier()
    {
        return instrument.multiplier();
    }

    @Override
    public double upperLimit()
    {
        return market.upperLimit(instrument.index());
    }

    @Override
    public double lowerLimit()
    {
        return market.lowerLimit(instrument.index());
    }

    @Override
    public double longMarginRatio()
    {
        return instrument.longMarginRatio();
    }

    @Override
    public double shortMarginRatio()
    {
        return instrument.shortMarginRatio();
    }

    @Override
    public String toString()
    {
        return instrument.toString();
    }
}
