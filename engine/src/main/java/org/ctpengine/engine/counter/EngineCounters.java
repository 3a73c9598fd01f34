package org.ctpengine.engine.counter;

import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingCounters;

/**
 * The engine's counters, allocated once in a {@link CountersManager} (usually over a {@link CountersFile}).
 * Increments are atomic: several native callback threads publish into the ring, and several strategy
 * threads consume from it. Read them from another process with {@code CountersFile.open(..).reader()}.
 */
public final class EngineCounters implements RingCounters
{
    /** Counter type ids, as Aeron does, so readers can tell kinds apart. */
    public static final int TYPE_EVENTS_IN = 1;
    public static final int TYPE_EVENTS_OUT = 2;
    public static final int TYPE_RING = 3;
    public static final int TYPE_ORDERS = 4;
    public static final int TYPE_SESSION = 5;

    private final AtomicCounter[] eventsIn = new AtomicCounter[EventType.values().length];
    private final AtomicCounter[] eventsOut = new AtomicCounter[EventType.values().length];
    private final AtomicCounter ringOccupancy;
    private final AtomicCounter ringStalls;
    private final AtomicCounter ringStallNanos;
    private final AtomicCounter ordersSent;
    private final AtomicCounter ordersRejected;
    private final AtomicCounter cancelsSent;
    private final AtomicCounter reconnects;
    private final AtomicCounter callbackErrors;

    public EngineCounters(final CountersManager manager)
    {
        for (final EventType type : EventType.values())
        {
            eventsIn[type.ordinal()] = manager.newCounter("events in: " + type.name(), TYPE_EVENTS_IN);
            eventsOut[type.ordinal()] = manager.newCounter("events out: " + type.name(), TYPE_EVENTS_OUT);
        }
        ringOccupancy = manager.newCounter("ring occupancy (slots)", TYPE_RING);
        ringStalls = manager.newCounter("ring full stalls", TYPE_RING);
        ringStallNanos = manager.newCounter("ring full stall ns", TYPE_RING);
        ordersSent = manager.newCounter("orders sent", TYPE_ORDERS);
        ordersRejected = manager.newCounter("orders rejected", TYPE_ORDERS);
        cancelsSent = manager.newCounter("cancels sent", TYPE_ORDERS);
        reconnects = manager.newCounter("reconnects", TYPE_SESSION);
        callbackErrors = manager.newCounter("callback errors", TYPE_SESSION);
    }

    public AtomicCounter eventsIn(final EventType type)
    {
        return eventsIn[type.ordinal()];
    }

    public AtomicCounter eventsOut(final EventType type)
    {
        return eventsOut[type.ordinal()];
    }

    public AtomicCounter ringOccupancy()
    {
        return ringOccupancy;
    }

    public AtomicCounter ringStalls()
    {
        return ringStalls;
    }

    public AtomicCounter ringStallNanos()
    {
        return ringStallNanos;
    }

    public AtomicCounter ordersSent()
    {
        return ordersSent;
    }

    public AtomicCounter ordersRejected()
    {
        return ordersRejected;
    }

    public AtomicCounter cancelsSent()
    {
        return cancelsSent;
    }

    public AtomicCounter reconnects()
    {
        return reconnects;
    }

    public AtomicCounter callbackErrors()
    {
        return callbackErrors;
    }
}
