package org.ctpengine.journal.recovery;

import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.sim.SimControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run started cold on purpose begins the engine's day again in the journal: a later warm start continues from
 * it, not from the runs before it. What the counter still holds (its trades, the OrderRefs its orders used)
 * reaches the cold run through its own queries, and so its journal.
 */
class ColdRestartTest
{
    @TempDir
    Path root;

    @Test
    void aWarmStartContinuesFromTheLastColdRun() throws Exception
    {
        final SimControl simulator = RestartSession.freshSimulator(null);
        final long firstRunMaxRef;
        final RestartTrader first = new RestartTrader(false);
        try (RestartSession session = RestartSession.start(root, first, false, simulator))
        {
            assertThat(first.settled.await(60, TimeUnit.SECONDS)).isTrue();
            firstRunMaxRef = session.engine.accountLink(RestartSession.ACCOUNT).lastOrderRef();
        }
        // The second run, cold, trades nothing.
        try (RestartSession session = RestartSession.start(root, new Strategy()
        {
        }, false, simulator))
        {
            await().atMost(60, TimeUnit.SECONDS).until(() -> session.engine.isAccountReady(RestartSession.ACCOUNT));
            await().atMost(30, TimeUnit.SECONDS).until(() -> session.journaled().account(RestartSession.ACCOUNT) != null &&
                session.journaled().account(RestartSession.ACCOUNT).hasStartOfDay());
            final RecoveredAccount day = session.journaled().account(RestartSession.ACCOUNT);
            assertThat(day.ordersToday().orders()).isZero();
            assertThat(day.liveOrders()).isEmpty();
            assertThat(day.trades()).as("the counter's trades, from the cold run's trade query").hasSize(1);
            assertThat(day.maxOrderRef()).as("refs of the counter's orders, from the cold run's order query")
                .isGreaterThanOrEqualTo(firstRunMaxRef);
        }
    }
}
