package org.ctpengine.cli.config;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.cli.DefaultRun;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.sim.SimLibrary;
import org.ctpengine.strategies.examples.Breakout;
import org.ctpengine.strategies.examples.MarketMaker;
import org.ctpengine.strategies.examples.PairSpread;
import org.ctpengine.strategies.params.ConfigException;
import org.ctpengine.strategies.params.StrategyParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a configuration file turns into, and the one-line error each kind of mistake gives. */
class HostConfigLoaderTest
{
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @TempDir
    Path dir;

    @Test
    void simulatorExampleIsTheDefaultRunWrittenOut()
    {
        final HostConfig host = HostConfigLoader.load(ConfigFiles.examples().resolve("sim.yaml"), NO_ENVIRONMENT::get);
        final EngineConfig engine = host.engine();
        final EngineConfig defaults = DefaultRun.engineConfig(Path.of("ctp-work"), "6.7.8", List.of());

        assertThat(host.simulatorProfile()).isEqualTo("6.7.8");
        assertThat(host.journalDirectory()).isEqualTo(Path.of("journal-sim"));
        assertThat(host.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(host.instruments()).isEqualTo(DefaultRun.INSTRUMENTS);
        assertThat(engine.workDirectory()).isEqualTo(defaults.workDirectory());
        assertThat(engine.ringSize()).isEqualTo(defaults.ringSize());
        assertThat(engine.waitStrategy()).isEqualTo(defaults.waitStrategy());
        assertThat(engine.backgroundWait()).isEqualTo(defaults.backgroundWait());
        assertThat(engine.timerIntervalMs()).isEqualTo(defaults.timerIntervalMs());
        assertThat(engine.queryIntervalMs()).isEqualTo(defaults.queryIntervalMs());
        assertThat(engine.instrumentCapacity()).isEqualTo(defaults.instrumentCapacity());
        assertThat(engine.globalRisk()).isEqualTo(defaults.globalRisk());
        final AccountConfig account = engine.accounts().get(0);
        final AccountConfig expected = defaults.accounts().get(0);
        assertThat(account.name()).isEqualTo(expected.name());
        assertThat(account.traderLibrary()).isEqualTo(expected.traderLibrary());
        assertThat(account.fronts()).isEqualTo(expected.fronts());
        assertThat(account.brokerId()).isEqualTo("9999");
        assertThat(account.userId()).isEqualTo("000001");
        assertThat(account.appId()).isEqualTo(expected.appId());
        assertThat(account.privateResume()).isEqualTo(ResumeType.QUICK);
        assertThat(engine.marketData().get(0).mdLibrary()).isEqualTo(defaults.marketData().get(0).mdLibrary());
        assertThat(engine.strategies()).hasSize(1);
        assertThat(engine.strategies().get(0).name()).isEqualTo(DefaultRun.MARKET_MAKER);
        assertThat(engine.strategies().get(0).strategy()).isInstanceOf(MarketMaker.class);
        assertThat(engine.strategies().get(0).risk()).isEqualTo(defaults.strategies().get(0).risk());
    }

    @Test
    void defaultsFillWhatASmallFileLeavesOut() throws Exception
    {
        final HostConfig host = load(ConfigFiles.SIMULATOR);

        assertThat(host.duration()).isNull(); // until Ctrl-C
        assertThat(host.engine().ringSize()).isEqualTo(16_384);
        assertThat(host.engine().waitStrategy()).isEqualTo(WaitStrategyKind.BLOCKING);
        assertThat(host.engine().backgroundWait()).isEqualTo(WaitStrategyKind.SLEEPING);
        assertThat(host.engine().queryIntervalMs()).isEqualTo(200);
        assertThat(host.engine().strategies().get(0).account()).isEqualTo("sim");
        assertThat(host.engine().accounts().get(0).password().reveal().toString()).isEqualTo("sim");
    }

    @Test
    void examplesTakeTheirParamsFromTheFile() throws Exception
    {
        final HostConfig host = load(ConfigFiles.SIMULATOR.replace("""
              - name: mm
                class: org.ctpengine.strategies.examples.MarketMaker
                instruments: [rb2501]
            """, """
              - name: breakout
                class: org.ctpengine.strategies.examples.Breakout
                instruments: [rb2501]
                thread: 1
                params: {lookback-ms: 5000, lots: 2}
                risk: {max-order-volume: 2, check-price: false}
              - name: pair
                class: org.ctpengine.strategies.examples.PairSpread
                instruments: [rb2501, rb2505]
                params: {window: 100, entry-z: 1.5}
            """));

        assertThat(host.engine().strategies()).extracting(s -> (Object) s.strategy().getClass())
            .containsExactly(Breakout.class, PairSpread.class);
        assertThat(host.engine().strategies().get(0).thread()).isEqualTo(1);
        assertThat(host.engine().strategies().get(0).risk().maxOrderVolume()).isEqualTo(2);
        assertThat(host.engine().strategies().get(0).risk().checkPrice()).isFalse();
        assertThat(host.instruments()).containsExactly("rb2501", "rb2505");
    }

    @Test
    void embeddingCodeBuildsParamsFromAMap()
    {
        final StrategyParams params = StrategyParams.of(List.of("rb2501", "rb2505"), Map.of("window", 50, "entry-z", 1.5));

        assertThat(new PairSpread(params)).isNotNull();
        assertThat(params.integer("window", 600)).isEqualTo(50);
        assertThat(params.decimal("exit-z", 0.5)).isEqualTo(0.5);
        assertThatThrownBy(() -> params.bool("window", false)).hasMessage("config error: (in code): strategy.params.window: 50 is not true or false");
    }

    @Test
    void unquotedIdsKeepTheirDigitsAsWritten() throws Exception
    {
        final HostConfig host = load(ConfigFiles.SIMULATOR.replace("\"9999\"", "9999").replace("\"000001\"", "000001"));

        assertThat(host.engine().accounts().get(0).brokerId()).isEqualTo("9999");
        assertThat(host.engine().accounts().get(0).userId()).isEqualTo("000001");
    }

    @Test
    void unknownKeyIsNamedWithASuggestion() throws Exception
    {
        assertError(ConfigFiles.SIMULATOR + "engine:\n  ring-sise: 1024\n",
            "engine.ring-sise: unknown key (did you mean ring-size?)");
    }

    @Test
    void aPasswordInTheFileIsRefusedWithTheWayToGiveIt() throws Exception
    {
        assertError(ConfigFiles.SIMULATOR.replace("user: \"000001\"", "user: \"000001\"\n    password: hunter2"),
            "accounts[0].password: unknown key (credentials never go in the configuration: use " +
                "credentials.password-env / auth-code-env or credentials.file)");
    }

    @Test
    void wrongTypeNamesTheValueAndTheExpectedType() throws Exception
    {
        assertError(ConfigFiles.SIMULATOR + "engine:\n  ring-size: big\n", "engine.ring-size: \"big\" is not an integer");
        assertError(ConfigFiles.SIMULATOR + "engine:\n  ring-size: 1024.5\n", "engine.ring-size: 1024.5 is not an integer");
        assertError(ConfigFiles.SIMULATOR + "risk:\n  check-price: maybe\n", "risk.check-price: \"maybe\" is not true or false");
        assertError(ConfigFiles.SIMULATOR + "engine: fast\n", "engine: expected a mapping (key: value lines), found \"fast\"");
        assertError(ConfigFiles.SIMULATOR.replace("name: sim-md", "name: [sim-md]"), "market-data[0].name: expected a string, found a list");
        assertError(ConfigFiles.SIMULATOR.replace("accounts:", "accounts: 3\nx:"), "accounts: expected a list, found 3");
    }

    @Test
    void sizesMustBePositiveAndTheRingAPowerOfTwo() throws Exception
    {
        assertError(ConfigFiles.SIMULATOR + "engine:\n  ring-size: 1000\n", "engine.ring-size: 1000 is not a power of two (e.g. 16384)");
        assertError(ConfigFiles.SIMULATOR + "engine:\n  ring-size: 0\n", "engine.ring-size: 0 is not positive");
        assertError(ConfigFiles.SIMULATOR + "engine:\n  timer-interval-ms: -5\n", "engine.timer-interval-ms: -5 is not positive");
        assertError(ConfigFiles.SIMULATOR + "risk:\n  max-order-volume: -1\n", "risk.max-order-volume: -1 is negative (0 turns the limit off)");
        assertError(ConfigFiles.SIMULATOR + "duration: 0s\n", "duration: \"0s\" is not positive");
        assertError(ConfigFiles.SIMULATOR + "duration: soon\n", "duration: 'soon' is not a duration like 30s, 5m or 1h");
    }

    @Test
    void choicesListWhatIsAllowed() throws Exception
    {
        assertError(ConfigFiles.SIMULATOR + "engine:\n  wait-strategy: busyspin\n",
            "engine.wait-strategy: \"busyspin\" is not one of [blocking, sleeping, yielding, busy-spin] (did you mean busy-spin?)");
        assertError(ConfigFiles.SIMULATOR + "engine:\n  background-wait: sleepng\n",
            "engine.background-wait: \"sleepng\" is not one of [blocking, sleeping, yielding, busy-spin] (did you mean sleeping?)");
        assertThat(load(ConfigFiles.SIMULATOR + "engine:\n  wait-strategy: busy-spin\n  background-wait: blocking\n").engine())
            .extracting(EngineConfig::waitStrategy, EngineConfig::backgroundWait)
            .containsExactly(WaitStrategyKind.BUSY_SPIN, WaitStrategyKind.BLOCKING);
        assertError(ConfigFiles.SIMULATOR.replace("profile: \"6.7.8\"", "profile: \"6.3.19\""),
            "simulator.profile: \"6.3.19\" has no built-in simulator; built: " + SimLibrary.PROFILES);
    }

    @Test
    void badFrontUrlIsNamed() throws Exception
    {
        assertError(real(dir, "fronts: [\"tcp//1.2.3.4:10130\"]", ""),
            "accounts[0].fronts[0]: \"tcp//1.2.3.4:10130\" is not a front URL (expected tcp://host:port or ssl://host:port)");
        assertError(real(dir, "fronts: tcp://1.2.3.4:70000", ""), // a single front needs no list
            "accounts[0].fronts[0]: \"tcp://1.2.3.4:70000\" is not a front URL (expected tcp://host:port or ssl://host:port)");
    }

    @Test
    void missingLibraryIsNamedWithItsFullPath() throws Exception
    {
        final String yaml = real(dir, "fronts: [tcp://1.2.3.4:10130]", "").replace(trader(dir).toString(), "lib/nowhere.so");

        assertError(yaml, "accounts[0].trader-library: library lib/nowhere.so does not exist (" +
            Path.of("lib/nowhere.so").toAbsolutePath() + ")");
    }

    @Test
    void aFileThatIsNotASharedLibraryIsRefused() throws Exception
    {
        final Path text = Files.writeString(dir.resolve("notes.so"), "not ELF");
        final String yaml = real(dir, "fronts: [tcp://1.2.3.4:10130]", "").replace(trader(dir).toString(), text.toString());

        assertError(yaml, "accounts[0].trader-library: library " + text + " is not a shared library (no ELF header)");
    }

    @Test
    void aLibraryKeyBesideTheSimulatorIsARealLibraryThatMustExist() throws Exception
    {
        // counters may be mixed (MixedCountersTest): the key names that session's own library
        assertError(ConfigFiles.SIMULATOR.replace("- name: sim-md", "- name: sim-md\n    library: lib/x.so"),
            "market-data[0].library: library lib/x.so does not exist (" + Path.of("lib/x.so").toAbsolutePath() + ")");
    }

    @Test
    void unknownStrategyClassSuggestsTheExample() throws Exception
    {
        assertError(ConfigFiles.SIMULATOR.replace("org.ctpengine.strategies.examples.MarketMaker", "MarketMaker"),
            "strategies[0].class: \"MarketMaker\" is not a class on the class path " +
                "(did you mean org.ctpengine.strategies.examples.MarketMaker?)");
        assertError(ConfigFiles.SIMULATOR.replace("org.ctpengine.strategies.examples.MarketMaker", "java.lang.String"),
            "strategies[0].class: java.lang.String is not a concrete class implementing org.ctpengine.engine.api.Strategy");
    }

    @Test
    void strategyParamsAreCheckedByName() throws Exception
    {
        assertError(ConfigFiles.SIMULATOR + "    params: {half-spred-ticks: 3}\n",
            "strategies[0].params.half-spred-ticks: unknown key for MarketMaker (did you mean half-spread-ticks?); " +
                "it reads [half-spread-ticks, quote-size, max-inventory, max-loss]");
        assertError(ConfigFiles.SIMULATOR + "    params: {quote-size: one}\n",
            "strategies[0].params.quote-size: \"one\" is not an integer");
        assertError(ConfigFiles.SIMULATOR + "    params: {quote-size: 0}\n",
            "strategies[0].params: MarketMaker refused its settings: market maker: bad settings " +
                "Settings[instruments=[rb2501], halfSpreadTicks=2, quoteSize=0, maxInventory=5, maxLoss=20000.0]");
        assertError(ConfigFiles.SIMULATOR.replace("MarketMaker", "Breakout").replace("[rb2501]", "[rb2501, m2501]"),
            "strategies[0].instruments: this strategy takes exactly 1 instrument, found 2 [rb2501, m2501]");
    }

    @Test
    void strategyAccountMustBeConfigured() throws Exception
    {
        assertError(ConfigFiles.SIMULATOR + "    account: simm\n",
            "strategies[0].account: \"simm\" is not an account of this file; accounts: [sim] (did you mean sim?)");
    }

    @Test
    void namesAreUnique() throws Exception
    {
        assertError(ConfigFiles.SIMULATOR.replace("- name: sim-md", "- name: sim"), "market-data[0].name: \"sim\" is used twice");
    }

    @Test
    void yamlSyntaxErrorIsOneLineWithItsPosition() throws Exception
    {
        final Path file = ConfigFiles.write(dir, "broken.yaml", "journal: \"unterminated\nwork: x\n");

        assertThatThrownBy(() -> HostConfigLoader.load(file, NO_ENVIRONMENT::get))
            .isInstanceOf(ConfigException.class)
            .hasMessageStartingWith("config error: " + file + ": not valid YAML at line ")
            .hasMessageNotContaining("\n");
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws Exception
    {
        final Path file = ConfigFiles.write(dir, "twice.yaml", ConfigFiles.SIMULATOR + "journal: other\n");

        assertThatThrownBy(() -> HostConfigLoader.load(file, NO_ENVIRONMENT::get))
            .hasMessageStartingWith("config error: " + file + ": not valid YAML at line ")
            .hasMessageContaining("Duplicate field 'journal'");
    }

    @Test
    void missingOrEmptyFileIsAnError() throws Exception
    {
        final Path missing = dir.resolve("nothing.yaml");
        final Path empty = ConfigFiles.write(dir, "empty.yaml", "\n");

        assertThatThrownBy(() -> HostConfigLoader.load(missing, NO_ENVIRONMENT::get))
            .hasMessage("config error: " + missing + ": no such file (" + missing.toAbsolutePath() + ")");
        assertThatThrownBy(() -> HostConfigLoader.load(empty, NO_ENVIRONMENT::get))
            .hasMessage("config error: " + empty + ": the file is empty");
    }

    @Test
    void replayNeedsNeitherLibrariesNorCredentials() throws Exception
    {
        final Path file = ConfigFiles.write(dir, "real.yaml",
            real(dir, "fronts: [tcp://1.2.3.4:10130]", "").replace(trader(dir).toString(), "lib/nowhere.so"));

        final HostConfig host = HostConfigLoader.forReplay(file);

        assertThat(host.engine().strategies()).hasSize(1);
    }

    private HostConfig load(final String yaml) throws Exception
    {
        return HostConfigLoader.load(ConfigFiles.write(dir, "test.yaml", yaml), NO_ENVIRONMENT::get);
    }

    private void assertError(final String yaml, final String expected) throws Exception
    {
        final Path file = ConfigFiles.write(dir, "test.yaml", yaml);

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.of("CTP_PASSWORD", "pw")::get))
            .isInstanceOf(ConfigException.class)
            .hasMessage("config error: " + file + ": " + expected);
    }

    /** Fake library files: the loader checks an ELF header, the engine (not run here) would load them. */
    static Path trader(final Path dir)
    {
        return dir.resolve("libthosttraderapi_se.so");
    }

    /** A real-front configuration with {@code account} lines added to the account and {@code credentials} replaced. */
    static String real(final Path dir, final String account, final String credentials) throws Exception
    {
        final byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 };
        Files.write(trader(dir), elf);
        Files.write(dir.resolve("libthostmduserapi_se.so"), elf);
        return """
            accounts:
              - name: real
                trader-library: %s
                %s
                broker: "9999"
                user: "000001"
                credentials:
            %s
            market-data:
              - name: md
                library: %s
                fronts: [tcp://1.2.3.4:10131]
            strategies:
              - name: mm
                class: org.ctpengine.strategies.examples.MarketMaker
                instruments: [rb2501]
            """.formatted(trader(dir), account,
            credentials.isEmpty() ? "          password-env: CTP_PASSWORD" : credentials.indent(6).stripTrailing(),
            dir.resolve("libthostmduserapi_se.so"));
    }
}
