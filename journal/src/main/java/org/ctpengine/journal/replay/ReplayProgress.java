package org.ctpengine.journal.replay;

/**
 * Told how far a replay has got, on the replaying thread. {@link #onEvents} comes for every event read, so an
 * implementation must be cheap there (read the clock now and then, not every time).
 */
public interface ReplayProgress
{
    /** Says nothing. */
    ReplayProgress NONE = new ReplayProgress()
    {
        @Override
        public void onStart(final long totalEvents)
        {
        }

        @Override
        public void onEvents(final long eventsRead)
        {
        }

        @Override
        public void onEnd(final long eventsRead)
        {
        }
    };

    /** @param totalEvents events in the journal (from its index), or -1 when unknown */
    void onStart(long totalEvents);

    /** @param eventsRead events read from the journal so far, filtered out or not */
    void onEvents(long eventsRead);

    void onEnd(long eventsRead);
}
