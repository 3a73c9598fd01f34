package org.ctpengine.journal.recovery;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.session.ReconcileEvent;
import org.ctpengine.engine.strategy.StrategyRunner;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.ReplayReport;
import org.ctpengine.sim.SimControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every login reconciles: the counter loses its day while the engine runs (the simulator reset: its orders, trades and
 * positions gone, like a counter restarted without its state), the trader connection drops, and the re-login's
 * queries are the truth. The resting order the engine held live is closed with a reason its strategy sees, the fill
 * the counter no longer has stops counting, the position is the counter's; all of it is journaled and replays.
 */
class ReconcileAtLoginTest
{
    @TempDir
    Path root;

    @Test
    void theReLoginAfterTheCounterLostItsDayTakesTheCountersBooks() throws Exception
    {
        final SimControl simulator = RestartSession.freshSimulator(null);
        final LifecycleTrader trader = new LifecycleTrader(1);
        final long ghost;
        try (RestartSession session = RestartSession.start(root, trader, false, simulator))
        {
            final Engine engine = session.engine;
            await().atMost(60, TimeUnit.SECONDS).until(trader::settled);
            ghost = trader.restingRef();
            final int rb = engine.instruments().indexOf(LifecycleTrader.INSTRUMENT);
            await().atMost(10, TimeUnit.SECONDS).until(() -> engine.accountBook(RestartSession.ACCOUNT).tradesApplied() == 1);

            simulator.reset(); // the counter forgets the day: no orders, no trades, flat
            simulator.configure("tick_interval_ms 0");
            simulator.configure("flow_window_ms 20");
            simulator.setBook(LifecycleTrader.INSTRUMENT, 3499, 5, 3500, 5);
            simulator.dropConnection(SimControl.Target.TRADER, 100);

            await().atMost(60, TimeUnit.SECONDS).until(() -> trader.reasons.contains(ghost + " " + StrategyRunner.NOT_AT_COUNTER));
            await().atMost(30, TimeUnit.SECONDS).until(() -> engine.isAccountReady(RestartSession.ACCOUNT));
            assertThat(trader.positionWhenTold).isZero(); // the fill the counter lacks left the strategy's position first
            assertThat(engine.liveStrategyOrders(RestartSession.ACCOUNT)).isEmpty();
            final Position position = engine.accountBook(RestartSession.ACCOUNT).positionOrNull(rb);
            assertThat(position.longTotal()).isZero();
            assertThat(engine.accountBook(RestartSession.ACCOUNT).tradesApplied()).isZero();
            // the engine-wide position limit holds nothing either: the ghost's lot released, the missing fill's taken back
            assertThat(engine.globalRisk().exposure(engine.channelOf(RestartSession.ACCOUNT), rb, Direction.BUY)).isZero();
        }

        final Path journal = root.resolve("journal");
        assertThat(JournalEvents.of(journal, EventType.RECONCILE, h -> h.intArg() + " " +
            ReconcileEvent.instrumentId(h.buffer(), h.payloadOffset()))).containsExactly(
            ReconcileEvent.TRADE_MISSING + " rb2501", ReconcileEvent.POSITION_TAKEN + " rb2501",
            ReconcileEvent.ORDER_CLOSED + " rb2501");
        // closed, not cancelled: the stop sent no cancel for it
        assertThat(JournalEvents.of(journal, EventType.CMD_ORDER_ACTION, h -> h)).isEmpty();
        final var day = JournalRecovery.recover(journal).account(RestartSession.ACCOUNT);
        assertThat(day.liveOrders()).isEmpty();
        assertThat(day.trades()).isEmpty();

        final ReplayReport report = JournalReplay.replayRuns(journal, run -> List.of(new StrategyConfig(RestartTrader.NAME,
            new LifecycleTrader(1), RestartSession.ACCOUNT, 0, RestartSession.LIMITS)), RiskLimits.defaults(),
            ReplayOptions.DEFAULT);
        assertThat(report.identical()).as(report.toString()).isTrue();
    }
}
