package org.ctpengine.engine.host;

import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ProfileDirectory;
import org.ctpengine.abitools.extract.AbiCommand;
import org.ctpengine.abitools.header.CppHeaderWriter;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.ctpengine.adapter.CtpApiKind;
import org.ctpengine.adapter.CtpLibrary;
import org.ctpengine.adapter.CtpLoadException;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.engine.config.Secret;

/**
 * A vendor SDK's profile, made with {@code abi extract --headers} into a directory outside the jar, drives a real
 * library through the engine's normal path: the vtable check passes and the session logs in.
 */
class ExternalProfileEngineTest
{
    @TempDir
    Path dir;

    @AfterEach
    void forgetExternalProfiles()
    {
        AbiProfiles.useDirectories(List.of());
    }

    @Test
    void aProfileExtractedFromHeadersUnderANewIdLogsInToTheSimulator() throws Exception
    {
        // The simulator's headers, as its build writes them, stand in for a vendor's SDK.
        extract("6.7.8", "vendor-6.7.8");

        SimEngineFixture.resetSimulator("6.7.8", 50);
        final Path library = SimLibrary.path("6.7.8");
        final AccountConfig account = new AccountConfig(SimEngineFixture.ACCOUNT, library, "vendor-6.7.8",
            List.of("tcp://127.0.0.1:41205"), SimEngineFixture.BROKER, SimEngineFixture.USER, Secret.of(SimEngineFixture.PASSWORD),
            SimEngineFixture.APP_ID, Secret.of(SimEngineFixture.AUTH_CODE), ResumeType.QUICK);
        final MarketDataConfig marketData = new MarketDataConfig("sim-md", library, "vendor-6.7.8",
            List.of("tcp://127.0.0.1:41213"), SimEngineFixture.BROKER, SimEngineFixture.USER, Secret.of(SimEngineFixture.PASSWORD));
        final EngineConfig config = new EngineConfig(dir.resolve("work"), 4096, WaitStrategyKind.BLOCKING, 20,
            SimEngineFixture.QUERY_INTERVAL_MS, 1024, RiskLimits.defaults(), List.of(account), List.of(marketData), List.of());

        try (Engine engine = new Engine(config, List.of()))
        {
            assertThat(engine.profiles()).extracting(profile -> profile.id()).containsExactly("vendor-6.7.8");
            assertThat(engine.channels()).extracting(Engine.ChannelInfo::apiVersion).allMatch(version -> version.contains("profile=6.7.8"));
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> engine.accountState(SimEngineFixture.ACCOUNT) == SessionState.READY);
            assertThat(engine.accountState(SimEngineFixture.ACCOUNT)).isEqualTo(SessionState.READY);
        }
    }

    @Test
    void sfitsLibraryPassesTheVtableCheckAgainstTheExternalProfileOfItsVersion() throws Exception
    {
        extract("6.7.8", "vendor-6.7.8");

        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader("6.7.8"),
            AbiProfiles.byId("vendor-6.7.8"));

        assertThat(library.vtableVerified()).isTrue();
        assertThat(library.profile().id()).isEqualTo("vendor-6.7.8");
    }

    @Test
    void sfitsLibraryRefusesTheExternalProfileOfAnotherVersion() throws Exception
    {
        extract("6.6.1_P1", "vendor-6.6.1");
        final Path library = RealCtpLibraries.trader("6.7.8");

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, library, AbiProfiles.byId("vendor-6.6.1")))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(library.toString())
            .hasMessageContaining("does not match ABI profile vendor-6.6.1")
            .hasMessageContaining("slot 4: expected RegisterFront, found GetFrontInfo");
    }

    /** What a user with a vendor SDK does: its headers through {@code abi extract --headers} into a directory. */
    private void extract(final String headersOf, final String id)
    {
        final Path sdk = dir.resolve("sdk-" + id);
        CppHeaderWriter.write(AbiProfiles.byId(headersOf), sdk);
        final Path profiles = dir.resolve("profiles");
        assertThat(AbiCommand.commandLine().execute("extract", "--headers", sdk.toString(), "--id", id,
            "--out", profiles.toString())).isZero();
        AbiProfiles.useDirectories(List.of(new ProfileDirectory(profiles, "test")));
    }
}
