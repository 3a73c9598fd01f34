package org.ctpengine.journal.replay;

import org.ctpengine.journal.tools.EventFilter;

import java.util.function.LongFunction;

/**
 * How to replay: which runs of the journal, which part of them ({@link ReplaySelection} says what a filter keeps and
 * compares), how fast, and who hears about progress.
 *
 * @param filter   the filter, given the start time (ns since 1970) of the first run replayed so that a time of day
 *                 can be resolved against it (the one window then applies to every run); {@code ignored ->
 *                 EventFilter.ALL} for everything
 * @param speed    ×N real time by the journal's event clock; 0 for as fast as possible
 * @param progress told how far the replay has got
 * @param run      the one run to replay (1 for the journal's first), or 0 for every run
 */
public record ReplayOptions(LongFunction<EventFilter> filter, double speed, ReplayProgress progress, int run)
{
    /** Every run, whole, as fast as possible, silently. */
    public static final ReplayOptions DEFAULT = new ReplayOptions(runStart -> EventFilter.ALL, 0, ReplayProgress.NONE, 0);

    public ReplayOptions
    {
        if (speed < 0 || Double.isNaN(speed))
        {
            throw new IllegalArgumentException("speed must be positive (×N real time) or 0 (as fast as possible), not " + speed);
        }
        if (run < 0)
        {
            throw new IllegalArgumentException("run must be 1 or more (the journal's runs count from 1), or 0 for all, not " + run);
        }
    }

    public ReplayOptions filter(final EventFilter fixed)
    {
        return new ReplayOptions(runStart -> fixed, speed, progress, run);
    }

    public ReplayOptions filter(final LongFunction<EventFilter> byRunStart)
    {
        return new ReplayOptions(byRunStart, speed, progress, run);
    }

    public ReplayOptions speed(final double timesRealTime)
    {
        return new ReplayOptions(filter, timesRealTime, progress, run);
    }

    public ReplayOptions progress(final ReplayProgress listener)
    {
        return new ReplayOptions(filter, speed, listener, run);
    }

    /** Only run {@code number} of the journal (1 for the first); 0 for every run. */
    public ReplayOptions run(final int number)
    {
        return new ReplayOptions(filter, speed, progress, number);
    }
}
