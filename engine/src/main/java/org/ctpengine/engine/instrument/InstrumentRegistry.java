package org.ctpengine.engine.instrument;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InstrumentFlyweight;
import org.ctpengine.engine.time.Exchange;


/**
 * Every instrument the engine knows, by dense index. Filled by one thread from instrument query responses (the
 * engine thread; configuration for replays); read by every thread, lookups straight from struct bytes allocating
 * nothing. A lookup keeps no state of its own, and an instrument is found only once its reference data is written,
 * so a strategy thread may look up while the engine thread adds the contracts of a new day's query.
 */
public final class InstrumentRegistry
{
    /** CTP's InstrumentID is {@code char[81]} since 6.5; the engine never reads past that. */
    public static final int MAX_INSTRUMENT_ID = 81;

    private final TextKeyIndex index = new TextKeyIndex();
    /** By index, sized up front: an entry is written before the index can find it. */
    private final Instrument[] instruments;
    private final int capacity;

    /** @param capacity most instruments the engine may track (sizes per-instrument arrays elsewhere) */
    public InstrumentRegistry(final int capacity)
    {
        this.capacity = capacity;
        this.instruments = new Instrument[capacity];
    }

    public int capacity()
    {
        return capacity;
    }

    /** Adds or updates an instrument from an instrument query response. Returns its index. */
    public int onInstrument(final InstrumentFlyweight response)
    {
        return put(response.instrumentId(), Exchange.fromId(response.exchangeId()), response.priceTick(),
            response.volumeMultiple(), response.longMarginRatio(), response.shortMarginRatio());
    }

    /** Adds or updates an instrument from configuration (replays, tests). */
    public int define(final String instrumentId, final Exchange exchange, final double tickSize, final double multiplier,
        final double marginRatio)
    {
        return put(instrumentId, exchange, tickSize, multiplier, marginRatio, marginRatio);
    }

    private int put(final String instrumentId, final Exchange exchange, final double tickSize, final double multiplier,
        final double longMarginRatio, final double shortMarginRatio)
    {
        final int existing = index.find(instrumentId);
        if (existing < 0 && index.size() == capacity)
        {
            throw new IllegalStateException("more than " + capacity + " instruments; raise the engine's instrument capacity");
        }
        final Instrument instrument = existing >= 0 ? instruments[existing] : new Instrument(index.size(), instrumentId);
        instrument.exchange = exchange;
        instrument.tickSize = tickSize;
        instrument.multiplier = multiplier;
        instrument.longMarginRatio = longMarginRatio;
        instrument.shortMarginRatio = shortMarginRatio;
        if (existing < 0)
        {
            instruments[instrument.index()] = instrument;
            index.add(instrumentId); // publishes it: readers find it whole
        }
        return instrument.index();
    }

    /**
     * Index of a tick's instrument, straight from its bytes; -1 when unknown.
     *
     * @param scratch the calling thread's own view (the registry is shared, so it keeps none)
     */
    public int indexOf(final DepthMarketDataFlyweight tick, final AsciiSequenceView scratch)
    {
        tick.wrapInstrumentId(scratch);
        return indexOf(scratch.buffer(), scratch.offset());
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
        if (instrument < 0 || instrument >= index.size())
        {
            throw new IndexOutOfBoundsException("no instrument " + instrument + " of " + index.size());
        }
        return instruments[instrument];
    }

    public int size()
    {
        return index.size();
    }
}
