package org.ctpengine.engine.host;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.engine.config.StrategyConfig;

/** The engine end to end against the built-in simulator through the real JNA path. */
class EngineSimulatorTest
{
    @TempDir
    Path work;

    /** Buys 2 lots at the ask once, then sells 1 back today at the bid once the buy filled. */
    static final class BuyThenSellOne implements Strategy
    {
        final AtomicInteger ticks = new AtomicInteger();
        final List<String> events = new CopyOnWriteArrayList<>();
        final AtomicReference<OrderState> buyState = new AtomicReference<>();
        final AtomicReference<OrderState> sellState = new AtomicReference<>();
        volatile long longToday = -1;
        private StrategyContext context;
        private int rb;
        private WorkingOrder buy;
        private WorkingOrder sell;

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            rb = context.instrument("rb2501");
            context.subscribe("rb2501");
            events.add("start");
        }

        @Override
        public void onTick(final Tick tick)
        {
            ticks.incrementAndGet();
            if (buy == null && !StructFlyweight.isNoValue(tick.askPrice()))
            {
                buy = context.order().instrument(rb).buy().open().limit(tick.askPrice()).volume(2).send();
                events.add("buy sent");
            }
            else if (buy != null && buy.state() == OrderState.FILLED && sell == null && !StructFlyweight.isNoValue(tick.bidPrice()))
            {
                sell = context.order().instrument(rb).sell().closeToday().limit(tick.bidPrice()).volume(1).send();
                events.add("sell sent");
            }
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            if (update.order() == buy)
            {
                buyState.set(update.order().state());
            }
            else if (update.order() == sell)
            {
                sellState.set(update.order().state());
            }
        }

        @Override
        public void onTrade(final Fill fill)
        {
            events.add((fill.order() == buy ? "buy" : "sell") + " filled " + fill.volume());
            longToday = context.position(rb).longToday();
        }
    }

    @Test
    void strategyTradesAndTheEnginesPositionMatchesItsFills() throws Exception
    {
        SimEngineFixture.resetSimulator(SimLibrary.DEFAULT_PROFILE, 50);
        final BuyThenSellOne strategy = new BuyThenSellOne();
        final StrategyConfig strategyConfig = new StrategyConfig("buy-sell", strategy, SimEngineFixture.ACCOUNT, 0,
            RiskLimits.defaults());
        try (Engine engine = new Engine(SimEngineFixture.config(work, SimLibrary.DEFAULT_PROFILE, List.of(strategyConfig)),
            List.of()))
        {
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> engine.isAccountReady(SimEngineFixture.ACCOUNT));
            await().atMost(30, TimeUnit.SECONDS).until(() -> strategy.sellState.get() == OrderState.FILLED);

            assertThat(strategy.events).startsWith("start", "buy sent").contains("sell sent");
            assertThat(strategy.buyState.get()).isEqualTo(OrderState.FILLED);
            assertThat(strategy.longToday).isEqualTo(1);
            await().atMost(10, TimeUnit.SECONDS).until(() ->
            {
                final Position position = engine.accountBook(SimEngineFixture.ACCOUNT)
                    .positionOrNull(engine.instruments().indexOf("rb2501"));
                return position != null && position.longToday() == 1;
            });
            assertThat(engine.accountState(SimEngineFixture.ACCOUNT)).isEqualTo(SessionState.READY);
            assertThat(engine.counters().ordersSent().get()).isEqualTo(2);
        }
    }
}
