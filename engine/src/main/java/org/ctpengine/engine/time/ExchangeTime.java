package org.ctpengine.engine.time;

import org.agrona.DirectBuffer;

/**
 * Turns a tick's exchange-local time fields into epoch nanoseconds without allocating.
 *
 * <p>China Standard Time is UTC+8 all year. For exchanges whose ActionDay is trustworthy the date is
 * ActionDay. For DCE and CZCE it is not at night (it holds the next trading day), so the date is the
 * one that puts the tick nearest to when it was received: the receive clock is off by milliseconds,
 * never by a day. Replay uses the journaled receive time, so it reproduces the same dates.
 */
public final class ExchangeTime
{
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long SECONDS_PER_DAY = 86_400L;
    /** China Standard Time, UTC+8, no daylight saving. */
    public static final long CST_OFFSET_SECONDS = 8 * 3600L;

    private ExchangeTime()
    {
    }

    /**
     * Epoch nanoseconds of a tick.
     *
     * @param exchange          where the instrument trades
     * @param actionDay         ActionDay as yyyyMMdd, or -1 when empty
     * @param secondOfDay       UpdateTime as seconds since local midnight
     * @param millis            UpdateMillisec
     * @param receiveEpochNanos wall clock when the tick was received, or 0 when unknown
     */
    public static long tickEpochNanos(
        final Exchange exchange, final int actionDay, final int secondOfDay, final int millis, final long receiveEpochNanos)
    {
        final long epochDay;
        if (receiveEpochNanos != 0 && (actionDay < 0 || exchange.actionDayUnreliableAtNight()))
        {
            epochDay = nearestLocalDay(secondOfDay, receiveEpochNanos);
        }
        else if (actionDay >= 0)
        {
            epochDay = epochDay(actionDay);
        }
        else
        {
            epochDay = 0;
        }
        final long epochSecond = epochDay * SECONDS_PER_DAY + secondOfDay - CST_OFFSET_SECONDS;
        return epochSecond * NANOS_PER_SECOND + millis * NANOS_PER_MILLI;
    }

    /** The local (CST) day that puts {@code secondOfDay} nearest to the receive time. */
    static long nearestLocalDay(final int secondOfDay, final long receiveEpochNanos)
    {
        final long receiveLocalSecond = Math.floorDiv(receiveEpochNanos, NANOS_PER_SECOND) + CST_OFFSET_SECONDS;
        final long receiveDay = Math.floorDiv(receiveLocalSecond, SECONDS_PER_DAY);
        long bestDay = receiveDay;
        long bestDistance = Long.MAX_VALUE;
        for (long day = receiveDay - 1; day <= receiveDay + 1; day++)
        {
            final long distance = Math.abs(day * SECONDS_PER_DAY + secondOfDay - receiveLocalSecond);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                bestDay = day;
            }
        }
        return bestDay;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian yyyyMMdd (Howard Hinnant's days_from_civil). */
    public static long epochDay(final int yyyymmdd)
    {
        final long year = yyyymmdd / 10000;
        final long month = (yyyymmdd / 100) % 100;
        final long day = yyyymmdd % 100;
        final long y = month <= 2 ? year - 1 : year;
        final long era = Math.floorDiv(y, 400);
        final long yearOfEra = y - era * 400;
        final long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        final long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    /** Parses an 8-digit {@code yyyyMMdd} text field; -1 when empty or not 8 digits. */
    public static int parseYyyymmdd(final DirectBuffer buffer, final int offset)
    {
        int value = 0;
        for (int i = 0; i < 8; i++)
        {
            final byte b = buffer.getByte(offset + i);
            if (b < '0' || b > '9')
            {
                return -1;
            }
            value = value * 10 + (b - '0');
        }
        return value;
    }

    /** Parses {@code HH:mm:ss} into seconds since midnight; -1 when malformed. */
    public static int parseSecondOfDay(final DirectBuffer buffer, final int offset)
    {
        final int hours = twoDigits(buffer, offset);
        final int minutes = twoDigits(buffer, offset + 3);
        final int seconds = twoDigits(buffer, offset + 6);
        if (hours < 0 || minutes < 0 || seconds < 0 || buffer.getByte(offset + 2) != ':' || buffer.getByte(offset + 5) != ':')
        {
            return -1;
        }
        return hours * 3600 + minutes * 60 + seconds;
    }

    private static int twoDigits(final DirectBuffer buffer, final int offset)
    {
        final byte tens = buffer.getByte(offset);
        final byte ones = buffer.getByte(offset + 1);
        if (tens < '0' || tens > '9' || ones < '0' || ones > '9')
        {
            return -1;
        }
        return (tens - '0') * 10 + (ones - '0');
    }
}
