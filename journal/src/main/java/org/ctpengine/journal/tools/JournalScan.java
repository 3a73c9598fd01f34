package org.ctpengine.journal.tools;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalEnd;
import org.ctpengine.journal.JournalInspector;
import org.ctpengine.journal.JournalReader;

import java.nio.ByteBuffer;

/**
 * Reads a journal from the start for a tool: every complete event, validated, with the run's metadata tracked
 * by an {@link EventDecoder}, then where the journal ends ({@link JournalInspector}).
 */
public final class JournalScan
{
    /** Receives each event; the header is only valid during the call. */
    @FunctionalInterface
    public interface Visitor
    {
        /**
         * @param number the event's ordinal in the journal, from 1
         * @param index  its Chronicle index
         * @return false to stop reading
         */
        boolean onEvent(long number, long index, EventHeader header);
    }

    private JournalScan()
    {
    }

    /**
     * When the journal's first run started (its JOURNAL_START, else its first event): what a time of day given to a
     * tool ({@code --from 21:00}) is resolved against.
     *
     * @throws IllegalArgumentException when the journal holds no event yet
     */
    public static long startEpochNanos(final Journal journal)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        try (JournalReader reader = journal.newReader())
        {
            if (reader.next(buffer) < 0)
            {
                throw new IllegalArgumentException("journal " + journal.directory().toAbsolutePath() +
                    " holds no event yet: a time of day needs a date (give 2026-03-02T21:00:00)");
            }
            return header.epochNanos();
        }
    }

    /**
     * @return where the journal ends, or null when the visitor stopped early
     * @throws org.ctpengine.journal.JournalException when an event is damaged (naming file and position)
     */
    public static JournalEnd scan(final Journal journal, final EventDecoder decoder, final Visitor visitor)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        long events = 0;
        long lastSequence = -1;
        try (JournalReader reader = journal.newReader())
        {
            while (reader.next(buffer) >= 0)
            {
                events++;
                lastSequence = header.sequence();
                decoder.onEvent(header);
                if (!visitor.onEvent(events, reader.lastIndex(), header))
                {
                    return null;
                }
            }
            return JournalInspector.endAfter(journal, reader, events, lastSequence);
        }
    }
}
