package org.ctpengine.cli;

import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.cli.config.RunSchedule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The host's wait for its schedule and its stop at the window's end, on an injected clock: no real hours pass. */
class ScheduleGateTest
{
    private static final RunSchedule NIGHT_AND_DAY =
        RunSchedule.window(LocalTime.of(20, 45), LocalTime.of(15, 15), RunSchedule.DEFAULT_DAY_START);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    /** A clock the test moves: the gate's waits move it instead of sleeping. */
    private static final class TestClock extends Clock
    {
        Instant now;

        TestClock(final Instant now)
        {
            this.now = now;
        }

        @Override
        public ZoneId getZone()
        {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone)
        {
            return this;
        }

        @Override
        public Instant instant()
        {
            return now;
        }
    }

    private static Instant china(final String localDateTime)
    {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    private String printed()
    {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outsideItsWindowTheRunWaitsWithOneLineThenRunsUntilTheWindowEnds() throws Exception
    {
        final TestClock clock = new TestClock(china("2026-12-07T16:00:00"));
        final ScheduleGate gate = new ScheduleGate(NIGHT_AND_DAY, TradingCalendar.builtIn(), clock);
        final int[] waits = {0};

        final boolean started = gate.awaitStart(out, atMost ->
        {
            waits[0]++;
            assertThat(atMost).isPositive().isLessThanOrEqualTo(ScheduleGate.RECHECK);
            clock.now = clock.now.plus(atMost);
            return false;
        });

        assertThat(started).isTrue();
        assertThat(clock.now).isEqualTo(china("2026-12-07T20:45:00"));
        assertThat(waits[0]).isEqualTo(285 * 2); // 4 h 45 min in waits of at most 30 s: the clock is read again
        assertThat(printed()).isEqualTo("WAITING for the schedule: trading day 20261208 starts at 2026-12-07 20:45 China " +
            "time, in 4 h 45 min (" + NIGHT_AND_DAY.describe() + "); Ctrl-C stops\n" +
            "schedule: trading day 20261208 until 2026-12-08 15:15 China time (" + NIGHT_AND_DAY.describe() + ")\n");

        assertThat(gate.isStopDue()).isFalse();
        clock.now = china("2026-12-08T15:14:59");
        assertThat(gate.isStopDue()).isFalse();
        clock.now = china("2026-12-08T15:15:00");
        assertThat(gate.isStopDue()).isTrue();
        assertThat(gate.stopLine()).isEqualTo("schedule: trading day 20261208's window ended at 2026-12-08 15:15 China time");
    }

    @Test
    void insideItsWindowTheRunStartsAtOnce() throws Exception
    {
        final TestClock clock = new TestClock(china("2026-12-08T09:30:00"));
        final ScheduleGate gate = new ScheduleGate(NIGHT_AND_DAY, TradingCalendar.builtIn(), clock);

        assertThat(gate.awaitStart(out, atMost -> { throw new AssertionError("waited " + atMost); })).isTrue();
        assertThat(printed()).startsWith("schedule: trading day 20261208 until 2026-12-08 15:15 China time");
    }

    @Test
    void ctrlCWhileWaitingEndsTheWait() throws Exception
    {
        final TestClock clock = new TestClock(china("2026-12-05T10:00:00"));
        final ScheduleGate gate = new ScheduleGate(NIGHT_AND_DAY, TradingCalendar.builtIn(), clock);

        assertThat(gate.awaitStart(out, atMost -> true)).isFalse();
        // Saturday: Friday's night for Monday has ended, Monday's day session is next.
        assertThat(printed()).isEqualTo("WAITING for the schedule: trading day 20261207 starts at 2026-12-07 08:45 China " +
            "time, in 1 d 22 h (" + NIGHT_AND_DAY.describe() + "); Ctrl-C stops\n");
        assertThat(gate.isStopDue()).isFalse();
    }

    @Test
    void withoutAWindowTheRunStartsNowAndNeverStopsByTheClock() throws Exception
    {
        for (final RunSchedule schedule : new RunSchedule[] {RunSchedule.NOW, RunSchedule.ALWAYS})
        {
            final TestClock clock = new TestClock(china("2026-12-05T10:00:00"));
            final ScheduleGate gate = new ScheduleGate(schedule, TradingCalendar.builtIn(), clock);

            assertThat(gate.awaitStart(out, atMost -> { throw new AssertionError("waited"); })).isTrue();
            clock.now = clock.now.plus(Duration.ofDays(30));
            assertThat(gate.isStopDue()).isFalse();
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    void aTradingDayInAYearTheCalendarHasNoHolidaysForIsSaidOnce() throws Exception
    {
        // 2027-01-04 is a Monday; the built-in holidays stop at 2026.
        final TestClock clock = new TestClock(china("2027-01-04T10:00:00"));
        final ScheduleGate gate = new ScheduleGate(NIGHT_AND_DAY, TradingCalendar.builtIn(), clock);

        assertThat(gate.awaitStart(out, atMost -> { throw new AssertionError("waited"); })).isTrue();

        assertThat(printed()).startsWith("WARNING: the trading calendar (" + TradingCalendar.builtIn().source() +
            ") has no holidays for 2027: every weekday counts as a trading day; add 2027's closures (docs/calendar.md)\n")
            .contains("schedule: trading day 20270104 until");
    }

    @Test
    void aCoveredYearIsNotWarnedAbout() throws Exception
    {
        final TestClock clock = new TestClock(china("2026-12-07T10:00:00"));
        final ScheduleGate gate = new ScheduleGate(NIGHT_AND_DAY, TradingCalendar.builtIn(), clock);

        assertThat(gate.awaitStart(out, atMost -> { throw new AssertionError("waited"); })).isTrue();

        assertThat(printed()).doesNotContain("WARNING");
    }
}
