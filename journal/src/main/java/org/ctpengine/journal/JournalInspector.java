package org.ctpengine.journal;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.journal.internal.QueueFrames;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds where a journal ends after any kind of stop, kill -9 included: reads every complete event through a
 * {@link JournalReader} (so each one is validated, and a damaged one is an error naming file and position),
 * then examines the queue file beyond the last one for a torn excerpt, which no reader ever returns.
 *
 * <p>A torn tail is a fact to report, not an error: everything before it is intact, and a writer that opens
 * the journal again appends over it. Works on a live journal too (then an excerpt being written looks torn).
 */
public final class JournalInspector
{
    private JournalInspector()
    {
    }

    /**
     * Opens the journal in {@code directory} read-only and inspects it.
     *
     * @throws JournalException when there is no journal there, or an event is damaged (naming file and position)
     */
    public static JournalEnd inspect(final Path directory)
    {
        try (Journal journal = Journal.openExisting(directory))
        {
            return inspect(journal);
        }
    }

    /** Reads every complete event of {@code journal} from the start, then examines what follows the last. */
    public static JournalEnd inspect(final Journal journal)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        long events = 0;
        long lastSequence = -1;
        try (JournalReader reader = journal.newReader())
        {
            while (true)
            {
                while (reader.next(buffer) >= 0)
                {
                    events++;
                    lastSequence = header.sequence();
                }
                final JournalEnd end = endAfter(journal, reader, events, lastSequence);
                if (end.tail() != JournalEnd.Tail.GROWING)
                {
                    return end;
                }
            }
        }
    }

    /**
     * Examines what follows the last event {@code reader} returned, once its {@link JournalReader#next} has said -1:
     * for tools that read the journal themselves.
     *
     * @param events       events the reader returned
     * @param lastSequence sequence of the last of them, -1 when none
     */
    public static JournalEnd endAfter(
        final Journal journal, final JournalReader reader, final long events, final long lastSequence)
    {
        final List<Path> files = queueFiles(journal.directory());
        Path file = reader.lastFile() != null ? reader.lastFile() : files.isEmpty() ? null : files.get(0);
        long position = reader.lastFile() != null ? reader.lastEndPosition() : 0;
        while (file != null)
        {
            final QueueFrames.Stop stop;
            try
            {
                stop = QueueFrames.walk(file, position);
            }
            catch (final IOException e)
            {
                throw new JournalException("journal " + journal.directory().toAbsolutePath() + ", file " +
                    file.getFileName() + ": cannot read at byte " + position + ": " + e.getMessage(), e);
            }
            switch (stop.kind())
            {
                case CLEAN:
                    return end(reader, events, lastSequence, JournalEnd.Tail.CLEAN, file, stop.position(), 0);
                case TORN:
                    return end(reader, events, lastSequence, JournalEnd.Tail.TORN, file, stop.position(), stop.tornLength());
                case DATA:
                    return end(reader, events, lastSequence, JournalEnd.Tail.GROWING, file, stop.position(), 0);
                case END_OF_FILE:
                    final int next = files.indexOf(file) + 1;
                    if (next == 0 || next >= files.size())
                    {
                        return end(reader, events, lastSequence, JournalEnd.Tail.CLEAN, file, stop.position(), 0);
                    }
                    file = files.get(next);
                    position = 0;
                    break;
                default:
                    throw new IllegalStateException("unhandled " + stop.kind());
            }
        }
        return end(reader, events, lastSequence, JournalEnd.Tail.CLEAN, null, -1, 0);
    }

    private static JournalEnd end(
        final JournalReader reader,
        final long events,
        final long lastSequence,
        final JournalEnd.Tail tail,
        final Path tailFile,
        final long tailPosition,
        final long tornBytes)
    {
        return new JournalEnd(events, reader.lastIndex(), events == 0 ? -1 : lastSequence, reader.lastFile(),
            reader.lastEndPosition(), tail, tailFile, tailPosition, tornBytes);
    }

    /** The directory's queue files in cycle order (their names are dates, so name order is time order). */
    static List<Path> queueFiles(final Path directory)
    {
        try (Stream<Path> files = Files.list(directory))
        {
            return files.filter(file -> file.getFileName().toString().endsWith(Journal.FILE_SUFFIX)).sorted().toList();
        }
        catch (final IOException e)
        {
            throw new JournalException("cannot list journal directory " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
