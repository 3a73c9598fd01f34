package org.ctpengine.journal;

import com.lmax.disruptor.EventHandler;
import org.ctpengine.engine.ring.RingEvent;

/**
 * The ring's journal consumer: appends every event, header and raw struct, on its own thread, in the
 * ring's order. Runs beside the strategy handlers, so a slow disk delays only this thread (and, if it
 * falls a whole ring behind, the producers; never silently drops).
 */
public final class JournalHandler implements EventHandler<RingEvent>
{
    private final Journal journal;
    private final java.util.function.Supplier<JournalMetadata> metadata;
    private JournalWriter writer;
    private long appended;

    public JournalHandler(final Journal journal)
    {
        this(journal, null);
    }

    /**
     * @param metadata the run's JOURNAL_START record, asked for when the ring starts (after the engine has
     *                 loaded its libraries) and written before any event; null for none
     */
    public JournalHandler(final Journal journal, final java.util.function.Supplier<JournalMetadata> metadata)
    {
        this.journal = journal;
        this.metadata = metadata;
    }

    @Override
    public void onStart()
    {
        writer = journal.newWriter(); // Chronicle appenders belong to the thread that uses them
        if (metadata != null)
        {
            metadata.get().writeTo(writer);
        }
    }

    @Override
    public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
    {
        if (writer == null)
        {
            onStart();
        }
        writer.append(event.buffer(), 0, event.header().totalLength());
        appended++;
    }

    @Override
    public void onShutdown()
    {
        if (writer != null)
        {
            writer.close();
            writer = null;
        }
    }

    /** Events appended so far (read from the journal thread, or after shutdown). */
    public long appended()
    {
        return appended;
    }
}
