package org.ctpengine.engine.session;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import org.ctpengine.engine.ring.SessionState;

/** A front that never answers is named once, after the patience, and again only after the session got further. */
class FrontSilenceWatchTest
{
    private static final long SECOND = 1_000_000_000L;

    private final Logger log = (Logger)LoggerFactory.getLogger("front-silence-watch-test");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void capture()
    {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void release()
    {
        log.detachAppender(logged);
    }

    @Test
    void saysOnceWhichFrontIsSilentAndWhatToCheck()
    {
        final FrontSilenceWatch watch = new FrontSilenceWatch(log, "account sim", List.of("tcp://127.0.0.1:41205"), 5 * SECOND);

        assertThat(watch.poll(SessionState.CONNECTING, 100 * SECOND)).isFalse();
        assertThat(watch.poll(SessionState.CONNECTING, 104 * SECOND)).as("before the patience").isFalse();
        assertThat(watch.poll(SessionState.CONNECTING, 105 * SECOND)).isTrue();
        for (long t = 106; t < 1_000; t++)
        {
            assertThat(watch.poll(SessionState.CONNECTING, t * SECOND)).isFalse();
        }

        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
            .isEqualTo("account sim: no answer from front tcp://127.0.0.1:41205 after 5 s (still CONNECTING: " +
                "OnFrontConnected never came); check the address and port, that the counter is up and in its trading " +
                "hours, and that nothing (a firewall, a VPN) blocks the connection from here");
    }

    @Test
    void armsAgainOnlyAfterTheSessionLeftConnecting()
    {
        final FrontSilenceWatch watch = new FrontSilenceWatch(log, "market data md", List.of("tcp://a:1", "tcp://b:2"), 5 * SECOND);

        watch.poll(SessionState.CONNECTING, 0);
        assertThat(watch.poll(SessionState.CONNECTING, 6 * SECOND)).isTrue();
        assertThat(watch.poll(SessionState.LOGGING_IN, 7 * SECOND)).isFalse();
        assertThat(watch.poll(SessionState.READY, 8 * SECOND)).isFalse();
        assertThat(watch.poll(SessionState.DISCONNECTED, 100 * SECOND)).as("a link lost is logged by the session").isFalse();
        watch.poll(SessionState.CONNECTING, 200 * SECOND);
        assertThat(watch.poll(SessionState.CONNECTING, 204 * SECOND)).isFalse();
        assertThat(watch.poll(SessionState.CONNECTING, 206 * SECOND)).isTrue();

        assertThat(logged.list).hasSize(2).allSatisfy(event -> assertThat(event.getFormattedMessage())
            .startsWith("market data md: no answer from fronts [tcp://a:1, tcp://b:2] after "));
    }
}
