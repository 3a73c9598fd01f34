package org.ctpengine.bench.tick;

import org.ctpengine.engine.ring.WaitStrategyKind;

/**
 * One engine configuration under test in the tick benchmarks: how the strategy thread waits, and how the engine
 * thread and journal do.
 */
public record EngineScenario(String label, boolean journal, WaitStrategyKind waitStrategy, WaitStrategyKind backgroundWait)
{
    /** The default configuration. */
    public static final EngineScenario STRATEGY_BLOCKING = new EngineScenario(
        "ring + journal, strategy blocking, background polling (default)", true, WaitStrategyKind.BLOCKING,
        WaitStrategyKind.SLEEPING);
    public static final EngineScenario STRATEGY_YIELDING = new EngineScenario(
        "ring + journal, strategy yielding, background polling", true, WaitStrategyKind.YIELDING,
        WaitStrategyKind.SLEEPING);
    public static final EngineScenario STRATEGY_BUSY_SPIN = new EngineScenario(
        "ring + journal, strategy busy-spin, background polling", true, WaitStrategyKind.BUSY_SPIN,
        WaitStrategyKind.SLEEPING);
    /** The peer: how the engine was wired before per-consumer waits. */
    public static final EngineScenario PEER = new EngineScenario("ring + journal, every consumer blocking", true,
        WaitStrategyKind.BLOCKING, WaitStrategyKind.BLOCKING);
}
