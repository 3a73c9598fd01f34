package org.ctpengine.engine.host;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
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
import java.util.concurrent.atomic.AtomicLong;
import org.ctpengine.engine.testing.SubscribingStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The kill switch and strategy timers on the event clock, end to end. */
class EngineControlTest
{
    private static final long MS = 1_000_000L;

    @TempDir
    Path work;

    @Test
    void killSwitchCancelsLiveOrdersAndRefusesNewOnesUntilReleased() throws Exception
    {
        SimEngineFixture.resetSimulator(SimLibrary.DEFAULT_PROFILE, 20);
        final List<String> reasons = new CopyOnWriteArrayList<>();
        final Strategy strategy = new SubscribingStrategy("rb2501")
        {
            private WorkingOrder resting;

            @Override
            public void onTick(final Tick tick)
            {
                if (StructFlyweight.isNoValue(tick.bidPrice()))
                {
                    return;
                }
                if (resting == null || resting.state().isTerminal())
                {
                    resting = context.order().instrument(tick.instrument()).buy().limit(tick.bidPrice() - 20).volume(1).send();
                }
            }

            @Override
            public void onOrder(final OrderUpdate update)
            {
                if (update.order().state() == OrderState.CANCELED || update.rejectReason() != null)
                {
                    reasons.add(update.order().state() + (update.rejectReason() == null ? "" : ": " + update.rejectReason()));
                }
            }
        };
        try (Engine engine = new Engine(SimEngineFixture.config(work, SimLibrary.DEFAULT_PROFILE, List.of(
            SimEngineFixture.strategy("rester", strategy))), List.of()))
        {
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> engine.counters().ordersSent().get() == 1);

            engine.killSwitch(true);
            await().atMost(10, TimeUnit.SECONDS).until(() -> reasons.contains("CANCELED") &&
                reasons.stream().anyMatch(r -> r.contains("kill switch")));
            assertThat(engine.counters().ordersSent().get()).as("nothing new left while the switch was on").isEqualTo(1);

            engine.killSwitch(false);
            await().atMost(10, TimeUnit.SECONDS).until(() -> engine.counters().ordersSent().get() == 2);
        }
    }

    @Test
    void timersFireOnTheEventClockAfterTheirDelay() throws Exception
    {
        SimEngineFixture.resetSimulator(SimLibrary.DEFAULT_PROFILE, 20);
        final AtomicLong scheduledAt = new AtomicLong();
        final AtomicLong firedAt = new AtomicLong();
        final AtomicLong firedId = new AtomicLong();
        final AtomicLong timerId = new AtomicLong();
        final Strategy strategy = new Strategy()
        {
            private StrategyContext context;

            @Override
            public void onStart(final StrategyContext context)
            {
                this.context = context;
                scheduledAt.set(context.now());
                timerId.set(context.scheduleAfter(100 * MS));
                context.scheduleAfter(60_000 * MS); // far away: must not fire
            }

            @Override
            public void onTimer(final long id)
            {
                firedId.set(id);
                firedAt.set(context.now());
            }
        };
        try (Engine engine = new Engine(SimEngineFixture.config(work, SimLibrary.DEFAULT_PROFILE, List.of(
            SimEngineFixture.strategy("timer", strategy))), List.of()))
        {
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> firedAt.get() != 0);

            assertThat(firedId.get()).isEqualTo(timerId.get());
            assertThat(firedAt.get() - scheduledAt.get()).isGreaterThanOrEqualTo(100 * MS).isLessThan(5_000 * MS);
        }
    }
}
