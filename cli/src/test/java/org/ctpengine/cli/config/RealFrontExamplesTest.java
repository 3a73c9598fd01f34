package org.ctpengine.cli.config;

import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.strategies.examples.Breakout;
import org.ctpengine.strategies.examples.MarketMaker;
import org.ctpengine.cli.HostProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped SimNow and TTS configurations parse and pass every check, with their library paths pointed at
 * SFIT's real libraries from the build (TTS ships the same pair of file names). Nothing connects: only loopback
 * is used by tests.
 */
class RealFrontExamplesTest
{
    private static final Map<String, String> ENVIRONMENT = Map.of("CTP_PASSWORD", "pw", "CTP_AUTH_CODE", "0000000000000000");

    @TempDir
    Path dir;

    @Test
    void simnowExampleNamesSimNowsFrontsBrokerAndAppId() throws Exception
    {
        final HostConfig host = HostConfigLoader.load(withRealLibraries("simnow.yaml", "lib/ctp-6.7.8/"), ENVIRONMENT::get);
        final AccountConfig account = host.engine().accounts().get(0);
        final MarketDataConfig md = host.engine().marketData().get(0);

        assertThat(host.usesSimulator()).isFalse();
        assertThat(account.fronts()).isEqualTo(List.of("tcp://180.168.146.187:10130"));
        assertThat(md.fronts()).isEqualTo(List.of("tcp://180.168.146.187:10131"));
        assertThat(account.brokerId()).isEqualTo("9999");
        assertThat(account.appId()).isEqualTo("simnow_client_test");
        assertThat(account.authCode().reveal().toString()).isEqualTo("0000000000000000");
        assertThat(account.traderLibrary()).isEqualTo(RealCtpLibraries.trader(JctpJars.V678));
        assertThat(md.mdLibrary()).isEqualTo(RealCtpLibraries.md(JctpJars.V678));
        assertThat(host.engine().queryIntervalMs()).isEqualTo(1_000);
        assertThat(host.engine().strategies().get(0).strategy()).isInstanceOf(MarketMaker.class);
    }

    @Test
    void ttsExampleNamesOpenctpsFronts() throws Exception
    {
        final HostConfig host = HostConfigLoader.load(withRealLibraries("tts.yaml", "lib/tts/"), ENVIRONMENT::get);
        final AccountConfig account = host.engine().accounts().get(0);

        assertThat(account.fronts()).isEqualTo(List.of("tcp://121.37.80.177:20002"));
        assertThat(host.engine().marketData().get(0).fronts()).isEqualTo(List.of("tcp://121.37.80.177:20004"));
        assertThat(account.appId()).isEmpty(); // no ReqAuthenticate
        assertThat(host.engine().strategies().get(0).strategy()).isInstanceOf(Breakout.class);
    }

    @Test
    void checkLoadsSfitsLibrariesAndNamesTheirProfileWithoutConnecting() throws Exception
    {
        final Path simnow = withRealLibraries("simnow.yaml", "lib/ctp-6.7.8/");

        final HostProcess.Outcome check = HostProcess.run(dir, ENVIRONMENT, 60, "run", "--config", simnow.toString(), "--check");

        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("config ok: " + simnow)
            .contains("accounts[0].trader-library: " + RealCtpLibraries.trader(JctpJars.V678) + ": " +
                RealCtpLibraries.apiVersion(JctpJars.V678) + ", ABI profile 6.7.8; vtable verified: every " +
                "CThostFtdcTraderApi slot of ABI profile 6.7.8 matches _ZTV18CFtdcTraderApiImpl")
            .contains("market-data[0].library: " + RealCtpLibraries.md(JctpJars.V678) + ": ")
            .doesNotContain("connecting");
    }

    @Test
    void withoutTheLibrariesTheExamplesSayWhichFileIsMissing() throws Exception
    {
        final Path simnow = ConfigFiles.examples().resolve("simnow.yaml");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HostConfigLoader.load(simnow, ENVIRONMENT::get))
            .hasMessageStartingWith("config error: " + simnow + ": accounts[0].trader-library: library " +
                "lib/ctp-6.7.8/libthosttraderapi_se.so does not exist");
    }

    /** The example with its {@code lib/...} paths replaced by SFIT's real libraries of the build. */
    private Path withRealLibraries(final String example, final String libraryDirectory) throws Exception
    {
        final String yaml = Files.readString(ConfigFiles.examples().resolve(example));
        assertThat(yaml).contains(libraryDirectory + RealCtpLibraries.TRADER_SO).contains(libraryDirectory + RealCtpLibraries.MD_SO);
        return ConfigFiles.write(dir, example, yaml
            .replace(libraryDirectory + RealCtpLibraries.TRADER_SO, RealCtpLibraries.trader(JctpJars.V678).toString())
            .replace(libraryDirectory + RealCtpLibraries.MD_SO, RealCtpLibraries.md(JctpJars.V678).toString()));
    }
}
