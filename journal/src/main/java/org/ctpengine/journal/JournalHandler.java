package org.ctpengine.journal;

import com.lmax.disruptor.EventHandler;
import org.ctpengine.engine.ring.RingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The ring's journal consumer: appends every event, header and raw struct, on its own thread, in the
 * ring's order; only a reconnect storm's front events ({@code FLAG_COALESCED}) are left out, counted in the storm's
 * FRONT_STORM events. Runs beside the strategy handlers, so a slow disk delays only this thread (and, if it
 * falls a whole ring behind, the producers; never silently drops).
 */
public final class JournalHandler implements EventHandler<RingEvent>
{
    private static final Logger LOG = LoggerFactory.getLogger(JournalHandler.class);

    private final Journal journal;
    private final Supplier<JournalMetadata> metadata;
    private final Consumer<String> onFailure;
    private final Function<JournalWriter, JournalAppender> appenders;
    private JournalWriter writer;
    private JournalAppender appender;
    private long appended;
    /** Set by this thread when an append failed: from then on nothing is recorded, and trading must stop. */
    private volatile String failure;
    private long unrecorded;
    private long coalesced;
    /** The ring sequence appended up to (release-stored by this thread; strict senders read it). */
    private final AtomicLong journaled = new AtomicLong(-1);

    public JournalHandler(final Journal journal)
    {
        this(journal, null, reason -> { });
    }

    public JournalHandler(final Journal journal, final Supplier<JournalMetadata> metadata)
    {
        this(journal, metadata, reason -> { });
    }

    /**
     * @param metadata the run's JOURNAL_START record, asked for when the ring starts (after the engine has
     *                 loaded its libraries) and written before any event; null for none
     */
    /**
     * @param onFailure told once, on this handler's thread, when an append fails (disk full, file system read-only,
     *                  a damaged file): the engine must stop trading, as nothing it does is recorded any more
     */
    public JournalHandler(final Journal journal, final Supplier<JournalMetadata> metadata,
        final Consumer<String> onFailure)
    {
        this(journal, metadata, onFailure, writer -> writer);
    }

    /** As above, appending events through {@code appenders}' wrapper of the writer (tests inject faults there). */
    public JournalHandler(final Journal journal, final Supplier<JournalMetadata> metadata,
        final Consumer<String> onFailure, final Function<JournalWriter, JournalAppender> appenders)
    {
        this.journal = journal;
        this.metadata = metadata;
        this.onFailure = onFailure;
        this.appenders = appenders;
    }

    @Override
    public void onStart()
    {
        try
        {
            writer = journal.newWriter(); // Chronicle appenders belong to the thread that uses them
            appender = appenders.apply(writer);
            if (metadata != null)
            {
                metadata.get().writeTo(writer);
            }
        }
        catch (final Throwable t)
        {
            fail(0, t);
        }
    }

    @Override
    public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
    {
        if (failure != null)
        {
            unrecorded++; // keep consuming: a stalled journal thread would stall the ring, and with it the stop
            return;
        }
        if (writer == null)
        {
            onStart();
            if (failure != null)
            {
                unrecorded++;
                return;
            }
        }
        if (event.header().isCoalesced())
        {
            coalesced++; // a reconnect storm's front event: its FRONT_STORM event counts it instead
            journaled.lazySet(sequence);
            return;
        }
        try
        {
            appender.append(event.buffer(), 0, event.header().totalLength());
            appended++;
            journaled.lazySet(sequence);
        }
        catch (final Throwable t) // an IOException wrapped by Chronicle, or the InternalError of a mapped page past a full disk
        {
            unrecorded++;
            fail(sequence, t);
        }
    }

    private void fail(final long sequence, final Throwable cause)
    {
        final String reason = "journal " + journal.directory().toAbsolutePath() + ": append failed at ring event " +
            sequence + " (" + appended + " events recorded): " + cause.getClass().getSimpleName() +
            (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        failure = reason;
        LOG.error("{}; trading stops", reason);
        LOG.debug("journal append failure", cause);
        onFailure.accept(reason);
    }

    @Override
    public void onShutdown()
    {
        if (writer != null)
        {
            try
            {
                writer.close();
            }
            catch (final Throwable t)
            {
                LOG.warn("journal {}: closing the appender: {}", journal.directory(), t.toString());
            }
            writer = null;
        }
    }

    /** The ring sequence recorded up to: everything at or below it is in the journal (never moves after a failure). */
    public long journaledSequence()
    {
        return journaled.get();
    }

    /** Why the journal stopped recording, or null while it records. Any thread. */
    public String failure()
    {
        return failure;
    }

    /** Events not recorded since the failure (journal thread, or after shutdown). */
    public long unrecorded()
    {
        return unrecorded;
    }

    /**
     * A reconnect storm's front events left out, as the ring flagged them (read from the journal thread, or after
     * shutdown): each second of them is one FRONT_STORM event in the journal.
     */
    public long coalesced()
    {
        return coalesced;
    }

    /** Events appended so far (read from the journal thread, or after shutdown). */
    public long appended()
    {
        return appended;
    }
}
