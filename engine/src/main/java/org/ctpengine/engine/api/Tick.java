package org.ctpengine.engine.api;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;

/**
 * A market data update as a strategy sees it: the raw DepthMarketData (through a flyweight, every field),
 * the engine's instrument index and the normalised exchange time. A view, valid during {@code onTick} only.
 */
public final class Tick
{
    private final DepthMarketDataFlyweight data;
    private int instrument;
    private long exchangeTimeNanos;
    private long receiveNanos;
    private long publishNanos;

    public Tick(final AbiProfile profile)
    {
        this.data = new DepthMarketDataFlyweight(profile);
    }

    /**
     * Set by the strategy thread before each {@code onTick} (the engine's side of the view; strategies never call it).
     *
     * @return this
     */
    public Tick point(final int instrument, final long receiveNanos, final long publishNanos,
        final long exchangeTimeNanos)
    {
        this.instrument = instrument;
        this.receiveNanos = receiveNanos;
        this.publishNanos = publishNanos;
        this.exchangeTimeNanos = exchangeTimeNanos;
        return this;
    }

    /** Every field of the update. */
    public DepthMarketDataFlyweight data()
    {
        return data;
    }

    public int instrument()
    {
        return instrument;
    }

    /** Exchange time (UpdateTime + UpdateMillisec on its real calendar date), epoch nanoseconds. */
    public long exchangeTimeNanos()
    {
        return exchangeTimeNanos;
    }

    /** {@code System.nanoTime()} when the callback arrived (for latency measurement, not for decisions). */
    public long receiveNanos()
    {
        return receiveNanos;
    }

    /**
     * {@code System.nanoTime()} when the callback's event was published to the inbound ring (for latency
     * measurement, not for decisions): {@link #receiveNanos()} to here is the callback thread's copy into the
     * ring, here to the strategy's own clock reading is the hand-off between threads.
     */
    public long publishNanos()
    {
        return publishNanos;
    }

    public double lastPrice()
    {
        return data.lastPrice();
    }

    /** Best bid; CTP's no-value marker (Double.MAX_VALUE) when the book side is empty. */
    public double bidPrice()
    {
        return data.bidPrice1();
    }

    public int bidVolume()
    {
        return data.bidVolume1();
    }

    /** Best ask; CTP's no-value marker (Double.MAX_VALUE) when the book side is empty. */
    public double askPrice()
    {
        return data.askPrice1();
    }

    public int askVolume()
    {
        return data.askVolume1();
    }

    /** Cumulative traded volume of the day, lots. */
    public int volume()
    {
        return data.volume();
    }
}
