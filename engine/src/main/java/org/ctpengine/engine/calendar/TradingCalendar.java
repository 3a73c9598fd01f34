package org.ctpengine.engine.calendar;

import org.ctpengine.engine.time.Exchange;
import org.ctpengine.engine.time.ExchangeTime;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * China's futures trading calendar: which days trade, which trading day an instant belongs to, and when each
 * product trades. Facts come from two data files (see {@code docs/calendar.md}): built-in resources, or a directory
 * of the user's own that overrides either file.
 *
 * <p>Rules: Saturdays, Sundays and the listed holidays are closed. A trading day's night session is held on the
 * evening of the previous trading day, only when no closed weekday lies between the two (Friday night belongs to
 * Monday; there is none before a holiday, so none on the Friday before a Monday holiday). An instant from 18:00 on
 * belongs to the next trading day; one before 06:00 to the trading day after the previous evening's.
 *
 * <p>Immutable and thread-safe. Methods that take a {@link TradingDaySchedule} use it as the caller's scratch space
 * and allocate nothing.
 */
public final class TradingCalendar
{
    /** System property naming a directory whose {@code sessions.tsv} / {@code holidays.tsv} replace the built-in ones. */
    public static final String DIRECTORY_PROPERTY = "ctpengine.calendar";

    private static final long EVENING_NANOS = 18L * 3600 * Dates.NANOS_PER_SECOND;
    private static final long MORNING_NANOS = 6L * 3600 * Dates.NANOS_PER_SECOND;
    private static final int SEARCH_DAYS = 40; // longer than any closure (Spring Festival is at most ~10 days)
    private static volatile TradingCalendar builtIn;

    private final int[] holidays;
    private final int[] coveredYears;
    private final SessionTable sessions;
    private final String source;

    private TradingCalendar(final int[] holidays, final int[] coveredYears, final SessionTable sessions, final String source)
    {
        this.holidays = holidays;
        this.coveredYears = coveredYears;
        this.sessions = sessions;
        this.source = source;
    }

    /** The calendar the project ships with. */
    public static TradingCalendar builtIn()
    {
        TradingCalendar calendar = builtIn;
        if (calendar == null)
        {
            calendar = load(null);
            builtIn = calendar;
        }
        return calendar;
    }

    /**
     * The calendar from {@code directory} ({@code sessions.tsv} and/or {@code holidays.tsv}; a file it lacks is taken
     * from the built-in data); {@code null} for the built-in data only.
     *
     * @throws CalendarFileException naming the file, line and value of anything it cannot use
     */
    public static TradingCalendar load(final Path directory)
    {
        final String sessionsName = CalendarFiles.describe(directory, CalendarFiles.SESSIONS);
        final String holidaysName = CalendarFiles.describe(directory, CalendarFiles.HOLIDAYS);
        try (Reader sessionsReader = CalendarFiles.open(directory, CalendarFiles.SESSIONS);
            Reader holidaysReader = CalendarFiles.open(directory, CalendarFiles.HOLIDAYS))
        {
            final SessionTable table = CalendarFiles.readSessions(sessionsReader, sessionsName);
            final TreeSet<Integer> years = new TreeSet<>();
            final int[] holidays = CalendarFiles.readHolidays(holidaysReader, holidaysName, years);
            return new TradingCalendar(holidays, years.stream().mapToInt(Integer::intValue).toArray(), table,
                sessionsName + " and " + holidaysName);
        }
        catch (final IOException e)
        {
            throw new CalendarFileException("cannot read the trading calendar: " + e.getMessage(), e);
        }
    }

    /** The directory named by the {@value #DIRECTORY_PROPERTY} system property, or the built-in calendar. */
    public static TradingCalendar fromSystemProperty()
    {
        final String directory = System.getProperty(DIRECTORY_PROPERTY);
        return directory == null || directory.isBlank() ? builtIn() : load(Path.of(directory));
    }

    /** Which files the calendar was read from. */
    public String source()
    {
        return source;
    }

    // ---------------------------------------------------------------------------------------------- days

    /** Whether the holidays file covers {@code yyyymmdd}'s year (outside it every weekday is assumed to trade). */
    public boolean covers(final int yyyymmdd)
    {
        return Arrays.binarySearch(coveredYears, yyyymmdd / 10000) >= 0;
    }

