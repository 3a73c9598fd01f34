package org.ctpengine.engine.host;

import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.InboundRing;
import org.ctpengine.engine.ring.RingEvent;

import java.util.concurrent.locks.LockSupport;

/**
 * Publishes a TIMER event at a fixed interval: it paces the sessions' query schedulers and advances the
 * strategies' event clock (timers fire on it), and because it is journaled, replay fires timers at the
 * same points in the event stream. A producer, not a consumer, so it may wait for room in the ring.
 */
final class EngineClock implements Runnable
{
    private final InboundRing ring;
    private final long intervalNanos;
    /** Null until the strategies are known; polled every tick, before the tick (which may find the ring full). */
    private volatile Watchdog watchdog;
    private volatile boolean running = true;
    private final Thread thread;

    EngineClock(final InboundRing ring, final int intervalMs)
    {
        this.ring = ring;
        this.intervalNanos = intervalMs * 1_000_000L;
        this.thread = new Thread(this, "ctp-engine-clock");
        this.thread.setDaemon(true);
    }

    void watchdog(final Watchdog dog)
    {
        watchdog = dog;
    }

    void start()
    {
        thread.start();
    }

    @Override
    public void run()
    {
        long next = System.nanoTime() + intervalNanos;
        while (running)
        {
            final long wait = next - System.nanoTime();
            if (wait > 0)
            {
                LockSupport.parkNanos(wait);
                continue;
            }
            next += intervalNanos;
            final Watchdog dog = watchdog;
            if (dog != null)
            {
                dog.check(System.nanoTime());
            }
            final long sequence = ring.tryClaim();
            if (sequence < 0)
            {
                continue; // the ring is full: a tick is only a clock reading, the next one will do (and the watchdog runs)
            }
            try
            {
                final RingEvent event = ring.event(sequence);
                event.header().type(EventType.TIMER.code()).source(EventSource.ENGINE).spiSlot((short)-1)
                    .receiveNanos(System.nanoTime()).epochNanos(ring.epochNanos());
            }
            finally
            {
                ring.publish(sequence);
            }
            ring.occupancy(); // refreshes the occupancy gauge in the counters file
        }
    }

    void close()
    {
        running = false;
        LockSupport.unpark(thread);
        try
        {
            thread.join(5_000);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }
}
