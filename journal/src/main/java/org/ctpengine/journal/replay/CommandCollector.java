package org.ctpengine.journal.replay;

import org.agrona.DirectBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventType;

import java.util.ArrayList;
import java.util.List;

/** Collects the commands strategies issue during a replay, in order, instead of sending them anywhere. */
final class CommandCollector implements EventPublisher
{
    private final EventHeader header = new EventHeader();
    private final List<Command> commands = new ArrayList<>();
    private long currentJournalIndex;
    private long currentEpochNanos;

    void onEventReplayed(final long journalIndex, final long epochNanos)
    {
        currentJournalIndex = journalIndex;
        currentEpochNanos = epochNanos;
    }

    @Override
    public void publish(final DirectBuffer source)
    {
        header.wrap(source, 0);
        final EventType type = EventType.fromCode(header.type());
        if (type.isCommand())
        {
            final byte[] payload = new byte[header.payloadLength()];
            source.getBytes(header.payloadOffset(), payload);
            commands.add(new Command(type, header.channel(), header.intArg(), payload, currentJournalIndex, currentEpochNanos));
        }
    }

    @Override
    public int flush()
    {
        return 0;
    }

    List<Command> commands()
    {
        return commands;
    }
}