    public boolean isHoliday(final int yyyymmdd)
    {
        return Arrays.binarySearch(holidays, yyyymmdd) >= 0;
    }

    public boolean isTradingDay(final int yyyymmdd)
    {
        return Dates.weekday(yyyymmdd) < 5 && !isHoliday(yyyymmdd);
    }

    /** The first trading day after {@code yyyymmdd}. */
    public int nextTradingDay(final int yyyymmdd)
    {
        long day = Dates.epochDay(yyyymmdd);
        for (int i = 0; i < SEARCH_DAYS; i++)
        {
            day++;
            final int date = Dates.yyyymmdd(day);
            if (isTradingDay(date))
            {
                return date;
            }
        }
        throw new IllegalStateException("no trading day within " + SEARCH_DAYS + " days after " + yyyymmdd + " in " + source);
    }

    /** The last trading day before {@code yyyymmdd}. */
    public int previousTradingDay(final int yyyymmdd)
    {
        long day = Dates.epochDay(yyyymmdd);
        for (int i = 0; i < SEARCH_DAYS; i++)
        {
            day--;
            final int date = Dates.yyyymmdd(day);
            if (isTradingDay(date))
            {
                return date;
            }
        }
        throw new IllegalStateException("no trading day within " + SEARCH_DAYS + " days before " + yyyymmdd + " in " + source);
    }

    /**
     * Whether trading day {@code tradingDay} opens with a night session (for products that have one): only when the
     * evening before it is the previous trading day's and no closed weekday lies between them.
     */
    public boolean hasNightSession(final int tradingDay)
    {
        if (!isTradingDay(tradingDay))
        {
            return false;
        }
        final int previous = previousTradingDay(tradingDay);
        return nextWeekday(previous) == tradingDay;
    }

    /** The evening (calendar day) on which {@code tradingDay}'s night session is held; meaningful when it has one. */
    public int nightSessionDate(final int tradingDay)
    {
        return previousTradingDay(tradingDay);
    }

