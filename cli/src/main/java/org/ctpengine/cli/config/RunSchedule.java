package org.ctpengine.cli.config;

import org.ctpengine.engine.calendar.TradingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When {@code run} trades: now until stopped (the default), around the clock against a 7x24 front ({@code 24x7}), or a
 * daily window in China time on the exchanges' trading days. A window whose start is after its stop (20:45 to 15:15)
 * begins the evening before a trading day, for its night session, and ends after its day session; when a weekend or
 * holiday lies between that evening and the day (Friday night for Monday) it is cut in two, the night ending at
 * {@link #NIGHT_STOP} and the day beginning at {@code dayStart}, so the run does not sit through the closed days; a
 * trading day without a night session (after a holiday) begins at {@code dayStart}. A window whose start is before
 * its stop (08:45 to 15:15) covers the day session only. Trading days and night sessions come from the
 * {@link TradingCalendar}. Immutable.
 */
public final class RunSchedule
{
    /** China Standard Time, the exchanges' clock (no daylight saving). */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** When a night-and-day window starts on a trading day with no night session, unless configured. */
    public static final LocalTime DEFAULT_DAY_START = LocalTime.of(8, 45);
    /** Where a night cut off from its day ends: after the latest night session (02:30). */
    public static final LocalTime NIGHT_STOP = LocalTime.of(2, 45);
    private static final int SEARCH_DAYS = 60;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Run now until stopped: today's behaviour. */
    public static final RunSchedule NOW = new RunSchedule(Kind.NOW, null, null, null);
    /** Around the clock, against a front open 7x24: never waits, never stops by itself. */
    public static final RunSchedule ALWAYS = new RunSchedule(Kind.ALWAYS, null, null, null);

    public enum Kind
    {
        NOW,
        ALWAYS,
        WINDOW
    }

    /**
     * One stretch of trading.
     *
     * @param start      when it begins
     * @param stop       when it ends
     * @param tradingDay the trading day it serves (yyyymmdd)
     */
    public record Window(Instant start, Instant stop, int tradingDay)
    {
        public boolean contains(final Instant now)
        {
            return !now.isBefore(start) && now.isBefore(stop);
        }
    }

    private final Kind kind;
    private final LocalTime start;
    private final LocalTime stop;
    private final LocalTime dayStart;

    private RunSchedule(final Kind kind, final LocalTime start, final LocalTime stop, final LocalTime dayStart)
    {
        this.kind = kind;
        this.start = start;
        this.stop = stop;
        this.dayStart = dayStart;
    }

    /**
     * A daily window.
     *
     * @param dayStart where a night-and-day window begins on a trading day without a night session; before {@code stop}
     * @throws IllegalArgumentException when start equals stop, or dayStart is not before stop
     */
    public static RunSchedule window(final LocalTime start, final LocalTime stop, final LocalTime dayStart)
    {
        if (start.equals(stop))
        {
            throw new IllegalArgumentException("start and stop are both " + start + ": the window would be empty");
        }
        if (!dayStart.isBefore(stop))
        {
            throw new IllegalArgumentException("day-start " + dayStart + " is not before stop " + stop);
        }
        return new RunSchedule(Kind.WINDOW, start, stop, dayStart);
    }

    public Kind kind()
    {
        return kind;
    }

    /** Whether this schedule waits and stops by the clock (a window); the others run from now until stopped. */
    public boolean isWindow()
    {
        return kind == Kind.WINDOW;
    }

    /**
     * The window in force at {@code now}, or the next one; null for {@link #NOW} and {@link #ALWAYS}.
     *
     * @throws IllegalStateException when the calendar has no trading day within {@value #SEARCH_DAYS} days
     */
    public Window windowAt(final Instant now, final TradingCalendar calendar)
    {
        if (kind != Kind.WINDOW)
        {
            return null;
        }
        // Every window ends on its trading day: those of trading days before today's date have ended.
        LocalDate day = LocalDateTime.ofInstant(now, CHINA).toLocalDate();
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1))
        {
            final int tradingDay = yyyymmdd(day);
            if (!calendar.isTradingDay(tradingDay))
            {
                continue;
            }
            final Window night = nightOf(day, tradingDay, calendar);
            if (night != null && now.isBefore(night.stop()))
            {
                return night;
            }
            final Window window = windowOf(day, tradingDay, calendar);
            if (now.isBefore(window.stop()))
            {
                return window;
            }
        }
        throw new IllegalStateException("no trading day within " + SEARCH_DAYS + " days of " + now + " in " +
            calendar.source());
    }

    /** A night cut off from its day by closed days (Friday night for Monday), or null. */
    private Window nightOf(final LocalDate day, final int tradingDay, final TradingCalendar calendar)
    {
        if (start.isBefore(stop) || !calendar.hasNightSession(tradingDay))
        {
            return null;
        }
        final LocalDate evening = date(calendar.nightSessionDate(tradingDay));
        if (evening.plusDays(1).equals(day))
        {
            return null; // the night runs straight into its day: one window
        }
        return new Window(evening.atTime(start).toInstant(CHINA), evening.plusDays(1).atTime(NIGHT_STOP).toInstant(CHINA),
            tradingDay);
    }

    /** The trading day's window, or its day part when {@link #nightOf} cut the night off. */
    private Window windowOf(final LocalDate day, final int tradingDay, final TradingCalendar calendar)
    {
        final Instant end = day.atTime(stop).toInstant(CHINA);
        if (start.isBefore(stop))
        {
            return new Window(day.atTime(start).toInstant(CHINA), end, tradingDay);
        }
        if (calendar.hasNightSession(tradingDay))
        {
            final LocalDate evening = date(calendar.nightSessionDate(tradingDay));
            if (evening.plusDays(1).equals(day))
            {
                return new Window(evening.atTime(start).toInstant(CHINA), end, tradingDay);
            }
        }
        return new Window(day.atTime(dayStart).toInstant(CHINA), end, tradingDay);
    }

    /** How the status line and the start line name it. */
    public String describe()
    {
        return switch (kind)
        {
            case NOW -> "now until stopped";
            case ALWAYS -> "24x7";
            case WINDOW -> start + " to " + stop + " China time on trading days" +
                (start.isAfter(stop) ? " (from the evening before, for the night session; the day from " + dayStart +
                    " when there is none or closed days come between)" : "");
        };
    }

    /** An instant as the schedule's lines show it: China time to the minute. */
    public static String shown(final Instant instant)
    {
        return SHOWN.format(LocalDateTime.ofInstant(instant, CHINA));
    }

    private static int yyyymmdd(final LocalDate day)
    {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    private static LocalDate date(final int yyyymmdd)
    {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }
}
