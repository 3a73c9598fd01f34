package org.ctpengine.journal.tools;

import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.struct.StructPrinter;
import org.ctpengine.engine.bar.Bar;
import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarBuilder;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.bar.MutableBarTick;
import org.ctpengine.engine.calendar.ProductSessions;
import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.time.Exchange;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalEnd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code journal export --what bars}: a journal's ticks through the engine's {@link BarBuilder} (the same code
 * strategies get their bars from), one CSV row per bar. One builder per instrument; rows in the order the bars
 * complete. Confined to one thread.
 */
final class BarExport
{
    static final List<String> HEADER = List.of(
        "instrument", "trading_day", "bar_start", "open", "high", "low", "close", "volume", "turnover", "open_interest");

    private final TradingCalendar calendar;
    private final BarPeriod period;
    private final BarAlignment alignment;
    private final Writer writer;
    private final Map<String, BarBuilder> builders = new LinkedHashMap<>();
    private final Set<String> unknownInstruments = new TreeSet<>();
    private final MutableBarTick tick = new MutableBarTick();
    private final StringBuilder row = new StringBuilder(256);
    private long bars;
    private long ticksWithoutSessions;

    BarExport(final TradingCalendar calendar, final BarPeriod period, final BarAlignment alignment, final Writer writer)
    {
        this.calendar = calendar;
        this.period = period;
        this.alignment = alignment;
        this.writer = writer;
    }

    /** The instruments asked for by name must be known to the calendar before anything is read. */
    void requireKnown(final Iterable<String> instruments)
    {
        for (final String instrument : instruments)
        {
            if (calendar.sessions(Exchange.UNKNOWN, instrument) == null)
            {
                throw new IllegalArgumentException("no trading sessions for instrument '" + instrument + "' in " +
                    calendar.source() + "; add its product to sessions.tsv (see docs/calendar.md)");
            }
        }
    }

    /** Reads every matching tick of the journal, then completes the open bars; returns where the journal ends. */
    JournalEnd export(final Journal journal, final EventDecoder decoder, final EventFilter filter, final String profile)
    {
        final StructFields fields = new StructFields();
        final JournalEnd end = JournalScan.scan(journal, decoder, (number, index, header) ->
        {
            if (header.type() != EventType.RTN_DEPTH_MARKET_DATA.code() || !filter.matchesHeader(header))
            {
                return true;
            }
            final StructLayout layout = decoder.layout(header);
            if (layout == null || header.payloadLength() < layout.size())
            {
                return true;
            }
            fields.wrap(decoder.printer(header), layout, header.buffer(), header.payloadOffset());
            final String instrument = fields.text("InstrumentID");
            if (filter.needsInstrument() && !filter.matches(header, instrument))
            {
                return true;
            }
            read(fields, header.epochNanos());
            final BarBuilder builder = builder(instrument, tick.exchange());
            if (builder != null)
            {
                builder.onTick(tick);
            }
            return true;
        });
        builders.values().forEach(BarBuilder::flush);
        return end;
    }

    long bars()
    {
        return bars;
    }

    long ticksUsed()
    {
        return builders.values().stream().mapToLong(BarBuilder::ticksUsed).sum();
    }

    /** Ticks outside every segment, before a segment's auction, without a price, or of unknown instruments. */
    long ticksNotUsed()
    {
        return ticksWithoutSessions + builders.values().stream()
            .mapToLong(b -> b.ticksOutsideSessions() + b.ticksStale()).sum();
    }

    Set<String> unknownInstruments()
    {
        return unknownInstruments;
    }

    private void read(final StructFields fields, final long receiveEpochNanos)
    {
        tick.instrument(fields.text("InstrumentID"))
            .exchange(Exchange.fromId(fields.text("ExchangeID")))
            .actionDay(date(fields.text("ActionDay")))
            .updateTime(secondOfDay(fields.text("UpdateTime")), (int)number(fields.number("UpdateMillisec")))
            .receiveEpochNanos(receiveEpochNanos)
            .lastPrice(fields.number("LastPrice").isEmpty() ? Double.MAX_VALUE : number(fields.number("LastPrice")))
            .volume((long)number(fields.number("Volume")))
            .turnover(number(fields.number("Turnover")))
            .openInterest(number(fields.number("OpenInterest")));
    }

    private BarBuilder builder(final String instrument, final Exchange exchange)
    {
        BarBuilder builder = builders.get(instrument);
        if (builder == null)
        {
            final ProductSessions sessions = calendar.sessions(exchange, instrument);
            if (sessions == null)
            {
                unknownInstruments.add(instrument);
                ticksWithoutSessions++;
                return null;
            }
            builder = new BarBuilder(calendar, sessions, instrument, period, alignment, this::onBar);
            builders.put(instrument, builder);
        }
        return builder;
    }

    private void onBar(final Bar bar)
    {
        row.setLength(0);
        Csv.appendField(row, bar.instrument()).append(',').append(bar.tradingDay()).append(',');
        bar.appendStart(row).append(',');
        StructPrinter.appendDouble(bar.open(), row).append(',');
        StructPrinter.appendDouble(bar.high(), row).append(',');
        StructPrinter.appendDouble(bar.low(), row).append(',');
        StructPrinter.appendDouble(bar.close(), row).append(',').append(bar.volume()).append(',');
        StructPrinter.appendDouble(bar.turnover(), row).append(',');
        StructPrinter.appendDouble(bar.openInterest(), row).append('\n');
        try
        {
            writer.append(row);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write the bars: " + e.getMessage(), e);
        }
        bars++;
    }

    private static int date(final String text)
    {
        if (text.length() != 8 || !text.chars().allMatch(Character::isDigit))
        {
            return -1;
        }
        return Integer.parseInt(text);
    }

    private static int secondOfDay(final String text)
    {
        if (text.length() != 8 || text.charAt(2) != ':' || text.charAt(5) != ':')
        {
            return 0;
        }
        try
        {
            return Integer.parseInt(text.substring(0, 2)) * 3600 + Integer.parseInt(text.substring(3, 5)) * 60 +
                Integer.parseInt(text.substring(6, 8));
        }
        catch (final NumberFormatException e)
        {
            return 0;
        }
    }

    private static double number(final String text)
    {
        return text.isEmpty() ? 0 : Double.parseDouble(text);
    }
}
