package org.ctpengine.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Init → OnFrontConnected → ReqAuthenticate → ReqUserLogin → ReqSettlementInfoConfirm → ReqUserLogout. */
class LoginFlowTest extends SimTestSupport
{
    @ParameterizedTest
    @MethodSource("profiles")
    void fullLoginFlowReturnsSessionIdentityAndTradingDay(final String profile)
    {
        start(profile, "front_id 3", "start 20241104 21:00:00");
        connectTrader("t", Resume.QUICK);
        final Callback login = authenticateAndLogin("t");
        assertThat(login.intArg()).isEqualTo(2);
        assertThat(login.isLast()).isTrue();
        assertThat(login.data().getInt("FrontID")).isEqualTo(3);
        assertThat(login.data().getInt("SessionID")).isPositive();
        assertThat(login.data().get("MaxOrderRef")).isEqualTo("1");
        // Monday 21:00 belongs to Tuesday's trading day.
        assertThat(login.data().get("TradingDay")).isEqualTo("20241105");
        assertThat(login.data().get("LoginTime")).isEqualTo("21:00:00");
        assertThat(login.rspInfo().get("ErrorMsg")).isEqualTo("CTP:正确");
        assertThat(sim.send("call t GetTradingDay").text()).isEqualTo("20241105");

        assertThat(sim.call("t", "ReqSettlementInfoConfirm", "3", "BrokerID=9999", "InvestorID=000001")).isZero();
        final Callback confirm = sim.expect("t", "OnRspSettlementInfoConfirm");
        assertThat(confirm.errorId()).isZero();
        assertThat(confirm.data().get("InvestorID")).isEqualTo(USER);

        assertThat(sim.call("t", "ReqUserLogout", "4", "BrokerID=9999", "UserID=000001")).isZero();
        final Callback logout = sim.expect("t", "OnRspUserLogout");
        assertThat(logout.errorId()).isZero();
        assertThat(logout.intArg()).isEqualTo(4);
        assertThat(sim.drain("t")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void twoSessionsGetDistinctSessionIds(final String profile)
    {
        start(profile);
        final int first = loginTrader("a").data().getInt("SessionID");
        final int second = loginTrader("b").data().getInt("SessionID");
        assertThat(second).isNotEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsAuthenticationWithWrongAuthCode(final String profile)
    {
        start(profile);
        connectTrader("t", Resume.QUICK);
        sim.call("t", "ReqAuthenticate", "1", "BrokerID=9999", "UserID=000001", "AppID=" + APP_ID, "AuthCode=wrong");
        final Callback auth = sim.expect("t", "OnRspAuthenticate");
        assertThat(auth.errorId()).isEqualTo(63);
        assertThat(auth.rspInfo().get("ErrorMsg")).isEqualTo("CTP:客户端认证失败");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsAuthenticationWithWrongAppId(final String profile)
    {
        start(profile);
        connectTrader("t", Resume.QUICK);
        sim.call("t", "ReqAuthenticate", "1", "BrokerID=9999", "UserID=000001", "AppID=other", "AuthCode=" + AUTH_CODE);
        assertThat(sim.expect("t", "OnRspAuthenticate").errorId()).isEqualTo(63);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsLoginBeforeAuthentication(final String profile)
    {
        start(profile);
        connectTrader("t", Resume.QUICK);
        sim.call("t", "ReqUserLogin", "2", "BrokerID=9999", "UserID=000001", "Password=sim");
        final Callback login = sim.expect("t", "OnRspUserLogin");
        assertThat(login.errorId()).isEqualTo(64);
        assertThat(login.rspInfo().get("ErrorMsg")).isEqualTo("CTP:客户端未认证");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsLoginWithWrongPassword(final String profile)
    {
        start(profile);
        connectTrader("t", Resume.QUICK);
        sim.call("t", "ReqAuthenticate", "1", "BrokerID=9999", "UserID=000001", "AppID=" + APP_ID, "AuthCode=" + AUTH_CODE);
        sim.expect("t", "OnRspAuthenticate");
        sim.call("t", "ReqUserLogin", "2", "BrokerID=9999", "UserID=000001", "Password=nope");
        final Callback login = sim.expect("t", "OnRspUserLogin");
        assertThat(login.errorId()).isEqualTo(3);
        assertThat(login.rspInfo().get("ErrorMsg")).isEqualTo("CTP:不合法的登录");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void configuredAccountLogsInWithItsOwnCredentials(final String profile)
    {
        start(profile, "account 8888 trader7 secret app7 code7 500000", "auth_required 1");
        connectTrader("t", Resume.QUICK);
        sim.call("t", "ReqAuthenticate", "1", "BrokerID=8888", "UserID=trader7", "AppID=app7", "AuthCode=code7");
        assertThat(sim.expect("t", "OnRspAuthenticate").errorId()).isZero();
        sim.call("t", "ReqUserLogin", "2", "BrokerID=8888", "UserID=trader7", "Password=secret");
        assertThat(sim.expect("t", "OnRspUserLogin").errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void callbacksComeFromTheSimulatorNotFromInsideTheRequest(final String profile)
    {
        start(profile, "response_delay_ms 200");
        connectTrader("t", Resume.QUICK);
        // The request returns at once; the answer arrives later on the instance's own callback thread.
        final long start = System.nanoTime();
        assertThat(sim.call("t", "ReqAuthenticate", "1", "BrokerID=9999", "UserID=000001", "AppID=" + APP_ID,
            "AuthCode=" + AUTH_CODE)).isZero();
        final long returned = System.nanoTime();
        sim.expect("t", "OnRspAuthenticate");
        final long answered = System.nanoTime();
        assertThat((answered - start) / 1_000_000).isGreaterThanOrEqualTo(200);
        assertThat((returned - start) / 1_000_000).isLessThan(200);
    }
}
