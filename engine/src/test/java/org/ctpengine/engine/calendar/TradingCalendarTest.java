package org.ctpengine.engine.calendar;

import org.ctpengine.engine.time.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradingCalendarTest
{
    private final TradingCalendar calendar = TradingCalendar.builtIn();
    private final TradingDaySchedule scratch = new TradingDaySchedule();

    static long cst(final String localDateTime)
    {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(8)).toEpochMilli() * 1_000_000L;
    }

    private ProductSessions product(final Exchange exchange, final String instrument)
    {
        return calendar.sessions(exchange, instrument);
    }

    @Test
    void fridayNightAndSaturdayMorningBelongToMonday()
    {
        assertThat(calendar.tradingDay(cst("2026-11-20T21:30:00"))).isEqualTo(20261123);
        assertThat(calendar.tradingDay(cst("2026-11-21T01:30:00"))).isEqualTo(20261123);
        assertThat(calendar.tradingDay(cst("2026-11-20T14:59:59"))).isEqualTo(20261120);
        assertThat(calendar.tradingDay(cst("2026-11-24T00:30:00"))).isEqualTo(20261124);
    }

    @Test
    void nightBeforeAHolidayBelongsToTheFirstTradingDayAfterIt()
    {
        // 2026-09-30 (Wed) is followed by the National Day closure 10-01..10-07 (and Mid-Autumn on 09-25).
        assertThat(calendar.isTradingDay(20261001)).isFalse();
        assertThat(calendar.tradingDay(cst("2026-09-30T21:30:00"))).isEqualTo(20261008);
        assertThat(calendar.hasNightSession(20261008)).isFalse();
        assertThat(calendar.hasNightSession(20261009)).isTrue();
        assertThat(calendar.nightSessionDate(20261009)).isEqualTo(20261008);
    }

    @Test
    void noNightSessionOnTheFridayBeforeAMondayHoliday()
    {
        // 2025-06-02 (Mon) Dragon Boat Festival: no night on Friday 05-30, Tuesday 06-03 opens at 09:00.
        assertThat(calendar.hasNightSession(20250603)).isFalse();
        assertThat(calendar.hasNightSession(20250602)).isFalse();
        final ProductSessions rb = product(Exchange.SHFE, "rb2507");
        assertThat(calendar.isTrading(rb, cst("2025-05-30T21:30:00"), scratch)).isFalse();
        assertThat(calendar.nextOpen(rb, cst("2025-05-30T15:00:00"), scratch)).isEqualTo(cst("2025-06-03T09:00:00"));
        assertThat(calendar.isAuction(rb, cst("2025-06-03T08:57:00"), scratch)).isTrue();
    }

    @Test
    void ordinaryMondayOpensOnFridayEvening()
    {
        assertThat(calendar.hasNightSession(20261123)).isTrue();
        final ProductSessions rb = product(Exchange.SHFE, "rb2601");
        final TradingDaySchedule day = calendar.schedule(rb, 20261123, scratch);
        assertThat(day.segmentCount()).isEqualTo(4);
        assertThat(day.startNanos(0)).isEqualTo(cst("2026-11-20T21:00:00"));
        assertThat(day.endNanos(0)).isEqualTo(cst("2026-11-20T23:00:00"));
        assertThat(day.startNanos(1)).isEqualTo(cst("2026-11-23T09:00:00"));
        assertThat(day.endNanos(3)).isEqualTo(cst("2026-11-23T15:00:00"));
        assertThat(day.auctionStartNanos()).isEqualTo(cst("2026-11-20T20:55:00"));
    }

    @Test
    void nightSessionsEndAt23At01OrAt0230ByProduct()
    {
        assertThat(calendar.schedule(product(Exchange.SHFE, "rb2601"), 20261124, scratch).endNanos(0))
            .isEqualTo(cst("2026-11-23T23:00:00"));
        assertThat(calendar.schedule(product(Exchange.SHFE, "cu2601"), 20261124, scratch).endNanos(0))
            .isEqualTo(cst("2026-11-24T01:00:00"));
        assertThat(calendar.schedule(product(Exchange.INE, "sc2601"), 20261123, scratch).endNanos(0))
            .isEqualTo(cst("2026-11-21T02:30:00"));
        assertThat(calendar.isTrading(product(Exchange.SHFE, "au2602"), cst("2026-11-21T02:29:59"), scratch)).isTrue();
        assertThat(calendar.isTrading(product(Exchange.SHFE, "au2602"), cst("2026-11-21T02:30:00"), scratch)).isFalse();
    }

    @Test
    void dayBreaksAndLunchAreClosed()
    {
        final ProductSessions m = product(Exchange.DCE, "m2601");
        assertThat(calendar.isTrading(m, cst("2026-11-23T10:14:59"), scratch)).isTrue();
        assertThat(calendar.isTrading(m, cst("2026-11-23T10:15:00"), scratch)).isFalse();
        assertThat(calendar.isTrading(m, cst("2026-11-23T10:30:00"), scratch)).isTrue();
        assertThat(calendar.isTrading(m, cst("2026-11-23T12:00:00"), scratch)).isFalse();
        assertThat(calendar.nextOpen(m, cst("2026-11-23T10:16:00"), scratch)).isEqualTo(cst("2026-11-23T10:30:00"));
        assertThat(calendar.nextOpen(m, cst("2026-11-23T11:30:00"), scratch)).isEqualTo(cst("2026-11-23T13:30:00"));
        assertThat(calendar.nextOpen(m, cst("2026-11-23T15:00:00"), scratch)).isEqualTo(cst("2026-11-23T21:00:00"));
    }

    @Test
    void cffexIndexAndBondFuturesHours()
    {
        final ProductSessions index = product(Exchange.CFFEX, "IF2612");
        final ProductSessions bond = product(Exchange.CFFEX, "T2603");
        assertThat(index.hasNightSession()).isFalse();
        assertThat(calendar.isTrading(index, cst("2026-11-23T09:29:59"), scratch)).isFalse();
        assertThat(calendar.isAuction(index, cst("2026-11-23T09:29:00"), scratch)).isTrue();
        assertThat(calendar.isTrading(index, cst("2026-11-23T10:20:00"), scratch)).isTrue();
        assertThat(calendar.isTrading(index, cst("2026-11-23T13:00:00"), scratch)).isTrue();
        assertThat(calendar.isTrading(index, cst("2026-11-23T15:05:00"), scratch)).isFalse();
        assertThat(calendar.isTrading(bond, cst("2026-11-23T15:05:00"), scratch)).isTrue();
        assertThat(calendar.isTrading(bond, cst("2026-11-23T15:15:00"), scratch)).isFalse();
        assertThat(calendar.isTrading(index, cst("2026-11-20T21:30:00"), scratch)).isFalse();
    }

    @Test
    void productsAreFoundWithoutAnExchangeAndDefaultsCoverUnlistedOnes()
    {
        assertThat(calendar.sessions(Exchange.UNKNOWN, "rb2601").exchange()).isEqualTo(Exchange.SHFE);
        assertThat(calendar.sessions(Exchange.UNKNOWN, "SR601").exchange()).isEqualTo(Exchange.CZCE);
        assertThat(calendar.sessions(Exchange.CZCE, "sr601").hasNightSession()).isTrue();
        assertThat(calendar.sessions(Exchange.CZCE, "AP601").hasNightSession()).isFalse();
        assertThat(calendar.sessions(Exchange.GFEX, "si2601").hasNightSession()).isFalse();
        assertThat(calendar.sessions(Exchange.UNKNOWN, "zz2601")).isNull();
    }

    @Test
    void holidaysFileSaysWhichYearsItCovers()
    {
        assertThat(calendar.covers(20250501)).isTrue();
        assertThat(calendar.covers(20261231)).isTrue();
        assertThat(calendar.covers(20280103)).isFalse();
    }

    @Test
    void dceNightTickWithTheTradingDayInActionDayGetsItsCalendarDateWithoutAReceiveTime()
    {
        // Friday night 2026-11-20: DCE stamps ActionDay 20261123 (Monday); CZCE stamps the calendar date.
        assertThat(calendar.tickEpochNanos(Exchange.DCE, 20261123, 21 * 3600 + 5, 500, 0))
            .isEqualTo(cst("2026-11-20T21:00:05.500"));
        assertThat(calendar.tickEpochNanos(Exchange.DCE, 20261123, 30 * 60, 0, 0))
            .isEqualTo(cst("2026-11-21T00:30:00"));
        assertThat(calendar.tickEpochNanos(Exchange.CZCE, 20261120, 21 * 3600 + 5, 0, 0))
            .isEqualTo(cst("2026-11-20T21:00:05"));
        // CZCE with the trading day (Monday) in ActionDay: Monday evening also holds a night, so the calendar
        // reading wins; at 00:30 "Monday" there is no night (Sunday evening), so the trading-day reading is used.
        assertThat(calendar.tickEpochNanos(Exchange.CZCE, 20261123, 21 * 3600, 0, 0))
            .isEqualTo(cst("2026-11-23T21:00:00"));
        assertThat(calendar.tickEpochNanos(Exchange.CZCE, 20261123, 30 * 60, 0, 0))
            .isEqualTo(cst("2026-11-21T00:30:00"));
        assertThat(calendar.tickEpochNanos(Exchange.DCE, 20261123, 10 * 3600, 0, 0))
            .isEqualTo(cst("2026-11-23T10:00:00"));
    }

    @Test
    void daytimeTicksUseActionDayEvenWhenTheReceiveClockIsElsewhere()
    {
        // a simulator's market clock (2024-11-05) recorded by an engine whose wall clock says 2026
        final long received = cst("2026-12-05T07:45:00");
        assertThat(calendar.tickEpochNanos(Exchange.DCE, 20241105, 10 * 3600, 500, received))
            .isEqualTo(cst("2024-11-05T10:00:00.500"));
        // at night the receive time still settles DCE's date
        assertThat(calendar.tickEpochNanos(Exchange.DCE, 20261123, 21 * 3600, 0, cst("2026-11-20T21:00:00.010")))
            .isEqualTo(cst("2026-11-20T21:00:00"));
    }

    @Test
    void userDirectoryOverridesTheHolidays(@TempDir final Path directory) throws IOException
    {
        Files.writeString(directory.resolve("holidays.tsv"), "# test\n20261123\tmade up\n");

        final TradingCalendar own = TradingCalendar.load(directory);

        assertThat(own.isTradingDay(20261123)).isFalse();
        assertThat(own.isTradingDay(20261001)).isTrue();
        assertThat(own.tradingDay(cst("2026-11-20T21:30:00"))).isEqualTo(20261124);
        assertThat(own.source()).contains(directory.resolve("holidays.tsv").toString()).contains("built-in sessions.tsv");
    }

    @Test
    void badLinesAreReportedWithFileAndLine(@TempDir final Path directory) throws IOException
    {
        Files.writeString(directory.resolve("sessions.tsv"), "SHFE\trb\t21:00-23:00,09:00-10:15\nXYZ\tab\t09:00-10:00\n");
        assertThatThrownBy(() -> TradingCalendar.load(directory))
            .isInstanceOf(CalendarFileException.class)
            .hasMessageContaining("sessions.tsv line 2").hasMessageContaining("unknown exchange 'XYZ'");

        Files.writeString(directory.resolve("sessions.tsv"), "SHFE\trb\t09:00-10:15,10:00-11:30\n");
        assertThatThrownBy(() -> TradingCalendar.load(directory))
            .hasMessageContaining("line 1").hasMessageContaining("'10:00-11:30' overlaps");

        Files.writeString(directory.resolve("sessions.tsv"), "SHFE\trb\t09:00-10:15\n");
        Files.writeString(directory.resolve("holidays.tsv"), "\n20261121 Saturday\n");
        assertThatThrownBy(() -> TradingCalendar.load(directory))
            .hasMessageContaining("holidays.tsv line 2").hasMessageContaining("weekend");

        Files.writeString(directory.resolve("holidays.tsv"), "2026-11-23\n");
        assertThatThrownBy(() -> TradingCalendar.load(directory)).hasMessageContaining("'2026-11-23' is not yyyyMMdd");
    }

    @Test
    void datesRoundTrip()
    {
        assertThat(Dates.yyyymmdd(Dates.epochDay(20240229))).isEqualTo(20240229);
        assertThat(Dates.weekday(20261123)).isZero();
        assertThat(Dates.isValid(20260230)).isFalse();
        assertThat(Dates.localDate(cst("2026-11-21T00:30:00"))).isEqualTo(20261121);
    }
}
