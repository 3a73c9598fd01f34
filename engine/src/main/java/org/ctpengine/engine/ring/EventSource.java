package org.ctpengine.engine.ring;

/** Where an event came from. Stored as one byte in the {@link EventHeader}. */
public enum EventSource
{
    /** A market-data API instance's callback thread. */
    MD(1),
    /** A trader API instance's callback thread. */
    TD(2),
    /** The engine itself: timers, session state changes, risk rejections. */
    ENGINE(3),
    /** A command a strategy issued (order insert, cancel), recorded in causal order. */
    COMMAND(4);

    private static final EventSource[] BY_CODE = new EventSource[5];

    static
    {
        for (final EventSource source : values())
        {
            BY_CODE[source.code] = source;
        }
    }

    private final byte code;

    EventSource(final int code)
    {
        this.code = (byte)code;
    }

    public byte code()
    {
        return code;
    }

    /**
     * @throws IllegalArgumentException naming the unknown code (a corrupt or foreign event)
     */
    public static EventSource fromCode(final byte code)
    {
        final EventSource source = code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        if (source == null)
        {
            throw new IllegalArgumentException("unknown event source code " + code);
        }
        return source;
    }
}
