package org.ctpengine.journal.tools;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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

    /**
     * Parses a time as {@link #parse(String)} does, or a time of day ({@code 21:00}, {@code 09:30:15},
     * {@code 09:30:15.250}, China time), which stands for its first occurrence at or after {@code anchorEpochNanos}
     * (for a replay, the run's start): a run that starts at 20:55 reads {@code --to 01:00} as the next morning.
     *
     * @return ns since 1970
     * @throws IllegalArgumentException naming the text and the formats accepted
     */
    public static long parse(final String text, final long anchorEpochNanos)
    {
        final String trimmed = text.trim();
        if (!isTimeOfDay(trimmed))
        {
            return parse(trimmed);
        }
        final LocalTime timeOfDay;
        try
        {
            timeOfDay = LocalTime.parse(trimmed.charAt(1) == ':' ? "0" + trimmed : trimmed);
        }
        catch (final DateTimeParseException e)
        {
            throw new IllegalArgumentException("cannot read time of day '" + text + "': use 21:00, 09:30:15 or 09:30:15.250", e);
        }
        final LocalDateTime anchor = toLocal(anchorEpochNanos);
        LocalDateTime resolved = anchor.toLocalDate().atTime(timeOfDay);
        if (resolved.isBefore(anchor))
        {
            resolved = resolved.plusDays(1);
        }
        return toEpochNanos(resolved.toInstant(OFFSET));
    }

    /** Whether {@code text} is a time of day (which needs an anchor date) rather than a date or date-time. */
    public static boolean isTimeOfDay(final String text)
    {
        return text.trim().matches("\\d{1,2}:\\d\\d(:\\d\\d(\\.\\d{1,9})?)?");
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
