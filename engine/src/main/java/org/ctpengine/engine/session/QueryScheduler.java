package org.ctpengine.engine.session;

import java.util.ArrayDeque;
import java.util.function.IntConsumer;

/**
 * Sends CTP queries one at a time and no faster than the front allows. CTP refuses a query while another
 * is outstanding (the call returns -2) and more than one per second (-3); a refused query is retried after
 * a back-off, never dropped. Owned by one thread (the session's); not thread-safe.
 *
 * <p>Duty cycle: {@link #doWork(long)} sends at most one query when the front is ready;
 * {@link #onLastResponse(int)} is called when the response with bIsLast arrives.
 */
public final class QueryScheduler
{
    /** CTP: a query is already outstanding. */
    public static final int RC_IN_FLIGHT = -2;
    /** CTP: too many queries this second. */
    public static final int RC_RATE_LIMITED = -3;
    /** No query is waiting for a response. */
    public static final int NONE = Integer.MIN_VALUE;

    /** One query: sends itself with the given request id and returns the library's return code. */
    @FunctionalInterface
    public interface Query
    {
        int send(int requestId);
    }

    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final long minIntervalNanos;
    private final long retryNanos;
    private final long responseTimeoutNanos;
    private final IntConsumer onFailure;
    private int nextRequestId;
    private int outstandingRequestId = NONE;
    private long outstandingSince;
    private long notBeforeNanos = Long.MIN_VALUE;
    private long retries;

    /**
     * @param minIntervalNanos     spacing between two sends (CTP: one second)
     * @param retryNanos           wait after a -2/-3 refusal before trying again
     * @param responseTimeoutNanos give up waiting for a response after this long and move on
     * @param firstRequestId       request ids count up from here
     * @param onFailure            told the return code when a query fails other than by flow control
     */
    public QueryScheduler(
        final long minIntervalNanos,
        final long retryNanos,
        final long responseTimeoutNanos,
        final int firstRequestId,
        final IntConsumer onFailure)
    {
        this.minIntervalNanos = minIntervalNanos;
        this.retryNanos = retryNanos;
        this.responseTimeoutNanos = responseTimeoutNanos;
        this.nextRequestId = firstRequestId;
        this.onFailure = onFailure;
    }

    /** Queues a query; it goes out when the front is ready. */
    public void submit(final String name, final Query query)
    {
        queue.addLast(new Pending(name, query));
    }

    /**
     * Sends the next query if none is outstanding and the spacing allows.
     *
     * @return 1 when a query was sent, else 0 (Agrona duty-cycle convention)
     */
    public int doWork(final long nowNanos)
    {
        if (outstandingRequestId != NONE)
        {
            if (nowNanos - outstandingSince < responseTimeoutNanos)
            {
                return 0;
            }
            outstandingRequestId = NONE; // the response is lost (e.g. a disconnect): do not wedge the queue
        }
        if (queue.isEmpty() || nowNanos < notBeforeNanos)
        {
            return 0;
        }
        final Pending head = queue.peekFirst();
        final int requestId = nextRequestId++;
        final int rc = head.query.send(requestId);
        if (rc == 0)
        {
            queue.pollFirst();
            outstandingRequestId = requestId;
            outstandingSince = nowNanos;
            notBeforeNanos = nowNanos + minIntervalNanos;
            return 1;
        }
        if (rc == RC_IN_FLIGHT || rc == RC_RATE_LIMITED)
        {
            retries++;
            notBeforeNanos = nowNanos + retryNanos;
            return 0;
        }
        queue.pollFirst();
        onFailure.accept(rc);
        return 0;
    }

    /** The response with bIsLast arrived for {@code requestId}: the next query may go (after the spacing). */
    public void onLastResponse(final int requestId)
    {
        if (requestId == outstandingRequestId)
        {
            outstandingRequestId = NONE;
        }
    }

    /** After a disconnect nothing is outstanding any more; queued queries stay queued. */
    public void onDisconnected()
    {
        outstandingRequestId = NONE;
    }

    /** Drops every queued query (a new login queues its own). */
    public void clear()
    {
        queue.clear();
        outstandingRequestId = NONE;
    }

    public int queued()
    {
        return queue.size();
    }

    public boolean isIdle()
    {
        return queue.isEmpty() && outstandingRequestId == NONE;
    }

    /** How many sends the library refused with -2/-3 (each was retried). */
    public long retries()
    {
        return retries;
    }

    private record Pending(String name, Query query)
    {
    }
}
