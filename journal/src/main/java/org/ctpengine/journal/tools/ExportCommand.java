package org.ctpengine.journal.tools;

import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.calendar.CalendarFileException;
import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalEnd;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code journal export DIR --what ticks|orders|trades|bars --out FILE.csv}: key fields as CSV for pandas and Excel;
 * bars are built from the ticks by the engine's bar builder ({@link BarExport}).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Export ticks, orders, trades or bars as CSV for pandas or Excel.",
        "Ticks (OnRtnDepthMarketData), orders (OnRtnOrder) or trades (OnRtnTrade), key fields, a header row,",
        "UTF-8 (text decoded from GB18030). Prices CTP marks as 'no value' are empty cells.",
        "Bars are built from the ticks by China's trading sessions, as strategies get them (docs/bars.md)."
    })
public final class ExportCommand implements Callable<Integer>
{
    @Mixin
    JournalSource source;

    @Option(names = "--what", required = true, paramLabel = "KIND", description = "ticks, orders, trades or bars")
    String what;

    @Option(names = "--period", paramLabel = "PERIOD", description = "bars: 30s, 1m, 5m, 15m, 1h, 1d (trading day); default 1m")
    String period;

    @Option(names = "--alignment", paramLabel = "clock|trading",
        description = "bars: cut n-minute bars at wall-clock multiples (clock, default) or every n trading minutes")
    String alignment;

    @Option(names = "--calendar", paramLabel = "DIR",
        description = "bars: a directory with your own sessions.tsv / holidays.tsv (docs/calendar.md)")
    Path calendar;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write (replaced)")
    Path out;

    @Option(names = "--bom", description = "start the file with a UTF-8 byte order mark (Excel needs it for Chinese text)")
    boolean bom;

    @Mixin
    SelectionOptions selection;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException
    {
        if ("bars".equalsIgnoreCase(what.trim()))
        {
            return bars();
        }
        if (period != null || alignment != null || calendar != null)
        {
            throw new IllegalArgumentException("--period, --alignment and --calendar are for --what bars");
        }
        final ExportKind kind = kind(what);
        selection.toFilter(Set.of(kind.type()), () -> 0L); // an unreadable time fails before any file is written
        final EventDecoder decoder = source.decoder();
        final StructFields fields = new StructFields();
        final StringBuilder row = new StringBuilder(512);
        final long[] rows = { 0 };
        final long[] skipped = { 0 };
        final JournalEnd end;
        try (Journal journal = source.open(); Writer writer = open(out))
        {
            final EventFilter filter = selection.toFilter(Set.of(kind.type()), () -> JournalScan.startEpochNanos(journal));
            row.append(bom ? "\uFEFF" : "");
            appendRow(row, kind.header());
            writer.write(row.toString());
            end = JournalScan.scan(journal, decoder, (number, index, header) ->
            {
                if (!filter.matchesHeader(header))
                {
                    return true;
                }
                final StructLayout layout = decoder.layout(header);
                if (layout == null || header.payloadLength() < layout.size())
                {
                    skipped[0]++; // no profile for it, or a payload shorter than its struct: nothing to read safely
                    return true;
                }
                fields.wrap(decoder.printer(header), layout, header.buffer(), header.payloadOffset());
                if (filter.needsInstrument() && !filter.matches(header, fields.text("InstrumentID")))
                {
                    return true;
                }
                row.setLength(0);
                Csv.appendField(row, ChinaTime.format(header.epochNanos())).append(',').append(header.sequence());
                for (final ExportKind.Column column : kind.columns())
                {
                    Csv.appendField(row.append(','), column.reader().apply(fields));
                }
                row.append('\n');
                try
                {
                    writer.write(row.toString());
                }
                catch (final IOException e)
                {
                    throw new UncheckedIOException("cannot write " + out.toAbsolutePath() + ": " + e.getMessage(), e);
                }
                rows[0]++;
                return true;
            });
        }
        final CommandLine commandLine = spec.commandLine();
        commandLine.getOut().println("exported " + rows[0] + " " + kind.name().toLowerCase(Locale.ROOT) + " to " +
            out.toAbsolutePath() + (skipped[0] > 0 ? " (" + skipped[0] + " skipped: profile unknown, pass --profile)" : "") +
            "; journal: " + end.describe());
        commandLine.getOut().flush();
        return 0;
    }

    private Integer bars() throws IOException
    {
        final BarPeriod barPeriod = BarPeriod.parse(period == null ? "1m" : period);
        final BarAlignment barAlignment = alignment == null ? BarAlignment.CLOCK : BarAlignment.parse(alignment);
        final TradingCalendar tradingCalendar;
        try
        {
            tradingCalendar = calendar != null ? TradingCalendar.load(calendar) : TradingCalendar.fromSystemProperty();
        }
        catch (final CalendarFileException e)
        {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        selection.toFilter(Set.of(EventType.RTN_DEPTH_MARKET_DATA), () -> 0L);
        final EventDecoder decoder = source.decoder();
        final BarExport export;
        final JournalEnd end;
        try (Journal journal = source.open(); Writer writer = open(out))
        {
            final EventFilter filter = selection.toFilter(
                Set.of(EventType.RTN_DEPTH_MARKET_DATA), () -> JournalScan.startEpochNanos(journal));
            export = new BarExport(tradingCalendar, barPeriod, barAlignment, writer);
            export.requireKnown(filter.instruments());
            final StringBuilder header = new StringBuilder(bom ? "\uFEFF" : "");
            appendRow(header, BarExport.HEADER);
            writer.write(header.toString());
            end = export.export(journal, decoder, filter, source.profile);
        }
        final CommandLine commandLine = spec.commandLine();
        commandLine.getOut().println("exported " + export.bars() + " bars (" + barPeriod + ", " +
            barAlignment.name().toLowerCase(Locale.ROOT) + ") to " + out.toAbsolutePath() + " from " +
            export.ticksUsed() + " ticks" + (export.ticksNotUsed() > 0 ? " (" + export.ticksNotUsed() +
            " not used: outside the trading sessions, stale or without a price)" : "") +
            (export.unknownInstruments().isEmpty() ? "" : "; no sessions known for " + export.unknownInstruments()) +
            "; journal: " + end.describe());
        commandLine.getOut().flush();
        return 0;
    }

    private static ExportKind kind(final String what)
    {
        try
        {
            return ExportKind.valueOf(what.trim().toUpperCase(Locale.ROOT));
        }
        catch (final IllegalArgumentException e)
        {
            throw new IllegalArgumentException("--what must be ticks, orders, trades or bars, not '" + what + "'", e);
        }
    }

    private static Writer open(final Path file) throws IOException
    {
        final Path parent = file.toAbsolutePath().getParent();
        if (parent != null)
        {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static void appendRow(final StringBuilder row, final Iterable<String> cells)
    {
        boolean first = true;
        for (final String cell : cells)
        {
            Csv.appendField(first ? row : row.append(','), cell);
            first = false;
        }
        row.append('\n');
    }
}
