package org.ctpengine.engine.host;

import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.engine.config.StrategyConfig;

/** A strategy can read each hop of a tick's path: simulator send, callback entry, ring publish, its own onTick. */
class TickTimestampsTest
{
    private static final int TICKS = 1_000;

    @TempDir
    Path work;

    /** Keeps the stamps of the burst's ticks (numbered 1..TICKS in Volume) as onTick sees them. */
    static final class StampRecorder implements Strategy
    {
        final long[] received = new long[TICKS + 1];
        final long[] published = new long[TICKS + 1];
        final long[] handled = new long[TICKS + 1];
        volatile int lastNumber;
        volatile boolean started;

        @Override
        public void onStart(final StrategyContext context)
        {
            context.subscribe("rb2501");
            started = true;
        }

        @Override
        public void onTick(final Tick tick)
        {
            final long now = System.nanoTime();
            final int number = tick.volume();
            if (number > 0 && number <= TICKS)
            {
                received[number] = tick.receiveNanos();
                published[number] = tick.publishNanos();
                handled[number] = now;
                lastNumber = number;
            }
        }
    }

    @Test
    void eachHopOfATickIsStampedInOrder() throws Exception
    {
        final SimControl control = SimEngineFixture.resetSimulator(SimLibrary.DEFAULT_PROFILE, 0);
        final StampRecorder strategy = new StampRecorder();
        final StrategyConfig config = new StrategyConfig("stamps", strategy, SimEngineFixture.ACCOUNT, 0, RiskLimits.none());
        try (Engine engine = new Engine(SimEngineFixture.config(work, SimLibrary.DEFAULT_PROFILE, List.of(config)), List.of()))
        {
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> strategy.started);
            // The strategy's subscription reaches the simulator asynchronously; a burst before it is refused.
            await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().until(() ->
            {
                control.burst("rb2501", TICKS, 100_000);
                return true;
            });
            control.awaitBurst(30_000);
            await().atMost(30, TimeUnit.SECONDS).until(() -> strategy.lastNumber == TICKS);

            final long[] sent = control.burstTimestamps();
            for (int number = 1; number <= TICKS; number++)
            {
                assertThat(strategy.received[number]).as("callback entry of tick %d", number).isGreaterThanOrEqualTo(sent[number - 1]);
                assertThat(strategy.published[number]).as("ring publish of tick %d", number)
                    .isGreaterThanOrEqualTo(strategy.received[number]);
                assertThat(strategy.handled[number]).as("onTick of tick %d", number).isGreaterThanOrEqualTo(strategy.published[number]);
            }
        }
    }
}
