package org.ctpengine.engine.risk;

/** Counts events in a sliding one-second window without allocating: a ring of the last N timestamps. */
final class RateWindow
{
    private static final long WINDOW_NANOS = 1_000_000_000L;
    private final long[] times;
    private int next;
    private int size;

    RateWindow(final int maxPerWindow)
    {
        this.times = new long[Math.max(1, maxPerWindow)];
    }

    /** Whether one more event at {@code nowNanos} stays within the limit. */
    boolean hasRoom(final long nowNanos)
    {
        if (size < times.length)
        {
            return true;
        }
        return nowNanos - times[next] >= WINDOW_NANOS; // the oldest of the last N has left the window
    }

    void record(final long nowNanos)
    {
        times[next] = nowNanos;
        next = (next + 1) % times.length;
        size = Math.min(size + 1, times.length);
    }
}
