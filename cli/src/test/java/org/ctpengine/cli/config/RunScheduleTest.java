package org.ctpengine.cli.config;

import org.ctpengine.engine.calendar.TradingCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule's windows by the built-in exchange calendar (2026: 5 December is a Saturday). */
class RunScheduleTest
{
    private static final TradingCalendar CALENDAR = TradingCalendar.builtIn();
    private static final RunSchedule NIGHT_AND_DAY =
        RunSchedule.window(LocalTime.of(20, 45), LocalTime.of(15, 15), RunSchedule.DEFAULT_DAY_START);

    private static Instant china(final String localDateTime)
    {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    @Test
    void midweekTheWindowRunsFromTheEveningBeforeThroughTheDaySession()
    {
        final RunSchedule.Window window = NIGHT_AND_DAY.windowAt(china("2026-12-08T10:00:00"), CALENDAR);

        assertThat(window.tradingDay()).isEqualTo(20261208);
        assertThat(window.start()).isEqualTo(china("2026-12-07T20:45:00"));
        assertThat(window.stop()).isEqualTo(china("2026-12-08T15:15:00"));
        assertThat(window.contains(china("2026-12-08T10:00:00"))).isTrue();
    }

    @Test
    void afterTheDaySessionTheNextWindowIsTheNextTradingDays()
    {
        final RunSchedule.Window window = NIGHT_AND_DAY.windowAt(china("2026-12-08T15:15:00"), CALENDAR);

        assertThat(window.tradingDay()).isEqualTo(20261209);
        assertThat(window.start()).isEqualTo(china("2026-12-08T20:45:00"));
        assertThat(window.contains(china("2026-12-08T15:15:00"))).isFalse();
    }

    @Test
    void fridayNightIsCutFromMondaySoTheRunDoesNotSitThroughTheWeekend()
    {
        final RunSchedule.Window night = NIGHT_AND_DAY.windowAt(china("2026-12-12T01:00:00"), CALENDAR);
        assertThat(night.tradingDay()).isEqualTo(20261214);
        assertThat(night.start()).isEqualTo(china("2026-12-11T20:45:00"));
        assertThat(night.stop()).isEqualTo(china("2026-12-12T02:45:00"));

        final RunSchedule.Window day = NIGHT_AND_DAY.windowAt(china("2026-12-12T02:45:00"), CALENDAR);
        assertThat(day.tradingDay()).isEqualTo(20261214);
        assertThat(day.start()).isEqualTo(china("2026-12-14T08:45:00"));
        assertThat(day.stop()).isEqualTo(china("2026-12-14T15:15:00"));
    }

    @Test
    void theFirstDayAfterAHolidayHasNoNightSessionAndStartsInTheMorning()
    {
        // National Day 1-7 October 2026: no night session on 30 September, trading resumes on Thursday 8 October.
        final RunSchedule.Window window = NIGHT_AND_DAY.windowAt(china("2026-09-30T16:00:00"), CALENDAR);

        assertThat(window.tradingDay()).isEqualTo(20261008);
        assertThat(window.start()).isEqualTo(china("2026-10-08T08:45:00"));
        assertThat(window.stop()).isEqualTo(china("2026-10-08T15:15:00"));
    }

    @Test
    void aDayWindowCoversTradingDaysOnly()
    {
        final RunSchedule day = RunSchedule.window(LocalTime.of(8, 45), LocalTime.of(15, 15), RunSchedule.DEFAULT_DAY_START);

        final RunSchedule.Window window = day.windowAt(china("2026-12-05T10:00:00"), CALENDAR);

        assertThat(window.tradingDay()).isEqualTo(20261207);
        assertThat(window.start()).isEqualTo(china("2026-12-07T08:45:00"));
        assertThat(window.stop()).isEqualTo(china("2026-12-07T15:15:00"));
    }

    @Test
    void nowAndAroundTheClockHaveNoWindow()
    {
        assertThat(RunSchedule.NOW.windowAt(china("2026-12-05T10:00:00"), CALENDAR)).isNull();
        assertThat(RunSchedule.ALWAYS.windowAt(china("2026-12-05T10:00:00"), CALENDAR)).isNull();
        assertThat(RunSchedule.ALWAYS.describe()).isEqualTo("24x7");
    }
}
