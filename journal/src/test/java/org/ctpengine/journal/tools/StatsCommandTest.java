package org.ctpengine.journal.tools;

import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctpengine.journal.tools.SmallJournals.SECOND;
import static org.ctpengine.journal.tools.SmallJournals.T0;

class StatsCommandTest
{
    @TempDir
    Path dir;

    /**
     * Run 1: ticks 0..9 (rb2605 even, au2606 odd), 10 s apart from 09:30:00, so 6 in minute 09:30 and 4 in 09:31;
     * then 15 (a gap of 5), 12 (out of order), an order 16. Run 2 (a restart): ticks 0..2 in minute 09:40, 1 us
     * apart. Both JOURNAL_STARTs are stamped 09:30:00.
     */
    private Path journal()
    {
        return SmallJournals.write(dir.resolve("j"), (events, out) ->
        {
            out.append(events.start());
            for (int i = 0; i < 10; i++)
            {
                out.append(events.tick(i, T0 + i * 10 * SECOND, i % 2 == 0 ? "rb2605" : "au2606", 3500 + i));
            }
            out.append(events.tick(15, T0 + 100 * SECOND, "rb2605", 3510));
            out.append(events.tick(12, T0 + 101 * SECOND, "rb2605", 3511));
            out.append(events.order(16, T0 + 102 * SECOND, "rb2605", "1", OrderStatus.ALL_TRADED, ""));
            out.append(events.start());
            for (int i = 0; i < 3; i++)
            {
                out.append(events.tick(i, T0 + 600 * SECOND + i * 1000L, "ag2606", 5000));
            }
        });
    }

    @Test
    void countsByTypeInstrumentAndMinuteAndFindsGapsAndReversals()
    {
        final EventDecoder decoder = new EventDecoder(null);
        final JournalStats stats = new JournalStats();
        try (Journal journal = Journal.openExisting(journal()))
        {
            JournalScan.scan(journal, decoder, (number, index, header) ->
            {
                stats.add(number, header, decoder.instrument(header));
                return true;
            });
        }

        assertThat(stats.events()).isEqualTo(18);
        assertThat(stats.runs()).isEqualTo(2);
        assertThat(stats.byType()).containsOnly(
            entry(EventType.JOURNAL_START, 2L),
            entry(EventType.RTN_DEPTH_MARKET_DATA, 15L),
            entry(EventType.RTN_ORDER, 1L));
        assertThat(stats.byInstrument()).containsExactly(
            entry("ag2606", 3L),
            entry("au2606", 5L),
            entry("rb2605", 8L));
        final long minute0 = T0 / 60_000_000_000L;
        assertThat(stats.byMinute()).containsExactly(
            entry(minute0, 8L), // both JOURNAL_STARTs and ticks 0..5
            entry(minute0 + 1, 7L),
            entry(minute0 + 10, 3L));
        assertThat(stats.gaps()).isEqualTo(1);
        assertThat(stats.missing()).isEqualTo(5);
        assertThat(stats.outOfOrder()).isEqualTo(1);
        assertThat(stats.gapExamples()).containsExactly("event #12: sequence 15 where 10 was due (5 missing)");
        assertThat(stats.outOfOrderExamples()).containsExactly("event #13: sequence 12 after 15");
    }

    @Test
    void statsCommandPrintsTheCountsAndTheEnd()
    {
        final Tool stats = Tool.run("stats", journal().toString());

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out())
            .contains("events: 18 in 2 runs, 2026-03-02 09:30:00.000000 .. 2026-03-02 09:40:00.000002 (China time)")
            .containsPattern("\n  RTN_DEPTH_MARKET_DATA +15\n")
            .containsPattern("\n  RTN_ORDER +1\n")
            .containsPattern("\n  rb2605 +8\n")
            .containsPattern("\n  2026-03-02 09:31 +7\n")
            .contains("peak 8/min")
            .contains("sequence: 1 gap (5 missing), 1 out of order")
            .contains("  gap: event #12: sequence 15 where 10 was due (5 missing)")
            .contains("  out of order: event #13: sequence 12 after 15")
            .containsPattern("end: 18 complete events, .*; ends cleanly\n$");
    }
}
