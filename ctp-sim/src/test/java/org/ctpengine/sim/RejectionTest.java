package org.ctpengine.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rejection a user meets, with CTP's error numbers and GB18030 prompts. The counter's refusals come
 * as OnRspOrderInsert to the requester and OnErrRtnOrderInsert on the private topic; the exchange's
 * refusals (tick, price band) as an InsertRejected/Canceled order with the reason in StatusMsg.
 */
class RejectionTest extends SimTestSupport
{
    private static final String RB = "rb2501";

    private void ready(final String profile, final String... config)
    {
        start(profile, config);
        sim.control("set_book", RB, 3499, 5, 3500, 5);
        loginTrader("t");
    }

    private void assertCounterRejection(final int errorId, final String message)
    {
        final List<Callback> events = sim.drain("t");
        assertThat(SimDriver.methods(events)).containsExactly("OnRspOrderInsert", "OnErrRtnOrderInsert");
        assertThat(events.get(0).errorId()).isEqualTo(errorId);
        assertThat(events.get(0).rspInfo().get("ErrorMsg")).isEqualTo(message);
        assertThat(events.get(0).intArg()).isEqualTo(10);
        assertThat(events.get(0).isLast()).isTrue();
        assertThat(events.get(1).errorId()).isEqualTo(errorId);
        assertThat(events.get(1).data().get("InstrumentID")).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsOrderWhenNotLoggedIn(final String profile)
    {
        start(profile);
        connectTrader("t", Resume.QUICK);
        insert("t", 10, RB, '0', '0', 3500, 1, "1");
        final List<Callback> events = sim.drain("t");
        // No private topic before login: only the response.
        assertThat(SimDriver.methods(events)).containsExactly("OnRspOrderInsert");
        assertThat(events.get(0).errorId()).isEqualTo(6);
        assertThat(events.get(0).rspInfo().get("ErrorMsg")).isEqualTo("CTP:还没有登录");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsOrderBeforeSettlementConfirmation(final String profile)
    {
        start(profile);
        connectTrader("t", Resume.QUICK);
        authenticateAndLogin("t");
        insert("t", 10, RB, '0', '0', 3500, 1, "1");
        assertCounterRejection(42, "CTP:结算结果未确认");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsUnknownInstrument(final String profile)
    {
        ready(profile);
        insert("t", 10, "rb9912", '0', '0', 3500, 1, "1");
        assertCounterRejection(16, "CTP:找不到合约");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsDuplicateOrderRef(final String profile)
    {
        ready(profile);
        insert("t", 9, RB, '0', '0', 3490, 1, "5");
        sim.drain("t");
        insert("t", 10, RB, '0', '0', 3490, 1, "5");
        assertCounterRejection(22, "CTP:报单错误：不允许重复报单");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsZeroVolume(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 3500, 0, "1");
        assertCounterRejection(15, "CTP:报单字段有误");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsClosingMoreThanThePosition(final String profile)
    {
        ready(profile);
        insert("t", 10, "m2501", '1', '1', 3000, 1, "1");
        assertCounterRejection(30, "CTP:平仓量超过持仓量");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsCloseTodayWithOnlyYesterdaysPositionOnShfe(final String profile)
    {
        ready(profile, "position 9999 000001 rb2501 long 3");
        insert("t", 10, RB, '1', '3', 3499, 1, "1");
        assertCounterRejection(50, "CTP:平今仓位不足");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsCloseYesterdayWithOnlyTodaysPositionOnShfe(final String profile)
    {
        ready(profile);
        insert("t", 9, RB, '0', '0', 3500, 2, "1");
        sim.drain("t");
        insert("t", 10, RB, '1', '1', 3499, 1, "2");
        assertCounterRejection(51, "CTP:平昨仓位不足");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void closesYesterdaysPositionOnShfeWithClose(final String profile)
    {
        ready(profile, "position 9999 000001 rb2501 long 3");
        insert("t", 10, RB, '1', '1', 3499, 3, "1");
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:0a", "order:33", "order:30", "trade:3@3499");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsOpeningBeyondTheFunds(final String profile)
    {
        ready(profile, "account 9999 000001 sim " + APP_ID + " " + AUTH_CODE + " 10000");
        // 3500 × 10 × 10% = 3500 margin a lot: 3 lots need 10500 > 10000.
        insert("t", 10, RB, '0', '0', 3490, 3, "1");
        assertCounterRejection(31, "CTP:资金不足");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsMarketOrderOnShfe(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 0, 1, "1", "OrderPriceType=1", "TimeCondition=1");
        assertCounterRejection(80, "CTP:交易所不支持的价格类型");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void exchangeRejectsPriceOffTheTick(final String profile)
    {
        ready(profile);
        insert("t", 10, "i2501", '0', '0', 800.3, 1, "1");
        final List<Callback> events = sim.drain("t");
        assertThat(orderEvents(events)).containsExactly("order:0a", "order:45");
        assertThat(events.get(1).data().get("StatusMsg")).isEqualTo("已撤单报单被拒绝DCE:报单价格不是最小变动价位的整数倍");
        assertThat(events.get(1).data().get("OrderSysID")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void exchangeRejectsPriceAboveTheUpperLimit(final String profile)
    {
        ready(profile);
        // rb2501: pre-settlement 3500, band 7% → upper limit 3745.
        insert("t", 10, RB, '0', '0', 3746, 1, "1");
        final List<Callback> events = sim.drain("t");
        assertThat(orderEvents(events)).containsExactly("order:0a", "order:45");
        assertThat(events.get(1).data().get("StatusMsg")).isEqualTo("已撤单报单被拒绝SHFE:报单价格高于涨停板");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void exchangeRejectsPriceBelowTheLowerLimit(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '1', '0', 3254, 1, "1");
        final List<Callback> events = sim.drain("t");
        assertThat(orderEvents(events)).containsExactly("order:0a", "order:45");
        assertThat(events.get(1).data().get("StatusMsg")).isEqualTo("已撤单报单被拒绝SHFE:报单价格低于跌停板");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsCancelOfUnknownOrder(final String profile)
    {
        ready(profile);
        sim.call("t", "ReqOrderAction", "10", IDENTITY + " OrderRef=99 InstrumentID=" + RB + " ActionFlag=0");
        final List<Callback> events = sim.drain("t");
        assertThat(SimDriver.methods(events)).containsExactly("OnRspOrderAction", "OnErrRtnOrderAction");
        assertThat(events.get(0).errorId()).isEqualTo(25);
        assertThat(events.get(0).rspInfo().get("ErrorMsg")).isEqualTo("CTP:撤单找不到相应报单");
        assertThat(events.get(1).errorId()).isEqualTo(25);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsCancelOfFilledOrder(final String profile)
    {
        ready(profile);
        insert("t", 9, RB, '0', '0', 3500, 1, "1");
        sim.drain("t");
        sim.call("t", "ReqOrderAction", "10", IDENTITY + " OrderRef=1 InstrumentID=" + RB + " ActionFlag=0");
        final List<Callback> events = sim.drain("t");
        assertThat(SimDriver.methods(events)).containsExactly("OnRspOrderAction", "OnErrRtnOrderAction");
        assertThat(events.get(0).errorId()).isEqualTo(26);
        assertThat(events.get(0).rspInfo().get("ErrorMsg")).isEqualTo("CTP:报单已全成交或已撤销，不能再撤");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void answersUnsupportedRequestsWithRspError(final String profile)
    {
        ready(profile);
        assertThat(sim.call("t", "ReqQryExchange", "10")).isZero();
        final List<Callback> events = sim.drain("t");
        assertThat(SimDriver.methods(events)).containsExactly("OnRspError");
        assertThat(events.get(0).errorId()).isEqualTo(27);
        assertThat(events.get(0).rspInfo().get("ErrorMsg")).isEqualTo("CTP:不支持的功能");
    }
}
