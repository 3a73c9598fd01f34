package org.ctpengine.journal.replay;

import com.lmax.disruptor.EventHandler;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.ring.SessionStateEvent;

/**
 * A ring consumer that notes when one channel's session is READY (the what-if driver must not inject a tick before
 * the market-data session can be subscribed). Written on its consumer thread, read by any.
 */
final class SessionReadyWatch implements EventHandler<RingEvent>
{
    private final int channel;
    private volatile boolean ready;

    SessionReadyWatch(final int channel)
    {
        this.channel = channel;
    }

    boolean isReady()
    {
        return ready;
    }

    @Override
    public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
    {
        if (event.header().type() == EventType.SESSION_STATE.code() && event.header().channel() == channel)
        {
            ready = SessionStateEvent.state(event.buffer(), event.header().payloadOffset()) == SessionState.READY;
        }
    }
}
