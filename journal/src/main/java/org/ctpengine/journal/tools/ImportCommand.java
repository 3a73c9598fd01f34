package org.ctpengine.journal.tools;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.engine.calendar.CalendarFileException;
import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.JournalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code journal import --csv FILE --out DIR}: recorded ticks from CSV become a journal laid out as the engine
 * records one (a JOURNAL_START describing one market-data session, then an OnRtnDepthMarketData event per tick, its
 * receive time the tick's exchange time), so replay --what-if and the export tools read it like a recorded one.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Import recorded ticks from CSV into a new journal, as if the engine had recorded them.",
        "Layouts (told apart by the header): CTP's DepthMarketData field names (InstrumentID,ExchangeID,TradingDay,",
        "ActionDay,UpdateTime,UpdateMillisec,LastPrice,Volume,Turnover,OpenInterest,BidPrice1,BidVolume1,AskPrice1,",
        "AskVolume1; more fields optional, any order), or vnpy's tick export (symbol,exchange,datetime,...,last_price,",
        "volume,turnover,open_interest,bid_price_1,...). Gzipped files are read as such. Rows stay in file order.",
        "Bad rows are skipped and reported with line and column."
    })
public final class ImportCommand implements Callable<Integer>
{
    /** The layout of the import's one market-data session: channel 0, profile index 0. */
    static final int CHANNEL = 0;
    static final int PROFILE_INDEX = 0;
    /** Replay's metadata key for a channel's profile index (what-if finds the market-data profile by it). */
    private static final String REPLAY_CHANNEL_PROFILE = "replay.channel." + CHANNEL + ".profile";

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "ticks as CSV, optionally gzipped")
    Path csv;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "journal directory to create (must hold no journal)")
    Path out;

    @Option(names = "--profile", paramLabel = "ID", defaultValue = "6.7.8",
        description = "ABI profile the ticks are laid out in (default 6.7.8; the simulator's are 6.7.8 and 6.6.1_P1)")
    String profile;

    @Option(names = "--calendar", paramLabel = "DIR",
        description = "a directory with your own sessions.tsv / holidays.tsv for night-session dates (docs/calendar.md)")
    Path calendar;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException
    {
        if (!Files.isRegularFile(csv))
        {
            throw new IllegalArgumentException("no such file: " + csv.toAbsolutePath());
        }
        refuseExisting(out);
        final AbiProfile abi = AbiProfiles.byId(profile);
        final TradingCalendar tradingCalendar;
        try
        {
            tradingCalendar = calendar != null ? TradingCalendar.load(calendar) : TradingCalendar.fromSystemProperty();
        }
        catch (final CalendarFileException e)
        {
            throw new IllegalArgumentException(e.getMessage(), e);
        }

        // First pass: what the JOURNAL_START must say (instruments, start) and whether anything is usable at all.
        final UnsafeBuffer row = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(abi);
        final Set<String> instruments = new LinkedHashSet<>();
        long first = Long.MIN_VALUE;
        final TickCsv survey;
        try (TickCsv reader = new TickCsv(csv, tradingCalendar, abi))
        {
            while (reader.next(row))
            {
                instruments.add(tick.wrap(row, 0).instrumentId());
                first = first == Long.MIN_VALUE ? reader.epochNanos() : first;
            }
            survey = reader;
        }
        final PrintWriter err = spec.commandLine().getErr();
        survey.errors().forEach(error -> err.println("bad row: " + error));
        if (survey.badRows() > survey.errors().size())
        {
            err.println("... and " + (survey.badRows() - survey.errors().size()) + " more bad rows");
        }
        err.flush();
        if (survey.rows() == 0)
        {
            throw new IllegalArgumentException(csv.toAbsolutePath() + ": no usable row (" + survey.badRows() +
                " bad); no journal written");
        }

        final long written = write(abi, tradingCalendar, instruments, first, row);
        final PrintWriter printed = spec.commandLine().getOut();
        printed.println("imported " + written + " ticks of " + instruments.size() + " instrument" +
            (instruments.size() == 1 ? "" : "s") + " " + instruments + " from " + csv.toAbsolutePath() + " (" +
            survey.layout().name().toLowerCase(Locale.ROOT) + " layout) into " + out.toAbsolutePath() +
            (survey.badRows() > 0 ? "; " + survey.badRows() + " bad rows skipped" : ""));
        printed.flush();
        return 0;
    }

    private long write(final AbiProfile abi, final TradingCalendar tradingCalendar, final Set<String> instruments,
        final long first, final UnsafeBuffer scratch) throws IOException
    {
        final UnsafeBuffer event = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(event, 0);
        final short slot = (short)abi.slot(ApiTable.MD_SPI, EventType.RTN_DEPTH_MARKET_DATA.spiMethod()).index();
        final int size = abi.struct(DepthMarketDataFlyweight.STRUCT_NAME).size();
        long sequence = 0;
        try (Journal journal = Journal.open(out); JournalWriter writer = journal.newWriter();
            TickCsv reader = new TickCsv(csv, tradingCalendar, abi))
        {
            metadata(abi, instruments).writeTo(writer, -1, first);
            while (reader.next(scratch))
            {
                final long now = System.nanoTime();
                header.clear()
                    .type(EventType.RTN_DEPTH_MARKET_DATA.code())
                    .source(EventSource.MD)
                    .profile((short)PROFILE_INDEX)
                    .channel((short)CHANNEL)
                    .spiSlot(slot)
                    .sequence(sequence++)
                    .receiveNanos(now)
                    .epochNanos(reader.epochNanos()) // received when the exchange stamped it
                    .publishNanos(now);
                event.putBytes(EventHeader.PAYLOAD_OFFSET, scratch, 0, size);
                header.payloadLength(size);
                writer.append(event, 0, header.totalLength());
            }
        }
        return sequence;
    }

    private JournalMetadata metadata(final AbiProfile abi, final Set<String> instruments)
    {
        return JournalMetadata.builder()
            .engineVersion("import")
            .profile(PROFILE_INDEX, abi.id())
            .channel(CHANNEL, "import", "md", "(imported from " + csv.toAbsolutePath() + ")", abi.apiVersion())
            .put(REPLAY_CHANNEL_PROFILE, Integer.toString(PROFILE_INDEX))
            .put("import.source", csv.toAbsolutePath().toString())
            .put("engine.start", "cold")
            .instruments(new ArrayList<>(instruments))
            .build();
    }

    private static void refuseExisting(final Path journal) throws IOException
    {
        if (Files.isDirectory(journal))
        {
            try (Stream<Path> files = Files.list(journal))
            {
                if (files.anyMatch(file -> file.getFileName().toString().endsWith(Journal.FILE_SUFFIX)))
                {
                    throw new IllegalArgumentException(journal.toAbsolutePath() + " already holds a journal; " +
                        "choose another --out or remove it");
                }
            }
        }
    }
}
