package org.ctpengine.cli;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.cli.config.HostConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.journal.replay.SimulatorDefaults;
import org.ctpengine.sim.SimLibrary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The embedded default: the built-in simulator (profile 6.7.8) as both counter and market-data front, its
 * default account, three instruments from three exchanges, and the example market maker. What
 * {@code ctp-engine run} does without a configuration file, and what {@code replay} replays it with.
 */
public final class DefaultRun
{
    public static final List<String> INSTRUMENTS = List.of("rb2501", "m2501", "SR501");
    public static final String ACCOUNT = "sim";
    public static final String MARKET_MAKER = "market-maker";
    /** The simulator's query window is set to this too: start-up need not wait a second per query. */
    public static final int QUERY_INTERVAL_MS = 200;

    private DefaultRun()
    {
    }

    /** The strategies of the default run; the same list, in the same order, replays its journal. */
    public static List<StrategyConfig> strategies()
    {
        return List.of(new StrategyConfig(MARKET_MAKER, StrategyOption.create(MARKET_MAKER, Map.of(), INSTRUMENTS),
            ACCOUNT, 0, RiskLimits.defaults()));
    }

    /** The default run as a host configuration: 30 s, the built-in simulator of {@code profile}. */
    public static HostConfig hostConfig(final Path journalDirectory, final Path workDirectory, final String profile)
    {
        return new HostConfig(null, journalDirectory, Duration.ofSeconds(30), profile,
            engineConfig(workDirectory, profile, List.of()), INSTRUMENTS);
    }

    /** The engine configuration of the default run, with extra strategies (e.g. a latency probe) after the defaults. */
    public static EngineConfig engineConfig(final Path workDirectory, final String profile, final List<StrategyConfig> extra)
    {
        final Path sim = SimLibrary.path(profile);
        final List<StrategyConfig> strategies = new ArrayList<>(strategies());
        strategies.addAll(extra);
        return new EngineConfig(workDirectory, 16384, WaitStrategyKind.BLOCKING, 100, QUERY_INTERVAL_MS, 1024, RiskLimits.defaults(),
            List.of(SimulatorDefaults.account(ACCOUNT, sim, ResumeType.QUICK)),
            List.of(SimulatorDefaults.marketData("sim-md", sim)),
            strategies);
    }
}
