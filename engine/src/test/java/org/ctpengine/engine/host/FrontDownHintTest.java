package org.ctpengine.engine.host;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.ctpengine.engine.session.MdSession;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.session.TraderSession;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A front with nothing answering (the simulator's {@code front down}: no OnFrontConnected at all): both sessions
 * name their front and what to check, once each, however long they wait; once the front answers they log in.
 */
class FrontDownHintTest
{
    private static final String HINT = "no answer from front ";

    @TempDir
    Path work;

    @Test
    void aSilentFrontIsNamedOnceBySessionThenTheSessionsConnectWhenItAnswers() throws Exception
    {
        final SimControl control = SimEngineFixture.resetSimulator(SimLibrary.DEFAULT_PROFILE, 20);
        final Logger traderLog = (Logger)LoggerFactory.getLogger(TraderSession.class);
        final Logger mdLog = (Logger)LoggerFactory.getLogger(MdSession.class);
        final ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        traderLog.addAppender(logged);
        mdLog.addAppender(logged);
        try
        {
            control.frontMode(SimControl.FrontMode.DOWN);
            try (Engine engine = new Engine(SimEngineFixture.config(work, SimLibrary.DEFAULT_PROFILE, List.of()), List.of()))
            {
                engine.start();
                await().atMost(30, TimeUnit.SECONDS).until(() -> hints(logged).size() == 2);
                assertThat(engine.accountState(SimEngineFixture.ACCOUNT)).isEqualTo(SessionState.CONNECTING);

                control.frontMode(SimControl.FrontMode.UP);
                await().atMost(30, TimeUnit.SECONDS)
                    .until(() -> engine.accountState(SimEngineFixture.ACCOUNT) == SessionState.READY);
            }
        }
        finally
        {
            traderLog.detachAppender(logged);
            mdLog.detachAppender(logged);
            control.reset();
        }
        assertThat(hints(logged)).as("once per session, over the whole wait").containsExactlyInAnyOrder(
            "account sim: " + HINT + "tcp://127.0.0.1:41205",
            "market data sim-md: " + HINT + "tcp://127.0.0.1:41213");
    }

    /** Each hint logged, cut after its front's address. */
    private static List<String> hints(final ListAppender<ILoggingEvent> logged)
    {
        return List.copyOf(logged.list).stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(HINT))
            .map(m -> m.substring(0, m.indexOf(" after "))).toList();
    }
}
