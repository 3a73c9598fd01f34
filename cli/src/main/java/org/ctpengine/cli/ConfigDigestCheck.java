package org.ctpengine.cli;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.journal.EngineMetadata;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * {@code replay --config FILE}: whether FILE is, byte for byte, the configuration the journal's run recorded (its
 * SHA-256 in {@code config.digest}). A difference is a warning, not an error: the edit may be a comment; a changed
 * strategy or limit shows anyway as a divergence.
 */
final class ConfigDigestCheck
{
    private ConfigDigestCheck()
    {
    }

    /**
     * One line when the digests differ, else null (equal, or a journal that recorded none: written by an engine
     * from before the digest, or by code that embeds it).
     */
    static String warning(final Path journalDirectory, final Path configFile, final String configDigest)
    {
        final JournalMetadata metadata = firstRun(journalDirectory);
        final String recorded = metadata == null ? null : metadata.configDigest();
        if (recorded == null || recorded.equals(configDigest))
        {
            return null;
        }
        final String recordedPath = metadata.get(EngineMetadata.CONFIG_PATH);
        return "warning: " + configFile + " (" + configDigest + ") is not the configuration the journal's run recorded (" +
            recorded + (recordedPath == null ? ", no file" : ", " + recordedPath) + "); replaying anyway: an edited " +
            "comment changes the digest too, and a changed strategy or limit shows as a divergence";
    }

    /**
     * After a divergence of a replay without {@code --config}: when the journal's run was configured by a file, a line
     * saying so (the default run's strategies were replayed, not the file's), else null.
     */
    static String recordedConfigHint(final Path journalDirectory)
    {
        final JournalMetadata metadata = firstRun(journalDirectory);
        final String recordedPath = metadata == null ? null : metadata.get(EngineMetadata.CONFIG_PATH);
        return recordedPath == null ? null : "hint: the journal's run was configured by " + recordedPath +
            ", but this replay ran the default run's strategies: replay with --config " + recordedPath;
    }

    /** The metadata of the journal's first run (the one replay replays), or null when it has none. */
    static JournalMetadata firstRun(final Path journalDirectory)
    {
        try (Journal journal = Journal.openExisting(journalDirectory); JournalReader reader = journal.newReader())
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
            final EventHeader header = new EventHeader().wrap(buffer, 0);
            while (reader.next(buffer) >= 0)
            {
                if (header.type() == EventType.JOURNAL_START.code())
                {
                    return JournalMetadata.read(buffer, 0);
                }
            }
            return null;
        }
    }
}
