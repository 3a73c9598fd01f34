package org.ctpengine.journal.tools;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Wall-clock times as the tools show and accept them: China Standard Time (UTC+8, no daylight saving), the
 * time of the exchanges whose events a journal holds.
 */
public final class ChinaTime
{
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private ChinaTime()
    {
    }

    /** {@code 2026-03-02 09:30:00.123456} for an epoch time in ns. */
    public static String format(final long epochNanos)
    {
        return MICROS.format(toLocal(epochNanos));
    }

    /** {@code 2026-03-02 09:30} for a minute given as epoch minutes. */
    public static String formatMinute(final long epochMinute)
    {
        return MINUTE.format(LocalDateTime.ofEpochSecond(epochMinute * 60, 0, OFFSET));
    }

    /**
     * Parses a time given on the command line: ISO date-time with or without offset ({@code 2026-03-02T09:30:00},
     * {@code 2026-03-02 09:30:00.5}, {@code 2026-03-02T01:30:00Z}) or a date ({@code 2026-03-02}, its midnight).
     * Without an offset the time is China time.
     *
     * @return ns since 1970
     * @throws IllegalArgumentException naming the text and the formats accepted
     */
    public static long parse(final String text)
    {
        final String iso = text.trim().replace(' ', 'T');
        try
        {
            if (iso.length() == 10)
            {
                return toEpochNanos(LocalDate.parse(iso).atStartOfDay().toInstant(OFFSET));
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:\\d\\d$"))
            {
                return toEpochNanos(OffsetDateTime.parse(iso).toInstant());
            }
            return toEpochNanos(LocalDateTime.parse(iso).toInstant(OFFSET));
        }
        catch (final DateTimeParseException e)
        {
            throw new IllegalArgumentException("cannot read time '" + text + "': use 2026-03-02T09:30:00 (China time), " +
                "2026-03-02T01:30:00Z, or 2026-03-02", e);
        }
    }

    private static LocalDateTime toLocal(final long epochNanos)
    {
        return LocalDateTime.ofEpochSecond(
            Math.floorDiv(epochNanos, NANOS_PER_SECOND), (int)Math.floorMod(epochNanos, NANOS_PER_SECOND), OFFSET);
    }

    private static long toEpochNanos(final Instant instant)
    {
        return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
    }
}
