package org.ctpengine.journal.recovery;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.codes.PosiDirection;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.journal.ChildJvm;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.ReplayReport;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimFront;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Warm restart across processes: an engine with live orders and fills is killed (SIGKILL) mid-session; while it
 * is down the market fills one of its resting orders; a new process restarts it warm from the journal. What the
 * restarted engine holds is checked against the simulator's own query results, the counter's state as the
 * engine's process left it (the simulator keeps it in a state directory; the second process is killed too, so
 * that no shutdown cancel changes it).
 */
class WarmRestartTest
{
    private static final Duration DEADLINE = Duration.ofSeconds(120);

    @TempDir
    static Path root;

    private static List<Long> firstRunRefs;
    private static Map<String, String> report;
    private static SimQuery simulator;

    @BeforeAll
    static void killMidSessionAndRestart() throws Exception
    {
        final Path simState = root.resolve("sim-state");
        try (ChildJvm first = ChildJvm.start(root, WarmRestartChild.class, "first", root.toString(), simState.toString()))
        {
            final String ready = first.awaitLine("ready", DEADLINE);
            firstRunRefs = Arrays.stream(ready.substring(ready.indexOf('=') + 1).split(",")).map(Long::parseLong).toList();
            first.kill();
        }
        try (ChildJvm second = ChildJvm.start(root, WarmRestartChild.class, "second", root.toString(), simState.toString()))
        {
            report = parse(second.awaitLine("report", DEADLINE));
            second.kill();
        }
        simulator = SimQuery.of(simState);
    }

