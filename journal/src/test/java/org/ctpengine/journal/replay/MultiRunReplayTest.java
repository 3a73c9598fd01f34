package org.ctpengine.journal.replay;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.engine.config.Secret;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.recovery.WarmStart;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.recovery.JournalRecovery;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.journal.EngineMetadata;

/**
 * A journal of three runs of one strategy against the simulator, as {@code ctp-engine run} makes them: a first run,
 * a warm restart that continues its day (appended to the same journal, the simulator's counter kept), and a cold
 * one. The strategy prices its quotes by the position it holds, which a warm run takes back from the journal:
 * replaying every run gives one verdict each, the warm run restored from the runs before it as live.
 */
class MultiRunReplayTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;
    private static final String INSTRUMENT = "rb2501";

    @TempDir
    static Path root;

    /** The live instances, by run: what each saw at its start. */
    private static final Carrier[] LIVE = new Carrier[4];

    /**
     * Takes one lot at the ask at its first tick (so each run adds to the position), then keeps one buy resting
     * {@code base} + (lots held) ticks under the bid, re-quoted when the bid moves: every price depends on the
     * position, so a replay that did not restore it diverges.
     */
    static final class Carrier implements Strategy
    {
        final AtomicInteger sent = new AtomicInteger();
        volatile long positionAtStart = Long.MIN_VALUE;
        volatile long position;
        private final int base;
        private StrategyContext context;
        private int instrument;
        private boolean took;
        private WorkingOrder quote;
        private double quotedBid = Double.NaN;

        Carrier(final int base)
        {
            this.base = base;
        }

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            instrument = context.instrument(INSTRUMENT);
            context.subscribe(INSTRUMENT);
            positionAtStart = context.position(instrument).net();
            position = positionAtStart;
        }

        @Override
        public void onTick(final Tick tick)
        {
            final double bid = tick.bidPrice();
            final double ask = tick.askPrice();
            if (tick.instrument() != instrument || StructFlyweight.isNoValue(bid) || StructFlyweight.isNoValue(ask))
            {
                return;
            }
            position = context.position(instrument).net();
            if (!took)
            {
                took = true;
                context.order().instrument(instrument).buy().limit(ask).volume(1).send();
                sent.incrementAndGet();
                return;
            }
            if (quote != null && quote.state().isLive() && bid != quotedBid)
            {
                context.cancel(quote);
            }
            if (quote == null || quote.state().isTerminal())
            {
                final double tickSize = context.instrumentInfo(instrument).tickSize();
                quote = context.order().instrument(instrument).buy()
                    .limit(bid - (base + Math.abs(position)) * tickSize).volume(1).send();
                quotedBid = bid;
                sent.incrementAndGet();
            }
        }
    }

    @BeforeAll
    static void recordThreeRuns() throws Exception
    {
        final SimControl simulator = SimControl.open(SimLibrary.path(PROFILE));
        simulator.reset();
        simulator.configure("tick_interval_ms 5");
        simulator.configure("flow_window_ms 20");
        simulator.stateDirectory(Files.createDirectories(root.resolve("sim-state")));
        for (int run = 1; run <= 3; run++)
        {
            LIVE[run] = new Carrier(2);
            record(LIVE[run], run == 2);
        }
    }

    /** The simulator outlives the class: it must stop writing its state before the temporary directory goes. */
    @AfterAll
    static void detachSimulatorState()
    {
        final SimControl simulator = SimControl.open(SimLibrary.path(PROFILE));
        simulator.configure("state_dir none");
        simulator.reset();
    }

    /** One engine run into the shared journal; {@code warm}: continues the journal's day first, as {@code run} does. */
    private static void record(final Carrier carrier, final boolean warm) throws Exception
    {
        final Path sim = SimLibrary.path(PROFILE);
        final EngineConfig config = new EngineConfig(Files.createDirectories(root.resolve("work")), 4096,
            WaitStrategyKind.BLOCKING, 20, 20, 1024, RiskLimits.defaults(),
            List.of(new AccountConfig("sim", sim, null, List.of("tcp://127.0.0.1:41205"), "9999", "000001",
                Secret.of("sim"), "simnow_client_test", Secret.of("0000000000000000"), ResumeType.QUICK)),
            List.of(new MarketDataConfig("md", sim, null, List.of("tcp://127.0.0.1:41213"), "9999", "000001", Secret.of("sim"))),
            List.of(strategy(carrier)));
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        try (Journal journal = Journal.open(root.resolve("journal")))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), "test"));
            try (Engine engine = new Engine(config, List.of(handler)))
            {
                engineRef.set(engine);
                if (warm)
                {
                    final WarmStart state = JournalRecovery.recover(journal, System.currentTimeMillis() * 1_000_000L);
                    assertThat(state.isEmpty()).as("the first run's day is in the journal").isFalse();
                    engine.warmStart(state);
                }
                engine.start();
                await().atMost(60, TimeUnit.SECONDS).until(() -> carrier.sent.get() >= 15 &&
                    carrier.position > carrier.positionAtStart);
            }
        }
    }

    private static StrategyConfig strategy(final Strategy strategy)
    {
        return new StrategyConfig("carrier", strategy, "sim", 0, RiskLimits.defaults());
    }

    private static ReplayReport replay(final Map<Integer, Carrier> replayed, final int changedRun, final ReplayOptions options)
    {
        return JournalReplay.replayRuns(root.resolve("journal"), run ->
        {
            final Carrier carrier = new Carrier(run == changedRun ? 3 : 2);
            replayed.put(run, carrier);
            return List.of(strategy(carrier));
        }, RiskLimits.defaults(), options);
    }

    @Test
    void everyRunReplaysIdenticalTheWarmOneRestoredFromTheRunsBeforeIt()
    {
        final Map<Integer, Carrier> replayed = new ConcurrentHashMap<>();

        final ReplayReport report = replay(replayed, 0, ReplayOptions.DEFAULT);

        assertThat(report.identical()).as(report.toString()).isTrue();
        assertThat(report.runs()).extracting(ReplayResult::run).containsExactly(1, 2, 3);
        assertThat(report.runsInJournal()).isEqualTo(3);
        assertThat(report.run(1).start()).isEqualTo("cold start");
        assertThat(report.run(2).start()).startsWith("warm start, restored sim (trading day ");
        assertThat(report.run(3).start()).isEqualTo("cold start");
        for (final ReplayResult run : report.runs())
        {
            assertThat(run.recordedCommands()).as("run " + run.run()).isGreaterThanOrEqualTo(15)
                .isEqualTo(run.replayedCommands());
        }
        assertThat(report.run(1).journalEnd()).contains("run 2 starts");
        assertThat(report.run(3).journalEnd()).endsWith("ends cleanly");
        assertThat(report.toString()).endsWith("overall: all 3 runs identical");
        assertThat(LIVE[2].positionAtStart).as("the warm run took back the first run's fills").isPositive();
        assertThat(replayed.get(2).positionAtStart).isEqualTo(LIVE[2].positionAtStart);
        assertThat(LIVE[3].positionAtStart).as("a cold run starts its strategies flat").isZero();
        assertThat(replayed.get(3).positionAtStart).isZero();
    }

    @Test
    void aStrategyChangedInTheWarmRunDivergesInThatRunOnly()
    {
        final ReplayReport report = replay(new ConcurrentHashMap<>(), 2, ReplayOptions.DEFAULT);

        assertThat(report.identical()).isFalse();
        assertThat(report.run(1).identical()).isTrue();
        assertThat(report.run(3).identical()).isTrue();
        final ReplayResult.Divergence divergence = report.run(2).divergence();
        assertThat(divergence).as(report.toString()).isNotNull();
        assertThat(divergence.expected()).contains("CMD_ORDER_INSERT").contains("LimitPrice=");
        assertThat(divergence.actual()).contains("CMD_ORDER_INSERT").isNotEqualTo(divergence.expected());
        assertThat(report.verdict()).isEqualTo("overall: DIVERGED in run 2 of 3; identical: run 1, 3");
        assertThat(report.toString()).contains("run 2 (warm start, restored ").contains("): DIVERGED at command ");
    }

    @Test
    void theWarmRunAloneIsRestoredFromTheRunBeforeIt()
    {
        final Map<Integer, Carrier> replayed = new ConcurrentHashMap<>();

        final ReplayReport report = replay(replayed, 0, ReplayOptions.DEFAULT.run(2));

        assertThat(report.identical()).as(report.toString()).isTrue();
        assertThat(report.runs()).extracting(ReplayResult::run).containsExactly(2);
        assertThat(report.run(2).start()).startsWith("warm start");
        assertThat(report.run(2).recordedCommands()).isGreaterThanOrEqualTo(15);
        assertThat(replayed.keySet()).containsExactly(2);
        assertThat(replayed.get(2).positionAtStart).isEqualTo(LIVE[2].positionAtStart);
        assertThat(report.verdict()).isEqualTo("overall: run 2 of the journal identical");
    }

    @Test
    void aRunTheJournalDoesNotHaveIsAnErrorNamingHowManyItHas()
    {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> replay(new ConcurrentHashMap<>(), 0,
            ReplayOptions.DEFAULT.run(4))).hasMessageContaining("has 3 runs: there is no run 4");
    }
}
