package org.ctpengine.bench.ring;

import org.HdrHistogram.Histogram;

/**
 * The consumer side of every contender: on each event, one clock reading, the latency from the event's planned
 * send time into the current phase's histogram, every payload field read, and the order check.
 *
 * <p>Threads: {@link #onEvent} on the contender's consumer thread only; {@link #expect} and the volatile reads on
 * the benchmark thread, which is also the producer: {@link #expect} runs between phases, and the hand-off of the
 * next event publishes its stores to the consumer.
 */
final class HopRecorder
{
    private Histogram histogram;
    private long nextSequence;
    private long outOfOrder;
    /** The folded payload: a field the JIT must keep writing, so that no read is optimised away. */
    private long sink;
    private volatile long received;
    private volatile long lastArrivalNanos;

    /** Starts a phase: sequences from 0 go into {@code target}. */
    void expect(final Histogram target)
    {
        histogram = target;
        nextSequence = 0;
        outOfOrder = 0;
        lastArrivalNanos = 0;
        received = 0;
    }

    void onEvent(final HopEvent event)
    {
        final long now = System.nanoTime();
        histogram.recordValue(Math.max(0, now - event.plannedNanos));
        sink += event.fold();
        if (event.sequence != nextSequence)
        {
            outOfOrder++;
        }
        nextSequence = event.sequence + 1;
        lastArrivalNanos = now;
        received = received + 1; // single writer
    }

    long received()
    {
        return received;
    }

    long lastArrivalNanos()
    {
        return lastArrivalNanos;
    }

    long outOfOrder()
    {
        return outOfOrder;
    }
}
