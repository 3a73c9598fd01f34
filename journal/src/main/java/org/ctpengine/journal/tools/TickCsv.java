package org.ctpengine.journal.tools;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.adapter.text.Gb18030;
import org.ctpengine.engine.calendar.Dates;
import org.ctpengine.engine.calendar.ProductSessions;
import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.time.Exchange;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

/**
 * Recorded ticks from CSV, one DepthMarketData struct per row, in either of two layouts, told apart by the header:
 * <ul>
 *   <li>{@link Layout#CTP}: columns named as CTP's DepthMarketData fields, any order, more fields optional;</li>
 *   <li>{@link Layout#VNPY}: vnpy's tick export ({@code symbol,exchange,datetime,…,last_price,volume,…}).</li>
 * </ul>
 * Gzipped files are read as such (by their magic bytes). A row that cannot be read is skipped and described by
 * line and column ({@link #errors()}). Each row's instant (China time, real calendar date) comes from ActionDay
 * and UpdateTime by the exchange's night-session rules ({@link TradingCalendar#tickEpochNanos}), or from vnpy's
 * datetime. For tools: allocates per row. Confined to one thread.
 */
final class TickCsv implements Closeable
{
    enum Layout
    {
        CTP, VNPY
    }

    /** How many bad rows are described; the rest are only counted. */
    static final int MAX_ERRORS = 20;
    static final List<String> CTP_REQUIRED = List.of("InstrumentID", "ExchangeID", "TradingDay", "ActionDay",
        "UpdateTime", "UpdateMillisec", "LastPrice", "Volume", "Turnover", "OpenInterest", "BidPrice1", "BidVolume1",
        "AskPrice1", "AskVolume1");
    static final List<String> VNPY_REQUIRED = List.of("symbol", "exchange", "datetime", "last_price", "volume", "turnover",
        "open_interest", "bid_price_1", "bid_volume_1", "ask_price_1", "ask_volume_1");
    private static final Map<String, String> VNPY_FIELDS = vnpyFields();

    private final Path file;
    private final TradingCalendar calendar;
    private final BufferedReader reader;
    private final Layout layout;
    private final StructLayout struct;
    /** Per column: the struct field it fills, or null when the column is not used. */
    private final FieldLayout[] fields;
    private final String[] names;
    private final int datetimeColumn;
    private final UnsafeBuffer scratch;
    private final DepthMarketDataFlyweight tick;
    private final List<String> errors = new ArrayList<>();
    private long line = 1;
    private long rows;
    private long badRows;
    private long epochNanos;

    /**
     * @throws IllegalArgumentException when the header is neither layout (naming what is missing)
     */
    TickCsv(final Path file, final TradingCalendar calendar, final AbiProfile profile) throws IOException
    {
        this.file = file;
        this.calendar = calendar;
        this.reader = open(file);
        this.tick = new DepthMarketDataFlyweight(profile);
        this.struct = tick.layout();
        this.scratch = new UnsafeBuffer(new byte[struct.size()]);
        final String header = reader.readLine();
        if (header == null)
        {
            throw new IllegalArgumentException(file + " is empty: expected a header row");
        }
        names = split(header.startsWith("\uFEFF") ? header.substring(1) : header).toArray(String[]::new);
        for (int i = 0; i < names.length; i++)
        {
            names[i] = names[i].trim();
        }
        final List<String> present = List.of(names);
        if (present.contains("InstrumentID"))
        {
            layout = Layout.CTP;
            requireAll(present, CTP_REQUIRED, "CTP's DepthMarketData fields");
        }
        else if (present.contains("symbol"))
        {
            layout = Layout.VNPY;
            requireAll(present, VNPY_REQUIRED, "vnpy's tick export");
        }
        else
        {
            throw new IllegalArgumentException(file + " line 1: the header names neither CTP's DepthMarketData fields (" +
                String.join(",", CTP_REQUIRED) + ") nor vnpy's tick export (" + String.join(",", VNPY_REQUIRED) + ")");
        }
        fields = new FieldLayout[names.length];
        int datetime = -1;
        for (int i = 0; i < names.length; i++)
        {
            final String field = layout == Layout.CTP ? names[i] : VNPY_FIELDS.get(names[i]);
            if (field != null && struct.hasField(field))
            {
                fields[i] = struct.field(field);
            }
            if (layout == Layout.VNPY && "datetime".equals(names[i]))
            {
                datetime = i;
            }
        }
        datetimeColumn = datetime;
    }

