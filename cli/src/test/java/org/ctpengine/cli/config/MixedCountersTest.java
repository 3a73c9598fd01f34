package org.ctpengine.cli.config;

import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.ctpengine.strategies.params.ConfigException;

/**
 * Market data from one counter, trading through another, the built-in simulator included: a session with a library
 * path uses that library beside a {@code simulator} section, and {@code builtin-simulator} names the simulator's
 * library where a path would go.
 */
class MixedCountersTest
{
    private static final Map<String, String> ENVIRONMENT = Map.of("CTP_PASSWORD", "pw");

    @TempDir
    Path dir;

    @Test
    void theSimulatorTradesWhileARealCounterGivesMarketData() throws Exception
    {
        final Path md = fakeLibrary("libthostmduserapi_se.so");
        final HostConfig host = load("""
            simulator:
              profile: "6.3.15"
            accounts:
              - name: sim
            market-data:
              - name: real-md
                library: %s
                fronts: [tcp://127.0.0.1:10131]
                abi-profile: "6.3.15"
            strategies:
              - name: mm
                class: org.ctpengine.strategies.examples.MarketMaker
                instruments: [rb2501]
            """.formatted(md));

        final AccountConfig account = host.engine().accounts().get(0);
        final MarketDataConfig marketData = host.engine().marketData().get(0);
        assertThat(host.usesSimulator()).isTrue();
        assertThat(host.simulatorProfile()).isEqualTo("6.3.15");
        assertThat(account.traderLibrary()).isEqualTo(SimLibrary.path("6.3.15"));
        assertThat(account.fronts()).containsExactly("tcp://127.0.0.1:41205");
        assertThat(marketData.mdLibrary()).isEqualTo(md.toAbsolutePath());
        assertThat(marketData.fronts()).containsExactly("tcp://127.0.0.1:10131");
        assertThat(marketData.profileOverride()).isEqualTo("6.3.15");
        assertThat(host.engine().queryIntervalMs()).as("every account is the simulator: its short window").isEqualTo(200);
    }

    @Test
    void aRealCounterTradesOnTheSimulatorsMarketDataNamedBuiltinSimulator() throws Exception
    {
        final Path trader = fakeLibrary("libthosttraderapi_se.so");
        final HostConfig host = load("""
            accounts:
              - name: real
                trader-library: %s
                fronts: [tcp://127.0.0.1:10130]
                broker: "4040"
                user: "8001"
                credentials:
                  password-env: CTP_PASSWORD
            market-data:
              - name: sim-md
                library: builtin-simulator
            strategies:
              - name: mm
                class: org.ctpengine.strategies.examples.MarketMaker
                instruments: [rb2501]
            """.formatted(trader));

        final AccountConfig account = host.engine().accounts().get(0);
        final MarketDataConfig marketData = host.engine().marketData().get(0);
        assertThat(host.simulatorProfile()).as("the simulator's default profile without a simulator section")
            .isEqualTo(SimLibrary.DEFAULT_PROFILE);
        assertThat(account.traderLibrary()).isEqualTo(trader.toAbsolutePath());
        assertThat(account.brokerId()).isEqualTo("4040");
        assertThat(account.password().reveal().toString()).isEqualTo("pw");
        assertThat(marketData.mdLibrary()).isEqualTo(SimLibrary.path(SimLibrary.DEFAULT_PROFILE));
        assertThat(marketData.fronts()).containsExactly("tcp://127.0.0.1:41213");
        assertThat(marketData.brokerId()).isEqualTo("9999");
        assertThat(host.engine().queryIntervalMs()).as("a real trading front: one query a second").isEqualTo(1000);
    }

    @Test
    void theSimulatorSectionGivesItsProfileToBuiltinSimulatorAndRealCountersNeedNoSection() throws Exception
    {
        final HostConfig host = load(ConfigFiles.SIMULATOR.replace("profile: \"6.7.8\"", "profile: \"6.6.1_P1\"")
            .replace("- name: sim-md", "- name: sim-md\n    library: builtin-simulator"));

        assertThat(host.engine().marketData().get(0).mdLibrary()).isEqualTo(SimLibrary.path("6.6.1_P1"));
        assertThat(host.engine().accounts().get(0).traderLibrary()).isEqualTo(SimLibrary.path("6.6.1_P1"));

        final Path trader = fakeLibrary("libthosttraderapi_se.so");
        final Path md = fakeLibrary("libthostmduserapi_se.so");
        final HostConfig real = load(HostConfigLoaderTest.real(dir, "fronts: [tcp://127.0.0.1:10130]", ""));
        assertThat(real.usesSimulator()).isFalse();
        assertThat(real.engine().accounts().get(0).traderLibrary()).isEqualTo(trader.toAbsolutePath());
        assertThat(real.engine().marketData().get(0).mdLibrary()).isEqualTo(md.toAbsolutePath());
    }

    @Test
    void aRealSessionBesideTheSimulatorNeedsWhatAnyRealSessionNeeds() throws Exception
    {
        final Path md = fakeLibrary("libthostmduserapi_se.so");

        assertError(ConfigFiles.SIMULATOR.replace("- name: sim-md", "- name: real-md\n    library: " + md),
            "market-data[0].fronts: missing (at least one front, e.g. tcp://180.168.146.187:10130)");
        assertError(ConfigFiles.SIMULATOR.replace("- name: sim-md", "- name: real-md\n    library: lib/nowhere.so"),
            "market-data[0].library: library lib/nowhere.so does not exist (" +
                Path.of("lib/nowhere.so").toAbsolutePath() + ")");
        assertError(ConfigFiles.SIMULATOR.replace("    user: \"000001\"",
            "    user: \"000001\"\n    trader-library: " + fakeLibrary("libthosttraderapi_se.so") +
                "\n    fronts: [tcp://127.0.0.1:10130]"),
            "accounts[0].credentials: missing (password-env: VARIABLE, or file: PATH to an owner-only file)");
        assertError(ConfigFiles.SIMULATOR.replace("- name: sim-md", "- name: sim-md\n    library: \"\""),
            "market-data[0].library: missing (the path of the CTP library, e.g. lib/libthosttraderapi_se.so, or " +
                "builtin-simulator for the built-in simulator's)");
    }

    /** An ELF header is all the loader checks; the engine (not run here) would load the library. */
    private Path fakeLibrary(final String name) throws Exception
    {
        return Files.write(dir.resolve(name), new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 });
    }

    private HostConfig load(final String yaml) throws Exception
    {
        return HostConfigLoader.load(ConfigFiles.write(dir, "mixed.yaml", yaml), ENVIRONMENT::get);
    }

    private void assertError(final String yaml, final String expected) throws Exception
    {
        final Path file = ConfigFiles.write(dir, "mixed.yaml", yaml);

        assertThatThrownBy(() -> HostConfigLoader.load(file, ENVIRONMENT::get))
            .isInstanceOf(ConfigException.class)
            .hasMessage("config error: " + file + ": " + expected);
    }
}
