package org.ctpengine.engine.host;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;

import java.nio.file.Path;
import java.util.List;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.engine.config.Secret;
import org.ctpengine.engine.config.StrategyConfig;

/** An engine configured against the built-in simulator's default account, for end-to-end tests. */
final class SimEngineFixture
{
    static final String ACCOUNT = "sim";
    static final String BROKER = "9999";
    static final String USER = "000001";
    static final String PASSWORD = "sim";
    static final String APP_ID = "simnow_client_test";
    static final String AUTH_CODE = "0000000000000000";
    /** The simulator's query window and the engine's query spacing, shortened alike for fast tests. */
    static final int QUERY_INTERVAL_MS = 50;

    private SimEngineFixture()
    {
    }

    /** Resets the simulator of {@code profile} with fast ticks; returns its control API. */
    static SimControl resetSimulator(final String profile, final int tickIntervalMs)
    {
        final SimControl control = SimControl.open(SimLibrary.path(profile));
        control.reset();
        control.configure("tick_interval_ms " + tickIntervalMs);
        control.configure("flow_window_ms " + QUERY_INTERVAL_MS);
        return control;
    }

    static AccountConfig account(final String profile)
    {
        return new AccountConfig(ACCOUNT, SimLibrary.path(profile), null, List.of("tcp://127.0.0.1:41205"), BROKER, USER,
            Secret.of(PASSWORD), APP_ID, Secret.of(AUTH_CODE), ResumeType.RESUME);
    }

    static MarketDataConfig marketData(final String profile)
    {
        return new MarketDataConfig("sim-md", SimLibrary.path(profile), null, List.of("tcp://127.0.0.1:41213"), BROKER, USER,
            Secret.of(PASSWORD));
    }

    /** A strategy trading the simulator's account on thread 0 under the default risk limits. */
    static StrategyConfig strategy(final String name, final Strategy strategy)
    {
        return new StrategyConfig(name, strategy, ACCOUNT, 0, RiskLimits.defaults());
    }

    static EngineConfig config(final Path workDirectory, final String profile, final List<StrategyConfig> strategies)
    {
        return new EngineConfig(workDirectory, 4096, WaitStrategyKind.BLOCKING, 20, QUERY_INTERVAL_MS, 1024, RiskLimits.defaults(),
            List.of(account(profile)), List.of(marketData(profile)), strategies);
    }
}
