package org.ctpengine.journal.replay;

import org.ctpengine.engine.ring.EventType;

import java.util.Arrays;

/**
 * A command (order insert or cancel) as recorded or as reproduced: what is compared is its type, account
 * channel, issuing strategy and the request struct's bytes; times and sequence numbers differ by nature.
 *
 * @param causeIndex Chronicle index of the journal event during (recorded: after) which it was issued
 */
public record Command(EventType type, int channel, int strategyId, byte[] payload, long causeIndex, long epochNanos)
{
    boolean sameAs(final Command other)
    {
        return type == other.type && channel == other.channel && strategyId == other.strategyId &&
            Arrays.equals(payload, other.payload);
    }

    @Override
    public boolean equals(final Object o)
    {
        return o instanceof Command other && sameAs(other);
    }

    @Override
    public int hashCode()
    {
        return Arrays.hashCode(payload) * 31 + type.hashCode();
    }
}
