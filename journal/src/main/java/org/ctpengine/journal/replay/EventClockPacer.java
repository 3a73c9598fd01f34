package org.ctpengine.journal.replay;

import org.agrona.concurrent.NanoClock;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces a replay at ×N real time by the journal's event clock: event i is due at
 * {@code start + (t_i - t_0) / N} on the replayer's clock, where {@code t} are the events' journal times. It waits
 * by parking until that moment (no spinning: a replay is not a latency path), never per event by a fixed amount,
 * and never to catch up: an event already due goes at once. Owned by the replaying thread.
 */
final class EventClockPacer
{
    /** Parks the thread; a seam for tests. */
    interface Parker
    {
        void parkNanos(long nanos);
    }

    private final double speed;
    private final NanoClock clock;
    private final Parker parker;
    private boolean started;
    private long firstEventNanos;
    private long startNanos;

    /** @param speed ×N real time; 0 (or less, or infinite) for as fast as possible */
    EventClockPacer(final double speed, final NanoClock clock, final Parker parker)
    {
        this.speed = speed > 0 && !Double.isInfinite(speed) ? speed : 0;
        this.clock = clock;
        this.parker = parker;
    }

    EventClockPacer(final double speed)
    {
        this(speed, System::nanoTime, LockSupport::parkNanos);
    }

    boolean paces()
    {
        return speed > 0;
    }

    /** Waits until the event at journal time {@code eventEpochNanos} is due. */
    void await(final long eventEpochNanos)
    {
        if (speed == 0)
        {
            return;
        }
        if (!started)
        {
            started = true;
            firstEventNanos = eventEpochNanos;
            startNanos = clock.nanoTime();
            return;
        }
        final long due = startNanos + (long)((eventEpochNanos - firstEventNanos) / speed);
        for (long now = clock.nanoTime(); now < due; now = clock.nanoTime())
        {
            parker.parkNanos(due - now); // may wake early (spuriously, or interrupted): the loop re-checks
        }
    }
}
