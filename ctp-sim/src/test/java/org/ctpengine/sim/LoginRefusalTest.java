package org.ctpengine.sim;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimAccount;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Logins the counter refuses, each selectable by configuration, with CTP's numbers and prompts. */
class LoginRefusalTest extends SimFrontTest
{
    private static final SimAccount ACCOUNT = SimAccount.DEFAULT;

    private SimTrader authenticated(final String profile, final String... config)
    {
        start(profile, config);
        final SimTrader trader = front.trader("t").connect(ResumeType.QUICK);
        trader.reqAuthenticate(1, ACCOUNT.appId(), ACCOUNT.authCode());
        assertThat(trader.expect("OnRspAuthenticate").errorId()).isZero();
        return trader;
    }

    private static RecordedCallback login(final SimTrader trader, final String password)
    {
        assertThat(trader.reqUserLogin(2, password)).isZero();
        return trader.expect("OnRspUserLogin");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void configuredLoginErrorAnswersEveryLoginUntilCleared(final String profile)
    {
        final SimTrader trader = authenticated(profile, "login_error 9999 000001 75");
        final RecordedCallback refused = login(trader, ACCOUNT.password());
        assertThat(refused.errorId()).isEqualTo(75);
        assertThat(refused.errorMsg()).isEqualTo("CTP:连续登录失败次数超限，登录被禁止");
        assertThat(login(trader, ACCOUNT.password()).errorId()).isEqualTo(75);

        front.control().loginError(ACCOUNT.broker(), ACCOUNT.user(), 0);
        assertThat(login(trader, ACCOUNT.password()).errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void otherUsersAreNotAffectedByALoginError(final String profile)
    {
        final SimTrader trader = authenticated(profile, "login_error 9999 someone_else 4");
        assertThat(login(trader, ACCOUNT.password()).errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void inactiveUserAndExpiredPasswordHaveTheirPrompts(final String profile)
    {
        final SimTrader trader = authenticated(profile, "login_error 9999 000001 4");
        assertThat(login(trader, ACCOUNT.password()).errorMsg()).isEqualTo("CTP:用户不活跃");
        front.control().loginError(ACCOUNT.broker(), ACCOUNT.user(), 141);
        assertThat(login(trader, ACCOUNT.password()).errorMsg()).isEqualTo("CTP:您当前密码已过期，请修改后登录");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void wrongPasswordsInARowLockTheAccount(final String profile)
    {
        final SimTrader trader = authenticated(profile, "login_lock_after 2");
        assertThat(login(trader, "wrong").errorId()).isEqualTo(3);
        assertThat(login(trader, "wrong").errorMsg()).isEqualTo("CTP:不合法的登录");
        // Locked now: even the right password is refused.
        assertThat(login(trader, ACCOUNT.password()).errorId()).isEqualTo(75);

        front.configure("login_lock_after 0"); // a new policy unlocks
        assertThat(login(trader, ACCOUNT.password()).errorId()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void aSuccessfulLoginResetsTheCountOfWrongPasswords(final String profile)
    {
        final SimTrader trader = authenticated(profile, "login_lock_after 2");
        assertThat(login(trader, "wrong").errorId()).isEqualTo(3);
        assertThat(login(trader, ACCOUNT.password()).errorId()).isZero();
        assertThat(trader.reqUserLogout(3)).isZero();
        trader.expect("OnRspUserLogout");
        trader.reqAuthenticate(4, ACCOUNT.appId(), ACCOUNT.authCode());
        trader.expect("OnRspAuthenticate");
        assertThat(login(trader, "wrong").errorId()).isEqualTo(3);
        assertThat(login(trader, ACCOUNT.password()).errorId()).as("one failure since the last success").isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void authenticationFailureThenLoginIsNotAuthenticated(final String profile)
    {
        start(profile);
        final SimTrader trader = front.trader("t").connect(ResumeType.QUICK);
        trader.reqAuthenticate(1, ACCOUNT.appId(), "wrong code");
        assertThat(trader.expect("OnRspAuthenticate").errorId()).isEqualTo(63);
        assertThat(login(trader, ACCOUNT.password()).errorId()).as("after a failed authentication").isEqualTo(64);
    }
}
