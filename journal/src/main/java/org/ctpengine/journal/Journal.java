package org.ctpengine.journal;

import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.RollingChronicleQueue;
import net.openhft.chronicle.queue.impl.StoreFileListener;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import org.ctpengine.engine.files.DirectoryLock;
import org.ctpengine.engine.files.OwnerOnly;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.journal.internal.EventChecksum;
import org.ctpengine.journal.internal.QueueFrames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A journal directory: a Chronicle Queue whose every excerpt is one engine event (an
 * {@link org.ctpengine.engine.ring.EventHeader} followed by the raw CTP struct), in the engine's total order.
 *
 * <p>Files roll daily at 17:00 China time, between the day session's close (15:00, 15:15 for CFFEX bonds)
 * and the night session's open (21:00), so that one file holds one futures trading day: the night session
 * belongs to the next trading day.
 */
public final class Journal implements AutoCloseable
{
    /**
     * Roll time, 17:00 China time (UTC+8, no daylight saving) given in UTC: open-source Chronicle Queue
     * rolls in UTC only.
     */
    public static final LocalTime ROLL_TIME_UTC = LocalTime.of(9, 0);

    /** Chronicle Queue's data files; the directory also holds a {@code metadata.cq4t}. */
    public static final String FILE_SUFFIX = ".cq4";

    /** The largest event tools and readers expect: a header and the largest JOURNAL_START payload. */
    public static final int MAX_EVENT_LENGTH = EventHeader.LENGTH + JournalMetadata.MAX_PAYLOAD_LENGTH +
        EventChecksum.LENGTH;

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Path directory;
    private final ChronicleQueue queue;
    /** Held while this journal is open for writing: no second engine appends to it. Null when read-only. */
    private final DirectoryLock lock;

