package org.ctpengine.engine.bar;

import org.ctpengine.engine.calendar.Dates;

/**
 * A completed bar. One instance per {@link BarBuilder}, refilled for every bar: valid during
 * {@link BarListener#onBar} only.
 */
public final class Bar
{
    final String instrument;
    int tradingDay;
    long startNanos;
    long endNanos;
    double open;
    double high;
    double low;
    double close;
    long volume;
    double turnover;
    double openInterest;
    int ticks;

    Bar(final String instrument)
    {
        this.instrument = instrument;
    }

    public String instrument()
    {
        return instrument;
    }

    /** The trading day (yyyyMMdd) the bar belongs to: night bars belong to the next trading day. */
    public int tradingDay()
    {
        return tradingDay;
    }

    /** The bar's label: wall-clock start of its first trading moment, epoch nanoseconds. */
    public long startNanos()
    {
        return startNanos;
    }

    /** When the bar's last trading moment ends (exclusive), epoch nanoseconds. */
    public long endNanos()
    {
        return endNanos;
    }

    public double open()
    {
        return open;
    }

    public double high()
    {
        return high;
    }

    public double low()
    {
        return low;
    }

    public double close()
    {
        return close;
    }

    /** Lots traded in the bar: the rise of the cumulative Volume since the previous bar of the trading day. */
    public long volume()
    {
        return volume;
    }

    /** Value traded in the bar, the same way as {@link #volume()}. */
    public double turnover()
    {
        return turnover;
    }

    /** OpenInterest at the bar's last tick. */
    public double openInterest()
    {
        return openInterest;
    }

    /** How many ticks the bar was built from. */
    public int tickCount()
    {
        return ticks;
    }

    /** {@code yyyy-MM-dd HH:mm:ss} China time of {@link #startNanos()}, appended without allocating a String. */
    public StringBuilder appendStart(final StringBuilder out)
    {
        return appendLocal(out, startNanos);
    }

    static StringBuilder appendLocal(final StringBuilder out, final long epochNanos)
    {
        final int date = Dates.localDate(epochNanos);
        final long second = Dates.localNanosOfDay(epochNanos) / Dates.NANOS_PER_SECOND;
        out.append(date / 10000).append('-');
        twoDigits(out, date / 100 % 100).append('-');
        twoDigits(out, date % 100).append(' ');
        twoDigits(out, (int)(second / 3600)).append(':');
        twoDigits(out, (int)(second / 60 % 60)).append(':');
        return twoDigits(out, (int)(second % 60));
    }

    private static StringBuilder twoDigits(final StringBuilder out, final int value)
    {
        return out.append((char)('0' + value / 10)).append((char)('0' + value % 10));
    }

    @Override
    public String toString()
    {
        final StringBuilder out = new StringBuilder(128).append(instrument).append(' ').append(tradingDay).append(' ');
        return appendStart(out).append(" O=").append(open).append(" H=").append(high).append(" L=").append(low)
            .append(" C=").append(close).append(" V=").append(volume).append(" T=").append(turnover)
            .append(" OI=").append(openInterest).toString();
    }
}