    Layout layout()
    {
        return layout;
    }

    /**
     * Reads the next good row into {@code into} (a buffer of the struct's size, from offset 0), skipping bad rows.
     *
     * @return false at the end of the file
     */
    boolean next(final UnsafeBuffer into) throws IOException
    {
        String text;
        while ((text = reader.readLine()) != null)
        {
            line++;
            if (text.isBlank())
            {
                continue;
            }
            final String error = parse(text);
            if (error == null)
            {
                into.putBytes(0, scratch, 0, struct.size());
                rows++;
                return true;
            }
            badRows++;
            if (errors.size() < MAX_ERRORS)
            {
                errors.add(file.getFileName() + " line " + line + ", " + error);
            }
        }
        return false;
    }

    /** The instant of the last row {@link #next} returned, epoch nanoseconds. */
    long epochNanos()
    {
        return epochNanos;
    }

    long rows()
    {
        return rows;
    }

    long badRows()
    {
        return badRows;
    }

    /** The first {@value #MAX_ERRORS} bad rows, each with its line and column. */
    List<String> errors()
    {
        return errors;
    }

    /** The row into {@link #scratch}; null when good, else what is wrong (column, value). */
    private String parse(final String text)
    {
        final List<String> cells = split(text);
        if (cells.size() != names.length)
        {
            return "expected " + names.length + " columns, found " + cells.size();
        }
        tick.wrap(scratch, 0);
        tick.clear();
        for (final FieldLayout field : struct.fields())
        {
            if (field.type() == CType.DOUBLE)
            {
                scratch.putDouble(field.offset(), StructFlyweight.NO_VALUE, LITTLE_ENDIAN); // CTP's "no value"
            }
        }
        for (int i = 0; i < cells.size(); i++)
        {
            final FieldLayout field = fields[i];
            if (field != null)
            {
                final String error = put(field, cells.get(i).trim());
                if (error != null)
                {
                    return "column " + names[i] + ": " + error;
                }
            }
        }
        return layout == Layout.CTP ? ctpTime() : vnpyTime(cells.get(datetimeColumn).trim());
    }

    private String put(final FieldLayout field, final String value)
    {
        try
        {
            switch (field.type())
            {
                case DOUBLE:
                    final double number = value.isEmpty() ? StructFlyweight.NO_VALUE : Double.parseDouble(value);
                    if (Double.isNaN(number) || Double.isInfinite(number))
                    {
                        return "'" + value + "' is not a number";
                    }
                    scratch.putDouble(field.offset(), number, LITTLE_ENDIAN);
                    return null;
                case INT:
                    scratch.putInt(field.offset(), value.isEmpty() ? 0 : wholeNumber(value), LITTLE_ENDIAN);
                    return null;
                case SHORT:
                    scratch.putShort(field.offset(), (short)(value.isEmpty() ? 0 : wholeNumber(value)), LITTLE_ENDIAN);
                    return null;
                case CHAR:
                    scratch.putByte(field.offset(), value.isEmpty() ? 0 : (byte)value.charAt(0));
                    return null;
                default:
                    Gb18030.encode(struct.name(), field.name(), value, scratch, field.offset(), field.length());
                    return null;
            }
        }
        catch (final NumberFormatException e)
        {
            return "'" + value + "' is not a number";
        }
        catch (final IllegalArgumentException e)
        {
            return "'" + value + "' does not fit (" + (field.length() - 1) + " bytes at most)";
        }
    }

