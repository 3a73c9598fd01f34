package org.ctpengine.journal.tools;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.engine.calendar.CalendarFileException;
import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalEnd;
import org.ctpengine.journal.tools.report.BacktestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code journal report DIR --out report.html}: a journal's market and order flow (a what-if run's, or a live run's)
 * as a {@link BacktestReport}: ticks give prices, commands the orders and cancels, OnRtnTrade the fills, refusals
 * and rejections their reasons.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
        "Write a self-contained HTML report of a journal's trading: price with orders and fills, positions, equity",
        "and drawdown, and a table (fills, win rate, PnL, commission, max drawdown, Sharpe on daily PnL, orders and",
        "cancels per trading day, rejections by reason). Opens offline in any browser."
    })
public final class ReportCommand implements Callable<Integer>
{
    @Mixin
    JournalSource source;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "HTML file to write (replaced)")
    Path out;

    @Option(names = "--multiplier", split = ",", paramLabel = "ID=N",
        description = "contract size per instrument for PnL, e.g. rb2601=10,au2606=1000 (default: the VolumeMultiple " +
            "of the journal's instrument query, else 1)")
    Map<String, Double> multipliers = new HashMap<>();

    @Option(names = "--commission", paramLabel = "PER_LOT", description = "commission per lot filled (default 0)")
    double commissionPerLot;

    @Option(names = "--title", paramLabel = "TEXT", description = "the report's title (default: the journal's path)")
    String title;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException
    {
        final long[] counts = new long[2];
        final JournalEnd end = write(source.directory, out, title != null ? title : source.directory.toAbsolutePath().toString(),
            multipliers, commissionPerLot, source.profile, counts);
        spec.commandLine().getOut().println("report of " + counts[1] + " orders and " + counts[0] + " fills written to " +
            out.toAbsolutePath() + "; journal: " + end.describe());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Writes the report of a journal (what {@code replay --what-if --report} calls on its run's journal).
     *
     * @param multipliers      contract size per instrument (1 for the others)
     * @param commissionPerLot commission charged per lot filled
     * @param profile          ABI profile for events no JOURNAL_START describes, or null
     * @param counts           receives {fills, orders}
     * @return where the journal ends
     */
    public static JournalEnd write(final Path journalDirectory, final Path html, final String title,
        final Map<String, Double> multipliers, final double commissionPerLot, final String profile, final long[] counts)
        throws IOException
    {
        final TradingCalendar calendar;
        try
        {
            calendar = TradingCalendar.fromSystemProperty();
        }
        catch (final CalendarFileException e)
        {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        final BacktestReport report = new BacktestReport(title, calendar);
        multipliers.forEach(report::multiplier);
        final EventDecoder decoder = new EventDecoder(profile);
        final StructFields fields = new StructFields();
        final JournalEnd end;
        try (Journal journal = Journal.openExisting(journalDirectory))
        {
            end = JournalScan.scan(journal, decoder, (number, index, header) ->
            {
                final EventType type = EventType.fromCode(header.type());
                if (type != EventType.RTN_DEPTH_MARKET_DATA && type != EventType.CMD_ORDER_INSERT &&
                    type != EventType.CMD_ORDER_ACTION && type != EventType.RTN_TRADE && type != EventType.RTN_ORDER &&
                    type != EventType.RSP_ORDER_INSERT && type != EventType.REFUSED_ORDER_INSERT &&
                    type != EventType.RSP_QRY_INSTRUMENT)
                {
                    return true;
                }
                final StructLayout layout = decoder.layout(header);
                if (layout == null || header.payloadLength() < layout.size())
                {
                    return true;
                }
                fields.wrap(decoder.printer(header), layout, header.buffer(), header.payloadOffset());
                onEvent(report, type, header, fields, decoder, counts, commissionPerLot);
                return true;
            });
        }
        report.write(html);
        return end;
    }

    private static void onEvent(final BacktestReport report, final EventType type, final EventHeader header,
        final StructFields fields, final EventDecoder decoder, final long[] counts, final double commissionPerLot)
    {
        final long time = header.epochNanos();
        final String instrument = fields.text("InstrumentID");
        switch (type)
        {
            case RTN_DEPTH_MARKET_DATA ->
            {
                final String last = fields.number("LastPrice");
                if (!last.isEmpty())
                {
                    report.price(time, instrument, Double.parseDouble(last));
                }
            }
            case CMD_ORDER_INSERT ->
            {
                report.order(time, instrument, "Buy".equals(fields.code("Direction")),
                    number(fields.number("LimitPrice")), (int)number(fields.number("VolumeTotalOriginal")));
                counts[1]++;
            }
            case CMD_ORDER_ACTION -> report.cancel(time);
            case RSP_QRY_INSTRUMENT ->
            {
                final String multiple = fields.number("VolumeMultiple");
                if (!instrument.isEmpty() && !multiple.isEmpty() && !report.hasMultiplier(instrument))
                {
                    report.multiplier(instrument, Double.parseDouble(multiple)); // the counter's contract size
                }
            }
            case RTN_TRADE ->
            {
                final int volume = (int)number(fields.number("Volume"));
                report.fill(time, instrument, "Buy".equals(fields.code("Direction")), number(fields.number("Price")),
                    volume, volume * commissionPerLot);
                counts[0]++;
            }
            case RTN_ORDER ->
            {
                if ("InsertRejected".equals(fields.code("OrderSubmitStatus")))
                {
                    report.rejection(fields.text("StatusMsg"));
                }
            }
            case RSP_ORDER_INSERT ->
            {
                if (header.errorId() != 0)
                {
                    report.rejection("CTP error " + header.errorId() + rspMessage(header, decoder));
                }
            }
            case REFUSED_ORDER_INSERT -> report.rejection("library refused the request (" + header.errorId() + ")");
            default ->
            {
            }
        }
    }

    /** ": ErrorMsg" of the event's RspInfo, or nothing. */
    private static String rspMessage(final EventHeader header, final EventDecoder decoder)
    {
        if (!header.hasRspInfo() || decoder.printer(header) == null ||
            !decoder.printer(header).profile().hasStruct("CThostFtdcRspInfoField"))
        {
            return "";
        }
        final AbiProfile abi = decoder.printer(header).profile();
        final StructLayout rspInfo = abi.struct("CThostFtdcRspInfoField");
        final String message = new StructFields().wrap(decoder.printer(header), rspInfo, header.buffer(),
            header.rspInfoOffset()).text("ErrorMsg");
        return message.isEmpty() ? "" : ": " + message;
    }

    private static double number(final String text)
    {
        return text.isEmpty() ? 0 : Double.parseDouble(text);
    }
}
