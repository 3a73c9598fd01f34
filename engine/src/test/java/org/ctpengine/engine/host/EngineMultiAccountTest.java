package org.ctpengine.engine.host;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;

/**
 * One host, two accounts on two different counters built for different CTP versions (the simulator for
 * 6.7.8 and for 6.6.1_P1, loaded side by side), market data from a third session; each strategy trades its
 * own account, on its own thread.
 */
class EngineMultiAccountTest
{
    @TempDir
    Path work;

    /** Buys one lot on its account on the first tick, priced to cross. */
    static final class BuyOne implements Strategy
    {
        final AtomicReference<OrderState> state = new AtomicReference<>();
        final AtomicReference<String> thread = new AtomicReference<>();
        private StrategyContext context;
        private WorkingOrder order;

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            context.subscribe("rb2501");
            thread.set(Thread.currentThread().getName());
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (order == null && !StructFlyweight.isNoValue(tick.askPrice()))
            {
                order = context.order().instrument(tick.instrument()).buy().limit(tick.askPrice() + 10).volume(1).send();
            }
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            state.set(update.order().state());
        }
    }

    @Test
    void eachStrategyTradesItsOwnAccountOnItsOwnCounter() throws Exception
    {
        SimEngineFixture.resetSimulator("6.7.8", 20);
        SimEngineFixture.resetSimulator("6.6.1_P1", 20);
        final AccountConfig a = account("a", "6.7.8");
        final AccountConfig b = account("b", "6.6.1_P1");
        final BuyOne onA = new BuyOne();
        final BuyOne onB = new BuyOne();
        final EngineConfig config = new EngineConfig(work, 4096, WaitStrategyKind.BLOCKING, 20,
            SimEngineFixture.QUERY_INTERVAL_MS, 1024, RiskLimits.defaults(), List.of(a, b),
            List.of(SimEngineFixture.marketData("6.7.8")),
            List.of(new StrategyConfig("on-a", onA, "a", 0, RiskLimits.defaults()),
                new StrategyConfig("on-b", onB, "b", 1, RiskLimits.defaults())));
        try (Engine engine = new Engine(config, List.of()))
        {
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() ->
                onA.state.get() == OrderState.FILLED && onB.state.get() == OrderState.FILLED);

            assertThat(engine.profiles()).extracting(p -> p.id()).containsExactlyInAnyOrder("6.7.8", "6.6.1_P1");
            assertThat(onA.thread.get()).isNotEqualTo(onB.thread.get());
            final int rb = engine.instruments().indexOf("rb2501");
            await().atMost(10, TimeUnit.SECONDS).until(() ->
                engine.accountBook("a").positionOrNull(rb) != null && engine.accountBook("b").positionOrNull(rb) != null &&
                engine.accountBook("a").positionOrNull(rb).longTotal() == 1 &&
                engine.accountBook("b").positionOrNull(rb).longTotal() == 1);
            assertThat(engine.accountLink("a").profile().id()).isEqualTo("6.7.8");
            assertThat(engine.accountLink("b").profile().id()).isEqualTo("6.6.1_P1");
        }
    }

    private static AccountConfig account(final String name, final String profile)
    {
        final AccountConfig template = SimEngineFixture.account(profile);
        return new AccountConfig(name, SimLibrary.path(profile), null, template.fronts(), template.brokerId(),
            template.userId(), template.password(), template.appId(), template.authCode(), ResumeType.RESUME);
    }
}
