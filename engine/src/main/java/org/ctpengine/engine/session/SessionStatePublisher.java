package org.ctpengine.engine.session;

import org.agrona.BufferUtil;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.ring.SessionStateEvent;

/**
 * Announces session state changes to every consumer of the ring (strategy threads learn FrontID, SessionID
 * and READY this way) and to the journal. Owned by the engine thread.
 */
public final class SessionStatePublisher
{
    private final EventPublisher publisher;
    private final UnsafeBuffer scratch = new UnsafeBuffer(BufferUtil.allocateDirectAligned(512, 64));
    private final EventHeader header = new EventHeader();

    public SessionStatePublisher(final EventPublisher publisher)
    {
        this.publisher = publisher;
    }

    /** Where the next {@link #publishComposed()} event is composed (header at 0, then payload). Owner thread only. */
    public MutableDirectBuffer scratch()
    {
        return scratch;
    }

    /** The header flyweight to compose with. */
    public EventHeader header()
    {
        return header;
    }

    /** Publishes the event composed in {@link #scratch()}. */
    public void publishComposed()
    {
        publisher.publish(scratch);
    }

    /** A new trading day on an account's channel (intArg: yyyyMMdd). */
    public void publishTradingDay(final int channel, final int tradingDay, final long epochNanos)
    {
        header.wrap(scratch, 0).clear().type(EventType.TRADING_DAY.code())
            .source(EventSource.ENGINE).channel((short)channel).spiSlot((short)-1)
            .payloadLength(0).intArg(tradingDay).epochNanos(epochNanos).receiveNanos(System.nanoTime());
        publisher.publish(scratch);
    }

    public void publish(final int channel, final SessionState state, final int frontId, final int sessionId,
        final long maxOrderRef, final CharSequence tradingDay, final long epochNanos)
    {
        SessionStateEvent.compose(scratch, header, channel, state, frontId, sessionId, maxOrderRef, tradingDay, epochNanos);
        publisher.publish(scratch);
    }
}
