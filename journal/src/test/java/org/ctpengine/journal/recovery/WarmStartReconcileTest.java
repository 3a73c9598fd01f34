package org.ctpengine.journal.recovery;

import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.session.ReconcileEvent;
import org.ctpengine.journal.ChildJvm;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.ReplayReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Observations 1 and 2 of a warm start: a run is killed (SIGKILL) with two fills and a resting order in its journal;
 * the counter then loses its saved state (its trade log gone: a new day of the same trading day, flat, no orders).
 * The warm start restores the journal's day, and its login's reconciliation takes the counter's side: the resting
 * order is closed (not restored as live, not cancelled at the stop), the two fills stop counting (the strategy starts
 * flat), the position is the counter's; both runs replay identical.
 */
class WarmStartReconcileTest
{
    @TempDir
    Path root;

    @Test
    void aWarmStartAgainstACounterThatLostItsStateTakesTheCountersSide() throws Exception
    {
        try (ChildJvm first = ChildJvm.start(root, CrossDayChild.class, root.toString(), root.resolve("sim-state").toString()))
        {
            first.awaitLine("ready", Duration.ofSeconds(120));
            first.kill();
        }
        // the counter's saved state is lost: the same trading day starts again, empty
        final LifecycleTrader trader = new LifecycleTrader(1, 0, 0);
        try (RestartSession session = RestartSession.start(root, trader, true,
            RestartSession.freshSimulator(root.resolve("sim-state-new"))))
        {
            final Engine engine = session.engine;
            await().atMost(60, TimeUnit.SECONDS).until(() -> trader.started);
            final int rb = engine.instruments().indexOf(LifecycleTrader.INSTRUMENT);
            assertThat(trader.positionAtStart).isZero(); // the journal's two fills left the strategy's position
            assertThat(trader.liveAtStart).isEmpty(); // the journal's resting order is not the strategy's any more
            final Position position = engine.accountBook(RestartSession.ACCOUNT).positionOrNull(rb);
            assertThat(position.longTotal()).isZero();
            assertThat(engine.accountBook(RestartSession.ACCOUNT).tradesApplied()).isZero();
        }
        final Path journal = root.resolve("journal");
        assertThat(JournalEvents.of(journal, EventType.RECONCILE, h -> h.intArg())).containsExactly(
            ReconcileEvent.TRADE_MISSING, ReconcileEvent.TRADE_MISSING, ReconcileEvent.POSITION_TAKEN,
            ReconcileEvent.ORDER_CLOSED);
        assertThat(JournalEvents.of(journal, EventType.CMD_ORDER_ACTION, h -> h)).hasSize(1); // the first run's only
        final var day = JournalRecovery.recover(journal).account(RestartSession.ACCOUNT);
        assertThat(day.liveOrders()).isEmpty();
        assertThat(day.trades()).isEmpty();
        final ReplayReport report = JournalReplay.replayRuns(journal, run -> List.of(new StrategyConfig(RestartTrader.NAME,
            run == 1 ? new LifecycleTrader(1, 1, 2) : new LifecycleTrader(1, 0, 0), RestartSession.ACCOUNT, 0,
            RestartSession.LIMITS)), RiskLimits.defaults(), ReplayOptions.DEFAULT);
        assertThat(report.identical()).as(report.toString()).isTrue();
        assertThat(report.runs()).hasSize(2);
    }
}
