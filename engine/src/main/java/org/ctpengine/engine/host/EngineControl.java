package org.ctpengine.engine.host;

import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests for the engine thread from any other thread (the host's, a strategy's): start the sessions, subscribe an
 * instrument. The engine thread owns the sessions, so nobody else calls into them; it drains this queue on every
 * event it handles (the clock's ticks guarantee one every timer interval). Many writers, one reader.
 */
final class EngineControl
{
    /** What the engine thread is asked to do. */
    sealed interface Request permits Start, Subscribe
    {
    }

    /** Register fronts and start the libraries' threads (once). */
    record Start() implements Request
    {
    }

    /** Want market data for an instrument on every market-data session. */
    record Subscribe(String instrumentId) implements Request
    {
    }

    private final ManyToOneConcurrentArrayQueue<Request> requests = new ManyToOneConcurrentArrayQueue<>(4096);
    private final AtomicLong requested = new AtomicLong();
    /** Requests the engine thread has carried out (written by it only). */
    private volatile long handled;

    /** Any thread. */
    void request(final Request request)
    {
        requested.incrementAndGet();
        if (!requests.offer(request))
        {
            requested.decrementAndGet();
            throw new IllegalStateException("the engine thread has 4096 requests waiting: it is stuck");
        }
    }

    /** The engine thread: the oldest request, or null. */
    Request poll()
    {
        return requests.poll();
    }

    /** The engine thread, once it has carried out a request {@link #poll} gave it. */
    void done()
    {
        handled = handled + 1;
    }

    /** Whether every request made so far has been carried out. Any thread. */
    boolean isIdle()
    {
        return handled == requested.get();
    }
}
