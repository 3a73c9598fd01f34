package org.ctpengine.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Faults through the control API: dropped connection, heartbeat warning, delayed responses, session loss. */
class FaultInjectionTest extends SimTestSupport
{
    private static final String RB = "rb2501";

    @ParameterizedTest
    @MethodSource("profiles")
    void droppedConnectionReconnectsAfterTheDelay(final String profile)
    {
        start(profile);
        loginTrader("t");
        assertThat(sim.control("drop_connection", 1, 100).code()).isEqualTo(1);
        final Callback disconnected = sim.expect("t", "OnFrontDisconnected");
        assertThat(disconnected.intArg()).isEqualTo(0x1001);
        final long start = System.nanoTime();
        sim.expect("t", "OnFrontConnected");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(80);
        // The session is gone: log in again.
        insert("t", 10, RB, '0', '0', 3500, 1, "1");
        assertThat(sim.expect("t", "OnRspOrderInsert").errorId()).isEqualTo(6);
        authenticateAndLogin("t");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void requestsFailWithMinusOneWhileDisconnected(final String profile)
    {
        start(profile);
        loginTrader("t");
        sim.control("drop_connection", 1, -1);
        sim.expect("t", "OnFrontDisconnected");
        assertThat(sim.call("t", "ReqQryTradingAccount", "10")).isEqualTo(-1);
        assertThat(insert("t", 11, RB, '0', '0', 3500, 1, "1")).isEqualTo(-1);
        sim.control("reconnect", 1, 0);
        sim.expect("t", "OnFrontConnected");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void mdSessionDropsAndReconnectsToo(final String profile)
    {
        start(profile);
        sim.ok("md m /tmp/");
        sim.call("m", "Init");
        sim.expect("m", "OnFrontConnected");
        sim.control("drop_connection", 2, 0);
        assertThat(sim.expect("m", "OnFrontDisconnected").intArg()).isEqualTo(0x1001);
        sim.expect("m", "OnFrontConnected");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void heartbeatWarningReachesTheSpi(final String profile)
    {
        start(profile);
        loginTrader("t");
        sim.control("heartbeat_warning", 1, 45);
        assertThat(sim.expect("t", "OnHeartBeatWarning").intArg()).isEqualTo(45);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void delayedResponsesArriveNoEarlierThanTheDelay(final String profile)
    {
        start(profile, "flow_window_ms 0");
        loginTrader("t");
        sim.configure("response_delay_ms 250");
        final long start = System.nanoTime();
        sim.call("t", "ReqQryTradingAccount", "10");
        sim.expect("t", "OnRspQryTradingAccount");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(250);
    }

    /** Rests an order, loses the session, fills the order while down, reconnects and logs in again. */
    private List<Callback> sessionLossWithWorkingOrder(final String profile, final int resumeType)
    {
        start(profile);
        sim.control("set_book", RB, 3499, 5, 3500, 5);
        loginTrader("t", resumeType);
        insert("t", 10, RB, '0', '0', 3490, 2, "1");
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:0a", "order:33");
        sim.control("drop_connection", 1, -1);
        sim.expect("t", "OnFrontDisconnected");
        sim.control("market_trade", RB, 3489, 2); // sellers go through our bid while we are away
        sim.control("reconnect", 1, 0);
        sim.expect("t", "OnFrontConnected");
        authenticateAndLogin("t");
        return sim.drain("t");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void resumeReplaysOnlyWhatWasMissed(final String profile)
    {
        assertThat(orderEvents(sessionLossWithWorkingOrder(profile, Resume.RESUME))).containsExactly("order:30", "trade:2@3490");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restartReplaysTheWholeDay(final String profile)
    {
        assertThat(orderEvents(sessionLossWithWorkingOrder(profile, Resume.RESTART)))
            .containsExactly("order:0a", "order:33", "order:30", "trade:2@3490");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void quickReplaysNothing(final String profile)
    {
        assertThat(sessionLossWithWorkingOrder(profile, Resume.QUICK)).isEmpty();
        // What happened while away is still there to query.
        sim.call("t", "ReqQryOrder", "20");
        assertThat(sim.expect("t", "OnRspQryOrder").data().getChar("OrderStatus")).isEqualTo('0');
    }
}
