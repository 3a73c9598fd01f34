package org.ctpengine.engine.calendar;

import org.ctpengine.engine.time.Exchange;

/**
 * One product's trading segments, as written in the sessions file: start and end in seconds from the midnight of
 * the day they trade on. Night segments (starting at 18:00 or later) trade on the evening before their trading day
 * and may end after midnight, so their end can exceed 24:00 (01:00 is stored as 25:00). Immutable.
 */
public final class ProductSessions
{
    /** Segments starting at this second of the day or later are night segments. */
    static final int NIGHT_FROM_SECOND = 18 * 3600;
    /** The most segments a product may have in one trading day. */
    public static final int MAX_SEGMENTS = 8;

    private final Exchange exchange;
    private final String product;
    private final int[] startSeconds;
    private final int[] endSeconds;
    private final int nightSegments;
    private final int auctionSeconds;

    ProductSessions(
        final Exchange exchange, final String product, final int[] startSeconds, final int[] endSeconds,
        final int auctionSeconds)
    {
        this.exchange = exchange;
        this.product = product;
        this.startSeconds = startSeconds.clone();
        this.endSeconds = endSeconds.clone();
        int night = 0;
        while (night < startSeconds.length && startSeconds[night] >= NIGHT_FROM_SECOND)
        {
            night++;
        }
        this.nightSegments = night;
        this.auctionSeconds = auctionSeconds;
    }

    public Exchange exchange()
    {
        return exchange;
    }

    /** The product code as the file names it, or {@code *} for an exchange's default. */
    public String product()
    {
        return product;
    }

    public int segmentCount()
    {
        return startSeconds.length;
    }

    /** Seconds from the midnight of the segment's own day (the evening's day for night segments). */
    public int startSecond(final int segment)
    {
        return startSeconds[segment];
    }

    /** Seconds from the same midnight as {@link #startSecond}; above 86 400 for a night segment past midnight. */
    public int endSecond(final int segment)
    {
        return endSeconds[segment];
    }

    /** How many of the first segments are night segments (0 for a product without a night session). */
    public int nightSegmentCount()
    {
        return nightSegments;
    }

    public boolean hasNightSession()
    {
        return nightSegments > 0;
    }

    /** Length of the opening auction before a trading day's first segment, in seconds. */
    public int auctionSeconds()
    {
        return auctionSeconds;
    }

    @Override
    public String toString()
    {
        final StringBuilder out = new StringBuilder().append(exchange).append(' ').append(product);
        for (int i = 0; i < startSeconds.length; i++)
        {
            out.append(i == 0 ? " " : ",");
            appendTime(out, startSeconds[i]).append('-');
            appendTime(out, endSeconds[i] % 86_400);
        }
        return out.toString();
    }

    static StringBuilder appendTime(final StringBuilder out, final int second)
    {
        final int hours = second / 3600;
        final int minutes = second / 60 % 60;
        return out.append(hours < 10 ? "0" : "").append(hours).append(':').append(minutes < 10 ? "0" : "").append(minutes);
    }
}
