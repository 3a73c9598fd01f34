package org.ctpengine.engine.ring;

/** Where a CTP session is in its life. Codes are journaled in SESSION_STATE events; never renumber. */
public enum SessionState
{
    CREATED(0),
    CONNECTING(1),
    AUTHENTICATING(2),
    LOGGING_IN(3),
    CONFIRMING(4),
    SYNCING(5),
    READY(6),
    DISCONNECTED(7),
    /** Refused by the counter (bad credentials, not authorised): the engine does not retry on its own. */
    FAILED(8),
    STOPPED(9);

    private static final SessionState[] BY_CODE = values();

    private final int code;

    SessionState(final int code)
    {
        this.code = code;
    }

    public int code()
    {
        return code;
    }

    public static SessionState fromCode(final int code)
    {
        if (code < 0 || code >= BY_CODE.length)
        {
            throw new IllegalArgumentException("unknown session state code " + code);
        }
        return BY_CODE[code];
    }
}
