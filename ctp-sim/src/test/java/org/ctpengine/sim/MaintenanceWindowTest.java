package org.ctpengine.sim;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.struct.RspUserLoginFlyweight;
import org.ctpengine.sim.SimControl.Maintenance;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimMd;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctpengine.sim.SimControl.DISCONNECT_REASON;

/** A maintenance window: connections refused, or logins answered with error 7, until it opens (clock or call). */
class MaintenanceWindowTest extends SimFrontTest
{
    @ParameterizedTest
    @MethodSource("profiles")
    void refusingWindowOpensWhenTheSimulatedClockReachesItsEnd(final String profile)
    {
        start(profile, "start 20241105 14:00:00", "maintenance refuse 20241105 14:00:30");
        final SimTrader trader = front.trader("t").start(ResumeType.QUICK);
        assertThat(trader.drain()).as("refused while the window lasts").isEmpty();
        front.control().step(59); // 500 ms a round: 14:00:29.5
        assertThat(trader.drain()).isEmpty();
        front.control().step(1);  // 14:00:30: the window opens
        trader.expect("OnFrontConnected");
        assertThat(trader.authenticateAndLogin().errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void refusingWindowOpensByControlCall(final String profile)
    {
        start(profile);
        final SimTrader trader = front.trader("t");
        trader.login();
        front.control().startMaintenance(Maintenance.REFUSE);
        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        front.control().step(100);
        assertThat(trader.drain()).as("a window without an end stays closed").isEmpty();
        front.control().openMaintenance();
        trader.expect("OnFrontConnected");
        assertThat(trader.authenticateAndLogin().errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void notInitialisedWindowAcceptsConnectionsAndAnswersLoginsWithError7(final String profile)
    {
        start(profile, "start 20241105 14:00:00", "maintenance not_inited 20241105 14:01:00");
        final SimTrader trader = front.trader("t").connect(ResumeType.QUICK);
        trader.reqAuthenticate(1, trader.account().appId(), trader.account().authCode());
        trader.expect("OnRspAuthenticate");
        trader.reqUserLogin(2, trader.account().password());
        final RecordedCallback refused = trader.expect("OnRspUserLogin");
        assertThat(refused.errorId()).isEqualTo(7);
        assertThat(refused.errorMsg()).isEqualTo("CTP:还没有初始化");

        final SimMd md = front.md("m").connect();
        md.reqUserLogin(1);
        assertThat(md.expect("OnRspUserLogin").errorId()).isEqualTo(7);

        front.control().step(120);
        trader.reqUserLogin(3, trader.account().password());
        assertThat(trader.expect("OnRspUserLogin").errorId()).as("open at 14:01").isZero();
        md.reqUserLogin(2);
        assertThat(md.expect("OnRspUserLogin").errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void enteringANotInitialisedWindowRestartsTheSessions(final String profile)
    {
        start(profile);
        final SimTrader trader = front.trader("t");
        trader.login();
        front.control().startMaintenance(Maintenance.NOT_INITED);
        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        trader.expect("OnFrontConnected");
        trader.reqAuthenticate(1, trader.account().appId(), trader.account().authCode());
        trader.expect("OnRspAuthenticate");
        trader.reqUserLogin(2, trader.account().password());
        assertThat(trader.expect("OnRspUserLogin").errorId()).isEqualTo(7);
        front.control().openMaintenance();
        assertThat(trader.drain()).as("opening does not disturb connected sessions").isEmpty();
        trader.reqUserLogin(3, trader.account().password());
        assertThat(trader.expect("OnRspUserLogin").errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void windowAfterSettlementOpensWhenTheClockIsMovedToItsEnd(final String profile)
    {
        start(profile, "start 20241105 10:00:00");
        final SimTrader trader = front.trader("t");
        trader.login();
        // The front closes for the settlement and opens again at 20:45 for the night session.
        front.control().startMaintenance(Maintenance.REFUSE, 20241105, "20:45:00");
        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        assertThat(front.control().settle()).isEqualTo(20241106); // the clock is at 20:00 now
        assertThat(front.control().advanceClock(20241105, "20:30:00")).isEqualTo(20241106);
        assertThat(trader.drain()).as("still in maintenance at 20:30").isEmpty();
        front.control().advanceClock(20241105, "20:45:00");
        trader.expect("OnFrontConnected");
        assertThat(trader.authenticateAndLogin().struct(new RspUserLoginFlyweight(front.profile())).tradingDay())
            .isEqualTo("20241106");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theClockDoesNotMoveBack(final String profile)
    {
        start(profile, "start 20241105 10:00:00");
        assertThatThrownBy(() -> front.control().advanceClock(20241105, "09:59:59"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("only moves forward: it is 20241105 10:00:00 already");
    }
}
