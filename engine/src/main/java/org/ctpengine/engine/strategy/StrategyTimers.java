package org.ctpengine.engine.strategy;

import org.agrona.DeadlineTimerWheel;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.collections.LongArrayList;

import java.util.concurrent.TimeUnit;

/**
 * Strategies' timers on the event clock: a timer fires when an event moves the clock to its due time, so a replay
 * fires it at the same point in the event order. Owned by the runner's thread; allocates nothing per poll.
 */
final class StrategyTimers
{
    /** Where a due timer goes. */
    interface Expiry
    {
        void onTimer(long strategyId, long timerId);
    }

    private final Expiry expiry;
    private final Long2LongHashMap owners = new Long2LongHashMap(-1);
    private final DeadlineTimerWheel.TimerHandler handler = this::onExpiry;
    /**
     * Timers a handler set, during a poll, for a time the poll has reached: the wheel files such a timer under its
     * current tick, which the poll may already have passed (it would then fire a whole revolution late), so the poll
     * fires them itself.
     */
    private final LongArrayList dueInPoll = new LongArrayList(64, Long.MIN_VALUE);
    private boolean polling;
    private long pollNow;
    /** Created when the strategies start: a timer wheel must start near the clock it is polled with. */
    private DeadlineTimerWheel wheel;

    StrategyTimers(final Expiry expiry)
    {
        this.expiry = expiry;
    }

    /** When the strategies start: the wheel starts at the event clock, then advances a few ticks per event. */
    void start(final long now)
    {
        wheel = new DeadlineTimerWheel(TimeUnit.NANOSECONDS, now, 1 << 20, 512);
    }

    /** Returns the timer id. */
    long schedule(final int strategyId, final long epochNanos)
    {
        final long id = wheel.scheduleTimer(epochNanos);
        owners.put(id, strategyId);
        if (polling && epochNanos <= pollNow)
        {
            dueInPoll.addLong(id);
        }
        return id;
    }

    /** False when the timer already fired or never existed. */
    boolean cancel(final long timerId)
    {
        owners.remove(timerId);
        return wheel.cancelTimer(timerId);
    }

    /** Fires every timer due at {@code now}, including those a handler sets for a time already past. */
    void poll(final long now)
    {
        if (wheel.timerCount() == 0)
        {
            wheel.currentTickTime(now); // nothing pending: jump the wheel to the event clock
            return;
        }
        polling = true;
        pollNow = now;
        try
        {
            while (wheel.currentTickTime() <= now)
            {
                wheel.poll(now, handler, Integer.MAX_VALUE);
                fireDueInPoll(now);
            }
            // Again while any expired: a timer a handler set for a time already past fires now too, so no due timer is
            // left for a later call (which events call this must not matter: live sees more events than a replay).
            boolean any = true;
            while (any)
            {
                any = wheel.poll(now, handler, Integer.MAX_VALUE) > 0;
                any |= fireDueInPoll(now);
            }
        }
        finally
        {
            polling = false;
        }
    }

    /** Fires the timers handlers set for a time already reached, unless cancelled or fired since; true when any. */
    private boolean fireDueInPoll(final long now)
    {
        boolean fired = false;
        for (int i = 0; i < dueInPoll.size(); i++) // a handler may add more
        {
            final long id = dueInPoll.getLong(i);
            if (wheel.cancelTimer(id)) // still pending: the wheel has passed its tick
            {
                onExpiry(TimeUnit.NANOSECONDS, now, id);
                fired = true;
            }
        }
        dueInPoll.clear();
        return fired;
    }

    private boolean onExpiry(final TimeUnit unit, final long nowTime, final long timerId)
    {
        expiry.onTimer(owners.remove(timerId), timerId);
        return true;
    }
}
