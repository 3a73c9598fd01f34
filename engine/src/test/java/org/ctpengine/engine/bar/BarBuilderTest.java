package org.ctpengine.engine.bar;

import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.time.Exchange;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BarBuilderTest
{
    private static final TradingCalendar CALENDAR = TradingCalendar.builtIn();

    /** A bar copied out of the reused {@link Bar}. */
    record Row(int tradingDay, String start, double open, double high, double low, double close, long volume,
        double turnover, double openInterest)
    {
        static Row of(final Bar bar)
        {
            return new Row(bar.tradingDay(), bar.appendStart(new StringBuilder()).toString(), bar.open(), bar.high(),
                bar.low(), bar.close(), bar.volume(), bar.turnover(), bar.openInterest());
        }
    }

    private final List<Row> bars = new ArrayList<>();
    private final MutableBarTick tick = new MutableBarTick();
    private BarBuilder builder;
    private int openInterest = 1000;

    private void build(final Exchange exchange, final String instrument, final String period, final BarAlignment alignment)
    {
        tick.instrument(instrument).exchange(exchange);
        builder = BarBuilder.forInstrument(CALENDAR, exchange, instrument, BarPeriod.parse(period), alignment,
            bar -> bars.add(Row.of(bar)));
    }

    private void build(final Exchange exchange, final String instrument, final String period)
    {
        build(exchange, instrument, period, BarAlignment.CLOCK);
    }

    /** A tick at China time {@code 2026-11-23T10:14:59.500}, ActionDay its calendar date. */
    private boolean tick(final String localTime, final double price, final long volume)
    {
        final LocalDateTime time = LocalDateTime.parse(localTime);
        return tick(time.getYear() * 10000 + time.getMonthValue() * 100 + time.getDayOfMonth(), localTime, price, volume);
    }

    private boolean tick(final int actionDay, final String localTime, final double price, final long volume)
    {
        final LocalDateTime time = LocalDateTime.parse(localTime);
        tick.actionDay(actionDay)
            .updateTime(time.toLocalTime().toSecondOfDay(), time.getNano() / 1_000_000)
            .lastPrice(price).volume(volume).turnover(volume * 10.0).openInterest(++openInterest);
        return builder.onTick(tick);
    }

    private static long cst(final String localDateTime)
    {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(8)).toEpochMilli() * 1_000_000L;
    }

    private List<String> starts()
    {
        return bars.stream().map(Row::start).toList();
    }

    // ------------------------------------------------------------------ minute bars and segment boundaries

    @Test
    void minuteBarIsLabelledByItsStartAndEmittedWhenTheNextMinuteBegins()
    {
        build(Exchange.SHFE, "rb2601", "1m");
        tick("2026-11-23T09:00:00.500", 3500, 10);
        tick("2026-11-23T09:00:59.500", 3502, 12);
        assertThat(bars).isEmpty();

        tick("2026-11-23T09:01:00", 3501, 15);

        assertThat(bars).containsExactly(new Row(20261123, "2026-11-23 09:00:00", 3500, 3502, 3500, 3502, 12, 120, 1002));
    }

    @Test
    void tickAt1015BelongsToThe1014BarAndTheBreakHasNoBar()
    {
        build(Exchange.DCE, "m2601", "1m");
        tick("2026-11-23T10:14:59.500", 3000, 100);
        tick("2026-11-23T10:15:00", 3001, 103);
        builder.onTime(cst("2026-11-23T10:15:00"));
        assertThat(bars).isEmpty(); // more ticks stamped 10:15:00 may still come

        builder.onTime(cst("2026-11-23T10:15:00.001"));
        assertThat(bars).containsExactly(new Row(20261123, "2026-11-23 10:14:00", 3000, 3001, 3000, 3001, 103, 1030, 1002));

        assertThat(tick("2026-11-23T10:20:00", 3005, 103)).isFalse(); // in the break
        tick("2026-11-23T10:30:00", 3002, 105);
        builder.flush();
        assertThat(starts()).containsExactly("2026-11-23 10:14:00", "2026-11-23 10:30:00");
        assertThat(bars.get(1).volume()).isEqualTo(2);
    }

    @Test
    void tickAt1130StaysInTheMorningAndTheAfternoonStartsAt1330()
    {
        build(Exchange.SHFE, "rb2601", "1m");
        tick("2026-11-23T11:29:59", 3500, 10);
        tick("2026-11-23T11:30:00", 3499, 11);
        tick("2026-11-23T13:30:00.500", 3510, 14);
        builder.flush();

        assertThat(bars).containsExactly(
            new Row(20261123, "2026-11-23 11:29:00", 3500, 3500, 3499, 3499, 11, 110, 1002),
            new Row(20261123, "2026-11-23 13:30:00", 3510, 3510, 3510, 3510, 3, 30, 1003));
    }

    @Test
    void tickAt1500IsTheLastBarsAndTheBarWaitsForTheClockToPass1500()
    {
        build(Exchange.SHFE, "rb2601", "1m");
        tick("2026-11-23T14:59:59.500", 3500, 10);
        tick("2026-11-23T15:00:00", 3501, 12);
        tick("2026-11-23T15:00:00", 3502, 13); // CTP can push more than one tick stamped at the close
        builder.onTime(cst("2026-11-23T15:00:00"));
        assertThat(bars).isEmpty();

        builder.onTime(cst("2026-11-23T15:00:01"));

        assertThat(bars).containsExactly(new Row(20261123, "2026-11-23 14:59:00", 3500, 3502, 3500, 3502, 13, 130, 1003));
        assertThat(tick("2026-11-23T15:00:30", 3503, 14)).isFalse();
    }

    @Test
    void nightAuctionTickOpensThe2100BarOfTheNextTradingDayAndVolumeStartsFromZero()
    {
        build(Exchange.SHFE, "rb2601", "1m");
        tick("2026-11-20T14:59:30", 3400, 90_000);
        tick("2026-11-20T20:59:00", 3420, 300); // Friday night: Monday's trading day, cumulative Volume restarts
        tick("2026-11-20T21:00:00.500", 3425, 350);
        tick("2026-11-20T21:01:00", 3421, 360);

        assertThat(bars).containsExactly(
            new Row(20261120, "2026-11-20 14:59:00", 3400, 3400, 3400, 3400, 90_000, 900_000, 1001),
            new Row(20261123, "2026-11-20 21:00:00", 3420, 3425, 3420, 3425, 350, 3500, 1003));
    }

    @Test
    void tickAt2300IsTheLastNightBar()
    {
        build(Exchange.SHFE, "rb2601", "1m");
        tick("2026-11-23T22:59:59.500", 3500, 10);
        tick("2026-11-23T23:00:00", 3501, 11);
        assertThat(tick("2026-11-23T23:00:01", 3502, 12)).isFalse();
        builder.onTime(cst("2026-11-23T23:00:01"));

        assertThat(bars).containsExactly(new Row(20261124, "2026-11-23 22:59:00", 3500, 3501, 3500, 3501, 11, 110, 1002));
    }

    @Test
    void nightClosesAt0100And0230AfterMidnightBelongToTheNextTradingDay()
    {
        build(Exchange.SHFE, "cu2601", "1m");
        tick("2026-11-24T00:59:59.500", 80000, 10);
        tick("2026-11-24T01:00:00", 80010, 12);
        assertThat(tick("2026-11-24T01:00:00.500", 80020, 13)).isFalse();
        builder.flush();
        assertThat(bars).containsExactly(new Row(20261124, "2026-11-24 00:59:00", 80000, 80010, 80000, 80010, 12, 120, 1002));

        bars.clear();
        build(Exchange.SHFE, "au2602", "1m");
        tick("2026-11-21T02:29:59", 600, 5); // Saturday morning: Friday's night, Monday's trading day
        tick("2026-11-21T02:30:00", 601, 6);
        builder.onTime(cst("2026-11-21T02:30:00.001"));
        assertThat(bars).containsExactly(new Row(20261123, "2026-11-21 02:29:00", 600, 601, 600, 601, 6, 60, 1005));
    }

    @Test
    void cffexIndexFuturesOpenAt0930PauseAt1130AndCloseAt1500()
    {
        build(Exchange.CFFEX, "IF2612", "1m");
        tick("2026-11-23T09:29:00", 4000, 20); // auction
        tick("2026-11-23T09:30:00.500", 4002, 25);
        tick("2026-11-23T11:29:59.500", 4010, 500);
        tick("2026-11-23T11:30:00", 4011, 501);
        tick("2026-11-23T13:00:00", 4012, 510);
        tick("2026-11-23T14:59:59.500", 4020, 900);
        tick("2026-11-23T15:00:00", 4021, 905);
        builder.onTime(cst("2026-11-23T15:00:01"));

        assertThat(starts()).containsExactly(
            "2026-11-23 09:30:00", "2026-11-23 11:29:00", "2026-11-23 13:00:00", "2026-11-23 14:59:00");
        assertThat(bars.get(0).open()).isEqualTo(4000);
        assertThat(bars.get(0).volume()).isEqualTo(25);
        assertThat(bars.get(1).close()).isEqualTo(4011);
        assertThat(bars.get(3).volume()).isEqualTo(905 - 510);
    }

    @Test
    void cffexBondFuturesTradeThrough1500AndCloseAt1515()
    {
        build(Exchange.CFFEX, "T2603", "1m");
        tick("2026-11-23T14:59:59", 108.0, 10);
        tick("2026-11-23T15:00:00", 108.1, 12); // mid-segment for bonds: opens the 15:00 bar
        tick("2026-11-23T15:14:59.500", 108.2, 20);
        tick("2026-11-23T15:15:00", 108.3, 21);
        builder.onTime(cst("2026-11-23T15:15:00.500"));

        assertThat(starts()).containsExactly("2026-11-23 14:59:00", "2026-11-23 15:00:00", "2026-11-23 15:14:00");
        assertThat(bars.get(2).close()).isEqualTo(108.3);
    }

    @Test
    void holidayGapHasNoNightAndTheFirstDayAfterItOpensWithA0859Auction()
    {
        build(Exchange.SHFE, "rb2601", "1m");
        tick("2026-09-30T14:59:30", 3300, 80_000);
        assertThat(tick("2026-09-30T21:00:30", 3301, 80_001)).isFalse(); // no night before National Day
        tick("2026-10-08T08:59:00", 3350, 400);
        tick("2026-10-08T09:00:30", 3360, 450);
        builder.onTime(cst("2026-10-08T09:01:00"));

        assertThat(bars).containsExactly(
            new Row(20260930, "2026-09-30 14:59:00", 3300, 3300, 3300, 3300, 80_000, 800_000, 1001),
            new Row(20261008, "2026-10-08 09:00:00", 3350, 3360, 3350, 3360, 450, 4500, 1004));
    }

    @Test
    void dceAndCzceNightTicksGetTheirNightBarWhateverActionDaySays()
    {
        build(Exchange.DCE, "m2601", "1m");
        tick(20261123, "2026-11-20T21:00:30", 3000, 10); // Friday night, DCE's ActionDay is Monday's trading day
        tick(20261123, "2026-11-20T21:01:00", 3001, 12);
        assertThat(bars).containsExactly(new Row(20261123, "2026-11-20 21:00:00", 3000, 3000, 3000, 3000, 10, 100, 1001));

        bars.clear();
        build(Exchange.CZCE, "SR601", "1m");
        tick.receiveEpochNanos(cst("2026-11-20T22:10:30.020")); // with a receive time the date follows it
        tick(20261123, "2026-11-20T22:10:30", 6000, 10);
        tick.receiveEpochNanos(cst("2026-11-20T22:11:00.020"));
        tick(20261123, "2026-11-20T22:11:00", 6001, 11);
        assertThat(bars).containsExactly(new Row(20261123, "2026-11-20 22:10:00", 6000, 6000, 6000, 6000, 10, 100, 1003));
    }

    // ------------------------------------------------------------------ alignments

    @Test
    void fiveMinuteBarsAlignTheSameWayWhereNoBreakIsInside()
    {
        for (final BarAlignment alignment : BarAlignment.values())
        {
            bars.clear();
            build(Exchange.SHFE, "rb2601", "5m", alignment);
            tick("2026-11-23T20:59:00", 3500, 1);
            tick("2026-11-23T21:04:59", 3501, 2);
            tick("2026-11-23T21:05:00", 3502, 3);
            tick("2026-11-24T10:12:00", 3503, 4);
            tick("2026-11-24T10:15:00", 3504, 5);
            tick("2026-11-24T10:30:00", 3505, 6);
            tick("2026-11-24T11:30:00", 3506, 7);
            tick("2026-11-24T13:30:00", 3507, 8);
            builder.flush();

            assertThat(starts()).as(alignment.name()).containsExactly(
                "2026-11-23 21:00:00", "2026-11-23 21:05:00", "2026-11-24 10:10:00", "2026-11-24 10:30:00",
                "2026-11-24 11:25:00", "2026-11-24 13:30:00");
            assertThat(bars.get(0).tradingDay()).isEqualTo(20261124);
        }
    }

    @Test
    void thirtyMinuteClockBarsAreCutShortByBreaks()
    {
        build(Exchange.SHFE, "rb2601", "30m", BarAlignment.CLOCK);
        tick("2026-11-24T10:01:00", 3500, 1);
        tick("2026-11-24T10:15:00", 3501, 2);
        builder.onTime(cst("2026-11-24T10:15:00.500"));
        assertThat(starts()).containsExactly("2026-11-24 10:00:00"); // emitted at the break, not at 10:30

        tick("2026-11-24T10:30:00", 3502, 3);
        tick("2026-11-24T10:59:59", 3503, 4);
        tick("2026-11-24T11:00:00", 3504, 5);
        tick("2026-11-24T11:30:00", 3505, 6);
        tick("2026-11-24T13:30:00", 3506, 7);
        tick("2026-11-24T14:45:00", 3507, 8);
        tick("2026-11-24T15:00:00", 3508, 9);
        builder.onTime(cst("2026-11-24T15:00:01"));

        assertThat(starts()).containsExactly("2026-11-24 10:00:00", "2026-11-24 10:30:00", "2026-11-24 11:00:00",
            "2026-11-24 13:30:00", "2026-11-24 14:30:00");
        assertThat(bars.get(2).close()).isEqualTo(3505);
    }

    @Test
    void thirtyMinuteTradingBarsSpanTheBreakAndAreLabelledByTheirFirstTradingMinute()
    {
        build(Exchange.SHFE, "rb2601", "30m", BarAlignment.TRADING);
        tick("2026-11-23T20:59:00", 3490, 1);
        tick("2026-11-23T22:59:00", 3495, 2);
        tick("2026-11-24T10:01:00", 3500, 3);
        tick("2026-11-24T10:15:00", 3501, 4);
        builder.onTime(cst("2026-11-24T10:20:00"));
        assertThat(starts()).containsExactly("2026-11-23 21:00:00", "2026-11-23 22:30:00"); // 10:00 bar still open

        tick("2026-11-24T10:44:59", 3502, 5);
        tick("2026-11-24T10:45:00", 3503, 6);
        tick("2026-11-24T11:30:00", 3504, 7);
        tick("2026-11-24T13:40:00", 3505, 8);
        tick("2026-11-24T13:45:00", 3506, 9);
        tick("2026-11-24T14:50:00", 3507, 10);
        tick("2026-11-24T15:00:00", 3508, 11);
        builder.onTime(cst("2026-11-24T15:00:00.500"));

        assertThat(starts()).containsExactly("2026-11-23 21:00:00", "2026-11-23 22:30:00", "2026-11-24 10:00:00",
            "2026-11-24 10:45:00", "2026-11-24 11:15:00", "2026-11-24 13:45:00", "2026-11-24 14:45:00");
        assertThat(bars.get(2)).isEqualTo(new Row(20261124, "2026-11-24 10:00:00", 3500, 3502, 3500, 3502, 3, 30, 1005));
        assertThat(bars.get(4).open()).isEqualTo(3504); // 11:15-11:30 + 13:30-13:45
        assertThat(bars.get(4).close()).isEqualTo(3505);
        assertThat(bars.get(6).close()).isEqualTo(3508); // the day's last bar is 15 minutes long
    }

    @Test
    void tradingAlignmentWithoutANightCountsFromTheDaySession()
    {
        build(Exchange.CFFEX, "IF2612", "30m", BarAlignment.TRADING);
        tick("2026-11-23T09:29:00", 4000, 1);
        tick("2026-11-23T09:59:59", 4001, 2);
        tick("2026-11-23T10:00:00", 4002, 3);
        tick("2026-11-23T11:30:00", 4003, 4);
        tick("2026-11-23T13:00:00", 4004, 5);
        builder.flush();

        assertThat(starts()).containsExactly(
            "2026-11-23 09:30:00", "2026-11-23 10:00:00", "2026-11-23 11:00:00", "2026-11-23 13:00:00");
    }

    @Test
    void dailyBarStartsWithTheNightSessionThatOpenedIt()
    {
        build(Exchange.SHFE, "rb2601", "1d");
        tick("2026-11-20T20:59:00", 3500, 100);
        tick("2026-11-20T22:00:00", 3550, 2000);
        tick("2026-11-23T09:30:00", 3450, 5000);
        tick("2026-11-23T15:00:00", 3480, 8000);
        builder.onTime(cst("2026-11-23T15:00:00"));
        assertThat(bars).isEmpty();
        tick("2026-11-23T20:59:00", 3490, 50);

        assertThat(bars).containsExactly(new Row(20261123, "2026-11-20 21:00:00", 3500, 3550, 3450, 3480, 8000, 80_000, 1004));
    }

    // ------------------------------------------------------------------ volume

    @Test
    void volumeIsTheRiseOfCumulativeVolumeAcrossAReconnect()
    {
        build(Exchange.SHFE, "rb2601", "1m");
        tick("2026-11-23T09:00:01", 3500, 10);
        tick("2026-11-23T09:00:30", 3501, 15);
        // disconnected 09:00:31-09:03:09; after the re-login CTP sends its last snapshot again, then new ticks
        tick("2026-11-23T09:00:30", 3501, 15);
        assertThat(tick("2026-11-23T09:00:20", 3490, 12)).isFalse(); // an older snapshot: not used
        tick("2026-11-23T09:03:10", 3510, 40);
        tick("2026-11-23T09:03:20", 3511, 39); // a cumulative value that went down never lowers the count
        tick("2026-11-23T09:04:00", 3512, 41);
        builder.flush();

        assertThat(bars).extracting(Row::start, Row::volume).containsExactly(
            tuple("2026-11-23 09:00:00", 15L),
            tuple("2026-11-23 09:03:00", 25L),
            tuple("2026-11-23 09:04:00", 1L));
        assertThat(bars.stream().mapToLong(Row::volume).sum()).isEqualTo(41);
        assertThat(bars.get(1).turnover()).isEqualTo(250.0);
        assertThat(builder.ticksStale()).isEqualTo(1);
    }

    @Test
    void aLateTickOfABarTheTimerAlreadyEmittedIsNotUsed()
    {
        build(Exchange.SHFE, "rb2601", "1m");
        tick("2026-11-23T09:00:01", 3500, 10);
        builder.onTime(cst("2026-11-23T09:01:00.200"));
        assertThat(bars).hasSize(1);

        assertThat(tick("2026-11-23T09:00:59.500", 3400, 11)).isFalse();
        tick("2026-11-23T09:01:10", 3501, 12);
        builder.flush();

        assertThat(bars).extracting(Row::volume).containsExactly(10L, 2L);
        assertThat(builder.ticksStale()).isEqualTo(1);
    }
}
