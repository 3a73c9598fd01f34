package org.ctpengine.engine.host;

import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.ctpengine.sim.testing.SimFront;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.engine.config.EngineConfig;

/** Outside the counter's hours the engine waits, says what for, and logs in once the counter opens. */
class FrontHoursTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;

    @TempDir
    Path work;

    @Test
    void aCounterNotReadyYetIsWaitedForWithABackOffAndLoggedIntoWhenItOpens() throws Exception
    {
        try (SimFront front = SimFront.start(PROFILE, "tick_interval_ms 20", "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS))
        {
            front.control().startMaintenance(SimControl.Maintenance.NOT_INITED); // logins answered with error 7
            final EngineConfig config = new EngineConfig(work, 4096, WaitStrategyKind.BLOCKING, 20,
                SimEngineFixture.QUERY_INTERVAL_MS, 1024, RiskLimits.none(), List.of(SimEngineFixture.account(PROFILE)),
                List.of(SimEngineFixture.marketData(PROFILE)), List.of());
            try (Engine engine = new Engine(config, List.of()))
            {
                engine.start();
                await().atMost(20, TimeUnit.SECONDS).until(() -> engine.waitingFor(SimEngineFixture.ACCOUNT) != null);
                assertThat(engine.waitingFor(SimEngineFixture.ACCOUNT)).contains("not ready").contains("error 7")
                    .contains("next login at");
                assertThat(engine.loginRefusal()).as("a counter not open yet is no reason to give up").isNull();

                front.control().openMaintenance();

                await().atMost(30, TimeUnit.SECONDS)
                    .until(() -> engine.accountState(SimEngineFixture.ACCOUNT) == SessionState.READY);
                assertThat(engine.waitingFor(SimEngineFixture.ACCOUNT)).isNull();
            }
        }
    }
}