    private Journal(final Path directory, final ChronicleQueue queue, final DirectoryLock lock)
    {
        this.directory = directory;
        this.queue = queue;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the journal in {@code directory} for writing and reading, as its only writer: the
     * directory is locked for this process (a second engine is refused, naming the PID that holds it), owner-only
     * (0700, its files 0600), and must be writable. An empty queue file (a process killed while creating it) holds
     * nothing and would stall Chronicle: it is moved aside, with a warning.
     *
     * @throws JournalException one line naming the directory and what is wrong
     */
    public static Journal open(final Path directory)
    {
        final DirectoryLock lock;
        try
        {
            lock = DirectoryLock.acquire(directory, "journal");
        }
        catch (final DirectoryLock.DirectoryInUseException e)
        {
            throw new JournalException(e.getMessage(), e);
        }
        catch (final IOException e)
        {
            throw new JournalException("journal " + directory.toAbsolutePath() + " cannot be created or locked: " +
                e.getMessage(), e);
        }
        try
        {
            checkWritable(directory);
            setAsideEmptyFiles(directory);
            checkNotTruncated(directory, JournalInspector.queueFiles(directory));
            final ChronicleQueue queue = builder(directory).storeFileListener(OWNER_ONLY_FILES).build();
            OwnerOnly.restrictTree(directory);
            return new Journal(directory, queue, lock);
        }
        catch (final IOException | RuntimeException e)
        {
            closeQuietly(lock);
            throw e instanceof JournalException journalException ? journalException :
                new JournalException("journal " + directory.toAbsolutePath() + " cannot be opened for writing: " +
                    e.getMessage(), e);
        }
    }

    /** Chronicle creates each day's file with the process's umask: it holds the account's orders. */
    private static final StoreFileListener OWNER_ONLY_FILES = new StoreFileListener()
    {
        @Override
        public void onAcquired(final int cycle, final File file)
        {
            try
            {
                OwnerOnly.restrictFile(file.toPath());
            }
            catch (final IOException e)
            {
                LOG.warn("journal file {}: cannot make it owner-only: {}", file, e.getMessage());
            }
        }

        @Override
        public void onReleased(final int cycle, final File file)
        {
        }
    };

    private static void checkWritable(final Path directory) throws IOException
    {
        final Path probe = directory.resolve(".write-check");
        try
        {
            Files.write(probe, new byte[]{1});
            Files.delete(probe);
        }
        catch (final IOException e)
        {
            throw new JournalException("journal " + directory.toAbsolutePath() + " is not writable (" +
                e.getClass().getSimpleName() + ": " + e.getMessage() + "): nothing would be recorded, so nothing is traded", e);
        }
    }

    private static void setAsideEmptyFiles(final Path directory) throws IOException
    {
        for (final Path file : JournalInspector.queueFiles(directory))
        {
            if (Files.size(file) == 0)
            {
                final Path aside = file.resolveSibling(file.getFileName() + ".empty-" + System.currentTimeMillis());
                Files.move(file, aside);
                LOG.warn("journal {}: {} was empty (a process killed while creating it); moved aside to {}",
                    directory.toAbsolutePath(), file.getFileName(), aside.getFileName());
            }
        }
    }

    /** A truncated file would make the queue library read past its end, which faults the JVM: refuse it first. */
    private static void checkNotTruncated(final Path directory, final List<Path> files)
    {
        for (final Path file : files)
        {
            final String truncation;
            try
            {
                truncation = QueueFrames.truncation(file);
            }
            catch (final IOException e)
            {
                throw new JournalException("journal " + directory.toAbsolutePath() + ", file " + file.getFileName() +
                    ": cannot read: " + e.getMessage(), e);
            }
            if (truncation != null)
            {
                throw new JournalException("journal " + directory.toAbsolutePath() + ", file " + file.getFileName() +
                    " is damaged: " + truncation + "; the events before it can be read from a copy cut at the last " +
                    "complete excerpt");
            }
        }
    }

    private static void closeQuietly(final DirectoryLock lock)
    {
        try
        {
            lock.close();
        }
        catch (final IOException ignored)
        {
            // the process still owns nothing it must give back: the OS drops the lock at exit
        }
    }

    /**
     * Opens an existing journal without creating anything, read-only (tools, replay, a follower in another
     * process). Checks first that every queue file is one, so that a foreign file is an error naming it rather
     * than a wait inside Chronicle.
     *
     * @throws JournalException naming the directory when there is no journal there, or the file that is not a queue file
     */
    public static Journal openExisting(final Path directory)
    {
        if (!Files.isDirectory(directory))
        {
            throw new JournalException("no journal at " + directory.toAbsolutePath() + " (not a directory)");
        }
        final List<Path> files = JournalInspector.queueFiles(directory);
        if (files.isEmpty())
        {
            throw new JournalException("no journal at " + directory.toAbsolutePath() + " (no " + FILE_SUFFIX + " files)");
        }
        for (int i = 0; i < files.size(); i++)
        {
            final Path file = files.get(i);
            final String problem;
            try
            {
                problem = QueueFrames.storeHeaderProblem(file, i == files.size() - 1);
            }
            catch (final IOException e)
            {
                throw new JournalException("journal " + directory.toAbsolutePath() + ", file " + file.getFileName() +
                    ": cannot read: " + e.getMessage(), e);
            }
            if (problem != null)
            {
                throw new JournalException("journal " + directory.toAbsolutePath() + ", file " + file.getFileName() +
                    " is not a journal file: " + problem);
            }
        }
        awaitStarted(files.get(files.size() - 1));
        checkNotTruncated(directory, files);
        return new Journal(directory, builder(directory).readOnly(true).build(), null);
    }

    /** How long a reader waits for a live writer's newest file, created empty, to get its first bytes. */
    static final long NEW_FILE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * A reader that opens a live journal the instant its writer creates a file (the first, or a day's roll) finds it
     * empty for a moment: waits, briefly, for its first bytes. One still empty after that is refused as cut short
     * (a writer that died creating it; the next engine start sets it aside).
     */
    private static void awaitStarted(final Path newest)
    {
        final long deadline = System.nanoTime() + NEW_FILE_WAIT_NANOS;
        try
        {
            while (!QueueFrames.hasStarted(newest) && System.nanoTime() - deadline < 0)
            {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // another process's write: nothing to wait on
            }
        }
        catch (final IOException e)
        {
            // checkNotTruncated reads it again and names the problem
        }
    }

    private static SingleChronicleQueueBuilder builder(final Path directory)
    {
        return SingleChronicleQueueBuilder.binary(directory)
            .rollCycle(RollCycles.FAST_DAILY)
            .rollTime(ROLL_TIME_UTC, ZoneOffset.UTC);
    }

    public Path directory()
    {
        return directory;
    }

    /** A writer for the calling thread (Chronicle appenders are confined to one thread). */
    public JournalWriter newWriter()
    {
        return new JournalWriter(queue.createAppender());
    }

    /**
     * How many events the journal holds, from Chronicle's index (no reading): the total a progress line counts
     * towards. Every run in the directory counts; an event being written may or may not; -1 when unknown.
     */
    public long eventCount()
    {
        return queue instanceof RollingChronicleQueue rolling ? rolling.entryCount() : -1;
    }

    /** A reader from the start of the journal. */
    public JournalReader newReader()
    {
        return new JournalReader(this, queue.createTailer());
    }

    ChronicleQueue queue()
    {
        return queue;
    }

    @Override
    public void close()
    {
        queue.close();
        if (lock != null)
        {
            closeQuietly(lock);
        }
    }
}
