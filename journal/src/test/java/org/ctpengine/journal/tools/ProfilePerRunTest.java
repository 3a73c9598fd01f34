package org.ctpengine.journal.tools;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.JournalWriter;
import org.ctpengine.journal.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A journal holds the layouts of the CTP version each run used: tools decode every run with its own. */
class ProfilePerRunTest
{
    @TempDir
    Path dir;

    /** Run 1 under 6.6.1_P1 (Order is 856 bytes), run 2 under 6.7.8 (872 bytes); one order each. */
    private Path journal()
    {
        final Path journalDir = dir.resolve("j");
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
        try (Journal journal = Journal.open(journalDir); JournalWriter writer = journal.newWriter())
        {
            for (final String profileId : new String[] { "6.6.1_P1", "6.7.8" })
            {
                final AbiProfile profile = AbiProfiles.byId(profileId);
                final int start = JournalMetadata.builder().engineVersion("test").profile(0, profileId).build()
                    .encode(buffer, 0, -1, SmallJournals.T0);
                writer.append(buffer, 0, start);

                final EventHeader header = new EventHeader().wrap(buffer, 0);
                header.clear().type(EventType.RTN_ORDER.code()).source(EventSource.TD).profile((short)0)
                    .spiSlot((short)profile.slot(ApiTable.TRADER_SPI, "OnRtnOrder").index()).sequence(0)
                    .epochNanos(SmallJournals.T0);
                final OrderFlyweight order = new OrderFlyweight(profile).wrap(buffer, EventHeader.PAYLOAD_OFFSET);
                order.clear();
                order.instrumentId("ru2609").exchangeId("SHFE").orderRef("11").orderStatus(OrderStatus.CANCELED)
                    .statusMsg("已撤单 " + profileId).limitPrice(15000).volumeTotalOriginal(3);
                header.payloadLength(order.sizeInBytes());
                writer.append(buffer, 0, header.totalLength());
            }
        }
        return journalDir;
    }

    @Test
    void dumpDecodesEachRunWithItsOwnProfile()
    {
        final Tool dump = Tool.run("dump", journal().toString(), "--type", "rtn_order");

        assertThat(dump.out())
            .contains("profile=0(6.6.1_P1)")
            .contains("CThostFtdcOrderField (856 bytes, profile 6.6.1_P1)")
            .containsPattern("StatusMsg += 已撤单 6.6.1_P1\n")
            .contains("profile=0(6.7.8)")
            .contains("CThostFtdcOrderField (872 bytes, profile 6.7.8)")
            .containsPattern("StatusMsg += 已撤单 6.7.8\n");
    }

    @Test
    void exportReadsEachRunsOffsets() throws Exception
    {
        final Path csv = dir.resolve("orders.csv");

        Tool.run("export", journal().toString(), "--what", "orders", "--out", csv.toString());

        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(3)
            .filteredOn(line -> !line.startsWith("receive_time"))
            .allMatch(line -> line.contains(",ru2609,SHFE,11,") && line.contains(",15000.0,3,") && line.contains(",Canceled,"))
            .anyMatch(line -> line.endsWith(",已撤单 6.6.1_P1"))
            .anyMatch(line -> line.endsWith(",已撤单 6.7.8"));
    }

    @Test
    void eventsBeforeAnyMetadataNeedAProfileGivenByHand()
    {
        final Path journalDir = dir.resolve("bare");
        final TestEvents events = new TestEvents();
        try (Journal journal = Journal.open(journalDir); JournalWriter writer = journal.newWriter())
        {
            writer.append(events.buffer(), 0, events.tick(0, SmallJournals.T0, "rb2605", 3500));
        }

        assertThat(Tool.run("dump", journalDir.toString()).out())
            .contains("payload, 584 bytes (profile index 0 unknown: no JOURNAL_START declares it; pass --profile)");
        assertThat(Tool.run("dump", journalDir.toString(), "--profile", "6.7.8").out())
            .contains("CThostFtdcDepthMarketDataField (584 bytes, profile 6.7.8)");
        final Tool wrong = Tool.run("dump", journalDir.toString(), "--profile", "5.0");
        assertThat(wrong.exitCode()).isEqualTo(JournalCommand.EXIT_ERROR);
        assertThat(wrong.err()).startsWith("error: no ABI profile '5.0'");
    }
}
