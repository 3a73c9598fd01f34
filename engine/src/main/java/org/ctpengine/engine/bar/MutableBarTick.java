package org.ctpengine.engine.bar;

import org.ctpengine.engine.time.Exchange;

/** A {@link BarTick} whose fields are set one by one: for decoders that read ticks from files or journals. */
public final class MutableBarTick implements BarTick
{
    private final StringBuilder instrument = new StringBuilder(31);
    private Exchange exchange = Exchange.UNKNOWN;
    private int actionDay = -1;
    private int updateSecond;
    private int updateMillisec;
    private long receiveEpochNanos;
    private double lastPrice;
    private long volume;
    private double turnover;
    private double openInterest;

    public MutableBarTick instrument(final CharSequence id)
    {
        instrument.setLength(0);
        instrument.append(id);
        return this;
    }

    public MutableBarTick exchange(final Exchange exchange)
    {
        this.exchange = exchange;
        return this;
    }

    public MutableBarTick actionDay(final int yyyymmdd)
    {
        this.actionDay = yyyymmdd;
        return this;
    }

    public MutableBarTick updateTime(final int secondOfDay, final int millis)
    {
        this.updateSecond = secondOfDay;
        this.updateMillisec = millis;
        return this;
    }

    public MutableBarTick receiveEpochNanos(final long epochNanos)
    {
        this.receiveEpochNanos = epochNanos;
        return this;
    }

    public MutableBarTick lastPrice(final double price)
    {
        this.lastPrice = price;
        return this;
    }

    public MutableBarTick volume(final long cumulative)
    {
        this.volume = cumulative;
        return this;
    }

    public MutableBarTick turnover(final double cumulative)
    {
        this.turnover = cumulative;
        return this;
    }

    public MutableBarTick openInterest(final double openInterest)
    {
        this.openInterest = openInterest;
        return this;
    }

    @Override
    public CharSequence instrument()
    {
        return instrument;
    }

    @Override
    public Exchange exchange()
    {
        return exchange;
    }

    @Override
    public int actionDay()
    {
        return actionDay;
    }

    @Override
    public int updateSecond()
    {
        return updateSecond;
    }

    @Override
    public int updateMillisec()
    {
        return updateMillisec;
    }

    @Override
    public long receiveEpochNanos()
    {
        return receiveEpochNanos;
    }

    @Override
    public double lastPrice()
    {
        return lastPrice;
    }

    @Override
    public long volume()
    {
        return volume;
    }

    @Override
    public double turnover()
    {
        return turnover;
    }

    @Override
    public double openInterest()
    {
        return openInterest;
    }
}
