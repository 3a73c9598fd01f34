package org.ctpengine.engine.bar;

import org.ctpengine.engine.calendar.Dates;

import java.util.Locale;

/** A bar's length: n seconds, n minutes, or one trading day (night session included). Immutable. */
public final class BarPeriod
{
    private static final BarPeriod TRADING_DAY = new BarPeriod(0);

    private final long seconds;

    private BarPeriod(final long seconds)
    {
        this.seconds = seconds;
    }

    public static BarPeriod seconds(final int n)
    {
        if (n <= 0 || n > 86_400)
        {
            throw new IllegalArgumentException("a bar period must be 1 second to 1 day, not " + n + " seconds");
        }
        return new BarPeriod(n);
    }

    public static BarPeriod minutes(final int n)
    {
        if (n <= 0 || n > 1440)
        {
            throw new IllegalArgumentException("a bar period must be 1 to 1440 minutes, not " + n);
        }
        return new BarPeriod(n * 60L);
    }

    public static BarPeriod tradingDay()
    {
        return TRADING_DAY;
    }

    /** {@code 30s}, {@code 1m}, {@code 15m}, {@code 1h} (60 minutes) or {@code 1d} (the trading day). */
    public static BarPeriod parse(final String text)
    {
        final String value = text.trim().toLowerCase(Locale.ROOT);
        if ("1d".equals(value) || "day".equals(value))
        {
            return TRADING_DAY;
        }
        if (value.length() >= 2)
        {
            final char unit = value.charAt(value.length() - 1);
            final String digits = value.substring(0, value.length() - 1);
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() <= 6)
            {
                final int n = Integer.parseInt(digits);
                switch (unit)
                {
                    case 's':
                        return seconds(n);
                    case 'm':
                        return minutes(n);
                    case 'h':
                        return minutes(n * 60);
                    default:
                        break;
                }
            }
        }
        throw new IllegalArgumentException("period must look like 30s, 1m, 5m, 1h or 1d, not '" + text + "'");
    }

    public boolean isTradingDay()
    {
        return seconds == 0;
    }

    /** Length in nanoseconds; 0 for the trading day. */
    public long nanos()
    {
        return seconds * Dates.NANOS_PER_SECOND;
    }

    @Override
    public String toString()
    {
        if (seconds == 0)
        {
            return "1d";
        }
        return seconds % 60 == 0 ? (seconds / 60) + "m" : seconds + "s";
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof BarPeriod && ((BarPeriod)other).seconds == seconds;
    }

    @Override
    public int hashCode()
    {
        return Long.hashCode(seconds);
    }
}
