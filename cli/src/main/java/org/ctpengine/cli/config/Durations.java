package org.ctpengine.cli.config;

import java.time.Duration;
import java.util.Locale;

/** Durations as users write them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}. */
public final class Durations
{
    private Durations()
    {
    }

    /** @throws IllegalArgumentException {@code "'soon' is not a duration like 30s, 5m or 1h"} */
    public static Duration parse(final String text)
    {
        final String value = text.trim().toLowerCase(Locale.ROOT);
        try
        {
            if (value.endsWith("ms"))
            {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            final long amount = Long.parseLong(value.substring(0, value.length() - 1));
            switch (value.charAt(value.length() - 1))
            {
                case 's': return Duration.ofSeconds(amount);
                case 'm': return Duration.ofMinutes(amount);
                case 'h': return Duration.ofHours(amount);
                default: break;
            }
        }
        catch (final NumberFormatException | StringIndexOutOfBoundsException e)
        {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration like 30s, 5m or 1h");
    }
}
