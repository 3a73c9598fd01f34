package org.ctpengine.engine.ring;

import org.agrona.concurrent.status.AtomicCounter;

/**
 * What the ring counts as it publishes: events in by type, occupancy, and how often and how long a producer waited
 * for a full ring. An interface so that the ring does not depend on where counters live ({@code EngineCounters}).
 */
public interface RingCounters
{
    AtomicCounter eventsIn(EventType type);

    AtomicCounter ringOccupancy();

    AtomicCounter ringStalls();

    AtomicCounter ringStallNanos();
}
