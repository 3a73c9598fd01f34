package org.ctpengine.adapter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
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
    /** Instances left to the process's end (never released): still referenced, so their memory stays valid. */
    private static final Set<AutoCloseable> ABANDONED = ConcurrentHashMap.newKeySet();

    /** A host's clean stop in progress: the exit hook waits for it before it releases anything itself. */
    private static volatile CountDownLatch hostStop;
    private static volatile long hostStopMillis;

    static
    {
        try
        {
            Runtime.getRuntime().addShutdownHook(new Thread(LiveApis::releaseAllAtExit, "ctp-release-at-exit"));
        }
        catch (final IllegalStateException shuttingDown)
        {
            // the first library loaded while the JVM exits (Ctrl-C during start-up): the host's stop releases them
        }
    }

    /**
     * A host that stops cleanly on Ctrl-C (cancels its orders, closes its journal, then releases its libraries) says
     * so here: the exit hook then waits for {@code stopped} (up to {@code maxMillis}) before releasing what is left,
     * instead of pulling the libraries from under the stop's cancels.
     */
    public static void releaseAtExitAfter(final CountDownLatch stopped, final long maxMillis)
    {
        hostStopMillis = maxMillis;
        hostStop = stopped;
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

    /**
     * Leaves an instance to the process's end: the exit hook will not release it (a library still reconnecting can
     * crash in Release), and it stays referenced so that its callbacks find their memory until then.
     */
    public static void abandon(final AutoCloseable api)
    {
        if (LIVE.remove(api))
        {
            ABANDONED.add(api);
        }
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
        final CountDownLatch stop = hostStop;
        if (stop != null)
        {
            try
            {
                stop.await(hostStopMillis, TimeUnit.MILLISECONDS);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
        }
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
