package org.ctpengine.engine.calendar;

import org.ctpengine.engine.time.ExchangeTime;

/** Calendar arithmetic on {@code yyyyMMdd} ints and China-time epoch values, without allocating. */
public final class Dates
{
    public static final long NANOS_PER_SECOND = ExchangeTime.NANOS_PER_SECOND;
    public static final long NANOS_PER_DAY = ExchangeTime.SECONDS_PER_DAY * NANOS_PER_SECOND;
    private static final long CST_OFFSET_NANOS = ExchangeTime.CST_OFFSET_SECONDS * NANOS_PER_SECOND;

    private Dates()
    {
    }

    /** yyyyMMdd of a day count since 1970-01-01 (Howard Hinnant's civil_from_days). */
    public static int yyyymmdd(final long epochDay)
    {
        final long z = epochDay + 719468;
        final long era = Math.floorDiv(z, 146097);
        final long dayOfEra = z - era * 146097;
        final long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        final long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        final long mp = (5 * dayOfYear + 2) / 153;
        final long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        final long month = mp < 10 ? mp + 3 : mp - 9;
        final long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (int)(year * 10000 + month * 100 + day);
    }

    public static long epochDay(final int yyyymmdd)
    {
        return ExchangeTime.epochDay(yyyymmdd);
    }

    public static int addDays(final int yyyymmdd, final int days)
    {
        return yyyymmdd(epochDay(yyyymmdd) + days);
    }

    /** Monday 0 … Sunday 6. */
    public static int weekday(final int yyyymmdd)
    {
        return (int)Math.floorMod(epochDay(yyyymmdd) + 3, 7L); // 1970-01-01 was a Thursday
    }

    /** Whether a yyyyMMdd int names a real date. */
    public static boolean isValid(final int yyyymmdd)
    {
        return yyyymmdd >= 1000_01_01 && yyyymmdd <= 9999_12_31 && yyyymmdd(epochDay(yyyymmdd)) == yyyymmdd;
    }

    /** Epoch nanoseconds of China-time midnight starting {@code yyyymmdd}. */
    public static long midnightNanos(final int yyyymmdd)
    {
        return epochDay(yyyymmdd) * NANOS_PER_DAY - CST_OFFSET_NANOS;
    }

    /** The China-time calendar day (yyyyMMdd) of an instant. */
    public static int localDate(final long epochNanos)
    {
        return yyyymmdd(Math.floorDiv(epochNanos + CST_OFFSET_NANOS, NANOS_PER_DAY));
    }

    /** Nanoseconds since China-time midnight of an instant. */
    public static long localNanosOfDay(final long epochNanos)
    {
        return Math.floorMod(epochNanos + CST_OFFSET_NANOS, NANOS_PER_DAY);
    }
}
