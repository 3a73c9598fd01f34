package org.ctpengine.sim;

import org.ctpengine.adapter.ApiResult;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.codes.PosiDirection;
import org.ctpengine.adapter.codes.PositionDate;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InstrumentFlyweight;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The trader queries and CTP's flow control on them: -2 while one is outstanding, -3 above one a window. */
class QueryTest extends SimFrontTest
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
    void queryWhileAnotherIsOutstandingReturnsMinusTwo(final String profile)
    {
        ready(profile, "flow_window_ms 0");
        front.configure("response_delay_ms 300");
        assertThat(trader.reqQryTradingAccount(10)).isZero();
        assertThat(trader.reqQryInstrument(11, "")).isEqualTo(ApiResult.TOO_MANY_PENDING);
        trader.expect("OnRspQryTradingAccount");
        assertThat(trader.reqQryInstrument(12, RB)).isZero();
        assertThat(trader.expect("OnRspQryInstrument").requestId()).isEqualTo(12);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void secondQueryWithinTheWindowReturnsMinusThree(final String profile)
    {
        ready(profile, "flow_window_ms 60000");
        assertThat(trader.reqQryTradingAccount(10)).isZero();
        trader.expect("OnRspQryTradingAccount");
        assertThat(trader.reqQryTradingAccount(11)).isEqualTo(ApiResult.RATE_EXCEEDED);
        assertThat(trader.drain()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void queryIsAdmittedAgainOnceTheWindowHasPassed(final String profile)
    {
        ready(profile, "flow_window_ms 200");
        assertThat(trader.reqQryTradingAccount(10)).isZero();
        trader.expect("OnRspQryTradingAccount");
        final long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
            .until(() -> trader.reqQryTradingAccount(11) == 0);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
        assertThat(trader.expect("OnRspQryTradingAccount").requestId()).isEqualTo(11);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void instrumentQueryListsTheConfiguredInstruments(final String profile)
    {
        ready(profile, "flow_window_ms 0");
        trader.reqQryInstrument(10, "");
        final List<RecordedCallback> rows = trader.drain();
        assertThat(rows).hasSize(8).allMatch(c -> c.method().equals("OnRspQryInstrument") && c.requestId() == 10);
        assertThat(rows).extracting(RecordedCallback::isLast).containsExactly(false, false, false, false, false, false, false, true);
        final InstrumentFlyweight instrument = new InstrumentFlyweight(front.profile());
        assertThat(rows.stream().map(c -> c.struct(instrument).exchangeId()).distinct())
            .containsExactlyInAnyOrder("SHFE", "DCE", "CZCE", "CFFEX", "INE");
        final InstrumentFlyweight rb = rows.get(0).struct(instrument);
        assertThat(rb.instrumentId()).isEqualTo(RB);
        assertThat(rb.priceTick()).isEqualTo(1.0);
        assertThat(rb.volumeMultiple()).isEqualTo(10);
        assertThat(rb.deliveryYear()).isEqualTo(2025);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void emptyQueryAnswersOnceWithNullData(final String profile)
    {
        ready(profile, "flow_window_ms 0");
        trader.reqQryOrder(10);
        final RecordedCallback answer = trader.expect("OnRspQryOrder");
        assertThat(answer.hasStruct()).isFalse();
        assertThat(answer.isLast()).isTrue();
        assertThat(answer.requestId()).isEqualTo(10);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void positionsOrdersTradesAndAccountAfterFills(final String profile)
    {
        start(profile, "flow_window_ms 0", "position 9999 000001 rb2501 long 2");
        front.control().setBook(RB, 3499, 5, 3500, 5);
        trader = front.trader("t");
        trader.login();
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 3, "1");
        trader.insertOrder(11, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 1, "2");
        trader.drain();

        trader.reqQryInvestorPosition(20);
        final List<RecordedCallback> positions = trader.drain();
        // SHFE reports today's and yesterday's lots in separate rows.
        assertThat(positions).hasSize(2);
        final InvestorPositionFlyweight today = positions.get(0).struct(new InvestorPositionFlyweight(front.profile()));
        assertThat(today.posiDirection()).isEqualTo(PosiDirection.LONG);
        assertThat(today.positionDate()).isEqualTo(PositionDate.TODAY);
        assertThat(today.position()).isEqualTo(3);
        assertThat(today.todayPosition()).isEqualTo(3);
        assertThat(today.useMargin()).isEqualTo(3500 * 10 * 0.1 * 3);
        final InvestorPositionFlyweight history = positions.get(1).struct(new InvestorPositionFlyweight(front.profile()));
        assertThat(history.positionDate()).isEqualTo(PositionDate.HISTORY);
        assertThat(history.position()).isEqualTo(2);
        assertThat(history.ydPosition()).isEqualTo(2);

        trader.reqQryOrder(21);
        final OrderFlyweight order = new OrderFlyweight(front.profile());
        assertThat(trader.drain()).extracting(c -> c.struct(order).orderStatus())
            .containsExactly(OrderStatus.ALL_TRADED, OrderStatus.NO_TRADE_QUEUEING);
        trader.reqQryTrade(22);
        final List<RecordedCallback> trades = trader.drain();
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).struct(new TradeFlyweight(front.profile())).volume()).isEqualTo(3);

        trader.reqQryTradingAccount(23);
        final TradingAccountFlyweight account = trader.expect("OnRspQryTradingAccount")
            .struct(new TradingAccountFlyweight(front.profile()));
        assertThat(account.preBalance()).isEqualTo(10_000_000.0);
        assertThat(account.currMargin()).isEqualTo(3500 * 10 * 0.1 * 5);
        assertThat(account.frozenMargin()).isEqualTo(3490 * 10 * 0.1);
        assertThat(account.available()).isLessThan(10_000_000.0 - 3500 * 5);
        assertThat(account.balance()).isEqualTo(10_000_000.0 + account.positionProfit() - account.commission());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void depthMarketDataAndSettlementInfo(final String profile)
    {
        ready(profile, "flow_window_ms 0");
        trader.reqQryDepthMarketData(10, "IF2412");
        final DepthMarketDataFlyweight depth = trader.expect("OnRspQryDepthMarketData")
            .struct(new DepthMarketDataFlyweight(front.profile()));
        assertThat(depth.instrumentId()).isEqualTo("IF2412");
        assertThat(depth.upperLimitPrice()).isEqualTo(4290.0);
        assertThat(trader.reqQrySettlementInfo(11)).isZero();
        final List<RecordedCallback> rows = trader.drain();
        assertThat(rows).isNotEmpty().allMatch(c -> c.method().equals("OnRspQrySettlementInfo"));
        assertThat(rows.get(rows.size() - 1).isLast()).isTrue();
        assertThat(rows.get(0).text("Content")).startsWith("ctp-sim 模拟结算单");
    }
}
