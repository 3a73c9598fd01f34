package org.ctpengine.engine.session;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventHeader;

/**
 * Announces session state changes to every consumer of the ring (strategy threads learn FrontID, SessionID
 * and READY this way) and to the journal. Owned by the engine thread.
 */
public final class SessionStatePublisher
{
    private final EventPublisher publisher;
    private final UnsafeBuffer scratch = new UnsafeBuffer(BufferUtil.allocateDirectAligned(256, 64));
    private final EventHeader header = new EventHeader();

    public SessionStatePublisher(final EventPublisher publisher)
    {
        this.publisher = publisher;
    }

    public void publish(final int channel, final SessionState state, final int frontId, final int sessionId,
        final long maxOrderRef, final CharSequence tradingDay, final long epochNanos)
    {
        SessionStateEvent.compose(scratch, header, channel, state, frontId, sessionId, maxOrderRef, tradingDay, epochNanos);
        publisher.publish(scratch);
    }
}
