package org.ctpengine.journal.recovery;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.Secret;
import org.ctpengine.engine.recovery.WarmStart;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.EngineMetadata;
import org.ctpengine.journal.replay.SimulatorDefaults;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A journal is continued only by the login that recorded it, through the same counter library. */
class WarmStartIdentityTest
{
    private static final Path SIM = SimLibrary.path(SimLibrary.DEFAULT_PROFILE);

    @TempDir
    Path dir;

    private EngineConfig config(final Path work, final AccountConfig account)
    {
        return new EngineConfig(work, 4096, WaitStrategyKind.BLOCKING, 20, 20, 1024, RiskLimits.none(), List.of(account),
            List.of(SimulatorDefaults.marketData("md", SIM)), List.of());
    }

    @Test
    void aJournalOfAnotherUserIsRefusedNamingBoth() throws Exception
    {
        final SimControl control = SimControl.open(SIM);
        control.reset();
        control.configure("flow_window_ms 20");
        final AccountConfig recorded = SimulatorDefaults.account("sim", SIM, ResumeType.QUICK);
        final Path journalDir = dir.resolve("journal");
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        try (Journal journal = Journal.open(journalDir))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), "test"));
            try (Engine engine = new Engine(config(Files.createDirectories(dir.resolve("work")), recorded), List.of(handler)))
            {
                engineRef.set(engine);
                engine.start();
                await().atMost(30, TimeUnit.SECONDS).until(() -> engine.accountState("sim") == SessionState.READY);
            }
        }
        final WarmStart state = JournalRecovery.recover(journalDir);
        assertThat(state.account("sim")).isNotNull();
        assertThat(state.account("sim").userId()).isEqualTo(recorded.userId());

        final AccountConfig other = new AccountConfig("sim", SIM, null, recorded.fronts(), recorded.brokerId(), "000777",
            Secret.of("x"), recorded.appId(), recorded.authCode(), ResumeType.QUICK);
        try (Engine engine = new Engine(config(dir.resolve("work2"), other), List.of()))
        {
            assertThatThrownBy(() -> engine.warmStart(state))
                .isInstanceOf(Engine.WarmStartRefusedException.class)
                .hasMessageContaining("user " + recorded.userId()).hasMessageContaining("user 000777")
                .hasMessageContaining("--cold");
        }
        try (Engine engine = new Engine(config(dir.resolve("work3"), recorded), List.of()))
        {
            engine.warmStart(state); // the same login continues its day
            assertThat(engine.isWarmStarted()).isTrue();
        }
    }
}
