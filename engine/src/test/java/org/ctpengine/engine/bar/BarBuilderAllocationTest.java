package org.ctpengine.engine.bar;

import org.ctpengine.engine.calendar.Dates;
import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.time.Exchange;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The bar builder allocates nothing per tick in steady state, across bars, breaks, nights and trading days. */
class BarBuilderAllocationTest
{
    private static final int TICKS = 400_000;

    private final MutableBarTick tick = new MutableBarTick().instrument("rb2601").exchange(Exchange.SHFE);
    private long bars;
    private long volume;
    private int second;
    private int day;
    private long cumulative;

    @Test
    void addsTicksWithoutAllocating()
    {
        final BarBuilder oneMinute = BarBuilder.forInstrument(TradingCalendar.builtIn(), Exchange.SHFE, "rb2601",
            BarPeriod.minutes(1), BarAlignment.CLOCK, this::count);
        final BarBuilder thirtyMinutes = BarBuilder.forInstrument(TradingCalendar.builtIn(), Exchange.SHFE, "rb2601",
            BarPeriod.minutes(30), BarAlignment.TRADING, this::count);
        final BarBuilder daily = BarBuilder.forInstrument(TradingCalendar.builtIn(), Exchange.SHFE, "rb2601",
            BarPeriod.tradingDay(), BarAlignment.CLOCK, this::count);
        day = 20261116;
        feed(TICKS, oneMinute, thirtyMinutes, daily); // warm-up: JIT the whole path before allocation is measured

        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final long barsBefore = bars;
        final long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        feed(TICKS, oneMinute, thirtyMinutes, daily);
        final long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

        assertThat(bars - barsBefore).as("bars emitted while measuring").isGreaterThan(1000);
        assertThat(volume).isPositive();
        // One object per tick would be >= 16 B x 1 200 000. What may remain is the JIT deoptimising, not the path.
        assertThat(allocated).as("bytes allocated over %d ticks into three builders", TICKS).isLessThan(4096);
    }

    private void count(final Bar bar)
    {
        bars++;
        volume += bar.volume();
    }

    /** Ticks every 2 s through the day and night sessions of consecutive weekdays, breaks included. */
    private void feed(final int ticks, final BarBuilder... builders)
    {
        for (int i = 0; i < ticks; i++)
        {
            second += 2;
            if (second >= 86_400)
            {
                second -= 86_400;
                day = nextWeekday(day);
                cumulative = 0;
            }
            cumulative += 3;
            tick.actionDay(day).updateTime(second, 500).lastPrice(3500 + (i % 17)).volume(cumulative)
                .turnover(cumulative * 35_000.0).openInterest(1000 + (i % 5));
            for (final BarBuilder builder : builders)
            {
                builder.onTick(tick);
            }
        }
    }

    private static int nextWeekday(final int yyyymmdd)
    {
        int date = Dates.addDays(yyyymmdd, 1);
        while (Dates.weekday(date) >= 5)
        {
            date = Dates.addDays(date, 1);
        }
        return date;
    }
}
