package org.ctpengine.adapter.testing;

import org.ctpengine.adapter.SpiCallback;
import org.ctpengine.adapter.SpiSink;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test sink: counts callbacks per method and remembers the first few (method, int argument, thread), which
 * is enough to assert what arrived and on which thread. Allocates; not for allocation tests.
 */
public final class RecordingSink implements SpiSink
{
    private static final int KEPT = 64;

    /** One remembered callback. */
    public record Call(String method, int intArgument, String threadName, long threadId, long receiveNanos)
    {
    }

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final List<Call> first = new CopyOnWriteArrayList<>();
    private final AtomicLong total = new AtomicLong();

    @Override
    public void onCallback(final SpiCallback callback)
    {
        counts.computeIfAbsent(callback.methodName(), k -> new AtomicLong()).incrementAndGet();
        if (total.incrementAndGet() <= KEPT)
        {
            final Thread thread = Thread.currentThread();
            first.add(new Call(callback.methodName(), callback.intArgument(), thread.getName(), thread.getId(),
                callback.receiveNanos()));
        }
    }

    public long count(final String method)
    {
        final AtomicLong count = counts.get(method);
        return count == null ? 0 : count.get();
    }

    public long total()
    {
        return total.get();
    }

    /** The first callbacks (up to 64), in arrival order. */
    public List<Call> firstCalls()
    {
        return List.copyOf(first);
    }

    public Map<String, AtomicLong> counts()
    {
        return Map.copyOf(counts);
    }
}
