package org.ctpengine.sim;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderPriceType;
import org.ctpengine.adapter.codes.TimeCondition;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimAccount;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rejection a user meets, with CTP's error numbers and GB18030 prompts (decoded here). The counter's refusals
 * come as OnRspOrderInsert to the requester and OnErrRtnOrderInsert on the private topic; the exchange's refusals
 * (tick, price band) as an InsertRejected/Canceled order with the reason in StatusMsg.
 */
class RejectionTest extends SimFrontTest
{
    private SimTrader trader;

    private void ready(final String profile, final String... config)
    {
        start(profile, config);
        front.control().setBook(RB, 3499, 5, 3500, 5);
        trader = front.trader("t");
        trader.login();
    }

    /** The counter's refusal of the order sent with request id 10, in both callbacks. */
    private void assertCounterRejection(final int errorId, final String message, final String instrument)
    {
        final List<RecordedCallback> events = trader.drain();
        assertThat(events).extracting(RecordedCallback::method).containsExactly("OnRspOrderInsert", "OnErrRtnOrderInsert");
        final RecordedCallback response = events.get(0);
        assertThat(response.errorId()).isEqualTo(errorId);
        assertThat(response.errorMsg()).isEqualTo(message);
        assertThat(response.requestId()).isEqualTo(10);
        assertThat(response.isLast()).isTrue();
        assertThat(response.struct(new InputOrderFlyweight(front.profile())).instrumentId()).isEqualTo(instrument);
        final RecordedCallback notice = events.get(1);
        assertThat(notice.errorId()).isEqualTo(errorId);
        assertThat(notice.errorMsg()).isEqualTo(message);
        assertThat(notice.struct(new InputOrderFlyweight(front.profile())).instrumentId()).isEqualTo(instrument);
    }

    /** The exchange's refusal: accepted by the counter, then InsertRejected/Canceled with {@code reason}, no OrderSysID. */
    private void assertExchangeRejection(final String reason)
    {
        final List<RecordedCallback> events = trader.drain();
        assertThat(orderEvents(events)).containsExactly("OnRtnOrder InsertSubmitted/Unknown", "OnRtnOrder InsertRejected/Canceled");
        final OrderFlyweight rejected = events.get(1).struct(new OrderFlyweight(front.profile()));
        assertThat(rejected.statusMsg()).isEqualTo(reason);
        assertThat(rejected.orderSysId()).isEmpty();
        assertThat(rejected.volumeTraded()).isZero();
    }

    private void assertActionRejection(final int errorId, final String message)
    {
        final List<RecordedCallback> events = trader.drain();
        assertThat(events).extracting(RecordedCallback::method).containsExactly("OnRspOrderAction", "OnErrRtnOrderAction");
        assertThat(events.get(0).errorId()).isEqualTo(errorId);
        assertThat(events.get(0).errorMsg()).isEqualTo(message);
        assertThat(events.get(0).requestId()).isEqualTo(10);
        assertThat(events.get(0).struct(new InputOrderActionFlyweight(front.profile())).instrumentId()).isEqualTo(RB);
        assertThat(events.get(1).errorId()).isEqualTo(errorId);
        assertThat(events.get(1).errorMsg()).isEqualTo(message);
        assertThat(events.get(1).text("InstrumentID")).isEqualTo(RB);
    }

    /**
     * The front's order flow control: beyond the configured requests per second, ReqOrderInsert and ReqOrderAction
     * return -3 and nothing reaches the counter (no callback). Three calls take microseconds, far inside the second.
     */
    @ParameterizedTest
    @MethodSource("profiles")
    void orderFlowControlRefusesRequestsBeyondTheLimitWithMinusThreeAndNoCallback(final String profile)
    {
        ready(profile, "order_requests_per_second 2");

        final int first = trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 1, "1");
        final int second = trader.insertOrder(11, RB, Direction.BUY, OffsetFlag.OPEN, 3489, 1, "2");
        final int third = trader.insertOrder(12, RB, Direction.BUY, OffsetFlag.OPEN, 3488, 1, "3");
        final int cancel = trader.cancelOrder(13, RB, "SHFE", "1");

