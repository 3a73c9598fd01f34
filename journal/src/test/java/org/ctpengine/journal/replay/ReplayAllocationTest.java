package org.ctpengine.journal.replay;

import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.JournalWriter;
import org.ctpengine.journal.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import org.ctpengine.journal.EngineMetadata;

/**
 * The replay loop allocates nothing per tick, with the warm-start recovery folded alongside: a journal of two runs
 * (the second warm) with 20× the ticks costs the replaying thread no more heap than a small one, beyond noise.
 */
class ReplayAllocationTest
{
    private static final long MILLI = 1_000_000L;

    @TempDir
    Path dir;

    @Test
    void replayingMoreTicksAllocatesNoMore()
    {
        final Path small = journal("small", 2_000);
        final Path large = journal("large", 40_000);
        for (int i = 0; i < 3; i++)
        {
            replay(small); // class loading and the JIT's first tiers
            replay(large);
        }

        // Steady state is what the JIT makes of the loop: on a loaded machine its compiler threads may not have
        // caught up after the warm-up, and code not yet compiled allocates what escape analysis later removes. So
        // measure a few rounds and take the best; a per-tick allocation shows in every round.
        final StringBuilder rounds = new StringBuilder();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5 && best >= 38_000; round++)
        {
            final long smallBytes = allocatedBy(() -> replay(small));
            final long largeBytes = allocatedBy(() -> replay(large));
            best = Math.min(best, largeBytes - smallBytes);
            rounds.append(" (small ").append(smallBytes).append(", large ").append(largeBytes).append(')');
        }

        assertThat(best).as("bytes for %d more ticks, best of rounds%s", 2 * 38_000, rounds).isLessThan(38_000);
    }

    private static void replay(final Path journal)
    {
        final ReplayReport report = JournalReplay.replayRuns(journal, run -> List.of(new StrategyConfig("idle", new Strategy()
        {
        }, "td0", 0, RiskLimits.none())), RiskLimits.none(), ReplayOptions.DEFAULT);
        assertThat(report.runs()).hasSize(2);
        assertThat(report.identical()).isTrue();
    }

    private static long allocatedBy(final Runnable work)
    {
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /** Two runs of {@code ticks} ticks each, the second started warm. */
    private Path journal(final String name, final int ticks)
    {
        final Path directory = dir.resolve(name);
        final TestEvents events = new TestEvents();
        try (Journal journal = Journal.open(directory); JournalWriter writer = journal.newWriter())
        {
            long time = TestEvents.BASE_EPOCH_NANOS;
            for (final String start : new String[] { "cold", "warm" })
            {
                final int length = metadata(start).encode(events.buffer(), 0, -1, time);
                writer.append(events.buffer(), 0, length);
                for (int i = 0; i < ticks; i++)
                {
                    time += MILLI;
                    writer.append(events.buffer(), 0, events.tick(i, time, i % 2 == 0 ? "rb2605" : "au2606", 3500 + i % 7));
                }
                time += 60_000 * MILLI;
            }
        }
        return directory;
    }

    private static JournalMetadata metadata(final String start)
    {
        final JournalMetadata.Builder builder = JournalMetadata.builder().engineVersion("test")
            .profile(TestEvents.PROFILE_INDEX, TestEvents.PROFILE.id())
            .channel(TestEvents.MD_CHANNEL, "md0", "md", "/opt/ctp/libthostmduserapi_se.so", TestEvents.PROFILE.apiVersion())
            .channel(TestEvents.TD_CHANNEL, "td0", "td", "/opt/ctp/libthosttraderapi_se.so", TestEvents.PROFILE.apiVersion())
            .instruments(List.of("rb2605", "au2606"));
        final String prefix = EngineMetadata.PREFIX + TestEvents.TD_CHANNEL;
        builder.put(prefix + EngineMetadata.CHANNEL_PROFILE, Integer.toString(TestEvents.PROFILE_INDEX));
        builder.put(prefix + EngineMetadata.CHANNEL_BROKER, "9999");
        builder.put(prefix + EngineMetadata.CHANNEL_USER, "000001");
        builder.put(EngineMetadata.START, start);
        return builder.build();
    }
}
