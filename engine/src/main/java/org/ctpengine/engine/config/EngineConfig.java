package org.ctpengine.engine.config;

import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.WaitStrategyKind;

import java.nio.file.Path;
import java.util.List;
import org.ctpengine.engine.host.Engine;

/**
 * Everything an {@link Engine} needs, already validated by whoever built it (the CLI's config loader or
 * an embedding application).
 *
 * @param workDirectory   flow files (one subdirectory per API instance) and the counters file
 * @param ringSize        inbound ring slots, a power of two
 * @param waitStrategy    how strategy threads wait for events (blocking by default; yielding or busy-spin
 *                        when each strategy thread has a core)
 * @param timerIntervalMs how often the engine clock publishes a TIMER event (strategy timers, query pacing)
 * @param queryIntervalMs spacing between two CTP queries (CTP allows one per second; 1000 for real fronts)
 * @param instrumentCapacity most instruments tracked
 * @param globalRisk      limits over all strategies together
 * @param accounts        trading accounts
 * @param marketData      market-data sessions
 * @param strategies      strategies
 * @param backgroundWait  how the engine thread and extra consumers (the journal) wait: by default they poll
 *                        and back off ({@link WaitStrategyKind#SLEEPING}), so the feed thread never pays to wake
 *                        them and they take what arrived in batches, off the strategies' path
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
    List<StrategyConfig> strategies,
    WaitStrategyKind backgroundWait,
    long callbackTimeoutMs)
{
    /** How long a strategy may stay inside one callback before the watchdog takes its thread off the ring. */
    public static final long DEFAULT_CALLBACK_TIMEOUT_MS = 5_000;

    /** A configuration with the default callback timeout. */
    public EngineConfig(
        final Path workDirectory,
        final int ringSize,
        final WaitStrategyKind waitStrategy,
        final int timerIntervalMs,
        final int queryIntervalMs,
        final int instrumentCapacity,
        final RiskLimits globalRisk,
        final List<AccountConfig> accounts,
        final List<MarketDataConfig> marketData,
        final List<StrategyConfig> strategies,
        final WaitStrategyKind backgroundWait)
    {
        this(workDirectory, ringSize, waitStrategy, timerIntervalMs, queryIntervalMs, instrumentCapacity, globalRisk,
            accounts, marketData, strategies, backgroundWait, DEFAULT_CALLBACK_TIMEOUT_MS);
    }

    /** A configuration whose background consumers wait the default way. */
    public EngineConfig(
        final Path workDirectory,
        final int ringSize,
        final WaitStrategyKind waitStrategy,
        final int timerIntervalMs,
        final int queryIntervalMs,
        final int instrumentCapacity,
        final RiskLimits globalRisk,
        final List<AccountConfig> accounts,
        final List<MarketDataConfig> marketData,
        final List<StrategyConfig> strategies)
    {
        this(workDirectory, ringSize, waitStrategy, timerIntervalMs, queryIntervalMs, instrumentCapacity, globalRisk,
            accounts, marketData, strategies, WaitStrategyKind.SLEEPING);
    }

    /** The same configuration with other strategies. */
    public EngineConfig withStrategies(final List<StrategyConfig> others)
    {
        return new EngineConfig(workDirectory, ringSize, waitStrategy, timerIntervalMs, queryIntervalMs, instrumentCapacity,
            globalRisk, accounts, marketData, others, backgroundWait, callbackTimeoutMs);
    }

    /** The same configuration with another callback timeout (the watchdog's). */
    public EngineConfig withCallbackTimeoutMs(final long millis)
    {
        return new EngineConfig(workDirectory, ringSize, waitStrategy, timerIntervalMs, queryIntervalMs, instrumentCapacity,
            globalRisk, accounts, marketData, strategies, backgroundWait, millis);
    }

    /** The same configuration with another work directory. */
    public EngineConfig withWorkDirectory(final Path directory)
    {
        return new EngineConfig(directory, ringSize, waitStrategy, timerIntervalMs, queryIntervalMs, instrumentCapacity,
            globalRisk, accounts, marketData, strategies, backgroundWait, callbackTimeoutMs);
    }

    public EngineConfig
    {
        accounts = List.copyOf(accounts);
        marketData = List.copyOf(marketData);
        strategies = List.copyOf(strategies);
    }
}
