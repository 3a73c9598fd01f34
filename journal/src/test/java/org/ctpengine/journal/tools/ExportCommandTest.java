package org.ctpengine.journal.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest
{
    @TempDir
    Path dir;

    @Test
    void ticksExportWithAHeaderRowAndOneRowPerTick() throws Exception
    {
        final Path csv = dir.resolve("out/ticks.csv");

        final Tool export = Tool.run("export", SmallJournals.mixed(dir.resolve("j")).toString(),
            "--what", "ticks", "--out", csv.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("exported 2 ticks to " + csv.toAbsolutePath()).contains("ends cleanly");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
            "receive_time,sequence,instrument,exchange,trading_day,exchange_time,last,bid1,bid_volume1,ask1," +
                "ask_volume1,volume,turnover,open_interest",
            "2026-03-02 09:30:00.000000,0,rb2605,SHFE,20260302,2026-03-02 09:30:01.500,3550.0,3549.0,12,3551.0,7,0," +
                "0.0,123456.0",
            "2026-03-02 09:30:01.000000,1,au2606,SHFE,20260302,2026-03-02 09:30:01.500,612.5,611.5,12,613.5,7,1," +
                "6125.0,123456.0");
    }

    @Test
    void ordersExportDecodesGb18030AndQuotesCommas() throws Exception
    {
        final Path csv = dir.resolve("orders.csv");

        Tool.run("export", SmallJournals.mixed(dir.resolve("j")).toString(), "--what", "orders", "--out", csv.toString());

        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
            "receive_time,sequence,instrument,exchange,order_ref,front_id,session_id,order_sys_id,direction,offset," +
                "price_type,limit_price,volume,traded,remaining,status,submit_status,insert_date,insert_time," +
                "update_time,status_msg",
            "2026-03-02 09:30:02.000000,2,rb2605,SHFE,7,1,42,123456,Buy,Open,,3550.0,2,1,1,AllTraded,,20260302," +
                "09:30:02,09:30:03,\"全部成交,报单已提交\"");
    }

    @Test
    void tradesExportTheirKeyFields() throws Exception
    {
        final Path csv = dir.resolve("trades.csv");

        Tool.run("export", SmallJournals.mixed(dir.resolve("j")).toString(), "--what", "TRADES", "--out", csv.toString());

        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
            "receive_time,sequence,instrument,exchange,trade_id,order_ref,order_sys_id,direction,offset,hedge,price," +
                "volume,trade_date,trade_time,trading_day",
            "2026-03-02 09:30:03.000000,3,rb2605,SHFE,9001,7,123456,Sell,Close,Speculation,3549.0,1,20260302,09:30:04," +
                "20260302");
    }

    @Test
    void instrumentAndTimeNarrowTheRowsAndBomIsOptional() throws Exception
    {
        final Path csv = dir.resolve("gold.csv");

        Tool.run("export", SmallJournals.mixed(dir.resolve("j")).toString(), "--what", "ticks", "--out", csv.toString(),
            "--instrument", "au2606", "--bom");

        final List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFFreceive_time,");
        assertThat(lines.get(1)).contains(",au2606,");
    }

    @Test
    void unknownKindIsOneLineError()
    {
        final Tool export = Tool.run("export", SmallJournals.mixed(dir.resolve("j")).toString(), "--what", "quotes",
            "--out", dir.resolve("x.csv").toString());

        assertThat(export.exitCode()).isEqualTo(JournalCommand.EXIT_ERROR);
        assertThat(export.err()).isEqualTo("error: --what must be ticks, orders, trades or bars, not 'quotes'\n");
    }
}
