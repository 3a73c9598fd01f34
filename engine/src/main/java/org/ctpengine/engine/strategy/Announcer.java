package org.ctpengine.engine.strategy;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;

/**
 * Publishes a strategy thread's own engine events (STRATEGY_STOPPED, STOP_HANDLED), caused by the event being
 * handled and stamped with the event clock, so the journal records them where a replay makes them again. Owned by
 * the runner's thread; off the hot path (allocates).
 */
final class Announcer
{
    private final EventPublisher publisher;
    private final MarketState market;

    Announcer(final EventPublisher publisher, final MarketState market)
    {
        this.publisher = publisher;
        this.market = market;
    }

    void announce(final EventType type, final int intArg)
    {
        final UnsafeBuffer scratch = new UnsafeBuffer(new byte[EventHeader.LENGTH]);
        new EventHeader().wrap(scratch, 0).type(type.code()).source(EventSource.ENGINE)
            .spiSlot((short)-1).intArg(intArg).causeSequence(market.sequence()).epochNanos(market.now())
            .receiveNanos(System.nanoTime());
        publisher.publish(scratch);
    }
}