    /** The trading day an instant belongs to: from 18:00 the next one, before 06:00 the one after last evening's. */
    public int tradingDay(final long epochNanos)
    {
        final int date = Dates.localDate(epochNanos);
        final long nanosOfDay = Dates.localNanosOfDay(epochNanos);
        if (nanosOfDay >= EVENING_NANOS)
        {
            return nextTradingDay(date);
        }
        if (nanosOfDay < MORNING_NANOS)
        {
            return nextTradingDay(Dates.addDays(date, -1));
        }
        return isTradingDay(date) ? date : nextTradingDay(date);
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

    // ---------------------------------------------------------------------------------------------- sessions

    /** The sessions of an instrument (by the letters its ID starts with); null when its product is unknown. */
    public ProductSessions sessions(final Exchange exchange, final CharSequence instrumentId)
    {
        return sessions.forInstrument(exchange, instrumentId);
    }

    public SessionTable sessionTable()
    {
        return sessions;
    }

    /** Fills {@code into} with the segments {@code product} trades on {@code tradingDay} (none on a closed day). */
    public TradingDaySchedule schedule(final ProductSessions product, final int tradingDay, final TradingDaySchedule into)
    {
        if (into.describes(product, tradingDay))
        {
            return into;
        }
        into.reset(product, tradingDay);
        if (!isTradingDay(tradingDay))
        {
            return into;
        }
        final int nights = product.nightSegmentCount();
        if (nights > 0 && hasNightSession(tradingDay))
        {
            final long evening = Dates.midnightNanos(nightSessionDate(tradingDay));
            for (int i = 0; i < nights; i++)
            {
                into.add(evening + product.startSecond(i) * Dates.NANOS_PER_SECOND,
                    evening + product.endSecond(i) * Dates.NANOS_PER_SECOND);
            }
        }
        final long midnight = Dates.midnightNanos(tradingDay);
        for (int i = nights; i < product.segmentCount(); i++)
        {
            into.add(midnight + product.startSecond(i) * Dates.NANOS_PER_SECOND,
                midnight + product.endSecond(i) * Dates.NANOS_PER_SECOND);
        }
        return into;
    }

    /** Whether {@code product} is trading at {@code epochNanos} (continuous trading; the auction is not). */
    public boolean isTrading(final ProductSessions product, final long epochNanos, final TradingDaySchedule scratch)
    {
        return schedule(product, tradingDay(epochNanos), scratch).segmentAt(epochNanos) >= 0;
    }

    /** Whether {@code epochNanos} is in the opening auction before {@code product}'s trading day opens. */
    public boolean isAuction(final ProductSessions product, final long epochNanos, final TradingDaySchedule scratch)
    {
        return schedule(product, tradingDay(epochNanos), scratch).inAuction(epochNanos);
    }

    /**
     * The segment of {@code product} trading at {@code epochNanos}, or -1; {@code scratch} then describes the
     * instant's trading day, so {@code scratch.startNanos(segment)} / {@code endNanos(segment)} give its bounds.
     */
    public int segmentAt(final ProductSessions product, final long epochNanos, final TradingDaySchedule scratch)
    {
        return schedule(product, tradingDay(epochNanos), scratch).segmentAt(epochNanos);
    }

    /** The start of the first segment of {@code product} that opens at or after {@code epochNanos}. */
    public long nextOpen(final ProductSessions product, final long epochNanos, final TradingDaySchedule scratch)
    {
        int day = tradingDay(epochNanos);
        for (int i = 0; i < SEARCH_DAYS; i++)
        {
            final TradingDaySchedule schedule = schedule(product, day, scratch);
            for (int s = 0; s < schedule.segmentCount(); s++)
            {
                if (schedule.startNanos(s) >= epochNanos)
                {
                    return schedule.startNanos(s);
                }
            }
            day = nextTradingDay(day);
        }
        throw new IllegalStateException(product + " never opens within " + SEARCH_DAYS + " days of " + epochNanos);
    }

    // ---------------------------------------------------------------------------------------------- tick time

    /**
     * A tick's instant from its exchange fields. In the daytime (06:00 to 18:00) ActionDay is the calendar date on
     * every exchange and is used as it is. At night a DCE or CZCE tick's ActionDay may hold the trading day instead:
     * with a receive time the date is the one nearest to it ({@link ExchangeTime#tickEpochNanos}); without one
     * (imported ticks, hand-made tests) the reading that puts the tick in a night session that is held wins, DCE
     * preferring the trading-day reading (what DCE sends) and CZCE the calendar one.
     *
     * @param actionDay   ActionDay yyyyMMdd, or -1 when empty
     * @param secondOfDay UpdateTime in seconds since midnight
     */
    public long tickEpochNanos(
        final Exchange exchange, final int actionDay, final int secondOfDay, final int millis, final long receiveEpochNanos)
    {
        final boolean evening = secondOfDay >= 18 * 3600;
        final boolean morning = secondOfDay < 6 * 3600;
        if (actionDay >= 0 && !evening && !morning)
        {
            return ExchangeTime.tickEpochNanos(exchange, actionDay, secondOfDay, millis, 0);
        }
        if (receiveEpochNanos != 0 || actionDay < 0 || !exchange.actionDayUnreliableAtNight() || exchange == Exchange.UNKNOWN)
        {
            return ExchangeTime.tickEpochNanos(exchange, actionDay, secondOfDay, millis, receiveEpochNanos);
        }
        int date = actionDay;
        if (evening || morning)
        {
            final int asTradingDay = isTradingDay(actionDay) && hasNightSession(actionDay) ?
                (evening ? nightSessionDate(actionDay) : Dates.addDays(nightSessionDate(actionDay), 1)) : -1;
            final int eveningDate = evening ? actionDay : Dates.addDays(actionDay, -1);
            final boolean calendarHeld = isTradingDay(eveningDate) && hasNightSession(nextTradingDay(eveningDate));
            if (exchange == Exchange.DCE)
            {
                date = asTradingDay >= 0 ? asTradingDay : actionDay;
            }
            else
            {
                date = calendarHeld || asTradingDay < 0 ? actionDay : asTradingDay;
            }
        }
        return Dates.midnightNanos(date) + secondOfDay * Dates.NANOS_PER_SECOND + millis * ExchangeTime.NANOS_PER_MILLI;
    }
}
