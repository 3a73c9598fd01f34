package org.ctpengine.sim.testing;

import org.ctpengine.adapter.SpiCallback;
import org.ctpengine.adapter.SpiSink;
import org.ctpengine.adapter.abi.AbiProfile;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A sink for one API instance that copies every callback into a {@link RecordedCallback} and lets the test thread
 * take them in arrival order, each wait bounded by a deadline (a blocking poll, never a sleep).
 *
 * <p>Fences: {@link SimFront} proves that nothing more is coming by posting {@code OnHeartBeatWarning} with a marker
 * lapse at or above {@link #FENCE_BASE}; the simulator delivers it behind everything already queued on the instance's
 * callback thread. Fences are never handed out as callbacks.
 *
 * <p>Threads: {@link #onCallback} runs on the library's callback thread; everything else on the test thread.
 */
public final class CallbackRecorder implements SpiSink
{
    /** How long a test waits for a callback before failing, unless told otherwise. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

    /** Heartbeat lapses from here up are fence markers, not real warnings. */
    public static final int FENCE_BASE = 1_000_000;

    private final AbiProfile profile;
    private final Duration deadline;
    private final BlockingQueue<RecordedCallback> pending = new LinkedBlockingQueue<>();
    private final List<RecordedCallback> history = new CopyOnWriteArrayList<>();
    private final Deque<RecordedCallback> heldBack = new ArrayDeque<>(); // passed over by expectFirst; test thread only

    public CallbackRecorder(final AbiProfile profile)
    {
        this(profile, DEFAULT_DEADLINE);
    }

    public CallbackRecorder(final AbiProfile profile, final Duration deadline)
    {
        this.profile = profile;
        this.deadline = deadline;
    }

    @Override
    public void onCallback(final SpiCallback callback)
    {
        final RecordedCallback recorded = RecordedCallback.copyOf(callback, profile);
        if (!isFence(recorded))
        {
            history.add(recorded);
        }
        pending.add(recorded);
    }

    /** The next callback, waiting up to the deadline. */
    public RecordedCallback next()
    {
        while (true)
        {
            final RecordedCallback callback = nextIncludingFences();
            if (!isFence(callback))
            {
                return callback;
            }
        }
    }

    /**
     * The next callback, which must be {@code method}.
     *
     * @throws AssertionError naming what came instead
     */
    public RecordedCallback expect(final String method)
    {
        final RecordedCallback callback = next();
        if (!callback.method().equals(method))
        {
            throw new AssertionError("expected " + method + " but got " + callback);
        }
        return callback;
    }

    /**
     * The first callback of {@code method} yet to be taken, waiting for it up to the deadline; the callbacks before it
     * stay, to be taken in order afterwards. For answers that other traffic may overtake, e.g. a private topic
     * replayed between a login and the next response.
     */
    public RecordedCallback expectFirst(final String method)
    {
        for (final Iterator<RecordedCallback> held = heldBack.iterator(); held.hasNext(); )
        {
            final RecordedCallback callback = held.next();
            if (callback.method().equals(method) && !isFence(callback))
            {
                held.remove();
                return callback;
            }
        }
        while (true)
        {
            final RecordedCallback callback = poll();
            if (callback.method().equals(method) && !isFence(callback))
            {
                return callback;
            }
            heldBack.addLast(callback);
        }
    }

    /** Every callback received so far (fences excluded), taken or not, in arrival order. */
    public List<RecordedCallback> history()
    {
        return List.copyOf(history);
    }

    /** Callbacks received but not yet taken (fences excluded); does not wait. */
    public List<RecordedCallback> pending()
    {
        final List<RecordedCallback> untaken = new ArrayList<>();
        for (final RecordedCallback callback : heldBack)
        {
            if (!isFence(callback))
            {
                untaken.add(callback);
            }
        }
        for (final RecordedCallback callback : pending)
        {
            if (!isFence(callback))
            {
                untaken.add(callback);
            }
        }
        return untaken;
    }

    /**
     * Takes every callback up to the fence {@code marker} (see {@link SimFront#drain}); fences of other markers
     * (posted for other instances) are skipped.
     */
    List<RecordedCallback> takeUntilFence(final int marker)
    {
        final List<RecordedCallback> taken = new ArrayList<>();
        while (true)
        {
            final RecordedCallback callback = nextIncludingFences();
            if (isFence(callback))
            {
                if (callback.intArgument() == marker)
                {
                    return taken;
                }
                continue;
            }
            taken.add(callback);
        }
    }

    private RecordedCallback nextIncludingFences()
    {
        final RecordedCallback held = heldBack.pollFirst();
        return held != null ? held : poll();
    }

    private RecordedCallback poll()
    {
        try
        {
            final RecordedCallback callback = pending.poll(deadline.toNanos(), TimeUnit.NANOSECONDS);
            if (callback == null)
            {
                throw new AssertionError("no callback within " + deadline.toMillis() + " ms; received so far: " + history);
            }
            return callback;
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a callback", e);
        }
    }

    private static boolean isFence(final RecordedCallback callback)
    {
        return callback.intArgument() >= FENCE_BASE && callback.method().equals("OnHeartBeatWarning");
    }
}
