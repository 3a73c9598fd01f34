package org.ctpengine.bench.load;

/**
 * The arrivals of one simulator burst at the strategy, by tick number (the simulator numbers a burst's ticks
 * 1..count in Volume): when {@code onTick} ran, and the callback-entry and ring-publish stamps the tick carried.
 * Also the loss check: duplicates, ticks out of order, numbers outside the burst.
 *
 * <p>Threads: written by the strategy thread only; the benchmark thread reads the arrays once {@link #delivered()}
 * (a volatile written last) says every tick it waits for has arrived, or after the engine has stopped.
 */
public final class Arrivals
{
    public final int count;
    public final long[] handledNanos;
    public final long[] receiveNanos;
    public final long[] publishNanos;
    private int lastNumber;
    private long duplicates;
    private long outOfOrder;
    private long strays;
    private volatile long delivered;

    public Arrivals(final int count)
    {
        this.count = count;
        handledNanos = new long[count + 1];
        receiveNanos = new long[count + 1];
        publishNanos = new long[count + 1];
    }

    /** On the strategy thread, in onTick: {@code now} is its first clock reading. */
    public void record(final long now, final int number, final long receive, final long publish)
    {
        if (number < 1 || number > count)
        {
            strays++;
        }
        else
        {
            if (handledNanos[number] != 0)
            {
                duplicates++;
            }
            if (number <= lastNumber)
            {
                outOfOrder++;
            }
            lastNumber = number;
            handledNanos[number] = now;
            receiveNanos[number] = receive;
            publishNanos[number] = publish;
        }
        delivered = delivered + 1; // single writer; the volatile store publishes the stores above
    }

    /** Ticks delivered so far, strays included. */
    public long delivered()
    {
        return delivered;
    }

    /** Numbers 1..count that never arrived. */
    public long missing()
    {
        long missing = 0;
        for (int number = 1; number <= count; number++)
        {
            missing += handledNanos[number] == 0 ? 1 : 0;
        }
        return missing;
    }

    public long duplicates()
    {
        return duplicates;
    }

    public long outOfOrder()
    {
        return outOfOrder;
    }

    public long strays()
    {
        return strays;
    }
}
