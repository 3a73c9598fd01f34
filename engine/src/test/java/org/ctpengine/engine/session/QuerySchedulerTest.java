package org.ctpengine.engine.session;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuerySchedulerTest
{
    private static final long SECOND = 1_000_000_000L;
    private final List<Integer> failures = new ArrayList<>();
    private final QueryScheduler scheduler = new QueryScheduler(SECOND, SECOND / 10, 30 * SECOND, 1, failures::add);

    /** A fake front with CTP's rules: -2 while a query is outstanding, -3 within a second of the last. */
    private final class Front
    {
        final List<String> accepted = new ArrayList<>();
        long now;
        long lastAcceptedAt = Long.MIN_VALUE / 2;
        int outstanding = QueryScheduler.NONE;

        QueryScheduler.Query query(final String name)
        {
            return requestId ->
            {
                if (outstanding != QueryScheduler.NONE)
                {
                    return QueryScheduler.RC_IN_FLIGHT;
                }
                if (now - lastAcceptedAt < SECOND)
                {
                    return QueryScheduler.RC_RATE_LIMITED;
                }
                lastAcceptedAt = now;
                outstanding = requestId;
                accepted.add(name);
                return 0;
            };
        }

        void respond()
        {
            final int requestId = outstanding;
            outstanding = QueryScheduler.NONE;
            scheduler.onLastResponse(requestId);
        }
    }

    @Test
    void aBurstOfQueriesNeverTriggersFlowControl()
    {
        final Front front = new Front();
        for (int i = 0; i < 10; i++)
        {
            scheduler.submit("q" + i, front.query("q" + i));
        }

        for (long t = 0; t <= 20 * SECOND && !scheduler.isIdle(); t += SECOND / 100)
        {
            front.now = t;
            scheduler.doWork(t);
            if (front.outstanding != QueryScheduler.NONE && t % (SECOND / 2) == 0)
            {
                front.respond();
            }
        }

        assertThat(front.accepted).containsExactly("q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9");
        assertThat(scheduler.retries()).isZero();
        assertThat(failures).isEmpty();
    }

    @Test
    void refusedQueriesAreRetriedNotDropped()
    {
        final int[] calls = { 0 };
        scheduler.submit("positions", requestId -> ++calls[0] < 3 ? QueryScheduler.RC_RATE_LIMITED : 0);

        assertThat(scheduler.doWork(0)).isZero();
        assertThat(scheduler.doWork(SECOND / 20)).as("inside the retry back-off").isZero();
        assertThat(scheduler.doWork(SECOND / 10)).isZero();
        assertThat(scheduler.doWork(2 * SECOND / 10)).isEqualTo(1);

        assertThat(calls[0]).isEqualTo(3);
        assertThat(scheduler.retries()).isEqualTo(2);
        assertThat(scheduler.queued()).isZero();
    }

    @Test
    void aLostResponseDoesNotWedgeTheQueue()
    {
        final List<Integer> sent = new ArrayList<>();
        scheduler.submit("a", requestId -> { sent.add(requestId); return 0; });
        scheduler.submit("b", requestId -> { sent.add(requestId); return 0; });

        scheduler.doWork(0);
        assertThat(scheduler.doWork(5 * SECOND)).isZero();
        assertThat(scheduler.doWork(31 * SECOND)).isEqualTo(1);

        assertThat(sent).containsExactly(1, 2);
    }

    @Test
    void otherErrorsAreReportedAndTheQueueMovesOn()
    {
        scheduler.submit("bad", requestId -> -1);
        scheduler.submit("good", requestId -> 0);

        scheduler.doWork(0);
        scheduler.doWork(1);

        assertThat(failures).containsExactly(-1);
        assertThat(scheduler.queued()).isZero();
    }
}
