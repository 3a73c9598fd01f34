package org.ctpengine.engine.host;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;

/**
 * The hot path, tick → strategy → order → the counter's returns, allocates nothing in steady state on any
 * engine thread (measured with the per-thread allocation counter while the simulator bursts a million ticks
 * and the strategy answers some with orders).
 */
class HotPathAllocationTest
{
    @TempDir
    Path work;

    /** Sends a FAK buy far below the market on every tick: it never fills and is cancelled at once. */
    static final class OrderPerTick implements Strategy
    {
        final AtomicInteger ticks = new AtomicInteger();
        final AtomicInteger orders = new AtomicInteger();
        final AtomicInteger updates = new AtomicInteger();
        final AtomicLong threadId = new AtomicLong();
        volatile int budget;
        private StrategyContext context;
        private int rb;

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            rb = context.instrument("rb2501");
            context.subscribe("rb2501");
            threadId.set(Thread.currentThread().getId());
        }

        @Override
        public void onTick(final Tick tick)
        {
            ticks.incrementAndGet();
            if (orders.get() < budget && !StructFlyweight.isNoValue(tick.bidPrice()))
            {
                context.order().instrument(rb).buy().open().limit(tick.bidPrice() - 10).volume(1).fak().send();
                orders.incrementAndGet();
            }
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            updates.incrementAndGet();
        }
    }

    private static final int TICKS = 1_000_000;

    /** Bytes allocated so far by each live engine thread (named ctp-…), by name. */
    private static Map<String, Long> engineThreadAllocations(final com.sun.management.ThreadMXBean threads)
    {
        final Map<String, Long> allocated = new TreeMap<>();
        for (final Thread thread : Thread.getAllStackTraces().keySet())
        {
            if (thread.getName().startsWith("ctp-"))
            {
                allocated.put(thread.getName() + "#" + thread.getId(), threads.getThreadAllocatedBytes(thread.getId()));
            }
        }
        return allocated;
    }

    @Test
    void tickToOrderPathAllocatesNothingInSteadyState() throws Exception
    {
        final SimControl control = SimEngineFixture.resetSimulator(SimLibrary.DEFAULT_PROFILE, 0);
        final OrderPerTick strategy = new OrderPerTick();
        // Sleeping wait: the JDK's blocking wait allocates a condition node each time an idle consumer parks,
        // which is idleness, not the hot path; parkNanos-based waiting allocates nothing.
        final EngineConfig blocking = SimEngineFixture.config(work, SimLibrary.DEFAULT_PROFILE, List.of(
            new StrategyConfig("order-per-tick", strategy, SimEngineFixture.ACCOUNT, 0, RiskLimits.none())));
        final EngineConfig config = new EngineConfig(blocking.workDirectory(), blocking.ringSize(), WaitStrategyKind.SLEEPING,
            blocking.timerIntervalMs(), blocking.queryIntervalMs(), blocking.instrumentCapacity(), blocking.globalRisk(),
            blocking.accounts(), blocking.marketData(), blocking.strategies());
        try (Engine engine = new Engine(config, List.of()))
        {
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> engine.runners().get(0).isStarted());
            control.step(1);
            await().atMost(10, TimeUnit.SECONDS).until(() -> strategy.ticks.get() > 0);

            for (int round = 1; round <= 2; round++) // warm-up: JIT the whole path, let one-off growth happen
            {
                final int target = 400 * round;
                strategy.budget = target;
                control.burst("rb2501", 5_000);
                control.awaitBurst(60_000);
                await().atMost(30, TimeUnit.SECONDS).until(() -> strategy.orders.get() == target);
                await().atMost(30, TimeUnit.SECONDS).until(() -> engine.liveStrategyOrders(SimEngineFixture.ACCOUNT).isEmpty());
            }

            final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
            final Map<String, Long> before = engineThreadAllocations(threads);
            final int ticksBefore = strategy.ticks.get();
            final int ordersBefore = strategy.orders.get();
            strategy.budget = ordersBefore + 2400;
            control.burst("rb2501", TICKS);
            control.awaitBurst(120_000);
            await().atMost(60, TimeUnit.SECONDS).until(() -> strategy.ticks.get() >= ticksBefore + TICKS &&
                strategy.orders.get() == ordersBefore + 2400 && engine.liveStrategyOrders(SimEngineFixture.ACCOUNT).isEmpty());
            final Map<String, Long> after = engineThreadAllocations(threads);

            // Every engine thread on the path: the md and td callback threads (trampoline → ring), the strategy
            // thread (ring → onTick → order), the engine thread (sessions, positions) and the journal-less ring.
            long allocated = 0;
            for (final Map.Entry<String, Long> thread : after.entrySet())
            {
                final long delta = thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
                System.out.printf("%s allocated %d bytes%n", thread.getKey(), delta);
                allocated += delta;
            }
            System.out.printf("engine threads allocated %d bytes over %d ticks and %d orders%n", allocated,
                strategy.ticks.get() - ticksBefore, strategy.orders.get() - ordersBefore);
            assertThat(after.keySet()).as("threads measured").anyMatch(name -> name.startsWith("ctp-md-"))
                .anyMatch(name -> name.startsWith("ctp-td-"));
            // One object per event would be ≥ 16 B × 1 000 000 ticks = 16 MB. What remains (a few hundred bytes to a few
            // kB, varying run to run) is the JIT re-materialising scalar-replaced objects when it deoptimises.
            assertThat(allocated).isLessThan(16_384);
        }
    }
}
