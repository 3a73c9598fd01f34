package org.ctpengine.engine.session;

import org.slf4j.Logger;

import java.util.List;
import org.ctpengine.engine.ring.SessionState;

/**
 * Says once when a session has waited too long for its front to answer: a front with nothing listening (a wrong
 * address or port, a counter that is down or closed, a firewall) never calls {@code OnFrontConnected}, and the
 * library keeps trying in silence, so without this line the session just shows CONNECTING for the whole run.
 * Armed again when the session leaves CONNECTING. Owned by the session's (engine) thread; allocates only to log.
 */
public final class FrontSilenceWatch
{
    /** How long a connection attempt may go unanswered before the user is told. */
    public static final long PATIENCE_NANOS = 5_000_000_000L;

    private final Logger log;
    private final String session;
    private final List<String> fronts;
    private final long patienceNanos;
    private long waitingSinceNanos = -1;
    private boolean told;

    /**
     * @param log     the session's logger, so the line reads as the session's
     * @param session how the session is named in the log, e.g. {@code account sim} or {@code market data sim-md}
     * @param fronts  the front addresses it registered
     */
    public FrontSilenceWatch(final Logger log, final String session, final List<String> fronts, final long patienceNanos)
    {
        this.log = log;
        this.session = session;
        this.fronts = List.copyOf(fronts);
        this.patienceNanos = patienceNanos;
    }

    /**
     * Call on every engine-thread cycle with the session's state.
     *
     * @return true when this call logged the hint
     */
    public boolean poll(final SessionState state, final long nowNanos)
    {
        if (state != SessionState.CONNECTING)
        {
            waitingSinceNanos = -1;
            told = false;
            return false;
        }
        if (waitingSinceNanos < 0)
        {
            waitingSinceNanos = nowNanos;
            return false;
        }
        if (told || nowNanos - waitingSinceNanos < patienceNanos)
        {
            return false;
        }
        told = true;
        log.warn("{}: no answer from {} {} after {} s (still CONNECTING: OnFrontConnected never came); check the " +
            "address and port, that the counter is up and in its trading hours, and that nothing (a firewall, a VPN) " +
            "blocks the connection from here", session, fronts.size() == 1 ? "front" : "fronts",
            fronts.size() == 1 ? fronts.get(0) : fronts, (nowNanos - waitingSinceNanos) / 1_000_000_000L);
        return true;
    }
}
