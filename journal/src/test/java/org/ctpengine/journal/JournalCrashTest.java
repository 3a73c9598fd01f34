package org.ctpengine.journal;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Durability: a journal whose writer is killed with SIGKILL reads cleanly up to its last complete event. */
class JournalCrashTest
{
    private static final int MANY = 20_000;

    @TempDir
    Path dir;

    @Test
    void journalOfAWriterKilledMidWriteReadsCleanlyUpToItsLastCompleteEvent() throws Exception
    {
        final Path journalDir = dir.resolve("journal");
        try (ChildJvm child = ChildJvm.start(dir, JournalChildProcess.class, "flood", journalDir.toString()))
        {
            await("the child's first journal file").atMost(60, TimeUnit.SECONDS).until(() -> hasQueueFile(journalDir));
            try (Journal live = Journal.openExisting(journalDir); JournalReader reader = live.newReader())
            {
                final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
                final AtomicLong seen = new AtomicLong();
                await("many events from the child").atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20))
                    .until(() ->
                    {
                        while (reader.next(buffer) >= 0)
                        {
                            seen.incrementAndGet();
                        }
                        return seen.get() >= MANY;
                    });
            }
            assertThat(child.isAlive()).as("the child was still appending").isTrue();
            child.kill();
        }

        final long events = readAndCheckEveryEvent(journalDir);
        final JournalEnd end = JournalInspector.inspect(journalDir);
        System.out.println("after SIGKILL: " + end.describe());

        assertThat(events).isGreaterThanOrEqualTo(MANY);
        assertThat(end.events()).isEqualTo(events);
        assertThat(end.lastSequence()).isEqualTo(events - 2); // JOURNAL_START (-1), then 0 .. events - 2
        assertThat(end.tail()).isIn(JournalEnd.Tail.CLEAN, JournalEnd.Tail.TORN);
        assertThat(end.lastFile()).exists();
        assertThat(end.endPosition()).isPositive();
    }

    @Test
    void tornExcerptIsReportedWhereItIsAndNeverRead() throws Exception
    {
        final Path journalDir = dir.resolve("journal");
        final int complete = 100;
        final int tornBytes;
        try (ChildJvm child = ChildJvm.start(dir, JournalChildProcess.class, "tear", journalDir.toString(),
            Integer.toString(complete)))
        {
            tornBytes = Integer.parseInt(child.awaitLine("torn ", Duration.ofSeconds(60)).substring(5));
            child.kill();
        }

        assertThat(readAndCheckEveryEvent(journalDir)).isEqualTo(complete + 1);
        final JournalEnd end = JournalInspector.inspect(journalDir);

        assertThat(end.tail()).isEqualTo(JournalEnd.Tail.TORN);
        assertThat(end.events()).isEqualTo(complete + 1);
        assertThat(end.lastSequence()).isEqualTo(complete - 1);
        assertThat(end.tailFile()).isEqualTo(end.lastFile());
        assertThat(end.tailPosition()).isEqualTo(end.endPosition());
        assertThat(end.tornBytes()).isGreaterThan(0).isLessThanOrEqualTo(tornBytes);
        assertThat(end.describe())
            .contains("torn tail")
            .contains(end.lastFile().getFileName().toString())
            .contains("byte " + end.tailPosition());
    }

    @Test
    void writerReopenedAfterACrashAppendsAfterTheLastCompleteEvent() throws Exception
    {
        final Path journalDir = dir.resolve("journal");
        final int complete = 50;
        try (ChildJvm child = ChildJvm.start(dir, JournalChildProcess.class, "tear", journalDir.toString(),
            Integer.toString(complete)))
        {
            child.awaitLine("torn ", Duration.ofSeconds(60));
            child.kill();
        }

        final TestEvents events = new TestEvents();
        try (Journal journal = Journal.open(journalDir); JournalWriter writer = journal.newWriter())
        {
            for (long sequence = complete; sequence < complete + 5; sequence++)
            {
                writer.append(events.buffer(), 0, events.tick(sequence, TestEvents.BASE_EPOCH_NANOS, "rb2605", 3500));
            }
        }

        assertThat(readAndCheckEveryEvent(journalDir)).isEqualTo(1 + complete + 5);
        assertThat(JournalInspector.inspect(journalDir).tail()).isEqualTo(JournalEnd.Tail.CLEAN);
    }

    /**
     * Reads the whole journal, checking that it starts with JOURNAL_START and that every tick after it is complete:
     * sequences 0, 1, 2, ... without a gap, and the payload's Volume equal to the sequence.
     *
     * @return events read
     */
    private static long readAndCheckEveryEvent(final Path journalDir)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(TestEvents.PROFILE);
        long events = 0;
        try (Journal journal = Journal.openExisting(journalDir); JournalReader reader = journal.newReader())
        {
            int length;
            while ((length = reader.next(buffer)) >= 0)
            {
                if (events == 0)
                {
                    assertThat(header.type()).isEqualTo(EventType.JOURNAL_START.code());
                    assertThat(JournalMetadata.read(buffer, 0).profileId(0)).isEqualTo("6.7.8");
                }
                else
                {
                    final long expected = events - 1;
                    assertThat(header.type()).isEqualTo(EventType.RTN_DEPTH_MARKET_DATA.code());
                    assertThat(header.sequence()).as("sequence after %d events", events).isEqualTo(expected);
                    assertThat(length).isEqualTo(EventHeader.LENGTH + tick.sizeInBytes());
                    tick.wrap(buffer, EventHeader.PAYLOAD_OFFSET);
                    assertThat(tick.volume()).isEqualTo((int)expected);
                    assertThat(tick.instrumentId()).isNotEmpty();
                }
                events++;
            }
        }
        return events;
    }

    private static boolean hasQueueFile(final Path journalDir) throws Exception
    {
        if (!Files.isDirectory(journalDir))
        {
            return false;
        }
        try (Stream<Path> files = Files.list(journalDir))
        {
            return files.anyMatch(file -> file.toString().endsWith(Journal.FILE_SUFFIX));
        }
    }
}
