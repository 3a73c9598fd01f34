package org.ctpengine.engine.strategy;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventType;

import java.util.ArrayList;
import java.util.List;

/** Keeps a copy of every event published, as a replay's comparison would: what the strategy thread sent, in order. */
final class CollectingPublisher implements EventPublisher
{
    final List<UnsafeBuffer> events = new ArrayList<>();

    @Override
    public void publish(final DirectBuffer source)
    {
        final int length = new EventHeader().wrap(source, 0).totalLength();
        final byte[] copy = new byte[length];
        source.getBytes(0, copy);
        events.add(new UnsafeBuffer(copy));
    }

    @Override
    public int flush()
    {
        return 0;
    }

    List<EventType> types()
    {
        final List<EventType> types = new ArrayList<>();
        for (final UnsafeBuffer event : events)
        {
            types.add(EventType.fromCode(new EventHeader().wrap(event, 0).type()));
        }
        return types;
    }

    EventHeader header(final int index)
    {
        return new EventHeader().wrap(events.get(index), 0);
    }

    void clear()
    {
        events.clear();
    }
}
