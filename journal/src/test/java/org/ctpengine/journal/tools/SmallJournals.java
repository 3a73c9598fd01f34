package org.ctpengine.journal.tools;

import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalInspector;
import org.ctpengine.journal.JournalEnd;
import org.ctpengine.journal.JournalWriter;
import org.ctpengine.journal.TestEvents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.BiConsumer;

/** Small journals of real CTP structs (profile 6.7.8) for the tools' tests. */
final class SmallJournals
{
    /** 09:30:00.000 China time on 2026-03-02, the base of every event time here. */
    static final long T0 = TestEvents.BASE_EPOCH_NANOS;
    static final long SECOND = 1_000_000_000L;

    private SmallJournals()
    {
    }

    /** Writes a journal through {@code body}, which builds events with a {@link TestEvents} and appends them. */
    static Path write(final Path directory, final BiConsumer<TestEvents, Appender> body)
    {
        final TestEvents events = new TestEvents();
        try (Journal journal = Journal.open(directory); JournalWriter writer = journal.newWriter())
        {
            body.accept(events, length -> writer.append(events.buffer(), 0, length));
        }
        return directory;
    }

    /**
     * JOURNAL_START, then: tick rb2605 (seq 0), tick au2606 (seq 1), order rb2605 all traded (seq 2), trade rb2605
     * (seq 3), OnRspOrderInsert refusal au2606 with RspInfo (seq 4); one second apart from {@link #T0}.
     */
    static Path mixed(final Path directory)
    {
        return write(directory, (events, out) ->
        {
            out.append(events.start());
            out.append(events.tick(0, T0, "rb2605", 3550));
            out.append(events.tick(1, T0 + SECOND, "au2606", 612.5));
            out.append(events.order(2, T0 + 2 * SECOND, "rb2605", "7", OrderStatus.ALL_TRADED, "全部成交,报单已提交"));
            out.append(events.trade(3, T0 + 3 * SECOND, "rb2605", "  9001", 3549));
            out.append(events.rspOrderInsert(4, T0 + 4 * SECOND, "au2606", 22, "CTP:重复的报单"));
        });
    }

    /**
     * Leaves the journal as a writer killed mid-append leaves it: part of an excerpt's body after the last complete
     * excerpt, its length word never written.
     */
    static JournalEnd tear(final Path directory, final int bytes) throws IOException
    {
        final JournalEnd end = JournalInspector.inspect(directory);
        final ByteBuffer body = ByteBuffer.allocate(bytes);
        for (int i = 0; i < bytes; i++)
        {
            body.put(i, (byte)(i % 251 + 1));
        }
        try (FileChannel channel = FileChannel.open(end.lastFile(), StandardOpenOption.WRITE))
        {
            channel.write(body, end.endPosition() + 4);
        }
        return end;
    }

    /** Appends one event of {@code length} bytes from the events' buffer. */
    @FunctionalInterface
    interface Appender
    {
        void append(int length);
    }
}
