package org.ctpengine.journal.recovery;

import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.session.AccountState;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.ReplayReport;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three simulated trading days in one engine process, without a restart: the day session of 2024-11-05, its
 * settlement, a maintenance window (logins answered "not initialised"), the night session that opens trading day
 * 2024-11-06, its settlement before a holiday (2024-11-07: no night session), and the day session of 2024-11-08. Each
 * day the strategy buys 1 (filled) and rests and cancels a buy (its per-instrument cancel limit is 2 a day: the third
 * day's cancel passes only because the counts restart). After every roll the engine's positions split today/yesterday
 * as the counter's (no reconciliation found a difference at any login), OrderRefs restart from each new session's
 * MaxOrderRef, no trade counts twice, and the whole journal replays identical.
 */
class ThreeTradingDaysTest
{
    private static final String ACCOUNT = RestartSession.ACCOUNT;

    @TempDir
    Path root;

    @Test
    void oneEngineTradesThreeDaysAcrossSettlementsAMaintenanceWindowAndAHoliday() throws Exception
    {
        final SimControl simulator = SimControl.open(SimLibrary.path(RestartSession.PROFILE));
        simulator.reset();
        simulator.configure("tick_interval_ms 0");
        simulator.configure("flow_window_ms 20");
        simulator.configure("holiday 20241107");
        simulator.setBook(LifecycleTrader.INSTRUMENT, 3499, 5, 3500, 5);
        assertThat(simulator.tradingDay()).isEqualTo(20241105);
        final LifecycleTrader trader = new LifecycleTrader(1, true);
        final List<String> days = new ArrayList<>();
        try (RestartSession session = RestartSession.start(root, trader, false, simulator))
        {
            final Engine engine = session.engine;
            await().atMost(60, TimeUnit.SECONDS).until(trader::settled);
            final int rb = engine.instruments().indexOf(LifecycleTrader.INSTRUMENT);
            awaitBooks(engine, rb, 1, 1, 0);
            days.add(describe(engine, rb));

            // Day 1 settles inside a maintenance window; the night session of 2024-11-06 opens at 21:00.
            simulator.startMaintenance(SimControl.Maintenance.NOT_INITED);
            assertThat(simulator.settle()).isEqualTo(20241106);
            simulator.advanceClock(20241105, "21:00:00");
            simulator.setBook(LifecycleTrader.INSTRUMENT, 3499, 5, 3500, 5);
            await().atMost(30, TimeUnit.SECONDS).until(() -> engine.waitingFor(ACCOUNT) != null); // refused with 7
            simulator.openMaintenance();
            await().atMost(60, TimeUnit.SECONDS).until(() -> trader.rounds.get() == 2 && trader.settled());
            awaitBooks(engine, rb, 2, 1, 1);
            days.add(describe(engine, rb));

            // Day 2 settles; 2024-11-07 is a holiday, so no night session: the next day session is 2024-11-08's.
            assertThat(simulator.settle()).isEqualTo(20241108);
            simulator.advanceClock(20241108, "09:00:00");
            simulator.setBook(LifecycleTrader.INSTRUMENT, 3499, 5, 3500, 5);
            await().atMost(60, TimeUnit.SECONDS).until(() -> trader.rounds.get() == 3 && trader.settled());
            awaitBooks(engine, rb, 3, 1, 2);
            days.add(describe(engine, rb));
            assertThat(engine.globalRisk().cancelsToday(rb)).isEqualTo(1); // the day's cancel only
        }
        assertThat(days).containsExactly(
            "day 20241105 long 1/1today/0yd trades 1",
            "day 20241106 long 2/1today/1yd trades 1",
            "day 20241108 long 3/1today/2yd trades 1");
        // the strategy heard of each new day once its account was ready, positions already rolled
        assertThat(trader.tradingDays).containsExactly("20241106 1/0/1", "20241108 2/0/2");
        assertThat(trader.reasons).isEmpty(); // no refusal: no OrderRef reused, no daily limit left over
        assertThat(trader.orderRefs).containsExactly(2L, 3L, 2L, 3L, 2L, 3L); // each session from its MaxOrderRef (1)

        final Path journal = root.resolve("journal");
        assertThat(JournalEvents.of(journal, EventType.TRADING_DAY, h -> h.intArg())).containsExactly(20241106, 20241108);
        // every login's reconciliation (the counter's orders, trades and positions) found the engine's books right
        assertThat(JournalEvents.of(journal, EventType.RECONCILE, h -> h.intArg())).isEmpty();
        final ReplayReport report = JournalReplay.replayRuns(journal, run -> List.of(new StrategyConfig(RestartTrader.NAME,
            new LifecycleTrader(1, true), ACCOUNT, 0, RestartSession.LIMITS)), RiskLimits.defaults(), ReplayOptions.DEFAULT);
        assertThat(report.identical()).as(report.toString()).isTrue();
    }

    /** Waits until the engine thread's books hold the day's trade (they follow the strategy's view by a little). */
    private static void awaitBooks(final Engine engine, final int rb, final long total, final long today, final long yesterday)
    {
        await().atMost(10, TimeUnit.SECONDS).until(() ->
        {
            final Position position = engine.accountBook(ACCOUNT).positionOrNull(rb);
            return engine.isAccountReady(ACCOUNT) && position != null && position.longTotal() == total &&
                position.longToday() == today && position.longYesterday() == yesterday;
        });
    }

    private static String describe(final Engine engine, final int rb)
    {
        final AccountState book = engine.accountBook(ACCOUNT);
        final Position position = book.positionOrNull(rb);
        return "day " + engine.tradingDay(ACCOUNT) + " long " + position.longTotal() + "/" +
            position.longToday() + "today/" + position.longYesterday() + "yd trades " + book.tradesApplied();
    }
}
