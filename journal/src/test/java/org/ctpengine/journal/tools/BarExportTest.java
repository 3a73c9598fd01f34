package org.ctpengine.journal.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarExportTest
{
    private static final String HEADER = "instrument,trading_day,bar_start,open,high,low,close,volume,turnover,open_interest";

    @TempDir
    Path dir;

    private Path journal()
    {
        return TickJournals.write(dir.resolve("j"), List.of(
            TickJournals.T.of("rb2601", "SHFE", "2026-11-20T20:59:00", 3500, 10), // Friday's auction, Monday's day
            TickJournals.T.of("rb2601", "SHFE", "2026-11-20T21:00:30", 3502, 15),
            TickJournals.T.of("au2602", "SHFE", "2026-11-20T21:00:40", 600.5, 3),
            TickJournals.T.of("rb2601", "SHFE", "2026-11-20T22:59:59.500", 3510, 40),
            TickJournals.T.of("rb2601", "SHFE", "2026-11-20T23:00:00", 3511, 42),
            TickJournals.T.of("rb2601", "SHFE", "2026-11-23T10:14:00", 3520, 60),
            TickJournals.T.of("rb2601", "SHFE", "2026-11-23T10:15:00", 3521, 61),
            TickJournals.T.of("rb2601", "SHFE", "2026-11-23T10:31:00", 3530, 70)));
    }

    @Test
    void oneMinuteBarsOfOneInstrumentWithTheIssuesHeader() throws Exception
    {
        final Path csv = dir.resolve("bars.csv");

        final Tool export = Tool.run("export", journal().toString(), "--what", "bars", "--period", "1m",
            "--instrument", "rb2601", "--out", csv.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("exported 4 bars (1m, clock) to " + csv.toAbsolutePath() + " from 7 ticks;");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
            HEADER,
            "rb2601,20261123,2026-11-20 21:00:00,3500.0,3502.0,3500.0,3502.0,15,525300.0,1015.0",
            "rb2601,20261123,2026-11-20 22:59:00,3510.0,3511.0,3510.0,3511.0,27,949320.0,1042.0",
            "rb2601,20261123,2026-11-23 10:14:00,3520.0,3521.0,3520.0,3521.0,19,673190.0,1061.0",
            "rb2601,20261123,2026-11-23 10:31:00,3530.0,3530.0,3530.0,3530.0,9,323190.0,1070.0");
    }

    @Test
    void thirtyMinuteTradingBarsSpanTheBreak() throws Exception
    {
        final Path csv = dir.resolve("bars30.csv");

        final Tool export = Tool.run("export", journal().toString(), "--what", "bars", "--period", "30m",
            "--alignment", "trading", "--instrument", "rb2601", "--out", csv.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).extracting(line -> line.split(",")[2]).containsExactly(
            "bar_start", "2026-11-20 21:00:00", "2026-11-20 22:30:00", "2026-11-23 10:00:00");
    }

    @Test
    void everyInstrumentWithoutInstrumentAndDailyBars() throws Exception
    {
        final Path csv = dir.resolve("daily.csv");

        final Tool export = Tool.run("export", journal().toString(), "--what", "bars", "--period", "1d", "--out", csv.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactlyInAnyOrder(
            HEADER,
            "rb2601,20261123,2026-11-20 21:00:00,3500.0,3530.0,3500.0,3530.0,70,2471000.0,1070.0",
            "au2602,20261123,2026-11-20 21:00:00,600.5,600.5,600.5,600.5,3,18015.0,1003.0");
    }

    @Test
    void wrongPeriodAlignmentOrInstrumentIsOneLineError()
    {
        final String journal = journal().toString();
        final String out = dir.resolve("x.csv").toString();

        assertThat(Tool.run("export", journal, "--what", "bars", "--period", "7x", "--out", out).err())
            .isEqualTo("error: period must look like 30s, 1m, 5m, 1h or 1d, not '7x'\n");
        assertThat(Tool.run("export", journal, "--what", "bars", "--alignment", "wall", "--out", out).err())
            .isEqualTo("error: alignment must be clock or trading, not 'wall'\n");
        assertThat(Tool.run("export", journal, "--what", "bars", "--instrument", "zz2601", "--out", out).err())
            .startsWith("error: no trading sessions for instrument 'zz2601'");
        assertThat(Tool.run("export", journal, "--what", "ticks", "--period", "1m", "--out", out).err())
            .isEqualTo("error: --period, --alignment and --calendar are for --what bars\n");
    }
}
