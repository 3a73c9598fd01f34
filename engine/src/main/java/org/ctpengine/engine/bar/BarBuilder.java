package org.ctpengine.engine.bar;

import org.ctpengine.engine.calendar.Dates;
import org.ctpengine.engine.calendar.ProductSessions;
import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.calendar.TradingDaySchedule;
import org.ctpengine.engine.time.Exchange;

/**
 * Builds one instrument's bars of one period and alignment from its ticks, by China's trading sessions:
 * <ul>
 *   <li>a tick stamped exactly at a segment's end (10:15:00, 11:30:00, 15:00:00, 23:00:00, …) belongs to the bar
 *   before it; the opening auction's tick (20:59, 08:59, 09:29) to the first bar of the trading day;</li>
 *   <li>no bar covers a break or a closed market; ticks there (other than the two above) are not used;</li>
 *   <li>a bar is emitted when the event clock (a later tick, or {@link #onTime}) passes its end, so a bar that
 *   ends at a segment's end waits for an instant after it (more ticks stamped at the end may still come);</li>
 *   <li>night bars belong to the next trading day; the daily bar starts with the night session;</li>
 *   <li>volume and turnover are the rise of the cumulative values since the previous bar of the same trading day
 *   (the first bar of a trading day counts from zero); a tick older than the last one used (a snapshot sent again
 *   after a reconnect) is not used, and a cumulative value that goes down never lowers the count.</li>
 * </ul>
 * Labels: a bar is labelled by the wall-clock start of its first trading moment. Bars no tick falls in are not
 * emitted.
 *
 * <p>Owned by one thread (the strategy's, or a tool's). Allocates nothing per tick: the {@link Bar} handed to the
 * listener is reused.
 */
public final class BarBuilder
{
    private final TradingCalendar calendar;
    private final ProductSessions sessions;
    private final BarAlignment alignment;
    private final long periodNanos;
    private final BarListener listener;
    private final TradingDaySchedule schedule = new TradingDaySchedule();
    private final long[] tradingNanosBefore = new long[ProductSessions.MAX_SEGMENTS + 1];
    private final Bar bar;

    private boolean open;
    private int barDay = -1;
    private long barKey;
    private boolean closesAtSegmentEnd;
    private long lastTickNanos = Long.MIN_VALUE;

    private int volumeDay = -1;
    private long dayVolume;
    private double dayTurnover;
    private long volumeBaseline;
    private double turnoverBaseline;

    private long ticksUsed;
    private long ticksOutsideSessions;
    private long ticksStale;

    // the bucket the last tick fell in (set by locate)
    private long locatedKey;
    private long locatedStart;
    private long locatedEnd;
    private boolean locatedAtSegmentEnd;

    public BarBuilder(
        final TradingCalendar calendar,
        final ProductSessions sessions,
        final String instrument,
        final BarPeriod period,
        final BarAlignment alignment,
        final BarListener listener)
    {
        this.calendar = calendar;
        this.sessions = sessions;
        this.alignment = alignment;
        this.periodNanos = period.nanos();
        this.listener = listener;
        this.bar = new Bar(instrument);
    }

    /**
     * A builder for {@code instrument}, its sessions found by its product.
     *
     * @throws IllegalArgumentException when the calendar does not know the product
     */
    public static BarBuilder forInstrument(
        final TradingCalendar calendar,
        final Exchange exchange,
        final String instrument,
        final BarPeriod period,
        final BarAlignment alignment,
        final BarListener listener)
    {
        final ProductSessions sessions = calendar.sessions(exchange, instrument);
        if (sessions == null)
        {
            throw new IllegalArgumentException("no trading sessions for instrument '" + instrument + "' (exchange " +
                exchange + ") in " + calendar.source() + "; add its product to sessions.tsv");
        }
        return new BarBuilder(calendar, sessions, instrument, period, alignment, listener);
    }

    /**
     * Adds a tick: first emits the open bar when the tick's time has passed its end.
     *
     * @return whether the tick was used (false: outside the sessions, without a price, or older than the last)
     */
    public boolean onTick(final BarTick tick)
    {
        final Exchange exchange = tick.exchange() == Exchange.UNKNOWN ? sessions.exchange() : tick.exchange();
        final long time = calendar.tickEpochNanos(
            exchange, tick.actionDay(), tick.updateSecond(), tick.updateMillisec(), tick.receiveEpochNanos());
        onTime(time);
        final double price = tick.lastPrice();
        if (!(price > 0 && price < Double.MAX_VALUE))
        {
            ticksOutsideSessions++;
            return false;
        }
        if (time < lastTickNanos)
        {
            ticksStale++;
            return false;
        }
        final int tradingDay = calendar.tradingDay(time);
        if (!locate(tradingDay, time))
        {
            ticksOutsideSessions++;
            return false;
        }
        if (open && (tradingDay != barDay || locatedKey != barKey))
        {
            if (tradingDay < barDay || (tradingDay == barDay && locatedKey < barKey))
            {
                ticksStale++;
                return false;
            }
            emit();
        }
        else if (!open && barDay >= 0 && (tradingDay < barDay || (tradingDay == barDay && locatedKey <= barKey)))
        {
            ticksStale++; // its bar has been emitted already
            return false;
        }
        lastTickNanos = time;
        accumulate(tick, tradingDay, price);
        ticksUsed++;
        return true;
    }

