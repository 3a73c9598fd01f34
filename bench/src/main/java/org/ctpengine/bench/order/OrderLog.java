package org.ctpengine.bench.order;

/**
 * What the ordering strategy did during one burst of {@code count} ticks: the number of each tick it ordered on, its
 * clock reading in that {@code onTick}, and how many orders the engine refused or it skipped because the account was
 * not ready yet. Only burst ticks count: numbered 1..count in Volume, each one above the last. Other depth updates (the
 * simulator publishes the book after every order, with the day's real volume) are not the burst's.
 *
 * <p>Threads: written by the strategy thread only; the benchmark thread reads it once {@link #ticksSeen()} (a volatile
 * written last) says the burst has been handled.
 */
final class OrderLog
{
    final int count;
    final int[] tickNumbers;
    final long[] onTickNanos;
    int orders;
    long refused;
    long skipped;
    private int lastNumber;
    private volatile long ticksSeen;

    OrderLog(final int count, final int capacity)
    {
        this.count = count;
        tickNumbers = new int[capacity];
        onTickNanos = new long[capacity];
    }

    void ordered(final int tickNumber, final long now, final boolean wasRefused)
    {
        if (orders < tickNumbers.length)
        {
            tickNumbers[orders] = tickNumber;
            onTickNanos[orders] = now;
            orders++;
        }
        refused += wasRefused ? 1 : 0;
    }

    void skipped()
    {
        skipped++;
    }

    /** Whether a tick numbered {@code number} is this burst's next tick. */
    boolean isBurstTick(final int number)
    {
        return number == lastNumber + 1 && number <= count;
    }

    /** Called last in the onTick of a burst tick: publishes the stores above. */
    void seen(final int number)
    {
        lastNumber = number;
        ticksSeen = ticksSeen + 1; // single writer
    }

    long ticksSeen()
    {
        return ticksSeen;
    }
}
