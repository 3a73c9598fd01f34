package org.ctpengine.adapter.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every API instance between creation and the return of its Release(): a static, strong reference, so that the
 * instance's SPI memory, vtable and trampolines cannot be collected while the library's threads may call them,
 * even when the application drops its own reference. Thread-safe.
 */
public final class LiveApis
{
    private static final Set<Object> LIVE = ConcurrentHashMap.newKeySet();

    private LiveApis()
    {
    }

    public static void add(final Object api)
    {
        LIVE.add(api);
    }

    public static void remove(final Object api)
    {
        LIVE.remove(api);
    }

    public static boolean contains(final Object api)
    {
        return LIVE.contains(api);
    }

    /** How many instances are live now. */
    public static int count()
    {
        return LIVE.size();
    }
}
