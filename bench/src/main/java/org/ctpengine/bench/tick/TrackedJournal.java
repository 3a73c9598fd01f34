package org.ctpengine.bench.tick;

import com.lmax.disruptor.EventHandler;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.journal.JournalHandler;

/**
 * The journal consumer with two things the benchmark needs to see: how far it has got (the publish stamp of the
 * last tick it appended), so that a measurement starts only once the journal has caught up with the warm-up's
 * backlog, and which thread it runs on, for the CPU profile. One volatile store per event on the journal's thread.
 */
final class TrackedJournal implements EventHandler<RingEvent>
{
    private static final short TICK = EventType.RTN_DEPTH_MARKET_DATA.code();

    private final JournalHandler journal;
    private volatile long lastTickPublishNanos;
    private volatile String threadName;

    TrackedJournal(final JournalHandler journal)
    {
        this.journal = journal;
    }

    @Override
    public void onStart()
    {
        threadName = Thread.currentThread().getName();
        journal.onStart();
    }

    @Override
    public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
    {
        journal.onEvent(event, sequence, endOfBatch);
        final EventHeader header = event.header();
        if (header.type() == TICK)
        {
            lastTickPublishNanos = header.publishNanos();
        }
    }

    @Override
    public void onShutdown()
    {
        journal.onShutdown();
    }

    /** The ring-publish stamp of the last tick appended (0 before any). */
    long lastTickPublishNanos()
    {
        return lastTickPublishNanos;
    }

    String threadName()
    {
        return threadName;
    }
}
