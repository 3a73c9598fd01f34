package org.ctpengine.engine.ring;

import org.agrona.MutableDirectBuffer;

/**
 * Keeps a reconnect storm out of the journal. A front that accepts and drops connections makes a CTP library call
 * OnFrontConnected and OnFrontDisconnected over a thousand times a second; journaled one by one that is over a
 * megabyte a second. Once the disconnects within a second reach {@link #STORM_RECONNECTS_PER_SECOND}, the session's
 * front events are marked {@link EventHeader#FLAG_COALESCED} (still on the ring for the session, which must see each
 * one, but not journaled and not handed to strategies), and each second that left some out ends with one
 * {@link EventType#FRONT_STORM} event counting them. A second after which fewer came, or a quiet second, ends it.
 *
 * <p>Seconds are counted on the callbacks' own clock and a second ends at the session's next callback of any kind
 * (a storm ends with a callback too: the login's answer once the link holds, or a new connect once the front is back).
 * One per API instance, owned by its callback thread; allocates nothing.
 */
public final class FrontStormCoalescer
{
    /** Disconnects a second from which the front events are coalesced (and the host calls it a storm). */
    public static final int STORM_RECONNECTS_PER_SECOND = 10;
    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final long NONE = Long.MIN_VALUE;

    private final int threshold;
    private final long windowNanos;
    private long windowStartNanos = NONE;
    private int windowDisconnects;
    private boolean coalescing;
    private int connects;
    private int disconnects;
    private int firstReason;
    private int lastReason;
    private long firstEpochNanos;
    private long lastEpochNanos;
    private short lastType;

    public FrontStormCoalescer()
    {
        this(STORM_RECONNECTS_PER_SECOND, SECOND_NANOS);
    }

    /**
     * @param threshold   disconnects within a window from which front events are coalesced
     * @param windowNanos the window (a second)
     */
    public FrontStormCoalescer(final int threshold, final long windowNanos)
    {
        if (threshold < 1 || windowNanos < 1)
        {
            throw new IllegalArgumentException("threshold " + threshold + " and window " + windowNanos + " ns must be > 0");
        }
        this.threshold = threshold;
        this.windowNanos = windowNanos;
    }

    /**
     * Call first on every callback of the session: closes a window that has run out.
     *
     * @return true when the closed window left events out: write its {@link #summary} now, before this callback's event
     */
    public boolean windowEnded(final long nowNanos)
    {
        if (windowStartNanos == NONE || nowNanos - windowStartNanos < windowNanos)
        {
            return false;
        }
        // Still a storm only when the window just over was one and this callback follows it without a quiet window.
        coalescing = windowDisconnects >= threshold && nowNanos - windowStartNanos < 2 * windowNanos;
        windowStartNanos = NONE;
        windowDisconnects = 0;
        return connects + disconnects > 0;
    }

    /**
     * A front event of the session.
     *
     * @param disconnected OnFrontDisconnected (else OnFrontConnected)
     * @param reason       OnFrontDisconnected's reason
     * @return true when it is to be coalesced (flagged, counted in the window's summary)
     */
    public boolean onFrontEvent(final boolean disconnected, final int reason, final long nowNanos, final long epochNanos)
    {
        if (windowStartNanos == NONE)
        {
            windowStartNanos = nowNanos;
        }
        if (disconnected && ++windowDisconnects >= threshold)
        {
            coalescing = true;
        }
        if (!coalescing)
        {
            return false;
        }
        if (connects + disconnects == 0)
        {
            firstEpochNanos = epochNanos;
        }
        lastEpochNanos = epochNanos;
        if (disconnected)
        {
            if (disconnects == 0)
            {
                firstReason = reason;
            }
            disconnects++;
            lastReason = reason;
            lastType = EventType.FRONT_DISCONNECTED.code();
        }
        else
        {
            connects++;
            lastType = EventType.FRONT_CONNECTED.code();
        }
        return true;
    }

    /** Whether front events are being coalesced now. */
    public boolean isCoalescing()
    {
        return coalescing;
    }

    /** Disconnects left out in the window so far: the summary's intArg. */
    public int disconnects()
    {
        return disconnects;
    }

    /** Writes the ended window's {@link FrontStormEvent} at {@code offset} and starts counting afresh. */
    public int summary(final MutableDirectBuffer buffer, final int offset)
    {
        FrontStormEvent.write(buffer, offset, connects, disconnects, firstReason, lastReason, firstEpochNanos,
            lastEpochNanos, lastType);
        connects = 0;
        disconnects = 0;
        firstReason = 0;
        lastReason = 0;
        lastType = 0;
        return FrontStormEvent.LENGTH;
    }
}