    /** Advances the event clock: emits the open bar if {@code epochNanos} has passed its end. */
    public void onTime(final long epochNanos)
    {
        if (open && (epochNanos > bar.endNanos || (epochNanos == bar.endNanos && !closesAtSegmentEnd)))
        {
            emit();
        }
    }

    /** Emits the open bar now, whatever the time (end of a replay or an export). */
    public void flush()
    {
        if (open)
        {
            emit();
        }
    }

    public long ticksUsed()
    {
        return ticksUsed;
    }

    /** Ticks at times no segment, segment end or opening auction covers, or without a LastPrice. */
    public long ticksOutsideSessions()
    {
        return ticksOutsideSessions;
    }

    /** Ticks older than one already used, or belonging to a bar already emitted. */
    public long ticksStale()
    {
        return ticksStale;
    }

    private void accumulate(final BarTick tick, final int tradingDay, final double price)
    {
        if (tradingDay != volumeDay)
        {
            volumeDay = tradingDay;
            dayVolume = 0;
            dayTurnover = 0;
            volumeBaseline = 0;
            turnoverBaseline = 0;
        }
        dayVolume = Math.max(dayVolume, tick.volume());
        dayTurnover = Math.max(dayTurnover, tick.turnover());
        if (!open)
        {
            open = true;
            barDay = tradingDay;
            barKey = locatedKey;
            closesAtSegmentEnd = locatedAtSegmentEnd;
            bar.tradingDay = tradingDay;
            bar.startNanos = locatedStart;
            bar.endNanos = locatedEnd;
            bar.open = price;
            bar.high = price;
            bar.low = price;
            bar.ticks = 0;
        }
        bar.high = Math.max(bar.high, price);
        bar.low = Math.min(bar.low, price);
        bar.close = price;
        bar.openInterest = tick.openInterest();
        bar.volume = dayVolume - volumeBaseline;
        bar.turnover = dayTurnover - turnoverBaseline;
        bar.ticks++;
    }

    private void emit()
    {
        open = false;
        volumeBaseline = dayVolume;
        turnoverBaseline = dayTurnover;
        listener.onBar(bar);
    }

    /**
     * Finds the bar of an instant on {@code tradingDay}: sets {@code locatedKey} (orders bars within the day),
     * {@code locatedStart} (label), {@code locatedEnd} and {@code locatedAtSegmentEnd}. False outside the sessions.
     */
    private boolean locate(final int tradingDay, final long time)
    {
        calendar.schedule(sessions, tradingDay, schedule);
        final int count = schedule.segmentCount();
        if (count == 0)
        {
            return false;
        }
        int segment = schedule.segmentAt(time);
        long effective = time;
        if (segment < 0)
        {
            segment = schedule.segmentEndingAt(time);
            if (segment >= 0)
            {
                effective = time - 1; // the segment's closing tick belongs to its last bar
            }
            else if (schedule.inAuction(time))
            {
                segment = 0;
                effective = schedule.startNanos(0); // the auction's tick opens the first bar
            }
            else
            {
                return false;
            }
        }
        if (periodNanos == 0)
        {
            locatedKey = 0;
            locatedStart = schedule.startNanos(0);
            locatedEnd = schedule.endNanos(count - 1);
            locatedAtSegmentEnd = true;
        }
        else if (alignment == BarAlignment.CLOCK)
        {
            locateClock(effective);
        }
        else
        {
            locateTrading(segment, effective);
        }
        return true;
    }

    private void locateClock(final long effective)
    {
        final long nanosOfDay = Dates.localNanosOfDay(effective);
        final long midnight = effective - nanosOfDay;
        final long bucketStart = midnight + nanosOfDay / periodNanos * periodNanos;
        final long bucketEnd = Math.min(bucketStart + periodNanos, midnight + Dates.NANOS_PER_DAY);
        locatedKey = bucketStart;
        locatedStart = Long.MIN_VALUE;
        for (int i = 0; i < schedule.segmentCount(); i++)
        {
            final long start = schedule.startNanos(i);
            final long end = schedule.endNanos(i);
            if (start < bucketEnd && end > bucketStart)
            {
                if (locatedStart == Long.MIN_VALUE)
                {
                    locatedStart = Math.max(start, bucketStart);
                }
                locatedEnd = Math.min(end, bucketEnd);
                locatedAtSegmentEnd = end <= bucketEnd;
            }
        }
    }

    private void locateTrading(final int segment, final long effective)
    {
        final int count = schedule.segmentCount();
        tradingNanosBefore[0] = 0;
        for (int i = 0; i < count; i++)
        {
            tradingNanosBefore[i + 1] = tradingNanosBefore[i] + schedule.endNanos(i) - schedule.startNanos(i);
        }
        final long total = tradingNanosBefore[count];
        final long offset = tradingNanosBefore[segment] + effective - schedule.startNanos(segment);
        final long index = offset / periodNanos;
        final long first = index * periodNanos;
        final long last = Math.min(first + periodNanos, total);
        locatedKey = index;
        for (int i = 0; i < count; i++)
        {
            if (first >= tradingNanosBefore[i] && first < tradingNanosBefore[i + 1])
            {
                locatedStart = schedule.startNanos(i) + first - tradingNanosBefore[i];
            }
            if (last > tradingNanosBefore[i] && last <= tradingNanosBefore[i + 1])
            {
                locatedEnd = schedule.startNanos(i) + last - tradingNanosBefore[i];
                locatedAtSegmentEnd = last == tradingNanosBefore[i + 1];
            }
        }
    }
}
