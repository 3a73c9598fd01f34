package org.ctpengine.sim;

import org.ctpengine.adapter.ApiResult;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.sim.SimControl.FrontMode;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimMd;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ctpengine.sim.SimControl.DISCONNECT_REASON;

/** The front's behaviour: up, down (nothing answers) and a storm (accept, then close at once). */
class FrontModeTest extends SimFrontTest
{
    @ParameterizedTest
    @MethodSource("profiles")
    void frontDownNeverAnswersUntilItComesUp(final String profile)
    {
        start(profile, "front down");
        final SimTrader trader = front.trader("t").start(ResumeType.QUICK);
        assertThat(trader.drain()).as("nothing answers a front that is down").isEmpty();
        assertThat(front.control().connectionsAccepted()).isZero();

        front.control().frontMode(FrontMode.UP);
        trader.expect("OnFrontConnected");
        assertThat(front.control().connectionsAccepted()).isEqualTo(1);
        assertThat(trader.authenticateAndLogin().errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void frontGoingDownDropsItsSessionsAndStaysSilent(final String profile)
    {
        start(profile);
        final SimTrader trader = front.trader("t");
        trader.login();
        front.control().frontMode(FrontMode.DOWN);
        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        assertThat(trader.drain()).as("no reconnect while the front is down").isEmpty();
        assertThat(trader.reqQryTradingAccount(1)).isEqualTo(ApiResult.NETWORK_FAILURE);

        front.control().frontMode(FrontMode.UP);
        trader.expect("OnFrontConnected");
        assertThat(trader.authenticateAndLogin().errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void stormAcceptsAndClosesOverAndOverAtMoreThanAThousandASecond(final String profile)
    {
        start(profile, "front storm", "storm_reconnect_us 200");
        final SimTrader trader = front.trader("t").start(ResumeType.QUICK);
        final long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).until(() -> front.control().connectionsAccepted() >= 2_000);
        final double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(2_000 / seconds).as("reconnects a second").isGreaterThan(1_000);

        front.control().frontMode(FrontMode.UP);
        // Every accepted connection was announced and then closed, in strict alternation, until the front came up.
        final List<RecordedCallback> history = trader.drain();
        assertThat(history.size()).isGreaterThanOrEqualTo(3_999);
        for (int i = 0; i < history.size() - 1; i++)
        {
            final RecordedCallback callback = history.get(i);
            assertThat(callback.method()).as("callback %d", i)
                .isEqualTo(i % 2 == 0 ? "OnFrontConnected" : "OnFrontDisconnected");
            if (i % 2 == 1)
            {
                assertThat(callback.intArgument()).isEqualTo(DISCONNECT_REASON);
            }
        }
        assertThat(history.get(history.size() - 1).method()).as("the last connection stays").isEqualTo("OnFrontConnected");
        assertThat(trader.authenticateAndLogin().errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void aStormWindowDropsTheSessionsStormsForItsTimeThenLetsThemConnect(final String profile)
    {
        start(profile, "tick_interval_ms 20");
        final SimTrader trader = front.trader("t");
        trader.login();
        final long before = front.control().connectionsAccepted();
        final long configured = System.nanoTime();
        front.configure("storm_window 300 1500");

        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        final double startedAfterMs = (System.nanoTime() - configured) / 1e6;
        assertThat(startedAfterMs).as("the storm starts when its window opens").isGreaterThanOrEqualTo(300);
        await().atMost(Duration.ofSeconds(10)).until(() -> front.control().connectionsAccepted() >= before + 1_000);
        // It ends by itself: no new connection between two polls 100 ms apart (a storm makes over a hundred), the
        // last one holds, and the session logs in again.
        final long[] seen = {-1};
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
        {
            final long accepted = front.control().connectionsAccepted();
            final boolean calm = accepted == seen[0];
            seen[0] = accepted;
            return calm;
        });
        assertThat((System.nanoTime() - configured) / 1e6).as("ms until the storm ended").isGreaterThanOrEqualTo(1_800);
        final List<RecordedCallback> history = trader.drain();
        assertThat(history.get(history.size() - 1).method()).as("the last connection stays").isEqualTo("OnFrontConnected");
        final long stormed = front.control().connectionsAccepted() - before;
        assertThat(stormed).as("connections in 1.5 s of storm").isGreaterThan(1_500);
        assertThat(trader.authenticateAndLogin().errorId()).isZero();
        assertThat(front.control().connectionsAccepted() - before).isEqualTo(stormed);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void stormWithoutHandshakeOnlyDisconnects(final String profile)
    {
        start(profile, "front storm", "storm_connected 0");
        final SimTrader trader = front.trader("t").start(ResumeType.QUICK);
        await().atMost(Duration.ofSeconds(10)).until(() -> front.control().connectionsAccepted() >= 100);
        front.control().frontMode(FrontMode.DOWN);
        final List<RecordedCallback> history = trader.drain();
        assertThat(history).hasSizeGreaterThanOrEqualTo(100)
            .allSatisfy(c -> assertThat(c.method()).isEqualTo("OnFrontDisconnected"));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void stormDropsLoggedInSessionsOfBothKinds(final String profile)
    {
        start(profile);
        final SimTrader trader = front.trader("t");
        trader.login();
        final SimMd md = front.md("m");
        md.login();
        final long before = front.control().connectionsAccepted();
        front.configure("front storm");
        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        assertThat(md.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        await().atMost(Duration.ofSeconds(10)).until(() -> front.control().connectionsAccepted() >= before + 20);
        front.control().frontMode(FrontMode.DOWN);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void releasingInstancesDuringAStormIsSafe(final String profile)
    {
        for (int round = 0; round < 20; round++)
        {
            start(profile, "front storm", "storm_reconnect_us 0");
            front.trader("t").start(ResumeType.QUICK);
            front.md("m").start();
            await().atMost(Duration.ofSeconds(10)).until(() -> front.control().connectionsAccepted() >= 50);
            front.close(); // releases both instances while they reconnect
            front = null;
        }
    }
}