    /** vnpy writes volumes as 12.0: a whole number either way. */
    private static int wholeNumber(final String value)
    {
        final double number = Double.parseDouble(value);
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE)
        {
            throw new NumberFormatException(value);
        }
        return (int)number;
    }

    private String ctpTime()
    {
        final String instrument = tick.instrumentId();
        if (instrument.isEmpty())
        {
            return "column InstrumentID: empty";
        }
        final int tradingDay = date(tick.tradingDay());
        if (tradingDay < 0)
        {
            return "column TradingDay: '" + tick.tradingDay() + "' is not yyyyMMdd";
        }
        final String actionDayText = tick.actionDay();
        final int actionDay = actionDayText.isEmpty() ? tradingDay : date(actionDayText);
        if (actionDay < 0)
        {
            return "column ActionDay: '" + actionDayText + "' is not yyyyMMdd";
        }
        final int second = secondOfDay(tick.updateTime());
        if (second < 0)
        {
            return "column UpdateTime: '" + tick.updateTime() + "' is not HH:MM:SS";
        }
        final int millis = tick.updateMillisec();
        if (millis < 0 || millis > 999)
        {
            return "column UpdateMillisec: '" + millis + "' is not 0 to 999";
        }
        epochNanos = calendar.tickEpochNanos(exchange(tick.exchangeId(), instrument), actionDay, second, millis, 0);
        return null;
    }

    /** vnpy's datetime is the tick's real China time: TradingDay and ActionDay are set as CTP would send them. */
    private String vnpyTime(final String datetime)
    {
        final String instrument = tick.instrumentId();
        if (instrument.isEmpty())
        {
            return "column symbol: empty";
        }
        final long instant = parseDatetime(datetime);
        if (instant == Long.MIN_VALUE)
        {
            return "column datetime: '" + datetime + "' is not yyyy-MM-dd HH:mm:ss[.ffffff][+08:00]";
        }
        epochNanos = instant;
        final long nanosOfDay = Dates.localNanosOfDay(instant);
        final int second = (int)(nanosOfDay / Dates.NANOS_PER_SECOND);
        final int tradingDay = calendar.tradingDay(instant);
        final boolean night = second >= 18 * 3600 || second < 6 * 3600;
        // DCE puts the trading day in ActionDay at night; the others the calendar date
        final int actionDay = night && exchange(tick.exchangeId(), instrument) == Exchange.DCE ?
            tradingDay : Dates.localDate(instant);
        tick.tradingDay(Integer.toString(tradingDay)).actionDay(Integer.toString(actionDay))
            .updateTime(time(second)).updateMillisec((int)(nanosOfDay / 1_000_000L % 1000));
        return null;
    }

    private Exchange exchange(final String exchangeId, final String instrument)
    {
        final Exchange exchange = Exchange.fromId(exchangeId);
        if (exchange != Exchange.UNKNOWN)
        {
            return exchange;
        }
        final ProductSessions sessions = calendar.sessions(Exchange.UNKNOWN, instrument);
        return sessions == null ? Exchange.UNKNOWN : sessions.exchange();
    }

    @Override
    public void close() throws IOException
    {
        reader.close();
    }

    // ---------------------------------------------------------------------------------------------- text

    private static BufferedReader open(final Path file) throws IOException
    {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        final boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        if (gzip)
        {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private void requireAll(final List<String> present, final List<String> required, final String what)
    {
        final List<String> missing = new ArrayList<>();
        for (final String name : required)
        {
            if (!present.contains(name))
            {
                missing.add(name);
            }
        }
        if (!missing.isEmpty())
        {
            throw new IllegalArgumentException(file + " line 1: the header looks like " + what + " but lacks " +
                String.join(",", missing));
        }
    }

    /** RFC 4180 cells of one line (quoted cells may hold commas and doubled quotes). */
    static List<String> split(final String line)
    {
        final List<String> cells = new ArrayList<>();
        final StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++)
        {
            final char c = line.charAt(i);
            if (quoted)
            {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"')
                {
                    cell.append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            else if (c != '\r')
            {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static int date(final String text)
    {
        if (text.length() != 8 || !text.chars().allMatch(Character::isDigit))
        {
            return -1;
        }
        final int value = Integer.parseInt(text);
        return Dates.isValid(value) ? value : -1;
    }

    private static int secondOfDay(final String text)
    {
        if (text.length() != 8 || text.charAt(2) != ':' || text.charAt(5) != ':')
        {
            return -1;
        }
        final int hours = twoDigits(text, 0);
        final int minutes = twoDigits(text, 3);
        final int seconds = twoDigits(text, 6);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59)
        {
            return -1;
        }
        return hours * 3600 + minutes * 60 + seconds;
    }

    private static int twoDigits(final String text, final int at)
    {
        final char tens = text.charAt(at);
        final char ones = text.charAt(at + 1);
        return tens < '0' || tens > '9' || ones < '0' || ones > '9' ? -1 : (tens - '0') * 10 + ones - '0';
    }

    private static String time(final int second)
    {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60);
    }

    /** {@code 2026-11-23 09:00:00.500000} or with a T, fraction optional, zone optional (+08:00 when absent). */
    static long parseDatetime(final String text)
    {
        if (text.length() < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' ||
            (text.charAt(10) != ' ' && text.charAt(10) != 'T'))
        {
            return Long.MIN_VALUE;
        }
        final int date = date(text.substring(0, 4) + text.substring(5, 7) + text.substring(8, 10));
        final int second = secondOfDay(text.substring(11, 19));
        if (date < 0 || second < 0)
        {
            return Long.MIN_VALUE;
        }
        int at = 19;
        long fraction = 0;
        if (at < text.length() && text.charAt(at) == '.')
        {
            at++;
            long scale = 100_000_000L;
            final int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at)))
            {
                fraction += (text.charAt(at) - '0') * scale;
                scale /= 10;
                at++;
            }
            if (at == start || at - start > 9)
            {
                return Long.MIN_VALUE;
            }
        }
        long offsetSeconds = 8 * 3600;
        final String zone = text.substring(at);
        if (!zone.isEmpty())
        {
            if ("Z".equals(zone))
            {
                offsetSeconds = 0;
            }
            else if ((zone.length() == 6 && zone.charAt(3) == ':' || zone.length() == 5) &&
                (zone.charAt(0) == '+' || zone.charAt(0) == '-'))
            {
                final int hours = twoDigits(zone, 1);
                final int minutes = twoDigits(zone, zone.length() - 2);
                if (hours < 0 || minutes < 0)
                {
                    return Long.MIN_VALUE;
                }
                offsetSeconds = (zone.charAt(0) == '-' ? -1 : 1) * (hours * 3600L + minutes * 60L);
            }
            else
            {
                return Long.MIN_VALUE;
            }
        }
        final long epochSecond = Dates.epochDay(date) * 86_400L + second - offsetSeconds;
        return epochSecond * Dates.NANOS_PER_SECOND + fraction;
    }

    private static Map<String, String> vnpyFields()
    {
        final Map<String, String> map = new HashMap<>();
        map.put("symbol", "InstrumentID");
        map.put("exchange", "ExchangeID");
        map.put("volume", "Volume");
        map.put("turnover", "Turnover");
        map.put("open_interest", "OpenInterest");
        map.put("last_price", "LastPrice");
        map.put("limit_up", "UpperLimitPrice");
        map.put("limit_down", "LowerLimitPrice");
        map.put("open_price", "OpenPrice");
        map.put("high_price", "HighestPrice");
        map.put("low_price", "LowestPrice");
        map.put("pre_close", "PreClosePrice");
        for (int level = 1; level <= 5; level++)
        {
            map.put("bid_price_" + level, "BidPrice" + level);
            map.put("ask_price_" + level, "AskPrice" + level);
            map.put("bid_volume_" + level, "BidVolume" + level);
            map.put("ask_volume_" + level, "AskVolume" + level);
        }
        return map;
    }
}
