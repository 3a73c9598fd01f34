package org.ctpengine.journal.tools;

import org.ctpengine.journal.ChildJvm;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalChildProcess;
import org.ctpengine.journal.JournalWriter;
import org.ctpengine.journal.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A reader in another process follows a live journal. */
class TailCommandTest
{
    private static final int COUNT = 400;

    @TempDir
    Path dir;

    @Test
    void tailFollowsAJournalThatAnotherProcessIsWriting() throws Exception
    {
        final Path journalDir = dir.resolve("live");
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final ExecutorService tailThread = Executors.newSingleThreadExecutor();
        try (ChildJvm writer = ChildJvm.start(dir, JournalChildProcess.class, "paced", journalDir.toString(),
            Integer.toString(COUNT), "500"))
        {
            writer.awaitLine("ready", Duration.ofSeconds(60)); // JOURNAL_START written, no tick yet

            final Future<Integer> tail = tailThread.submit(() ->
            {
                final CommandLine commandLine = JournalCommand.commandLine();
                commandLine.setOut(new PrintWriter(out, true));
                commandLine.setErr(new PrintWriter(err, true));
                return commandLine.execute("tail", journalDir.toString(), "--from-start", "--count",
                    Integer.toString(COUNT + 1));
            });

            writer.send("go");
            writer.awaitLine("half", Duration.ofSeconds(60));
            await("the first half, printed while the writer waits").atMost(30, TimeUnit.SECONDS)
                .until(() -> lines(out).size() == 1 + COUNT / 2);
            assertThat(tail.isDone()).isFalse();

            writer.send("go"); // the second half is appended while tail is already waiting at the end
            assertThat(tail.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
            writer.awaitLine("done", Duration.ofSeconds(60));
            assertThat(writer.awaitExit(Duration.ofSeconds(30))).isZero();
        }
        finally
        {
            tailThread.shutdownNow();
        }

        final List<String> lines = lines(out);
        assertThat(lines).hasSize(COUNT + 1);
        assertThat(lines.get(0)).contains("#-1 JOURNAL_START").contains("profile.0=6.7.8");
        for (int sequence = 0; sequence < COUNT; sequence++)
        {
            assertThat(lines.get(sequence + 1))
                .contains(" #" + sequence + " RTN_DEPTH_MARKET_DATA(OnRtnDepthMarketData) MD:0 ")
                .contains(" Volume=" + sequence + " ")
                .contains(" InstrumentID=" + JournalChildProcess.INSTRUMENTS[sequence % JournalChildProcess.INSTRUMENTS.length]);
        }
    }

    @Test
    void followerStartedAtTheEndSeesOnlyNewEventsDecodedWithTheRunsProfile()
    {
        final Path journalDir = dir.resolve("j");
        final TestEvents events = new TestEvents();
        try (Journal journal = Journal.open(journalDir); JournalWriter writer = journal.newWriter())
        {
            writer.append(events.buffer(), 0, events.start());
            for (int i = 0; i < 10; i++)
            {
                writer.append(events.buffer(), 0, events.tick(i, TestEvents.BASE_EPOCH_NANOS, "rb2605", 3500));
            }

            final List<String> seen = new ArrayList<>();
            final EventDecoder decoder = new EventDecoder(null); // no fallback: the profile must come from the journal
            try (Journal reading = Journal.openExisting(journalDir))
            {
                final JournalFollower follower = new JournalFollower(reading, false, decoder, EventFilter.ALL, 5,
                    (index, header) -> seen.add(header.sequence() + ":" + decoder.instrument(header)));
                try
                {
                    assertThat(follower.doWork()).isZero();

                    for (int i = 10; i < 15; i++)
                    {
                        writer.append(events.buffer(), 0, events.tick(i, TestEvents.BASE_EPOCH_NANOS, "au2606", 600));
                    }
                    await().atMost(10, TimeUnit.SECONDS).pollInSameThread().until(() -> // Chronicle tailers are thread-confined
                    {
                        follower.doWork();
                        return follower.isDone();
                    });
                }
                finally
                {
                    follower.onClose();
                }
            }
            assertThat(seen).containsExactly("10:au2606", "11:au2606", "12:au2606", "13:au2606", "14:au2606");
            assertThat(decoder.metadata()).isNotNull();
            assertThat(decoder.metadata().profileId(TestEvents.PROFILE_INDEX)).isEqualTo("6.7.8");
        }
    }

    @Test
    void followerFiltersWhatItDelivers()
    {
        final Path journalDir = SmallJournals.mixed(dir.resolve("j"));
        final List<Long> sequences = new ArrayList<>();
        final EventDecoder decoder = new EventDecoder(null);
        try (Journal journal = Journal.openExisting(journalDir))
        {
            final JournalFollower follower = new JournalFollower(journal, true, decoder,
                new EventFilter(Set.of(), Set.of("rb2605"), Long.MIN_VALUE, Long.MAX_VALUE),
                Long.MAX_VALUE, (index, header) -> sequences.add(header.sequence()));
            follower.doWork();
            follower.onClose();
        }
        assertThat(sequences).containsExactly(0L, 2L, 3L);
    }

    private static List<String> lines(final StringWriter out)
    {
        return out.toString().lines().toList();
    }
}
