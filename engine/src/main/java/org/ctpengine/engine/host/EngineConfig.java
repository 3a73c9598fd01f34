package org.ctpengine.engine.host;

import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.WaitStrategyKind;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything an {@link Engine} needs, already validated by whoever built it (the CLI's config loader or
 * an embedding application).
 *
 * @param workDirectory   flow files (one subdirectory per API instance) and the counters file
 * @param ringSize        inbound ring slots, a power of two
 * @param waitStrategy    how consumer threads wait
 * @param timerIntervalMs how often the engine clock publishes a TIMER event (strategy timers, query pacing)
 * @param queryIntervalMs spacing between two CTP queries (CTP allows one per second; 1000 for real fronts)
 * @param instrumentCapacity most instruments tracked
 * @param globalRisk      limits over all strategies together
 * @param accounts        trading accounts
 * @param marketData      market-data sessions
 * @param strategies      strategies
 */
public record EngineConfig(
    Path workDirectory,
    int ringSize,
    WaitStrategyKind waitStrategy,
    int timerIntervalMs,
    int queryIntervalMs,
    int instrumentCapacity,
    RiskLimits globalRisk,
    List<AccountConfig> accounts,
    List<MarketDataConfig> marketData,
    List<StrategyConfig> strategies)
{
    public EngineConfig
    {
        accounts = List.copyOf(accounts);
        marketData = List.copyOf(marketData);
        strategies = List.copyOf(strategies);
    }
}
