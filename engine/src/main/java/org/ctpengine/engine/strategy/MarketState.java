package org.ctpengine.engine.strategy;

import org.agrona.AsciiSequenceView;
import org.ctpengine.adapter.codes.InstrumentStatus;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InstrumentStatusFlyweight;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.time.ExchangeTime;

import java.util.Arrays;

/**
 * The market as one strategy thread has seen it, in ring order: each instrument's limit prices (from its ticks) and
 * whether it is in continuous trading (from instrument status returns), and the event clock (the latest event time,
 * never backwards) with the sequence of the event being handled. Pre-trade risk reads its limits from here; what it
 * holds depends on the events handled only, so a replay rebuilds it exactly. Owned by the runner's thread (the ring
 * consumer thread, or a replay's thread); allocates nothing.
 */
final class MarketState
{
    private final InstrumentRegistry instruments;
    private final double[] upperLimit;
    private final double[] lowerLimit;
    private final boolean[] notTrading;
    private final AsciiSequenceView text = new AsciiSequenceView();
    private final AsciiSequenceView text2 = new AsciiSequenceView();
    private long now;
    private long sequence;

    MarketState(final InstrumentRegistry instruments)
    {
        this.instruments = instruments;
        final int capacity = instruments.capacity();
        this.upperLimit = new double[capacity];
        this.lowerLimit = new double[capacity];
        this.notTrading = new boolean[capacity];
        Arrays.fill(upperLimit, Double.NaN); // unknown until the first tick: risk then refuses to check the band
        Arrays.fill(lowerLimit, Double.NaN);
    }

    InstrumentRegistry instruments()
    {
        return instruments;
    }

    /** A market or return event at its ring sequence: the clock moves to its time unless that is earlier. */
    void onEvent(final long sequence, final long epochNanos)
    {
        this.sequence = sequence;
        if (epochNanos > now)
        {
            now = epochNanos;
        }
    }

    /** The event clock: epoch nanoseconds of the latest event handled. */
    long now()
    {
        return now;
    }

    /** Ring sequence of the event being handled: the cause of what this thread sends while handling it. */
    long sequence()
    {
        return sequence;
    }

    /**
     * A depth market data tick: remembers the instrument's limit prices.
     *
     * @return the instrument's index, or -1 when the engine has no reference data for it
     */
    int onTick(final DepthMarketDataFlyweight data)
    {
        final int instrument = instruments.indexOf(data, text);
        if (instrument >= 0)
        {
            upperLimit[instrument] = data.upperLimitPrice();
            lowerLimit[instrument] = data.lowerLimitPrice();
        }
        return instrument;
    }

    /** An instrument status return: anything but continuous trading (auction, break, closed) refuses orders. */
    void onInstrumentStatus(final InstrumentStatusFlyweight status)
    {
        status.wrapInstrumentId(text);
        final int instrument = instruments.indexOf(text.buffer(), text.offset());
        if (instrument >= 0)
        {
            notTrading[instrument] = status.instrumentStatus() != InstrumentStatus.CONTINUOUS;
        }
    }

    /** A tick's exchange time (ActionDay, UpdateTime, UpdateMillisec) as epoch nanos; the receive time when absent. */
    long exchangeTime(final DepthMarketDataFlyweight data, final int instrument, final long receiveEpochNanos)
    {
        data.wrapActionDay(text);
        final int actionDay = ExchangeTime.parseYyyymmdd(text.buffer(), text.offset());
        data.wrapUpdateTime(text2);
        final int secondOfDay = ExchangeTime.parseSecondOfDay(text2.buffer(), text2.offset());
        if (secondOfDay < 0)
        {
            return receiveEpochNanos;
        }
        return ExchangeTime.tickEpochNanos(instruments.get(instrument).exchange(), actionDay, secondOfDay,
            data.updateMillisec(), receiveEpochNanos);
    }

    /** Upper limit price of the last tick, NaN before any. */
    double upperLimit(final int instrument)
    {
        return upperLimit[instrument];
    }

    /** Lower limit price of the last tick, NaN before any. */
    double lowerLimit(final int instrument)
    {
        return lowerLimit[instrument];
    }

    /** False once a status return said the instrument left continuous trading, until one says it is back. */
    boolean isContinuousTrading(final int instrument)
    {
        return !notTrading[instrument];
    }
}
