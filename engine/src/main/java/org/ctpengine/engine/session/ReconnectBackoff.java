package org.ctpengine.engine.session;

/**
 * Damps reconnect storms. A front that accepts and then closes makes CTP reconnect hundreds of times a
 * second (docs/design.md, "Fronts"); each disconnect here doubles the quiet time before the engine reacts again, up to
 * a ceiling, and a session that stays logged in for a while resets it. Single-threaded.
 */
public final class ReconnectBackoff
{
    private final long initialNanos;
    private final long maxNanos;
    private final long stableNanos;
    private long currentNanos;
    private long resumeAtNanos = Long.MIN_VALUE;
    private long connectedAtNanos = Long.MIN_VALUE;
    private long disconnects;
    private long suppressed;

    /**
     * @param initialNanos first back-off after a disconnect
     * @param maxNanos     ceiling of the doubling
     * @param stableNanos  a connection that lasts this long resets the back-off
     */
    public ReconnectBackoff(final long initialNanos, final long maxNanos, final long stableNanos)
    {
        this.initialNanos = initialNanos;
        this.maxNanos = maxNanos;
        this.stableNanos = stableNanos;
        this.currentNanos = initialNanos;
    }

    public void onConnected(final long nowNanos)
    {
        connectedAtNanos = nowNanos;
    }

    /** Records a disconnect and returns when the engine may next act on a reconnect (nanoTime). */
    public long onDisconnected(final long nowNanos)
    {
        disconnects++;
        if (connectedAtNanos != Long.MIN_VALUE && nowNanos - connectedAtNanos >= stableNanos)
        {
            currentNanos = initialNanos;
        }
        connectedAtNanos = Long.MIN_VALUE;
        resumeAtNanos = nowNanos + currentNanos;
        currentNanos = Math.min(maxNanos, currentNanos * 2);
        return resumeAtNanos;
    }

    /** Whether a reconnect at {@code nowNanos} should be acted on (logged in again) or ignored as storm. */
    public boolean mayAct(final long nowNanos)
    {
        if (nowNanos >= resumeAtNanos)
        {
            return true;
        }
        suppressed++;
        return false;
    }

    public long resumeAtNanos()
    {
        return resumeAtNanos;
    }

    public long disconnects()
    {
        return disconnects;
    }

    /** Reconnects ignored because they came inside the back-off window. */
    public long suppressed()
    {
        return suppressed;
    }
}
