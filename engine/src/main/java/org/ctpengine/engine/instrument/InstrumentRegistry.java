package org.ctpengine.engine.instrument;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InstrumentFlyweight;
import org.ctpengine.engine.time.Exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Every instrument the engine knows, by dense index. Filled from instrument query responses (and from
 * configuration for replays); afterwards lookups from struct bytes allocate nothing.
 */
public final class InstrumentRegistry
{
    /** CTP's InstrumentID is {@code char[81]} since 6.5; the engine never reads past that. */
    public static final int MAX_INSTRUMENT_ID = 81;

    private final TextKeyIndex index = new TextKeyIndex();
    private final List<Instrument> instruments = new ArrayList<>();
    private final AsciiSequenceView view = new AsciiSequenceView();
    private final int capacity;

    /** @param capacity most instruments the engine may track (sizes per-instrument arrays elsewhere) */
    public InstrumentRegistry(final int capacity)
    {
        this.capacity = capacity;
    }

    public int capacity()
    {
        return capacity;
    }

    /** Adds or updates an instrument from an instrument query response. Returns its index. */
    public int onInstrument(final InstrumentFlyweight response)
    {
        final Instrument instrument = instrument(response.instrumentId());
        instrument.exchange = Exchange.fromId(response.exchangeId());
        instrument.tickSize = response.priceTick();
        instrument.multiplier = response.volumeMultiple();
        instrument.longMarginRatio = response.longMarginRatio();
        instrument.shortMarginRatio = response.shortMarginRatio();
        return instrument.index();
    }

    /** Adds or updates an instrument from configuration (replays, tests). */
    public int define(final String instrumentId, final Exchange exchange, final double tickSize, final double multiplier,
        final double marginRatio)
    {
        final Instrument instrument = instrument(instrumentId);
        instrument.exchange = exchange;
        instrument.tickSize = tickSize;
        instrument.multiplier = multiplier;
        instrument.longMarginRatio = marginRatio;
        instrument.shortMarginRatio = marginRatio;
        return instrument.index();
    }

    private Instrument instrument(final String instrumentId)
    {
        final int existing = index.find(instrumentId);
        if (existing >= 0)
        {
            return instruments.get(existing);
        }
        if (instruments.size() == capacity)
        {
            throw new IllegalStateException("more than " + capacity + " instruments; raise the engine's instrument capacity");
        }
        final Instrument instrument = new Instrument(index.add(instrumentId), instrumentId);
        instruments.add(instrument);
        return instrument;
    }

    /** Index of a tick's instrument, straight from its bytes; -1 when unknown. */
    public int indexOf(final DepthMarketDataFlyweight tick)
    {
        tick.wrapInstrumentId(view);
        return indexOf(view.buffer(), view.offset());
    }

    /** Index of the NUL-terminated InstrumentID at {@code offset}; -1 when unknown. */
    public int indexOf(final DirectBuffer buffer, final int offset)
    {
        return index.find(buffer, offset, MAX_INSTRUMENT_ID);
    }

    /** Index of an InstrumentID given as text; -1 when unknown. Allocates; not for hot paths. */
    public int indexOf(final CharSequence instrumentId)
    {
        return index.find(instrumentId);
    }

    public Instrument get(final int instrument)
    {
        return instruments.get(instrument);
    }

    public int size()
    {
        return instruments.size();
    }

    /** Today's limit band, from a tick (written by the thread that owns this registry). */
    public void onLimits(final int instrument, final double upper, final double lower)
    {
        final Instrument entry = instruments.get(instrument);
        entry.upperLimit = upper;
        entry.lowerLimit = lower;
    }
}
