package org.ctpengine.journal.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest
{
    @TempDir
    Path dir;

    private static final List<TickJournals.T> TICKS = List.of(
        TickJournals.T.of("rb2601", "SHFE", "2026-11-20T20:59:00", 3500, 10),
        TickJournals.T.of("rb2601", "SHFE", "2026-11-20T21:00:30.500", 3502, 15),
        new TickJournals.T("m2601", "DCE", "2026-11-20T21:00:31", 20261123, 3001, 7, 210_070, 5000), // ActionDay: Monday
        TickJournals.T.of("rb2601", "SHFE", "2026-11-20T22:59:59.500", 3510, 40),
        TickJournals.T.of("rb2601", "SHFE", "2026-11-20T23:00:00", 3511, 42),
        new TickJournals.T("m2601", "DCE", "2026-11-20T22:59:30", 20261123, 3004, 19, 570_000, 5010),
        TickJournals.T.of("rb2601", "SHFE", "2026-11-23T10:14:00", 3520, 60),
        TickJournals.T.of("rb2601", "SHFE", "2026-11-23T10:15:00", 3521, 61),
        TickJournals.T.of("m2601", "DCE", "2026-11-23T10:15:00", 3010, 30),
        TickJournals.T.of("rb2601", "SHFE", "2026-11-23T10:31:00", 3530, 70));

    /** Layout (a): CTP field names, in an order of their own, with a column the struct does not have. */
    private static String ctpCsv(final List<TickJournals.T> ticks)
    {
        final StringBuilder csv = new StringBuilder(
            "UpdateTime,InstrumentID,LastPrice,Volume,Turnover,OpenInterest,BidPrice1,BidVolume1,AskPrice1,AskVolume1," +
                "ExchangeID,TradingDay,ActionDay,UpdateMillisec,PreClosePrice,Note\n");
        for (final TickJournals.T t : ticks)
        {
            final String date = t.time().substring(0, 10).replace("-", "");
            csv.append(t.time(), 11, 19).append(',').append(t.instrument()).append(',').append(t.last()).append(',')
                .append(t.volume()).append(',').append(t.turnover()).append(',').append(t.openInterest()).append(',')
                .append(t.last() - 1).append(",3,").append(t.last() + 1).append(",4,").append(t.exchange()).append(',')
                .append(date).append(',').append(t.actionDay() > 0 ? Integer.toString(t.actionDay()) : date).append(',')
                .append(t.time().length() > 19 ? t.time().substring(20) : "0").append(",3333,\"a, note\"\n");
        }
        return csv.toString();
    }

    private Tool importCsv(final Path csv, final Path journal)
    {
        return Tool.run("import", "--csv", csv.toString(), "--out", journal.toString());
    }

    private List<String> exported(final Path journal, final String... options)
    {
        final Path csv = dir.resolve("export-" + System.nanoTime() + ".csv");
        final List<String> args = new ArrayList<>(List.of("export", journal.toString(), "--out", csv.toString()));
        args.addAll(List.of(options));
        final Tool export = Tool.run(args.toArray(String[]::new));
        assertThat(export.exitCode()).as(export.err()).isZero();
        try
        {
            return Files.readAllLines(csv, StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new AssertionError(e);
        }
    }

    /** Export rows without receive_time and sequence, which differ between a recording and an import. */
    private static List<String> withoutReceiveColumns(final List<String> rows)
    {
        return rows.stream().map(row -> row.substring(row.indexOf(',', row.indexOf(',') + 1) + 1)).toList();
    }

    @Test
    void ctpLayoutRoundTripsThroughExportTicks() throws IOException
    {
        final Path csv = Files.writeString(dir.resolve("ticks.csv"), ctpCsv(TICKS));

        final Tool imported = importCsv(csv, dir.resolve("imported"));

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).startsWith("imported 10 ticks of 2 instruments [rb2601, m2601] from ");
        final List<String> ticks = exported(dir.resolve("imported"), "--what", "ticks");
        assertThat(ticks).hasSize(11);
        assertThat(ticks.get(1)).isEqualTo("2026-11-20 20:59:00.000000,0,rb2601,SHFE,20261120,2026-11-20 20:59:00.000," +
            "3500.0,3499.0,3,3501.0,4,10,350000.0,1010.0");
        // the DCE night tick keeps ActionDay as DCE sends it; its receive time is its real instant (Friday 21:00:31)
        assertThat(ticks.get(3)).isEqualTo("2026-11-20 21:00:31.000000,2,m2601,DCE,20261120,2026-11-23 21:00:31.000," +
            "3001.0,3000.0,3,3002.0,4,7,210070.0,5000.0");
        final List<String> recorded = exported(TickJournals.write(dir.resolve("recorded"), TICKS), "--what", "ticks");
        assertThat(withoutReceiveColumns(ticks)).isEqualTo(withoutReceiveColumns(recorded));
    }

    @Test
    void barsFromAnImportedJournalEqualBarsFromTheRecordedOne() throws IOException
    {
        final Path recorded = TickJournals.write(dir.resolve("recorded"), TICKS);
        final Path csv = Files.writeString(dir.resolve("ticks.csv"), ctpCsv(TICKS));
        assertThat(importCsv(csv, dir.resolve("imported")).exitCode()).isZero();

        for (final String alignment : List.of("clock", "trading"))
        {
            for (final String period : List.of("1m", "5m", "30m", "1d"))
            {
                final List<String> fromRecorded = exported(recorded, "--what", "bars", "--period", period, "--alignment", alignment);
                final List<String> fromImported = exported(dir.resolve("imported"), "--what", "bars", "--period", period,
                    "--alignment", alignment);
                assertThat(fromImported).as(period + " " + alignment).isEqualTo(fromRecorded).hasSizeGreaterThan(2);
            }
        }
        assertThat(exported(dir.resolve("imported"), "--what", "bars", "--instrument", "m2601")).containsExactly(
            "instrument,trading_day,bar_start,open,high,low,close,volume,turnover,open_interest",
            "m2601,20261123,2026-11-20 21:00:00,3001.0,3001.0,3001.0,3001.0,7,210070.0,5000.0",
            "m2601,20261123,2026-11-20 22:59:00,3004.0,3004.0,3004.0,3004.0,12,359930.0,5010.0",
            "m2601,20261123,2026-11-23 10:14:00,3010.0,3010.0,3010.0,3010.0,11,333000.0,1030.0");
    }

    @Test
    void vnpyLayoutGzippedRoundTrips() throws IOException
    {
        final String vnpy = "symbol,exchange,datetime,name,volume,turnover,open_interest,last_price,last_volume," +
            "limit_up,limit_down,open_price,high_price,low_price,pre_close,bid_price_1,ask_price_1,bid_volume_1," +
            "ask_volume_1,localtime\n" +
            "m2601,DCE,2026-11-20 21:00:31.500000+08:00,豆粕2601,7.0,210070.0,5000.0,3001.0,7.0,3200.0,2800.0,3000.0," +
            "3002.0,2999.0,2998.0,3000.0,3002.0,3.0,4.0,\n" +
            "rb2601,SHFE,2026-11-23 10:14:00,螺纹钢2601,60.0,2112000.0,1060.0,3520.0,1.0,3800.0,3200.0,3500.0,3530.0," +
            "3490.0,3480.0,3519.0,3521.0,3.0,4.0,\n";
        final Path gz = dir.resolve("ticks.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz)))
        {
            out.write(vnpy.getBytes(StandardCharsets.UTF_8));
        }

        final Tool imported = importCsv(gz, dir.resolve("imported"));

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("(vnpy layout)");
        assertThat(exported(dir.resolve("imported"), "--what", "ticks")).containsExactly(
            "receive_time,sequence,instrument,exchange,trading_day,exchange_time,last,bid1,bid_volume1,ask1," +
                "ask_volume1,volume,turnover,open_interest",
            // a DCE night tick: TradingDay and ActionDay are Monday's, as DCE sends them
            "2026-11-20 21:00:31.500000,0,m2601,DCE,20261123,2026-11-23 21:00:31.500,3001.0,3000.0,3,3002.0,4,7," +
                "210070.0,5000.0",
            "2026-11-23 10:14:00.000000,1,rb2601,SHFE,20261123,2026-11-23 10:14:00.000,3520.0,3519.0,3,3521.0,4,60," +
                "2112000.0,1060.0");
    }

    @Test
    void badRowsAreReportedWithLineAndColumnAndTheRestIsKept() throws IOException
    {
        final String csv = ctpCsv(TICKS.subList(0, 3))
            .replace("3502.0,15,", "35O2,15,")                 // line 3: a letter O in LastPrice
            + "10:00:00,rb2601,3500,1,1,1,1,1,1,1,SHFE,20261123,20261123\n" // line 5: too few columns
            + "25:00:00,rb2601,3500,1,1,1,1,1,1,1,SHFE,20261123,20261123,0,1,x\n"; // line 6: no such time
        final Path file = Files.writeString(dir.resolve("bad.csv"), csv);

        final Tool imported = importCsv(file, dir.resolve("imported"));

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).isEqualTo(
            "bad row: bad.csv line 3, column LastPrice: '35O2' is not a number\n" +
            "bad row: bad.csv line 5, expected 16 columns, found 13\n" +
            "bad row: bad.csv line 6, column UpdateTime: '25:00:00' is not HH:MM:SS\n");
        assertThat(imported.out()).startsWith("imported 2 ticks of 2 instruments").endsWith("; 3 bad rows skipped\n");
    }

    @Test
    void unknownHeaderMissingColumnsAndAnExistingJournalAreOneLineErrors() throws IOException
    {
        final Path unknown = Files.writeString(dir.resolve("u.csv"), "time,price\n09:00:00,1\n");
        assertThat(importCsv(unknown, dir.resolve("a")).err())
            .startsWith("error: " + unknown + " line 1: the header names neither CTP's DepthMarketData fields");

        final Path missing = Files.writeString(dir.resolve("m.csv"), "InstrumentID,LastPrice\nrb2601,1\n");
        assertThat(importCsv(missing, dir.resolve("b")).err()).isEqualTo("error: " + missing +
            " line 1: the header looks like CTP's DepthMarketData fields but lacks ExchangeID,TradingDay,ActionDay," +
            "UpdateTime,UpdateMillisec,Volume,Turnover,OpenInterest,BidPrice1,BidVolume1,AskPrice1,AskVolume1\n");

        final Path good = Files.writeString(dir.resolve("g.csv"), ctpCsv(TICKS));
        assertThat(importCsv(good, dir.resolve("c")).exitCode()).isZero();
        final Tool again = importCsv(good, dir.resolve("c"));
        assertThat(again.exitCode()).isEqualTo(JournalCommand.EXIT_ERROR);
        assertThat(again.err()).isEqualTo("error: " + dir.resolve("c").toAbsolutePath() +
            " already holds a journal; choose another --out or remove it\n");
    }
}
