package org.ctpengine.adapter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every API instance between creation and the return of its Release(): a static, strong reference, so that the
 * instance's SPI memory, vtable and trampolines cannot be collected while the library's threads may call them,
 * even when the application drops its own reference.
 *
 * <p>At JVM exit, instances still live are released (each on a thread of its own, for at most
 * {@link #EXIT_RELEASE_MILLIS} in all), so that a library's threads are not left calling into a JVM, or running
 * under the library's static destructors, while the process ends. Thread-safe.
 */
public final class LiveApis
{
    /** How long the exit hook waits for live instances to release. */
    public static final long EXIT_RELEASE_MILLIS = 5_000;

    private static final Set<AutoCloseable> LIVE = ConcurrentHashMap.newKeySet();

    static
    {
        Runtime.getRuntime().addShutdownHook(new Thread(LiveApis::releaseAllAtExit, "ctp-release-at-exit"));
    }

    private LiveApis()
    {
    }

    public static void add(final AutoCloseable api)
    {
        LIVE.add(api);
    }

    public static void remove(final AutoCloseable api)
    {
        LIVE.remove(api);
    }

    public static boolean contains(final AutoCloseable api)
    {
        return LIVE.contains(api);
    }

    /** How many instances are live now. */
    public static int count()
    {
        return LIVE.size();
    }

    private static void releaseAllAtExit()
    {
        final List<Thread> releasers = new ArrayList<>();
        for (final AutoCloseable api : List.copyOf(LIVE))
        {
            // A thread each: a Release() blocked by a callback thread that is itself stuck in System.exit must not
            // hold up the others, nor the exit beyond the deadline.
            final Thread releaser = new Thread(() -> closeQuietly(api), "ctp-release-at-exit-" + releasers.size());
            releaser.setDaemon(true);
            releaser.start();
            releasers.add(releaser);
        }
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(EXIT_RELEASE_MILLIS);
        for (final Thread releaser : releasers)
        {
            final long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remainingMillis <= 0)
            {
                return;
            }
            try
            {
                releaser.join(remainingMillis);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void closeQuietly(final AutoCloseable api)
    {
        try
        {
            api.close();
        }
        catch (final Throwable ignored)
        {
            // Exiting: nothing useful can be done with a failure here.
        }
    }
}
