package org.ctpengine.cli;

import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.cli.config.RunSchedule;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Holds {@code run} to its {@link RunSchedule}: before the engine starts, waits (one line saying for what and until
 * when) for the schedule's window; while it runs, says when the window has ended, so the host stops as Ctrl-C does.
 * Reads the time from an injected {@link Clock}. Used by the host's main thread only.
 */
final class ScheduleGate
{
    /** How long one wait lasts before the clock is read again (a suspended machine's clock jumps). */
    static final Duration RECHECK = Duration.ofSeconds(30);

    /** Waits up to a while, returning early when the run is asked to stop. */
    @FunctionalInterface
    interface Waiter
    {
        /** @return true when the run was asked to stop (Ctrl-C) */
        boolean await(Duration atMost) throws InterruptedException;
    }

    private final RunSchedule schedule;
    private final TradingCalendar calendar;
    private final Clock clock;
    private RunSchedule.Window window;

    ScheduleGate(final RunSchedule schedule, final TradingCalendar calendar, final Clock clock)
    {
        this.schedule = schedule;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Returns at once without a window; otherwise once the window in force or the next one has begun, having said
     * once what it waits for.
     *
     * @return false when the run was asked to stop while it waited
     */
    boolean awaitStart(final PrintStream out, final Waiter waiter) throws InterruptedException
    {
        if (!schedule.isWindow())
        {
            return true;
        }
        window = schedule.windowAt(clock.instant(), calendar);
        warnIfNotCovered(out, window.tradingDay());
        boolean told = false;
        while (true)
        {
            final Instant now = clock.instant();
            if (!now.isBefore(window.stop()))
            {
                window = schedule.windowAt(now, calendar); // slept past a whole window (a suspended machine)
            }
            if (window.contains(now))
            {
                out.println("schedule: trading day " + window.tradingDay() + " until " + RunSchedule.shown(window.stop()) +
                    " China time (" + schedule.describe() + ")");
                return true;
            }
            if (!told)
            {
                out.println("WAITING for the schedule: trading day " + window.tradingDay() + " starts at " +
                    RunSchedule.shown(window.start()) + " China time, in " + inWords(Duration.between(now, window.start())) +
                    " (" + schedule.describe() + "); Ctrl-C stops");
                told = true;
            }
            final Duration left = Duration.between(now, window.start());
            if (waiter.await(left.compareTo(RECHECK) < 0 ? left : RECHECK))
            {
                return false;
            }
        }
    }

    /**
     * A year without holidays in the calendar makes every weekday a trading day: a holiday would be waited through
     * in vain, or its night traded. Said once, when the run starts (the file is updated once a year, in December).
     */
    private void warnIfNotCovered(final PrintStream out, final int tradingDay)
    {
        if (!calendar.covers(tradingDay))
        {
            final int year = tradingDay / 10000;
            out.println("WARNING: the trading calendar (" + calendar.source() + ") has no holidays for " + year +
                ": every weekday counts as a trading day; add " + year + "'s closures (docs/calendar.md)");
        }
    }

    /** Whether the window the run started in has ended: the host stops as Ctrl-C does. */
    boolean isStopDue()
    {
        return window != null && !clock.instant().isBefore(window.stop());
    }

    /** The line saying why the run stops by itself. */
    String stopLine()
    {
        return "schedule: trading day " + window.tradingDay() + "'s window ended at " + RunSchedule.shown(window.stop()) +
            " China time";
    }

    static String inWords(final Duration duration)
    {
        final long minutes = Math.max(0, (duration.getSeconds() + 59) / 60);
        if (minutes < 60)
        {
            return minutes + " min";
        }
        final long hours = minutes / 60;
        return hours < 24 ? hours + " h " + minutes % 60 + " min" : hours / 24 + " d " + hours % 24 + " h";
    }
}