    private static Map<String, String> parse(final String line)
    {
        final Map<String, String> values = new HashMap<>();
        for (final String pair : line.substring("report ".length()).split(" "))
        {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
    }

    @Test
    void positionsEqualTheSimulatorsQueryResults()
    {
        // A filled 2 in the first run, B 1 while no engine ran: long 3, all today's.
        assertThat(report.get("position")).isEqualTo(simulator.position).isEqualTo("3/3/0/0");
    }

    @Test
    void noTradeIsCountedTwice()
    {
        assertThat(Long.parseLong(report.get("tradesApplied"))).isEqualTo(simulator.trades).isEqualTo(2);
        // the journal's trades came back through RESUME and the trade query, and were dropped
        assertThat(Long.parseLong(report.get("duplicateTrades"))).isPositive();
    }

    @Test
    void orderRefsContinueAboveEveryRefOfTheKilledRun()
    {
        final long refE = Long.parseLong(report.get("orderRefE"));
        assertThat(refE).isGreaterThan(firstRunRefs.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(refE).isEqualTo(firstRunRefs.get(firstRunRefs.size() - 1) + 1);
        assertThat(Long.parseLong(report.get("lastOrderRef"))).isEqualTo(refE);
    }

    @Test
    void workingOrdersAreTheSimulators()
    {
        assertThat(report.get("live").split(",")).containsExactlyInAnyOrderElementsOf(simulator.working);
        assertThat(simulator.working).hasSize(1);
    }

    @Test
    void theStrategyGetsBackItsPositionAndItsRestingOrder()
    {
        assertThat(report.get("strategyPositionAtStart")).isEqualTo("3");
        assertThat(report.get("liveOrdersAtStart")).isEqualTo("1"); // D; B was filled while the engine was down
    }

    @Test
    void dailyCancelCountsCarryOver()
    {
        // C was cancelled in the first run, D in the second: E's cancel is the third, over the strategy's limit of 2.
        assertThat(report.get("cancelsToday")).isEqualTo("2");
        assertThat(report.get("refusal").replace('_', ' ')).isEqualTo("the exchange's daily cancel limit for this instrument reached");
    }

    @Test
    void theGlobalPositionLimitCountsWhatIsHeldAndWorkingOnce()
    {
        // long: 3 held (counted once, not again through the recovered trades) + E working; short: D, cancelled.
        assertThat(report.get("globalExposure")).isEqualTo("4/0");
    }

    @Test
    void theJournalOfBothRunsRecoversTheWholeDay()
    {
        final RecoveredAccount day = JournalRecovery.recover(root.resolve("journal")).account(RestartSession.ACCOUNT);
        assertThat(day.trades()).hasSize(2);
        assertThat(day.maxOrderRef()).isEqualTo(Long.parseLong(report.get("orderRefE")));
        assertThat(day.liveOrders()).extracting(o -> o.frontId() + ":" + o.sessionId() + ":" + o.orderRef())
            .containsExactlyElementsOf(simulator.working);
        assertThat(day.ordersToday().orders()).isEqualTo(5);
        assertThat(day.ordersToday().cancels()).isEqualTo(2);
    }

    @Test
    void replayChecksBothRunsTheSecondRestoredFromTheFirst()
    {
        final ReplayReport report = JournalReplay.replayRuns(root.resolve("journal"),
            run -> List.of(new StrategyConfig(RestartTrader.NAME, new RestartTrader(run > 1), RestartSession.ACCOUNT, 0,
                RestartSession.LIMITS)), RiskLimits.defaults(), ReplayOptions.DEFAULT);

        assertThat(report.identical()).as(report.toString()).isTrue();
        assertThat(report.runs()).hasSize(2);
        assertThat(report.run(1).recordedCommands()).isEqualTo(5); // A, B, C, D and C's cancel
        assertThat(report.run(1).journalEnd()).contains("run 2 starts");
        assertThat(report.run(2).start()).startsWith("warm start");
        assertThat(report.run(2).recordedCommands()).isEqualTo(2); // E and D's cancel (E's was refused by risk)
    }

    /** The simulator's own answers, from the counter state the engine's process left. */
    private static final class SimQuery
    {
        String position;
        long trades;
        final List<String> working = new ArrayList<>();

        static SimQuery of(final Path simState)
        {
            final SimQuery answers = new SimQuery();
            try (SimFront front = SimFront.start(RestartSession.PROFILE, "state_dir " + simState))
            {
                final SimTrader checker = front.trader("checker");
                checker.login(ResumeType.QUICK);
                checker.drain();
                final long[] sums = new long[4];
                for (final RecordedCallback row : rows(checker, "OnRspQryInvestorPosition", () -> checker.reqQryInvestorPosition(10)))
                {
                    final int base = row.charField("PosiDirection") == PosiDirection.LONG ? 0 : 2;
                    sums[base] += row.intField("Position");
                    sums[base + 1] += row.intField("TodayPosition");
                }
                answers.position = sums[0] + "/" + sums[1] + "/" + sums[2] + "/" + sums[3];
                answers.trades = rows(checker, "OnRspQryTrade", () -> checker.reqQryTrade(11)).size();
                for (final RecordedCallback row : rows(checker, "OnRspQryOrder", () -> checker.reqQryOrder(12)))
                {
                    final byte status = row.charField("OrderStatus");
                    if (status == OrderStatus.NO_TRADE_QUEUEING || status == OrderStatus.PART_TRADED_QUEUEING)
                    {
                        answers.working.add(row.intField("FrontID") + ":" + row.intField("SessionID") + ":" +
                            row.text("OrderRef").trim());
                    }
                }
            }
            return answers;
        }

        /** Sends a query (again while CTP's flow control refuses it) and collects its rows. */
        private static List<RecordedCallback> rows(final SimTrader checker, final String method, final IntSupplier request)
        {
            await().atMost(10, TimeUnit.SECONDS).pollInterval(10, TimeUnit.MILLISECONDS).until(() -> request.getAsInt() == 0);
            final List<RecordedCallback> rows = new ArrayList<>();
            RecordedCallback row;
            do
            {
                row = checker.expect(method);
                if (row.hasStruct())
                {
                    rows.add(row);
                }
            }
            while (!row.isLast());
            return rows;
        }
    }
}
