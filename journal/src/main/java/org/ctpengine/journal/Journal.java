package org.ctpengine.journal;

import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;

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

    private final Path directory;
    private final ChronicleQueue queue;

    private Journal(final Path directory, final ChronicleQueue queue)
    {
        this.directory = directory;
        this.queue = queue;
    }

    /** Opens (creating if needed) the journal in {@code directory} for writing and reading. */
    public static Journal open(final Path directory)
    {
        return new Journal(directory, builder(directory).build());
    }

    /**
     * Opens an existing journal without creating anything.
     *
     * @throws JournalException naming the directory when there is no journal there
     */
    public static Journal openExisting(final Path directory)
    {
        if (!Files.isDirectory(directory))
        {
            throw new JournalException("no journal at " + directory.toAbsolutePath() + " (not a directory)");
        }
        try (var files = Files.list(directory))
        {
            if (files.noneMatch(file -> file.getFileName().toString().endsWith(".cq4")))
            {
                throw new JournalException("no journal at " + directory.toAbsolutePath() + " (no .cq4 files)");
            }
        }
        catch (final java.io.IOException e)
        {
            throw new JournalException("cannot list journal directory " + directory.toAbsolutePath(), e);
        }
        return new Journal(directory, builder(directory).readOnly(true).build());
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
    }
}
