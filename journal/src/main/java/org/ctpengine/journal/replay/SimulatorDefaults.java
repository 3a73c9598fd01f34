package org.ctpengine.journal.replay;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.engine.config.Secret;

import java.nio.file.Path;
import java.util.List;

/**
 * The built-in simulator's own account and fronts (see ctp-sim/README.md) as engine configuration: what what-if
 * replay, the default run, a configuration's simulator accounts, the benchmarks and end-to-end tests log in with.
 */
public final class SimulatorDefaults
{
    /** Where the simulator's sessions "connect" (it ignores the address; loopback, to be safe). */
    public static final String TRADER_FRONT = "tcp://127.0.0.1:41205";
    public static final String MD_FRONT = "tcp://127.0.0.1:41213";
    public static final String BROKER = "9999";
    public static final String USER = "000001";
    public static final String PASSWORD = "sim";
    /** SimNow's test AppID and AuthCode, which the simulator's account checks. */
    public static final String APP_ID = "simnow_client_test";
    public static final String AUTH_CODE = "0000000000000000";

    private SimulatorDefaults()
    {
    }

    /** The simulator's account as engine account {@code name}, through the simulator library {@code library}. */
    public static AccountConfig account(final String name, final Path library, final ResumeType resume)
    {
        return new AccountConfig(name, library, null, List.of(TRADER_FRONT), BROKER, USER, Secret.of(PASSWORD), APP_ID,
            Secret.of(AUTH_CODE), resume);
    }

    /** The simulator's market data as engine market-data session {@code name}. */
    public static MarketDataConfig marketData(final String name, final Path library)
    {
        return new MarketDataConfig(name, library, null, List.of(MD_FRONT), BROKER, USER, Secret.of(PASSWORD));
    }
}
