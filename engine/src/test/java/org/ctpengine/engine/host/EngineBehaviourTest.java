package org.ctpengine.engine.host;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.risk.RiskRejectReason;
import org.ctpengine.engine.strategy.StrategyRunner;
import org.ctpengine.engine.testing.SubscribingStrategy;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Isolation, risk, reconnects and query pacing, end to end against the simulator. */
class EngineBehaviourTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;

    @TempDir
    Path work;

    /** Rests one buy well below the market on its first tick, then does what the subclass says. */
    abstract static class RestingBuyer implements Strategy
    {
        final AtomicInteger ticks = new AtomicInteger();
        final AtomicReference<OrderState> restingState = new AtomicReference<>();
        final AtomicReference<Double> restingPrice = new AtomicReference<>();
        final AtomicLong filled = new AtomicLong();
        StrategyContext context;
        int rb;
        volatile WorkingOrder resting;

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            rb = context.instrument("rb2501");
            context.subscribe("rb2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            ticks.incrementAndGet();
            if (resting == null && !StructFlyweight.isNoValue(tick.bidPrice()))
            {
                final double price = tick.bidPrice() - 20 * context.instrumentInfo(rb).tickSize();
                restingPrice.set(price);
                resting = context.order().instrument(rb).buy().open().limit(price).volume(1).send();
            }
            afterTick(tick);
        }

        void afterTick(final Tick tick)
        {
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            if (update.order() == resting)
            {
                restingState.set(update.order().state());
            }
        }

        @Override
        public void onTrade(final Fill fill)
        {
            filled.addAndGet(fill.volume());
        }
    }

    @Test
    void aThrowingStrategyIsStoppedWithItsOrdersCancelledWhileTheOthersKeepRunning() throws Exception
    {
        SimEngineFixture.resetSimulator(PROFILE, 20);
        final RestingBuyer thrower = new RestingBuyer()
        {
            @Override
            void afterTick(final Tick tick)
            {
                if (restingState.get() == OrderState.ACCEPTED)
                {
                    throw new IllegalStateException("strategy bug");
                }
            }
        };
        final RestingBuyer survivor = new RestingBuyer()
        {
        };
        try (Engine engine = new Engine(SimEngineFixture.config(work, PROFILE, List.of(
            SimEngineFixture.strategy("thrower", thrower),
            SimEngineFixture.strategy("survivor", survivor))), List.of()))
        {
            engine.start();
            final StrategyRunner runner = engine.runners().get(0);
            await().atMost(30, TimeUnit.SECONDS).until(() -> runner.isStarted() && runner.isStopped("thrower"));
            // A stopped strategy gets no more callbacks; its order's state is the engine's record of the cancel.
            await().atMost(10, TimeUnit.SECONDS).until(() -> thrower.resting.state() == OrderState.CANCELED);
            final int survivorTicks = survivor.ticks.get();
            await().atMost(10, TimeUnit.SECONDS).until(() -> survivor.ticks.get() > survivorTicks + 5);

            assertThat(runner.isStopped("survivor")).isFalse();
            assertThat(survivor.restingState.get()).isEqualTo(OrderState.ACCEPTED);
        }
    }

    @Test
    void riskRejectionReachesTheStrategyWithItsReasonAndNothingIsSent() throws Exception
    {
        SimEngineFixture.resetSimulator(PROFILE, 20);
        final List<String> reasons = new CopyOnWriteArrayList<>();
        final Strategy tooBig = new SubscribingStrategy("rb2501")
        {
            private boolean sent;

            @Override
            public void onTick(final Tick tick)
            {
                if (!sent && !StructFlyweight.isNoValue(tick.askPrice()))
                {
                    sent = true;
                    final WorkingOrder order = context.order().instrument(tick.instrument()).buy().limit(tick.askPrice())
                        .volume(11).send();
                    reasons.add("returned " + order.state());
                }
            }

            @Override
            public void onOrder(final OrderUpdate update)
            {
                reasons.add(update.order().state() + ": " + update.rejectReason());
            }
        };
        try (Engine engine = new Engine(SimEngineFixture.config(work, PROFILE, List.of(
            SimEngineFixture.strategy("too-big", tooBig))), List.of()))
        {
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> reasons.size() >= 2);

            assertThat(reasons).containsExactly("returned REJECTED",
                "REJECTED: order volume above the per-order maximum");
            assertThat(engine.counters().ordersSent().get()).isZero();
            assertThat(engine.counters().ordersRejected().get()).isEqualTo(1);
        }
    }

    /** Buys {@code orders} single lots at the ask on its first quoted tick and records every outcome. */
    static final class EagerBuyer extends SubscribingStrategy
    {
        final List<String> rejections = new CopyOnWriteArrayList<>();
        final AtomicInteger sent = new AtomicInteger();
        final AtomicLong filled = new AtomicLong();
        private final int orders;
        private boolean done;

        EagerBuyer(final int orders)
        {
            super("rb2501");
            this.orders = orders;
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (done || StructFlyweight.isNoValue(tick.askPrice()))
            {
                return;
            }
            done = true;
            for (int i = 0; i < orders; i++)
            {
                final WorkingOrder order = context.order().instrument(tick.instrument()).buy().open().limit(tick.askPrice())
                    .volume(1).send();
                if (order.state() != OrderState.REJECTED)
                {
                    sent.incrementAndGet();
                }
            }
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            if (update.order().state() == OrderState.REJECTED)
            {
                rejections.add(update.rejectReason() != null ? update.rejectReason() :
                    "counter: " + update.errorId() + " " + update.errorMessage());
            }
        }

        @Override
        public void onTrade(final Fill fill)
        {
            filled.addAndGet(fill.volume());
        }

        @Override
        public String toString()
        {
            return "sent " + sent + ", rejected " + rejections + ", filled " + filled + ", ticked " + done;
        }
    }

    @Test
    void theGlobalPositionLimitHoldsOverStrategiesOnDifferentThreads() throws Exception
    {
        SimEngineFixture.resetSimulator(PROFILE, 20);
        final EagerBuyer first = new EagerBuyer(5);
        final EagerBuyer second = new EagerBuyer(5);
        final RiskLimits perStrategy = RiskLimits.defaults(); // 50 lots each: only the global limit binds
        final RiskLimits global = new RiskLimits(10, 6, 0, 0, 0, 0, 0, false, false, false);
        final EngineConfig config = new EngineConfig(work, 4096, WaitStrategyKind.BLOCKING, 20,
            SimEngineFixture.QUERY_INTERVAL_MS, 1024, global, List.of(SimEngineFixture.account(PROFILE)),
            List.of(SimEngineFixture.marketData(PROFILE)), List.of(
                new StrategyConfig("first", first, SimEngineFixture.ACCOUNT, 0, perStrategy),
                new StrategyConfig("second", second, SimEngineFixture.ACCOUNT, 1, perStrategy)));
        try (Engine engine = new Engine(config, List.of()))
        {
            engine.start();
            assertThat(engine.runners()).hasSize(2);
            await().atMost(30, TimeUnit.SECONDS).until(() -> first.sent.get() + first.rejections.size() == 5 && second.sent.get() + second.rejections.size() == 5);

            assertThat(first.sent.get() + second.sent.get()).isEqualTo(6);
            assertThat(engine.counters().ordersSent().get()).isEqualTo(6);
            final List<String> rejections = new ArrayList<>(first.rejections);
            rejections.addAll(second.rejections);
            assertThat(rejections).hasSize(4)
                .allMatch(reason -> reason.equals(RiskRejectReason.GLOBAL_POSITION_LIMIT.description()));
            // the six that went out fill at the ask; the account holds exactly the limit
            await().atMost(30, TimeUnit.SECONDS).until(() -> first.filled.get() + second.filled.get() == 6);
            final int rb = engine.instruments().indexOf("rb2501");
            await().atMost(30, TimeUnit.SECONDS).until(() -> engine.accountBook(SimEngineFixture.ACCOUNT).position(rb).longTotal() == 6);
        }
    }

    @Test
    void afterADisconnectWithALiveOrderTheSessionResynchronisesAndTheFillCountsOnce() throws Exception
    {
        final SimControl control = SimEngineFixture.resetSimulator(PROFILE, 20);
        final RestingBuyer buyer = new RestingBuyer()
        {
        };
        try (Engine engine = new Engine(SimEngineFixture.config(work, PROFILE, List.of(
            SimEngineFixture.strategy("buyer", buyer))), List.of()))
        {
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> buyer.restingState.get() == OrderState.ACCEPTED);
            final long reconnectsBefore = engine.counters().reconnects().get();

            assertThat(control.dropConnection(SimControl.Target.TRADER, 200)).isEqualTo(1);
            await().atMost(10, TimeUnit.SECONDS).until(() -> engine.counters().reconnects().get() > reconnectsBefore);
            await().atMost(30, TimeUnit.SECONDS).until(() -> engine.isAccountReady(SimEngineFixture.ACCOUNT));
            control.marketTrade("rb2501", buyer.restingPrice.get(), 1);
            await().atMost(10, TimeUnit.SECONDS).until(() -> buyer.filled.get() == 1);
            // A second drop replays the private topic (RESUME) and the trade query returns the fill again.
            control.dropConnection(SimControl.Target.TRADER, 200);
            await().atMost(10, TimeUnit.SECONDS).until(() -> engine.counters().reconnects().get() > reconnectsBefore + 1);
            await().atMost(30, TimeUnit.SECONDS).until(() -> engine.isAccountReady(SimEngineFixture.ACCOUNT));
            final int rb = engine.instruments().indexOf("rb2501");
            await().atMost(10, TimeUnit.SECONDS).until(() -> engine.accountBook(SimEngineFixture.ACCOUNT).tradesApplied() >= 1);

            assertThat(buyer.filled.get()).isEqualTo(1);
            assertThat(buyer.context.position(rb).longTotal()).isEqualTo(1);
            final Position account = engine.accountBook(SimEngineFixture.ACCOUNT).positionOrNull(rb);
            assertThat(account.longTotal()).isEqualTo(1);
            assertThat(engine.accountBook(SimEngineFixture.ACCOUNT).tradesApplied()).isEqualTo(1);
            assertThat(engine.queryRetries(SimEngineFixture.ACCOUNT)).as("queries refused by flow control").isZero();
        }
    }
}
