package org.ctpengine.sim;

import org.ctpengine.adapter.ApiResult;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimMd;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.sim.SimControl.DISCONNECT_REASON;
import static org.ctpengine.sim.SimControl.Target.MD;
import static org.ctpengine.sim.SimControl.Target.TRADER;

/** Faults through the control API: dropped connection, heartbeat warning, delayed responses, session loss. */
class FaultInjectionTest extends SimFrontTest
{
    private SimTrader trader;

    private void ready(final String profile, final String... config)
    {
        start(profile, config);
        trader = front.trader("t");
        trader.login();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void droppedConnectionReconnectsAfterTheDelay(final String profile)
    {
        ready(profile);
        assertThat(front.control().dropConnection(TRADER, 100)).isEqualTo(1);
        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON).isEqualTo(0x1001);
        final long start = System.nanoTime();
        trader.expect("OnFrontConnected");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(80);
        // The session is gone: log in again.
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 1, "1");
        assertThat(trader.expect("OnRspOrderInsert").errorId()).isEqualTo(6);
        assertThat(trader.authenticateAndLogin().errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void requestsFailWithMinusOneWhileDisconnected(final String profile)
    {
        ready(profile);
        front.control().dropConnection(TRADER, -1);
        trader.expect("OnFrontDisconnected");
        assertThat(trader.reqQryTradingAccount(10)).isEqualTo(ApiResult.NETWORK_FAILURE);
        assertThat(trader.insertOrder(11, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 1, "1")).isEqualTo(ApiResult.NETWORK_FAILURE);
        front.control().reconnect(TRADER, 0);
        trader.expect("OnFrontConnected");
        assertThat(trader.drain()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void mdSessionDropsAndReconnectsToo(final String profile)
    {
        start(profile);
        final SimMd md = front.md("m").connect();
        assertThat(front.control().dropConnection(MD, 0)).isEqualTo(1);
        assertThat(md.expect("OnFrontDisconnected").intArgument()).isEqualTo(0x1001);
        md.expect("OnFrontConnected");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void heartbeatWarningReachesTheSpi(final String profile)
    {
        ready(profile);
        front.control().heartbeatWarning(TRADER, 45);
        assertThat(trader.expect("OnHeartBeatWarning").intArgument()).isEqualTo(45);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void delayedResponsesArriveNoEarlierThanTheDelay(final String profile)
    {
        ready(profile, "flow_window_ms 0");
        front.configure("response_delay_ms 250");
        final long start = System.nanoTime();
        assertThat(trader.reqQryTradingAccount(10)).isZero();
        trader.expect("OnRspQryTradingAccount");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(250);
    }

    /** Rests an order, loses the session, fills the order while down, reconnects and logs in again. */
    private List<RecordedCallback> sessionLossWithWorkingOrder(final String profile, final ResumeType privateTopic)
    {
        start(profile);
        front.control().setBook(RB, 3499, 5, 3500, 5);
        trader = front.trader("t");
        trader.login(privateTopic);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 2, "1");
        assertThat(orderEvents(trader.drain())).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown", "OnRtnOrder Accepted/NoTradeQueueing");
        front.control().dropConnection(TRADER, -1);
        trader.expect("OnFrontDisconnected");
        front.control().marketTrade(RB, 3489, 2); // sellers go through our bid while we are away
        front.control().reconnect(TRADER, 0);
        trader.expect("OnFrontConnected");
        trader.authenticateAndLogin();
        return trader.drain();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void resumeReplaysOnlyWhatWasMissed(final String profile)
    {
        assertThat(orderEvents(sessionLossWithWorkingOrder(profile, ResumeType.RESUME)))
            .containsExactly("OnRtnOrder Accepted/AllTraded", "OnRtnTrade 2@3490.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restartReplaysTheWholeDay(final String profile)
    {
        assertThat(orderEvents(sessionLossWithWorkingOrder(profile, ResumeType.RESTART))).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing",
            "OnRtnOrder Accepted/AllTraded",
            "OnRtnTrade 2@3490.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void quickReplaysNothing(final String profile)
    {
        assertThat(sessionLossWithWorkingOrder(profile, ResumeType.QUICK)).isEmpty();
        // What happened while away is still there to query.
        trader.reqQryOrder(20);
        final OrderFlyweight order = trader.expect("OnRspQryOrder").struct(new OrderFlyweight(front.profile()));
        assertThat(order.orderStatus()).isEqualTo(OrderStatus.ALL_TRADED);
    }
}
