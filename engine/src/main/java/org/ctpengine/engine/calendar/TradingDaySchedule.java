package org.ctpengine.engine.calendar;

/**
 * The segments one product trades in one trading day, as epoch nanoseconds: the night segments that exist that day
 * (none after a weekend-holiday gap) followed by the day segments. Mutable and reusable: filled by
 * {@link TradingCalendar#schedule}, owned by the thread that fills it.
 */
public final class TradingDaySchedule
{
    private final long[] startNanos = new long[ProductSessions.MAX_SEGMENTS];
    private final long[] endNanos = new long[ProductSessions.MAX_SEGMENTS];
    private int count;
    private int tradingDay = -1;
    private ProductSessions sessions;
    private long auctionNanos;

    void reset(final ProductSessions sessions, final int tradingDay)
    {
        this.sessions = sessions;
        this.tradingDay = tradingDay;
        this.count = 0;
        this.auctionNanos = sessions.auctionSeconds() * Dates.NANOS_PER_SECOND;
    }

    void add(final long start, final long end)
    {
        startNanos[count] = start;
        endNanos[count] = end;
        count++;
    }

    /** Whether this schedule already describes {@code tradingDay} for {@code sessions}. */
    public boolean describes(final ProductSessions sessions, final int tradingDay)
    {
        return this.sessions == sessions && this.tradingDay == tradingDay;
    }

    public int tradingDay()
    {
        return tradingDay;
    }

    public int segmentCount()
    {
        return count;
    }

    public long startNanos(final int segment)
    {
        return startNanos[segment];
    }

    /** Exclusive end: the first instant after the segment (a tick stamped exactly here is the segment's last). */
    public long endNanos(final int segment)
    {
        return endNanos[segment];
    }

    /** When the opening auction before the first segment starts collecting orders. */
    public long auctionStartNanos()
    {
        return count == 0 ? Long.MIN_VALUE : startNanos[0] - auctionNanos;
    }

    /** The segment trading at {@code epochNanos} (start inclusive, end exclusive), or -1. */
    public int segmentAt(final long epochNanos)
    {
        for (int i = 0; i < count; i++)
        {
            if (epochNanos >= startNanos[i] && epochNanos < endNanos[i])
            {
                return i;
            }
        }
        return -1;
    }

    /** The segment whose end is exactly {@code epochNanos}, or -1. */
    public int segmentEndingAt(final long epochNanos)
    {
        for (int i = 0; i < count; i++)
        {
            if (epochNanos == endNanos[i])
            {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code epochNanos} is in the opening auction before the trading day's first segment. */
    public boolean inAuction(final long epochNanos)
    {
        return count > 0 && epochNanos >= startNanos[0] - auctionNanos && epochNanos < startNanos[0];
    }

    /** Total trading time of the day in nanoseconds. */
    public long tradingNanos()
    {
        long total = 0;
        for (int i = 0; i < count; i++)
        {
            total += endNanos[i] - startNanos[i];
        }
        return total;
    }
}
