package org.ctpengine.journal.replay;

import org.ctpengine.journal.tools.EventFilter;

import java.util.function.LongFunction;

/**
 * How to replay: which part of the run ({@link ReplaySelection} says what a filter keeps and compares), how fast,
 * and who hears about progress.
 *
 * @param filter   the filter, given the run's start time (ns since 1970) so that a time of day can be resolved
 *                 against it; {@code ignored -> EventFilter.ALL} for the whole run
 * @param speed    ×N real time by the journal's event clock; 0 for as fast as possible
 * @param progress told how far the replay has got
 */
public record ReplayOptions(LongFunction<EventFilter> filter, double speed, ReplayProgress progress)
{
    /** The whole run, as fast as possible, silently. */
    public static final ReplayOptions DEFAULT = new ReplayOptions(runStart -> EventFilter.ALL, 0, ReplayProgress.NONE);

    public ReplayOptions
    {
        if (speed < 0 || Double.isNaN(speed))
        {
            throw new IllegalArgumentException("speed must be positive (×N real time) or 0 (as fast as possible), not " + speed);
        }
    }

    public ReplayOptions filter(final EventFilter fixed)
    {
        return new ReplayOptions(runStart -> fixed, speed, progress);
    }

    public ReplayOptions filter(final LongFunction<EventFilter> byRunStart)
    {
        return new ReplayOptions(byRunStart, speed, progress);
    }

    public ReplayOptions speed(final double timesRealTime)
    {
        return new ReplayOptions(filter, timesRealTime, progress);
    }

    public ReplayOptions progress(final ReplayProgress listener)
    {
        return new ReplayOptions(filter, speed, listener);
    }
}
