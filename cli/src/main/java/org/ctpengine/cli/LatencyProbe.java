package org.ctpengine.cli;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;

import java.util.List;

/**
 * A strategy that only measures: for every tick, the time from the native callback's entry to this
 * {@code onTick} (same clock), into an HdrHistogram recorder the status line reads interval by interval.
 * Sends nothing, so replays ignore it.
 */
public final class LatencyProbe implements Strategy
{
    private final List<String> instruments;
    private final Recorder recorder = new Recorder(3);
    private Histogram interval;

    public LatencyProbe(final List<String> instruments)
    {
        this.instruments = List.copyOf(instruments);
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        for (final String instrument : instruments)
        {
            context.subscribe(instrument);
        }
    }

    @Override
    public void onTick(final Tick tick)
    {
        recorder.recordValue(Math.max(0, System.nanoTime() - tick.receiveNanos()));
    }

    /** The latencies since the previous call (any thread). */
    public Histogram takeInterval()
    {
        interval = recorder.getIntervalHistogram(interval);
        return interval;
    }
}
