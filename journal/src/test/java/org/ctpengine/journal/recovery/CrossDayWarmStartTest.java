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
import org.ctpengine.sim.SimControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A warm start into a later trading day: the first run is killed (SIGKILL) with two fills, a cancel and a
 * resting order of 2024-11-05; the counter then settles (the order cancelled, the position yesterday's) and opens the night session of
 * 2024-11-06; the next run starts warm from the journal. It takes its positions from the counter, carries no order
 * of the old day (the journal's live order is closed at the login) and no daily count (the strategy's two cancels of
 * the new day pass a limit of 2 a day although the old day had one), and both runs replay identical.
 */
class CrossDayWarmStartTest
{
    @TempDir
    Path root;

    @Test
    void aWarmStartIntoALaterDayTakesTheCountersPositionsAndNoOrderOrCountOfTheOldDay() throws Exception
    {
        final Path simState = root.resolve("sim-state");
        final long oldRef;
        try (ChildJvm first = ChildJvm.start(root, CrossDayChild.class, root.toString(), simState.toString()))
        {
            final String ready = first.awaitLine("ready", Duration.ofSeconds(120));
            oldRef = Long.parseLong(ready.substring(ready.indexOf('=') + 1));
            first.kill();
        }
        final SimControl counter = RestartSession.runningSimulator(simState);
        counter.configure("tick_interval_ms 0");
        counter.configure("flow_window_ms 20");
        assertThat(counter.settle()).isEqualTo(20241106);
        counter.advanceClock(20241105, "21:00:00");
        counter.setBook(LifecycleTrader.INSTRUMENT, 3499, 5, 3500, 5);

        final LifecycleTrader trader = new LifecycleTrader(1, 2, 2);
        try (RestartSession session = RestartSession.start(root, trader, true, counter))
        {
            final Engine engine = session.engine;
            await().atMost(60, TimeUnit.SECONDS).until(() -> trader.rounds.get() == 2 && trader.settled());
            final int rb = engine.instruments().indexOf(LifecycleTrader.INSTRUMENT);
            await().atMost(10, TimeUnit.SECONDS).until(() ->
            {
                final Position position = engine.accountBook(RestartSession.ACCOUNT).positionOrNull(rb);
                return position.longTotal() == 4;
            });
            final Position position = engine.accountBook(RestartSession.ACCOUNT).positionOrNull(rb);
            assertThat(position.longYesterday()).isEqualTo(2); // the old day's fills, as the counter holds them now
            assertThat(position.longToday()).isEqualTo(2);
            assertThat(engine.tradingDay(RestartSession.ACCOUNT)).isEqualTo("20241106");
            assertThat(engine.liveStrategyOrders(RestartSession.ACCOUNT)).isEmpty();
            assertThat(engine.globalRisk().cancelsToday(rb)).isEqualTo(2); // the new day's two, none of the old day's
        }
        assertThat(trader.reasons).isEmpty(); // neither cancel refused by the daily limit of 2
        assertThat(trader.orderRefs).containsExactly(2L, 3L, 4L, 5L); // from the new session's MaxOrderRef

        final Path journal = root.resolve("journal");
        assertThat(JournalEvents.of(journal, EventType.TRADING_DAY, h -> h.intArg())).containsExactly(20241106);
        // the old day's resting order was closed at the login, not cancelled; the rolled position matched the counter
        assertThat(JournalEvents.of(journal, EventType.RECONCILE, h -> h.intArg() + " " +
            ReconcileEvent.orderRef(h.buffer(), h.payloadOffset()))).containsExactly(ReconcileEvent.ORDER_CLOSED + " " + oldRef);
        final ReplayReport report = JournalReplay.replayRuns(journal, run -> List.of(new StrategyConfig(RestartTrader.NAME,
            run == 1 ? new LifecycleTrader(1, 1, 2) : new LifecycleTrader(1, 2, 2), RestartSession.ACCOUNT, 0,
            RestartSession.LIMITS)), RiskLimits.defaults(), ReplayOptions.DEFAULT);
        assertThat(report.identical()).as(report.toString()).isTrue();
        assertThat(report.runs()).hasSize(2);
    }
}
