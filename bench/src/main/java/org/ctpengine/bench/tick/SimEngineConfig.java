package org.ctpengine.bench.tick;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.journal.replay.SimulatorDefaults;

import java.nio.file.Path;
import java.util.List;

/**
 * The engine the benchmarks run against the simulator: the simulator's default account and md session, one strategy,
 * no risk limits (so that nothing but the path is measured), a 64k ring.
 */
public final class SimEngineConfig
{
    public static final int RING_SIZE = 65536;

    private SimEngineConfig()
    {
    }

    /** The engine's default background wait: the engine thread and journal poll. */
    public static EngineConfig of(final Path work, final Path simulator, final WaitStrategyKind waitStrategy,
        final Strategy strategy)
    {
        return of(work, simulator, waitStrategy, WaitStrategyKind.SLEEPING, strategy);
    }

    /**
     * @param waitStrategy   how the strategy thread waits
     * @param backgroundWait how the engine thread and the journal wait
     */
    public static EngineConfig of(final Path work, final Path simulator, final WaitStrategyKind waitStrategy,
        final WaitStrategyKind backgroundWait, final Strategy strategy)
    {
        return new EngineConfig(work, RING_SIZE, waitStrategy, 100, 20, 1024, RiskLimits.none(),
            List.of(SimulatorDefaults.account("sim", simulator, ResumeType.QUICK)),
            List.of(SimulatorDefaults.marketData("md", simulator)),
            List.of(new StrategyConfig("bench", strategy, "sim", 0, RiskLimits.none())), backgroundWait);
    }
}
