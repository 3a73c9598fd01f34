package org.ctpengine.engine.host;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.testing.AcceptAndCloseFront;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.session.TraderSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.Secret;

/**
 * SFIT's real library against a front that accepts and closes: it reconnects hundreds of times a second.
 * The engine counts every disconnect (the report, in the counters file) but logs the state change once
 * and does not hammer the front with logins.
 */
class ReconnectStormTest
{
    @TempDir
    Path work;

    @Test
    void aStormIsCountedButLoggedOnce() throws Exception
    {
        final Logger sessionLog = (Logger)LoggerFactory.getLogger(TraderSession.class);
        final ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        sessionLog.addAppender(logged);
        try (AcceptAndCloseFront front = new AcceptAndCloseFront())
        {
            final AccountConfig account = new AccountConfig("storm", RealCtpLibraries.trader(JctpJars.V678), null,
                List.of(front.address()), "9999", "000001", Secret.of("secret"), "", Secret.of(""), ResumeType.QUICK);
            final EngineConfig config = new EngineConfig(work, 4096, WaitStrategyKind.BLOCKING, 20, 1000, 64,
                RiskLimits.defaults(), List.of(account), List.of(), List.of());
            try (Engine engine = new Engine(config, List.of()))
            {
                engine.start();
                await().atMost(20, TimeUnit.SECONDS).until(() -> engine.counters().reconnects().get() >= 100);

                assertThat(front.accepted()).isGreaterThanOrEqualTo(100);
                assertThat(engine.accountState("storm")).isEqualTo(SessionState.DISCONNECTED);
            }
        }
        finally
        {
            sessionLog.detachAppender(logged);
        }
        assertThat(logged.list.stream().filter(e -> e.getFormattedMessage().contains("front disconnected")).count())
            .isEqualTo(1);
        assertThat(logged.list.stream().noneMatch(e -> e.getFormattedMessage().contains("secret"))).isTrue();
    }
}
