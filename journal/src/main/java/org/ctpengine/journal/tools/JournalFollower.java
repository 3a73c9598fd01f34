package org.ctpengine.journal.tools;

import org.agrona.concurrent.Agent;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.JournalReader;

import java.nio.ByteBuffer;

/**
 * Follows a journal that another process is writing: each {@link #doWork()} hands the events appended since the
 * last call, that pass the filter, to a handler. Run it under an Agrona idle strategy (as {@code journal tail}
 * does) or an {@link org.agrona.concurrent.AgentRunner}.
 *
 * <p>Started at the end, it first reads backwards to the latest {@link EventType#JOURNAL_START}, so that the
 * running engine's profiles are known and payloads decode from the first event it shows. Owned by the thread that
 * runs it: the journal is opened there, on {@link #onStart()} or the first {@link #doWork()}, since Chronicle's
 * readers are confined to one thread.
 */
public final class JournalFollower implements Agent
{
    /** Receives each followed event; the header is only valid during the call. */
    @FunctionalInterface
    public interface Handler
    {
        void onEvent(long index, EventHeader header);
    }

    private static final int BATCH = 256;

    private final Journal journal;
    private final boolean fromStart;
    private final EventDecoder decoder;
    private final EventFilter filter;
    private final Handler handler;
    private final long limit;
    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
    private final EventHeader header = new EventHeader().wrap(buffer, 0);
    private JournalReader reader;
    private long delivered;
    private boolean closed;

    /**
     * @param fromStart from the first event, or only events appended from now on
     * @param limit     stop after this many delivered events ({@link Long#MAX_VALUE} for never)
     */
    public JournalFollower(
        final Journal journal,
        final boolean fromStart,
        final EventDecoder decoder,
        final EventFilter filter,
        final long limit,
        final Handler handler)
    {
        this.journal = journal;
        this.fromStart = fromStart;
        this.decoder = decoder;
        this.filter = filter;
        this.handler = handler;
        this.limit = limit;
    }

    /** Opens the reader on the running thread; at the end, after learning the latest run's metadata. */
    @Override
    public void onStart()
    {
        if (reader != null)
        {
            return;
        }
        if (!fromStart)
        {
            final JournalMetadata latest = latestMetadata(journal, buffer);
            if (latest != null)
            {
                decoder.metadata(latest);
            }
        }
        reader = journal.newReader();
        if (!fromStart)
        {
            reader.toEnd();
        }
    }

    @Override
    public int doWork()
    {
        if (reader == null)
        {
            onStart();
        }
        int work = 0;
        while (work < BATCH && delivered < limit && reader.next(buffer) >= 0)
        {
            work++;
            decoder.onEvent(header);
            if (filter.matchesHeader(header) &&
                (!filter.needsInstrument() || filter.matches(header, decoder.instrument(header))))
            {
                delivered++;
                handler.onEvent(reader.lastIndex(), header);
            }
        }
        return work;
    }

    /** Whether the limit of events has been delivered. */
    public boolean isDone()
    {
        return delivered >= limit;
    }

    /** Events handed to the handler so far. */
    public long delivered()
    {
        return delivered;
    }

    @Override
    public String roleName()
    {
        return "journal-follower";
    }

    @Override
    public void onClose()
    {
        if (!closed)
        {
            closed = true;
            if (reader != null)
            {
                reader.close();
            }
        }
    }

    private static JournalMetadata latestMetadata(final Journal journal, final UnsafeBuffer buffer)
    {
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        try (JournalReader backwards = journal.newReader().backwards().toEnd())
        {
            while (backwards.next(buffer) >= 0)
            {
                if (header.type() == EventType.JOURNAL_START.code())
                {
                    return JournalMetadata.read(buffer, 0);
                }
            }
        }
        return null;
    }
}
