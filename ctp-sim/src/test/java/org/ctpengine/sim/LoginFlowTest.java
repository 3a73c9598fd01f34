package org.ctpengine.sim;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.struct.RspUserLoginFlyweight;
import org.ctpengine.adapter.struct.SettlementInfoConfirmFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimAccount;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Init → OnFrontConnected → ReqAuthenticate → ReqUserLogin → ReqSettlementInfoConfirm → ReqUserLogout. */
class LoginFlowTest extends SimFrontTest
{
    private static final SimAccount ACCOUNT = SimAccount.DEFAULT;

    @ParameterizedTest
    @MethodSource("profiles")
    void fullLoginFlowReturnsSessionIdentityAndTradingDay(final String profile)
    {
        start(profile, "front_id 3", "start 20241104 21:00:00");
        final SimTrader trader = front.trader("t").connect(ResumeType.QUICK);

        assertThat(trader.reqAuthenticate(1, ACCOUNT.appId(), ACCOUNT.authCode())).isZero();
        final RecordedCallback auth = trader.expect("OnRspAuthenticate");
        assertThat(auth.errorId()).isZero();
        assertThat(auth.requestId()).isEqualTo(1);
        assertThat(auth.isLast()).isTrue();

        assertThat(trader.reqUserLogin(2, ACCOUNT.password())).isZero();
        final RecordedCallback login = trader.expect("OnRspUserLogin");
        assertThat(login.errorId()).isZero();
        assertThat(login.errorMsg()).isEqualTo("CTP:正确");
        assertThat(login.requestId()).isEqualTo(2);
        assertThat(login.isLast()).isTrue();
        final RspUserLoginFlyweight session = login.struct(new RspUserLoginFlyweight(front.profile()));
        assertThat(session.frontId()).isEqualTo(3);
        assertThat(session.sessionId()).isPositive();
        assertThat(session.maxOrderRef()).isEqualTo("1");
        // Monday 21:00 belongs to Tuesday's trading day.
        assertThat(session.tradingDay()).isEqualTo("20241105");
        assertThat(session.loginTime()).isEqualTo("21:00:00");
        assertThat(session.brokerId()).isEqualTo(ACCOUNT.broker());
        assertThat(session.userId()).isEqualTo(ACCOUNT.user());
        assertThat(trader.api().tradingDay()).isEqualTo("20241105");

        assertThat(trader.reqSettlementInfoConfirm(3)).isZero();
        final RecordedCallback confirm = trader.expect("OnRspSettlementInfoConfirm");
        assertThat(confirm.errorId()).isZero();
        assertThat(confirm.requestId()).isEqualTo(3);
        assertThat(confirm.struct(new SettlementInfoConfirmFlyweight(front.profile())).investorId()).isEqualTo(ACCOUNT.user());

        assertThat(trader.reqUserLogout(4)).isZero();
        final RecordedCallback logout = trader.expect("OnRspUserLogout");
        assertThat(logout.errorId()).isZero();
        assertThat(logout.requestId()).isEqualTo(4);
        assertThat(trader.drain()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void twoSessionsGetDistinctSessionIds(final String profile)
    {
        start(profile);
        final int first = sessionId(front.trader("a").login());
        final int second = sessionId(front.trader("b").login());
        assertThat(second).isNotEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsAuthenticationWithWrongAuthCode(final String profile)
    {
        start(profile);
        final SimTrader trader = front.trader("t").connect(ResumeType.QUICK);
        trader.reqAuthenticate(1, ACCOUNT.appId(), "wrong");
        final RecordedCallback auth = trader.expect("OnRspAuthenticate");
        assertThat(auth.errorId()).isEqualTo(63);
        assertThat(auth.errorMsg()).isEqualTo("CTP:客户端认证失败");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsAuthenticationWithWrongAppId(final String profile)
    {
        start(profile);
        final SimTrader trader = front.trader("t").connect(ResumeType.QUICK);
        trader.reqAuthenticate(1, "other", ACCOUNT.authCode());
        assertThat(trader.expect("OnRspAuthenticate").errorId()).isEqualTo(63);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsLoginBeforeAuthentication(final String profile)
    {
        start(profile);
        final SimTrader trader = front.trader("t").connect(ResumeType.QUICK);
        trader.reqUserLogin(2, ACCOUNT.password());
        final RecordedCallback login = trader.expect("OnRspUserLogin");
        assertThat(login.errorId()).isEqualTo(64);
        assertThat(login.errorMsg()).isEqualTo("CTP:客户端未认证");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsLoginWithWrongPassword(final String profile)
    {
        start(profile);
        final SimTrader trader = front.trader("t").connect(ResumeType.QUICK);
        trader.reqAuthenticate(1, ACCOUNT.appId(), ACCOUNT.authCode());
        trader.expect("OnRspAuthenticate");
        trader.reqUserLogin(2, "nope");
        final RecordedCallback login = trader.expect("OnRspUserLogin");
        assertThat(login.errorId()).isEqualTo(3);
        assertThat(login.errorMsg()).isEqualTo("CTP:不合法的登录");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void configuredAccountLogsInWithItsOwnCredentials(final String profile)
    {
        final SimAccount account = new SimAccount("8888", "trader7", "secret", "app7", "code7");
        start(profile, account.configLine(500_000), "auth_required 1");
        final SimTrader trader = front.trader("t", account).connect(ResumeType.QUICK);
        assertThat(trader.authenticateAndLogin().errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void callbacksComeFromTheSimulatorNotFromInsideTheRequest(final String profile)
    {
        start(profile, "response_delay_ms 200");
        final SimTrader trader = front.trader("t").connect(ResumeType.QUICK);
        // The request returns at once; the answer arrives later on the instance's own callback thread.
        final long start = System.nanoTime();
        assertThat(trader.reqAuthenticate(1, ACCOUNT.appId(), ACCOUNT.authCode())).isZero();
        final long returned = System.nanoTime();
        final RecordedCallback auth = trader.expect("OnRspAuthenticate");
        final long answered = System.nanoTime();
        assertThat((answered - start) / 1_000_000).isGreaterThanOrEqualTo(200);
        assertThat((returned - start) / 1_000_000).isLessThan(200);
        assertThat(auth.threadName()).isEqualTo(trader.api().callbackThreadName()).isNotEqualTo(Thread.currentThread().getName());
    }

    private int sessionId(final RecordedCallback login)
    {
        return login.struct(new RspUserLoginFlyweight(front.profile())).sessionId();
    }
}
