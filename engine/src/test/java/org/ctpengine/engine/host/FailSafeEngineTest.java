package org.ctpengine.engine.host;

import com.lmax.disruptor.EventHandler;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.TraderApi;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.Secret;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.files.DirectoryLock;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.testing.SubscribingStrategy;
import org.ctpengine.sim.SimLibrary;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimFront;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The engine's promises under faults: no deadlock, no second owner, no order left live, no bad order sent. */
class FailSafeEngineTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;
    /** Resting orders in the burst the stop must cancel: a hundred times what a strategy's 20 cancels a second clear in 5 s. */
    private static final int BURST = 10_000;

    @TempDir
    Path work;

    private static EngineConfig config(final Path work, final List<StrategyConfig> strategies)
    {
        return new EngineConfig(work, 4096, WaitStrategyKind.BLOCKING, 20, SimEngineFixture.QUERY_INTERVAL_MS, 1024,
            RiskLimits.none(), List.of(SimEngineFixture.account(PROFILE)), List.of(SimEngineFixture.marketData(PROFILE)),
            strategies);
    }

    /** Limits that pass every order but let a strategy cancel only 20 a second. */
    private static RiskLimits slowCancels()
    {
        return new RiskLimits(0, 0, 0, 20, 0, 0, 0, false, false, false);
    }

    @Test
    void closeHoldsNoMonitorWhileAConsumerStartingUpCallsTheEngine()
    {
        try (SimFront front = SimFront.start(PROFILE, "tick_interval_ms 20", "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS))
        {
            final AtomicReference<Engine> engine = new AtomicReference<>();
            final AtomicReference<Thread> closer = new AtomicReference<>();
            // As the journal does at its start: asks the engine (for the journal's metadata) while close() runs.
            final EventHandler<RingEvent> startsLate = new EventHandler<>()
            {
                @Override
                public void onStart()
                {
                    await().atMost(10, TimeUnit.SECONDS).until(() -> closer.get() != null && isInEngineStop(closer.get()));
                    engine.get().isWarmStarted();
                }

                @Override
                public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
                {
                }
            };
            assertTimeoutPreemptively(Duration.ofSeconds(8), () ->
            {
                engine.set(new Engine(config(work, List.of()), List.of(startsLate)));
                closer.set(Thread.currentThread());
                engine.get().start();
                assertThat(engine.get().close(2_000).isClean()).isTrue();
            });
        }
    }

    private static boolean isInEngineStop(final Thread thread)
    {
        for (final StackTraceElement frame : thread.getStackTrace())
        {
            if (frame.getClassName().equals(Engine.class.getName()) && frame.getMethodName().equals("stop"))
            {
                return true;
            }
        }
        return false;
    }

    @Test
    void aSecondEngineOnTheSameWorkDirectoryIsRefusedNamingTheHolder() throws Exception
    {
        try (SimFront front = SimFront.start(PROFILE, "tick_interval_ms 20", "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS);
            Engine first = new Engine(config(work, List.of()), List.of()))
        {
            assertThatThrownBy(() -> new Engine(config(work, List.of()), List.of()))
                .isInstanceOf(DirectoryLock.DirectoryInUseException.class)
                .hasMessageContaining(work.toAbsolutePath().toString())
                .hasMessageContaining("PID " + ProcessHandle.current().pid());
        }
        new Engine(config(work, List.of()), List.of()).close(); // released with the first: a third may start
    }

    @Test
    void workDirectoryAndItsFlowFilesAreOwnerOnly() throws Exception
    {
        try (SimFront front = SimFront.start(PROFILE, "tick_interval_ms 20", "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS);
            Engine engine = new Engine(config(work, List.of()), List.of()))
        {
            engine.start();
            await().atMost(20, TimeUnit.SECONDS).until(() -> engine.accountState(SimEngineFixture.ACCOUNT) == SessionState.READY);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("flow")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("counters.dat"))))
            .isEqualTo("rw-------");
    }

    /** Rests {@link #BURST} buys far under the bid, never filled, a few hundred a tick. */
    static final class Burst extends SubscribingStrategy
    {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger working = new AtomicInteger();

        Burst()
        {
            super("rb2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (StructFlyweight.isNoValue(tick.bidPrice()))
            {
                return;
            }
            final double tickSize = context.instrumentInfo(tick.instrument()).tickSize();
            for (int i = 0; i < 500 && sent.get() < BURST; i++)
            {
                final double price = tick.bidPrice() - (50 + sent.get() % 100) * tickSize;
                context.order().instrument(tick.instrument()).buy().open().limit(price).volume(1).send();
                sent.incrementAndGet();
            }
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            if (update.order().state() == OrderState.ACCEPTED && update.order().tradedVolume() == 0)
            {
                working.incrementAndGet();
            }
        }
    }

    @Test
    void theStopCancelsEveryOrderOfABurstBeyondTheStrategysCancelRate() throws Exception
    {
        try (SimFront front = SimFront.start(PROFILE, "tick_interval_ms 20",
            "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS,
            // funds enough to margin the whole burst
            "account " + SimEngineFixture.BROKER + " " + SimEngineFixture.USER + " " + SimEngineFixture.PASSWORD + " " +
                SimEngineFixture.APP_ID + " " + SimEngineFixture.AUTH_CODE + " 100000000"))
        {
            final Burst burst = new Burst();
            final StopReport report;
            try (Engine engine = new Engine(config(work, List.of(
                new StrategyConfig("burst", burst, SimEngineFixture.ACCOUNT, 0, slowCancels()))), List.of()))
            {
                engine.start();
                await().atMost(60, TimeUnit.SECONDS).until(() -> burst.working.get() >= BURST);
                report = engine.close(20_000);
            }
            assertThat(report.liveOrders()).isEmpty();
            assertThat(report.hungThreads()).isEmpty();
            assertThat(liveAtTheSimulator(front)).as("orders the simulator's own query lists as working").isZero();
        }
    }

    /** The simulator's order query, by a client of its own: orders still queued ('1' or '3'). */
    static int liveAtTheSimulator(final SimFront front)
    {
        final SimTrader checker = front.trader("checker");
        checker.login(ResumeType.QUICK);
        checker.drain();
        await().atMost(5, TimeUnit.SECONDS).pollInterval(10, TimeUnit.MILLISECONDS).until(() -> checker.reqQryOrder(7) == 0);
        int live = 0;
        RecordedCallback row;
        do
        {
            row = checker.expect("OnRspQryOrder");
            if (row.hasStruct() && (row.charField("OrderStatus") == '1' || row.charField("OrderStatus") == '3'))
            {
                live++;
            }
        }
        while (!row.isLast());
        return live;
    }

    /** Sends what a buggy strategy computes, and calls its context from a thread of its own. */
    static final class Careless implements Strategy
    {
        final List<String> refusals = new CopyOnWriteArrayList<>();
        final AtomicReference<Throwable> foreignCall = new AtomicReference<>();
        final AtomicInteger tries = new AtomicInteger();
        private StrategyContext context;

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            context.subscribe("rb2501");
            final Thread helper = new Thread(() ->
            {
                try
                {
                    context.order().instrument(context.instrument("rb2501")).buy().open().limit(3000).volume(1).send();
                }
                catch (final Throwable t)
                {
                    foreignCall.set(t);
                }
            }, "careless-helper");
            helper.start();
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (tries.getAndIncrement() == 0)
            {
                context.order().instrument(tick.instrument()).buy().open().limit(Double.NaN).volume(1).send();
                context.order().instrument(tick.instrument()).buy().open().limit(Double.POSITIVE_INFINITY).volume(1).send();
                context.order().instrument(tick.instrument()).buy().open().limit(tick.bidPrice()).volume(1_000_000_000_000L)
                    .send();
            }
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            if (update.rejectReason() != null)
            {
                refusals.add(update.rejectReason());
            }
        }
    }

    @Test
    void nonFiniteAndOverflowingOrdersAreRefusedAndAForeignThreadsCallThrows() throws Exception
    {
        try (SimFront front = SimFront.start(PROFILE, "tick_interval_ms 20",
            "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS))
        {
            final Careless careless = new Careless();
            try (Engine engine = new Engine(config(work, List.of(new StrategyConfig("careless", careless,
                SimEngineFixture.ACCOUNT, 0, RiskLimits.none()))), List.of()))
            {
                engine.start();
                await().atMost(20, TimeUnit.SECONDS).until(() -> careless.refusals.size() >= 3 && careless.foreignCall.get() != null);
                assertThat(engine.counters().ordersSent().get()).as("orders sent to the counter").isZero();
            }
            assertThat(careless.refusals).hasSize(3);
            assertThat(careless.refusals.get(0)).contains("finite");
            assertThat(careless.refusals.get(1)).contains("finite");
            assertThat(careless.refusals.get(2)).contains("positive whole number");
            assertThat(careless.foreignCall.get()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("careless").hasMessageContaining("careless-helper");
        }
    }

    /** Rests one buy far under the bid; on a later tick never returns, until the test lets it go. */
    static final class Hangs extends SubscribingStrategy
    {
        final CountDownLatch hung = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicReference<WorkingOrder> order = new AtomicReference<>();

        Hangs()
        {
            super("rb2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (StructFlyweight.isNoValue(tick.bidPrice()))
            {
                return;
            }
            if (order.get() == null)
            {
                order.set(context.order().instrument(tick.instrument()).buy().open()
                    .limit(tick.bidPrice() - 40 * context.instrumentInfo(tick.instrument()).tickSize()).volume(1).send());
            }
            else if (order.get().state() == OrderState.ACCEPTED)
            {
                hung.countDown();
                try
                {
                    release.await(); // an endless loop, as far as the engine can tell
                }
                catch (final InterruptedException e)
                {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Counts the ticks it handles. */
    static final class Counts implements Strategy
    {
        final AtomicInteger ticks = new AtomicInteger();

        @Override
        public void onStart(final StrategyContext context)
        {
            context.subscribe("m2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            ticks.incrementAndGet();
        }
    }

    @Test
    void aStrategyThatNeverReturnsIsEvictedItsOrdersCancelledAndTheOthersGoOn() throws Exception
    {
        try (SimFront front = SimFront.start(PROFILE, "tick_interval_ms 10", "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS))
        {
            final Hangs hangs = new Hangs();
            final Counts counts = new Counts();
            final EngineConfig config = new EngineConfig(work, 64, WaitStrategyKind.BLOCKING, 20,
                SimEngineFixture.QUERY_INTERVAL_MS, 1024, RiskLimits.none(), List.of(SimEngineFixture.account(PROFILE)),
                List.of(SimEngineFixture.marketData(PROFILE)), List.of(
                    new StrategyConfig("hangs", hangs, SimEngineFixture.ACCOUNT, 0, RiskLimits.none()),
                    new StrategyConfig("counts", counts, SimEngineFixture.ACCOUNT, 1, RiskLimits.none())),
                WaitStrategyKind.SLEEPING, 500);
            final Engine engine = new Engine(config, List.of());
            try
            {
                engine.start();
                assertThat(hangs.hung.await(30, TimeUnit.SECONDS)).as("the strategy hangs").isTrue();
                final int before = counts.ticks.get();
                // A 64-slot ring fills within a few ticks of the hang; the others must go on long after.
                await().atMost(30, TimeUnit.SECONDS).until(() -> counts.ticks.get() >= before + 300);
                assertThat(liveAtTheSimulator(front)).as("the evicted strategy's resting order, cancelled").isZero();
                final StopReport report = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> engine.close(5_000));
                assertThat(report.hungThreads()).singleElement().asString().contains("evicted by the watchdog");
                assertThat(report.liveOrders()).isEmpty();
            }
            finally
            {
                hangs.release.countDown();
                engine.close();
            }
            // Once its stuck callback has returned, the evicted thread leaves the ring: the libraries can go.
            await().atMost(10, TimeUnit.SECONDS).until(() -> engine.runners().get(0).isOutOfLibraries());
            engine.releaseLibraries();
            assertThat(engine.accountLink(SimEngineFixture.ACCOUNT).api().isReleased()).isTrue();
        }
    }

    @Test
    void aStormingFrontThenAStopTwentyTimesReleasesOrLeavesTheLibrariesWithoutACrash() throws Exception
    {
        for (int round = 0; round < 20; round++)
        {
            try (SimFront front = SimFront.start(PROFILE, "front storm", "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS))
            {
                final Engine engine = new Engine(config(work.resolve("round-" + round), List.of()), List.of());
                final long before = front.control().connectionsAccepted();
                engine.start();
                await().atMost(20, TimeUnit.SECONDS).until(() -> front.control().connectionsAccepted() > before + 50);

                assertThat(engine.stop(2_000).isClean()).isTrue();
                final TraderApi trader = engine.accountLink(SimEngineFixture.ACCOUNT).api();
                if (round % 2 == 0)
                {
                    engine.releaseLibraries(); // released in mid-storm: the simulator's library takes it
                    assertThat(trader.isReleased()).isTrue();
                }
                else
                {
                    engine.releaseLibraries(true); // as the host does: a reconnecting library is left to the exit
                    assertThat(engine.abandonedLibraries()).hasSize(2);
                    assertThat(trader.isReleased()).isFalse();
                    trader.close(); // this JVM goes on to other tests: release it here, as the process's end would
                }
            }
        }
    }

    @Test
    void aWrongPasswordIsALoginRefusalNamingTheError() throws Exception
    {
        try (SimFront front = SimFront.start(PROFILE, "tick_interval_ms 20", "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS))
        {
            final AccountConfig good = SimEngineFixture.account(PROFILE);
            final AccountConfig wrong = new AccountConfig(good.name(), good.traderLibrary(), good.profileOverride(),
                good.fronts(), good.brokerId(), good.userId(), Secret.of("not-the-password"), good.appId(), good.authCode(),
                good.privateResume());
            final EngineConfig config = new EngineConfig(work, 4096, WaitStrategyKind.BLOCKING, 20,
                SimEngineFixture.QUERY_INTERVAL_MS, 1024, RiskLimits.none(), List.of(wrong),
                List.of(SimEngineFixture.marketData(PROFILE)), List.of());
            try (Engine engine = new Engine(config, List.of()))
            {
                engine.start();
                await().atMost(20, TimeUnit.SECONDS).until(() -> engine.loginRefusal() != null);
                assertThat(engine.loginRefusal()).contains("login refused by the counter: error 3")
                    .doesNotContain("not-the-password");
                assertThat(engine.accountState(SimEngineFixture.ACCOUNT)).isEqualTo(SessionState.FAILED);
            }
        }
    }
}
