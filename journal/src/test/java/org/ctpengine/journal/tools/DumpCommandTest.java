package org.ctpengine.journal.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DumpCommandTest
{
    @TempDir
    Path dir;

    @Test
    void dumpPrintsHeaderFieldsAndEveryStructFieldByName()
    {
        final Path journal = SmallJournals.mixed(dir.resolve("j"));

        final Tool dump = Tool.run("dump", journal.toString());

        assertThat(dump.exitCode()).as(dump.err()).isZero();
        assertThat(dump.out())
            .contains("#1 index ")
            .contains("JOURNAL_START")
            .contains("    profile.0 = 6.7.8")
            .contains("    channel.1 = td0 td /opt/ctp/libthosttraderapi_se.so")
            .contains("#2 index ")
            .contains("2026-03-02 09:30:00.000000  RTN_DEPTH_MARKET_DATA(OnRtnDepthMarketData)")
            .contains("  sequence=0 source=MD channel=0(md0) profile=0(6.7.8) spiSlot=")
            .contains("  CThostFtdcDepthMarketDataField (584 bytes, profile 6.7.8)")
            .containsPattern("\n    InstrumentID +=  ?rb2605\n")
            .containsPattern("\n    LastPrice +=  ?3550.0\n")
            .containsPattern("\n    ClosePrice +=  ?-\n")
            .contains("RTN_ORDER(OnRtnOrder)")
            .contains("  sequence=2 source=TD channel=1(td0)")
            .containsPattern("\n    OrderStatus +=  ?0\\(AllTraded\\)\n")
            .containsPattern("\n    StatusMsg +=  ?全部成交,报单已提交\n")
            .containsPattern("\n    CombOffsetFlag +=  ?0\\(Open\\)\n")
            .contains("RTN_TRADE(OnRtnTrade)")
            .containsPattern("\n    Direction +=  ?1\\(Sell\\)\n")
            .contains("RSP_ORDER_INSERT(OnRspOrderInsert)")
            .contains("flags=isLast,rspInfo requestId=9 errorId=22")
            .contains("  RspInfo: ErrorID=22 ErrorMsg=CTP:重复的报单")
            .contains("  CThostFtdcInputOrderField (")
            .containsPattern("6 events printed; journal: 6 complete events, last index [0-9a-f]+ \\(sequence 4, " +
                "\\d{8}F\\.cq4 bytes up to \\d+\\); ends cleanly\n$");
    }

    @Test
    void filtersSelectByTypeInstrumentAndTime()
    {
        final Path journal = SmallJournals.mixed(dir.resolve("j"));

        final Tool orders = Tool.run("dump", journal.toString(), "--type", "OnRtnOrder,rtn_trade");
        assertThat(orders.out()).contains("RTN_ORDER(OnRtnOrder)").contains("RTN_TRADE(OnRtnTrade)")
            .doesNotContain("RTN_DEPTH_MARKET_DATA").contains("2 events printed");

        final Tool gold = Tool.run("dump", journal.toString(), "--instrument", "au2606", "--brief");
        assertThat(gold.out().lines().filter(line -> line.startsWith("2026-")))
            .hasSize(2)
            .allMatch(line -> line.contains("InstrumentID=au2606"));

        final Tool window = Tool.run("dump", journal.toString(), "--brief",
            "--from", "2026-03-02T09:30:01", "--to", "2026-03-02 09:30:03");
        assertThat(window.out().lines().filter(line -> line.startsWith("2026-")))
            .extracting(line -> line.substring(0, 19))
            .containsExactly("2026-03-02 09:30:01", "2026-03-02 09:30:02");

        final Tool timesOfDay = Tool.run("dump", journal.toString(), "--brief", "--from", "09:30:01", "--to", "9:30:03");
        assertThat(timesOfDay.out().lines().filter(line -> line.startsWith("2026-")))
            .as("times of day on the journal's start date")
            .extracting(line -> line.substring(0, 19))
            .containsExactly("2026-03-02 09:30:01", "2026-03-02 09:30:02");

        final Tool utc = Tool.run("dump", journal.toString(), "--brief", "--from", "2026-03-02T01:30:04Z");
        assertThat(utc.out()).contains("RSP_ORDER_INSERT").contains("1 event printed");
    }

    @Test
    void limitStopsEarly()
    {
        final Tool dump = Tool.run("dump", SmallJournals.mixed(dir.resolve("j")).toString(), "--limit", "2", "--brief");

        assertThat(dump.out().lines().filter(line -> line.startsWith("2026-"))).hasSize(2);
        assertThat(dump.out()).contains("2 events printed; stopped at --limit");
    }

    @Test
    void briefPrintsOneLinePerEvent()
    {
        final Tool dump = Tool.run("dump", SmallJournals.mixed(dir.resolve("j")).toString(), "--brief");

        assertThat(dump.out().lines().filter(line -> line.startsWith("2026-"))).hasSize(6);
        assertThat(dump.out()).contains(
            "2026-03-02 09:30:02.000000 #2 RTN_ORDER(OnRtnOrder) TD:1 BrokerID=9999 InvestorID=000001");
    }

    @Test
    void tornTailIsReportedNotAnError() throws Exception
    {
        final Path journal = SmallJournals.mixed(dir.resolve("j"));
        SmallJournals.tear(journal, 300);

        final Tool dump = Tool.run("dump", journal.toString(), "--brief");

        assertThat(dump.exitCode()).isZero();
        assertThat(dump.out()).contains("6 events printed").contains("torn tail: an incomplete excerpt of at least 300 bytes");
    }

    @Test
    void missingDirectoryIsOneLineError()
    {
        final Tool dump = Tool.run("dump", dir.resolve("nope").toString());

        assertThat(dump.exitCode()).isEqualTo(JournalCommand.EXIT_ERROR);
        assertThat(dump.err()).isEqualTo("error: no journal at " + dir.resolve("nope").toAbsolutePath() + " (not a directory)\n");
    }

    @Test
    void directoryWithoutQueueFilesIsNotAJournal() throws Exception
    {
        final Path notJournal = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(notJournal.resolve("a.txt"), "hello");

        final Tool stats = Tool.run("stats", notJournal.toString());

        assertThat(stats.exitCode()).isEqualTo(JournalCommand.EXIT_ERROR);
        assertThat(stats.err()).startsWith("error: no journal at").contains("no .cq4 files").hasLineCount(1);
    }

    @Test
    void badOptionIsOneLineErrorPointingAtHelp()
    {
        final Tool export = Tool.run("export", dir.toString(), "--what", "ticks");

        assertThat(export.exitCode()).isEqualTo(JournalCommand.EXIT_ERROR);
        assertThat(export.err()).isEqualTo("error: Missing required option: '--out=FILE' (see 'journal export --help')\n");
    }

    @Test
    void everyCommandHasHelp()
    {
        for (final String command : new String[] { "dump", "stats", "export", "tail" })
        {
            final Tool help = Tool.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: journal " + command);
        }
        assertThat(Tool.run("--help").out()).contains("dump").contains("stats").contains("export").contains("tail");
    }
}
