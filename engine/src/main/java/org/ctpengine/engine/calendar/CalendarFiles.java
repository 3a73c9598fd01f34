package org.ctpengine.engine.calendar;

import org.ctpengine.engine.time.Exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * Reads the two calendar files: {@code sessions.tsv} (each product's segments) and {@code holidays.tsv} (weekdays
 * the exchanges are closed). Lines are tab- or space-separated columns; {@code #} starts a comment. Every error names
 * the file, the line and the value.
 */
final class CalendarFiles
{
    static final String SESSIONS = "sessions.tsv";
    static final String HOLIDAYS = "holidays.tsv";
    private static final String RESOURCE_DIR = "org/ctpengine/engine/calendar/";

    private CalendarFiles()
    {
    }

    /** The file from {@code directory} when it is there, else the built-in one. */
    static Reader open(final Path directory, final String name) throws IOException
    {
        if (directory != null)
        {
            final Path file = directory.resolve(name);
            if (Files.isRegularFile(file))
            {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }
            if (!Files.isDirectory(directory))
            {
                throw new NoSuchFileException(directory.toAbsolutePath() + " (calendar directory)");
            }
        }
        final InputStream in = CalendarFiles.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
        if (in == null)
        {
            throw new NoSuchFileException("built-in " + RESOURCE_DIR + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static String describe(final Path directory, final String name)
    {
        return directory != null && Files.isRegularFile(directory.resolve(name)) ?
            directory.resolve(name).toAbsolutePath().toString() : "built-in " + name;
    }

    static SessionTable readSessions(final Reader reader, final String fileName) throws IOException
    {
        final SessionTable table = new SessionTable();
        final BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        String line;
        while ((line = lines.readLine()) != null)
        {
            lineNumber++;
            final String[] columns = columns(line);
            if (columns.length == 0)
            {
                continue;
            }
            final String where = fileName + " line " + lineNumber;
            if (columns.length < 3 || columns.length > 4)
            {
                throw new CalendarFileException(where + ": expected 'exchange products segments [auction-minutes]', got '" +
                    line.trim() + "'");
            }
            final Exchange exchange = Exchange.fromId(columns[0]);
            if (exchange == Exchange.UNKNOWN)
            {
                throw new CalendarFileException(where + ": unknown exchange '" + columns[0] + "' (expected one of " +
                    "SHFE, INE, DCE, CZCE, CFFEX, GFEX)");
            }
            final String[] segments = columns[2].split(",");
            if (segments.length > ProductSessions.MAX_SEGMENTS)
            {
                throw new CalendarFileException(where + ": more than " + ProductSessions.MAX_SEGMENTS + " segments");
            }
            final int[] starts = new int[segments.length];
            final int[] ends = new int[segments.length];
            parseSegments(segments, starts, ends, where);
            final int auctionMinutes = columns.length == 4 ? parseInt(columns[3], 0, 60, "auction minutes", where) : 5;
            for (final String product : columns[1].split(","))
            {
                if (product.isEmpty() || !("*".equals(product) || product.chars().allMatch(Character::isLetter)))
                {
                    throw new CalendarFileException(where + ": product '" + product + "' is not letters or *");
                }
                table.add(new ProductSessions(exchange, product, starts, ends, auctionMinutes * 60), where);
            }
        }
        return table;
    }

    private static void parseSegments(final String[] segments, final int[] starts, final int[] ends, final String where)
    {
        boolean day = false;
        for (int i = 0; i < segments.length; i++)
        {
            final String segment = segments[i];
            final int dash = segment.indexOf('-');
            if (dash < 0)
            {
                throw new CalendarFileException(where + ": segment '" + segment + "' is not HH:MM-HH:MM");
            }
            final int start = parseTime(segment.substring(0, dash), segment, where);
            int end = parseTime(segment.substring(dash + 1), segment, where);
            final boolean night = start >= ProductSessions.NIGHT_FROM_SECOND;
            if (night && day)
            {
                throw new CalendarFileException(where + ": night segment '" + segment + "' after a day segment " +
                    "(list segments in trading order, night first)");
            }
            if (night && end <= start)
            {
                end += 86_400; // ends after midnight
            }
            if (end <= start)
            {
                throw new CalendarFileException(where + ": segment '" + segment + "' ends before it starts");
            }
            // a day segment after a night one is on another date; otherwise segments must follow each other
            final boolean sameDateAsPrevious = i > 0 && (night || day);
            if (sameDateAsPrevious && start < ends[i - 1])
            {
                throw new CalendarFileException(where + ": segment '" + segment + "' overlaps the one before it");
            }
            day |= !night;
            starts[i] = start;
            ends[i] = end;
        }
    }

    private static int parseTime(final String text, final String segment, final String where)
    {
        if (text.length() != 5 || text.charAt(2) != ':')
        {
            throw new CalendarFileException(where + ": segment '" + segment + "' is not HH:MM-HH:MM");
        }
        final int hours = parseInt(text.substring(0, 2), 0, 23, "hour in '" + segment + "'", where);
        final int minutes = parseInt(text.substring(3), 0, 59, "minute in '" + segment + "'", where);
        return hours * 3600 + minutes * 60;
    }

    private static int parseInt(final String text, final int min, final int max, final String what, final String where)
    {
        try
        {
            final int value = Integer.parseInt(text);
            if (value >= min && value <= max)
            {
                return value;
            }
        }
        catch (final NumberFormatException ignored)
        {
            // reported below
        }
        throw new CalendarFileException(where + ": " + what + " '" + text + "' is not a number from " + min + " to " + max);
    }

    /** The holidays, sorted; {@code coveredYears} receives every year that has a line. */
    static int[] readHolidays(final Reader reader, final String fileName, final TreeSet<Integer> coveredYears)
        throws IOException
    {
        final TreeSet<Integer> dates = new TreeSet<>();
        final BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        String line;
        while ((line = lines.readLine()) != null)
        {
            lineNumber++;
            final String[] columns = columns(line);
            if (columns.length == 0)
            {
                continue;
            }
            final String where = fileName + " line " + lineNumber;
            final int date;
            try
            {
                date = columns[0].length() == 8 ? Integer.parseInt(columns[0]) : -1;
            }
            catch (final NumberFormatException e)
            {
                throw new CalendarFileException(where + ": date '" + columns[0] + "' is not yyyyMMdd", e);
            }
            if (!Dates.isValid(date))
            {
                throw new CalendarFileException(where + ": date '" + columns[0] + "' is not yyyyMMdd");
            }
            if (Dates.weekday(date) >= 5)
            {
                throw new CalendarFileException(where + ": " + columns[0] + " is a weekend day (weekends need no line)");
            }
            dates.add(date);
            coveredYears.add(date / 10000);
        }
        return dates.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String[] columns(final String line)
    {
        final int hash = line.indexOf('#');
        final String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
        return content.isEmpty() ? new String[0] : Arrays.stream(content.split("\\s+")).toArray(String[]::new);
    }
}