        assertThat(new int[] {first, second, third, cancel}).containsExactly(0, 0, -3, -3);
        final List<RecordedCallback> events = trader.drain();
        assertThat(events).isNotEmpty().allSatisfy(event ->
        {
            assertThat(event.method()).isEqualTo("OnRtnOrder");
            assertThat(event.text("OrderRef")).isIn("1", "2");
        });
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsOrderWhenNotLoggedIn(final String profile)
    {
        start(profile);
        trader = front.trader("t").connect(ResumeType.QUICK);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 1, "1");
        final List<RecordedCallback> events = trader.drain();
        // No private topic before login: only the response.
        assertThat(events).extracting(RecordedCallback::method).containsExactly("OnRspOrderInsert");
        assertThat(events.get(0).errorId()).isEqualTo(6);
        assertThat(events.get(0).errorMsg()).isEqualTo("CTP:还没有登录");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsOrderBeforeSettlementConfirmation(final String profile)
    {
        start(profile);
        trader = front.trader("t").connect(ResumeType.QUICK);
        trader.authenticateAndLogin();
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 1, "1");
        assertCounterRejection(42, "CTP:结算结果未确认", RB);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsUnknownInstrument(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, "rb9912", Direction.BUY, OffsetFlag.OPEN, 3500, 1, "1");
        assertCounterRejection(16, "CTP:找不到合约", "rb9912");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsDuplicateOrderRef(final String profile)
    {
        ready(profile);
        trader.insertOrder(9, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 1, "5");
        trader.drain();
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 1, "5");
        assertCounterRejection(22, "CTP:报单错误：不允许重复报单", RB);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsZeroVolume(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 0, "1");
        assertCounterRejection(15, "CTP:报单字段有误", RB);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsClosingMoreThanThePosition(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, "m2501", Direction.SELL, OffsetFlag.CLOSE, 3000, 1, "1");
        assertCounterRejection(30, "CTP:平仓量超过持仓量", "m2501");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsCloseTodayWithOnlyYesterdaysPositionOnShfe(final String profile)
    {
        ready(profile, "position 9999 000001 rb2501 long 3");
        trader.insertOrder(10, RB, Direction.SELL, OffsetFlag.CLOSE_TODAY, 3499, 1, "1");
        assertCounterRejection(50, "CTP:平今仓位不足", RB);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsCloseYesterdayWithOnlyTodaysPositionOnShfe(final String profile)
    {
        ready(profile);
        trader.insertOrder(9, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 2, "1");
        trader.drain();
        trader.insertOrder(10, RB, Direction.SELL, OffsetFlag.CLOSE, 3499, 1, "2");
        assertCounterRejection(51, "CTP:平昨仓位不足", RB);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void closesYesterdaysPositionOnShfeWithClose(final String profile)
    {
        ready(profile, "position 9999 000001 rb2501 long 3");
        trader.insertOrder(10, RB, Direction.SELL, OffsetFlag.CLOSE, 3499, 3, "1");
        assertThat(orderEvents(trader.drain())).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing",
            "OnRtnOrder Accepted/AllTraded",
            "OnRtnTrade 3@3499.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsOpeningBeyondTheFunds(final String profile)
    {
        ready(profile, SimAccount.DEFAULT.configLine(10_000));
        // 3500 × 10 × 10% = 3500 margin a lot: 3 lots need 10500 > 10000.
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 3, "1");
        assertCounterRejection(31, "CTP:资金不足", RB);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsMarketOrderOnShfe(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 0, 1, "1",
            o -> o.orderPriceType(OrderPriceType.ANY_PRICE).timeCondition(TimeCondition.IOC));
        assertCounterRejection(80, "CTP:交易所不支持的价格类型", RB);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void exchangeRejectsPriceOffTheTick(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, "i2501", Direction.BUY, OffsetFlag.OPEN, 800.3, 1, "1");
        assertExchangeRejection("已撤单报单被拒绝DCE:报单价格不是最小变动价位的整数倍");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void exchangeRejectsPriceAboveTheUpperLimit(final String profile)
    {
        ready(profile);
        // rb2501: pre-settlement 3500, band 7% → upper limit 3745.
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3746, 1, "1");
        assertExchangeRejection("已撤单报单被拒绝SHFE:报单价格高于涨停板");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void exchangeRejectsPriceBelowTheLowerLimit(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.SELL, OffsetFlag.OPEN, 3254, 1, "1");
        assertExchangeRejection("已撤单报单被拒绝SHFE:报单价格低于跌停板");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsCancelOfUnknownOrder(final String profile)
    {
        ready(profile);
        trader.orderAction(10, RB, action -> action.orderRef("99"));
        assertActionRejection(25, "CTP:撤单找不到相应报单");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectsCancelOfFilledOrder(final String profile)
    {
        ready(profile);
        trader.insertOrder(9, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 1, "1");
        trader.drain();
        trader.orderAction(10, RB, action -> action.orderRef("1"));
        assertActionRejection(26, "CTP:报单已全成交或已撤销，不能再撤");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void answersUnsupportedRequestsWithRspError(final String profile)
    {
        ready(profile);
        assertThat(trader.request("ReqQryExchange", "CThostFtdcQryExchangeField", 10)).isZero();
        final List<RecordedCallback> events = trader.drain();
        assertThat(events).extracting(RecordedCallback::method).containsExactly("OnRspError");
        assertThat(events.get(0).errorId()).isEqualTo(27);
        assertThat(events.get(0).errorMsg()).isEqualTo("CTP:不支持的功能");
        assertThat(events.get(0).requestId()).isEqualTo(10);
        assertThat(events.get(0).isLast()).isTrue();
    }
}
