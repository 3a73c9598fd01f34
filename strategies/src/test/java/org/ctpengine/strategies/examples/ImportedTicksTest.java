package org.ctpengine.strategies.examples;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.text.Gb18030;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.WhatIfReplay;
import org.ctpengine.journal.replay.WhatIfResult;
import org.ctpengine.journal.tools.JournalCommand;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ticks recorded by the live engine against the simulator, written out as CSV of every DepthMarketData field (gzipped)
 * and imported with {@code journal import}: the imported journal holds the same structs, gives the same bars, and
 * what-if replay runs a strategy over it as over the recording.
 */
class ImportedTicksTest
{
    private static final List<String> INSTRUMENTS = List.of("rb2501", "m2501", "SR501");

    @TempDir
    static Path directory;
    static Path recorded;
    static Path imported;
    static String importOutput;

    @BeforeAll
    static void recordThenImport() throws Exception
    {
        final Recorder live = new Recorder(new MarketMaker(MarketMaker.defaults(INSTRUMENTS)));
        recorded = SimSession.record(directory.resolve("recorded"), SimSession.strategy("mm", live, SimSession.FAST), 5,
            (control, engine) -> await().atMost(30, TimeUnit.SECONDS).until(() -> live.events(Recorder.Seen.class).size() >= 600));
        final Path csv = writeCsv(recorded, directory.resolve("ticks.csv.gz"));
        imported = directory.resolve("imported");
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exit = JournalCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
            .execute("import", "--csv", csv.toString(), "--out", imported.toString());
        assertThat(exit).as(err.toString()).isZero();
        importOutput = out.toString();
    }

    @Test
    void theImportedJournalHoldsTheRecordedTickStructsByteForByte()
    {
        final List<String> recordedTicks = ticks(recorded);

        assertThat(recordedTicks).hasSizeGreaterThanOrEqualTo(600);
        assertThat(ticks(imported)).isEqualTo(recordedTicks);
        assertThat(importOutput).startsWith("imported " + recordedTicks.size() + " ticks of 3 instruments");
    }

    @Test
    void barsFromTheImportedJournalEqualBarsFromTheRecordedOne()
    {
        for (final String period : List.of("1s", "5s", "1m"))
        {
            for (final String alignment : List.of("clock", "trading"))
            {
                final List<String> fromRecorded = bars(recorded, period, alignment);
                assertThat(bars(imported, period, alignment)).as(period + " " + alignment).isEqualTo(fromRecorded);
                assertThat(fromRecorded).as("bars of every instrument").hasSizeGreaterThan(3);
            }
        }
    }

    @Test
    void whatIfOverTheImportedJournalFeedsTheStrategyTheRecordedTicksAndFillsIt() throws Exception
    {
        final WhatIfReplayTest.Taker taker = new WhatIfReplayTest.Taker();

        final WhatIfResult result = WhatIfReplay.run(imported, List.of(SimSession.strategy("taker", taker, SimSession.FAST)),
            SimSession.FAST, ReplayOptions.DEFAULT, directory.resolve("what-if"));

        assertThat(result.ticks()).isEqualTo(ticks(recorded).size());
        assertThat(taker.ticks).isEqualTo(ticks(recorded, "rb2501")).hasSizeGreaterThan(100);
        assertThat(taker.taken).isNotNull();
        assertThat(taker.fills).isNotEmpty();
        assertThat(result.positions()).containsEntry("rb2501", (long)taker.taken.askVolume());

        final Path report = directory.resolve("report.html");
        final StringWriter err = new StringWriter();
        assertThat(JournalCommand.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
            .execute("report", result.journal().toString(), "--out", report.toString())).as(err.toString()).isZero();
        final String html = Files.readString(report);
        assertThat(html.split("<circle class=\"fill buy\"", -1).length - 1).isEqualTo(result.fills());
        assertThat(html).contains("<tr><td>Orders</td><td>1</td></tr>");
    }

    /** Every DepthMarketData field of every recorded tick, as a CSV column named after the field. */
    private static Path writeCsv(final Path journalDirectory, final Path file) throws IOException
    {
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(AbiProfiles.byId(SimLibrary.DEFAULT_PROFILE));
        final List<FieldLayout> fields = tick.layout().fields();
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        try (Journal journal = Journal.openExisting(journalDirectory); JournalReader reader = journal.newReader();
            Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))
        {
            out.write(fields.stream().map(FieldLayout::name).collect(Collectors.joining(",")) + "\n");
            while (reader.next(buffer) >= 0)
            {
                if (header.type() != EventType.RTN_DEPTH_MARKET_DATA.code())
                {
                    continue;
                }
                final int base = header.payloadOffset();
                final List<String> cells = new ArrayList<>();
                for (final FieldLayout field : fields)
                {
                    final int at = base + field.offset();
                    cells.add(switch (field.type())
                    {
                        case DOUBLE -> Double.toString(buffer.getDouble(at, LITTLE_ENDIAN));
                        case INT -> Integer.toString(buffer.getInt(at, LITTLE_ENDIAN));
                        case SHORT -> Short.toString(buffer.getShort(at, LITTLE_ENDIAN));
                        case CHAR -> buffer.getByte(at) == 0 ? "" : String.valueOf((char)buffer.getByte(at));
                        default -> Gb18030.decode(buffer, at, field.length());
                    });
                }
                out.write(String.join(",", cells) + "\n");
            }
        }
        return file;
    }

    private static List<String> bars(final Path journal, final String period, final String alignment)
    {
        final Path csv = directory.resolve("bars-" + journal.getFileName() + "-" + period + "-" + alignment + ".csv");
        final StringWriter err = new StringWriter();
        final int exit = JournalCommand.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
            .execute("export", journal.toString(), "--what", "bars", "--period", period, "--alignment", alignment,
                "--out", csv.toString());
        assertThat(exit).as(err.toString()).isZero();
        try
        {
            return Files.readAllLines(csv);
        }
        catch (final IOException e)
        {
            throw new AssertionError(e);
        }
    }

    private static List<String> ticks(final Path journalDirectory)
    {
        return ticks(journalDirectory, null);
    }

    /** Every tick's struct bytes (of one instrument, or all when null), in journal order. */
    private static List<String> ticks(final Path journalDirectory, final String instrument)
    {
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(AbiProfiles.byId(SimLibrary.DEFAULT_PROFILE));
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        final List<String> ticks = new ArrayList<>();
        try (Journal journal = Journal.openExisting(journalDirectory); JournalReader reader = journal.newReader())
        {
            while (reader.next(buffer) >= 0)
            {
                if (header.type() == EventType.RTN_DEPTH_MARKET_DATA.code() &&
                    (instrument == null || tick.wrap(buffer, header.payloadOffset()).instrumentId().equals(instrument)))
                {
                    final byte[] bytes = new byte[header.payloadLength()];
                    buffer.getBytes(header.payloadOffset(), bytes);
                    ticks.add(HexFormat.of().formatHex(bytes));
                }
            }
        }
        return ticks;
    }
}
