package org.ctpengine.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The trader queries and CTP's flow control on them: -2 while one is outstanding, -3 above one a window. */
class QueryTest extends SimTestSupport
{
    private static final String RB = "rb2501";

    @ParameterizedTest
    @MethodSource("profiles")
    void queryWhileAnotherIsOutstandingReturnsMinusTwo(final String profile)
    {
        start(profile, "flow_window_ms 0");
        loginTrader("t");
        sim.configure("response_delay_ms 300");
        assertThat(sim.call("t", "ReqQryTradingAccount", "10")).isZero();
        assertThat(sim.call("t", "ReqQryInstrument", "11")).isEqualTo(-2);
        sim.expect("t", "OnRspQryTradingAccount");
        assertThat(sim.call("t", "ReqQryInstrument", "12", "InstrumentID=" + RB)).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void secondQueryWithinTheWindowReturnsMinusThree(final String profile)
    {
        start(profile, "flow_window_ms 60000");
        loginTrader("t");
        assertThat(sim.call("t", "ReqQryTradingAccount", "10")).isZero();
        sim.expect("t", "OnRspQryTradingAccount");
        assertThat(sim.call("t", "ReqQryTradingAccount", "11")).isEqualTo(-3);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void queryIsAdmittedAgainOnceTheWindowHasPassed(final String profile)
    {
        start(profile, "flow_window_ms 200");
        loginTrader("t");
        assertThat(sim.call("t", "ReqQryTradingAccount", "10")).isZero();
        sim.expect("t", "OnRspQryTradingAccount");
        final long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
            .until(() -> sim.call("t", "ReqQryTradingAccount", "11") == 0);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
        sim.expect("t", "OnRspQryTradingAccount");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void instrumentQueryListsTheConfiguredInstruments(final String profile)
    {
        start(profile, "flow_window_ms 0");
        loginTrader("t");
        sim.call("t", "ReqQryInstrument", "10");
        final List<Callback> rows = sim.drain("t");
        assertThat(rows).hasSize(8).allMatch(c -> c.method().equals("OnRspQryInstrument"));
        assertThat(rows.get(rows.size() - 1).isLast()).isTrue();
        assertThat(rows.stream().map(c -> c.data().get("ExchangeID")).distinct())
            .containsExactlyInAnyOrder("SHFE", "DCE", "CZCE", "CFFEX", "INE");
        final Callback.Struct rb = rows.get(0).data();
        assertThat(rb.get("InstrumentID")).isEqualTo(RB);
        assertThat(rb.getDouble("PriceTick")).isEqualTo(1.0);
        assertThat(rb.getInt("VolumeMultiple")).isEqualTo(10);
        assertThat(rb.getInt("DeliveryYear")).isEqualTo(2025);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void emptyQueryAnswersOnceWithNullData(final String profile)
    {
        start(profile, "flow_window_ms 0");
        loginTrader("t");
        sim.call("t", "ReqQryOrder", "10");
        final Callback answer = sim.expect("t", "OnRspQryOrder");
        assertThat(answer.data()).isNull();
        assertThat(answer.isLast()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void positionsOrdersTradesAndAccountAfterFills(final String profile)
    {
        start(profile, "flow_window_ms 0", "position 9999 000001 rb2501 long 2");
        sim.control("set_book", RB, 3499, 5, 3500, 5);
        loginTrader("t");
        insert("t", 10, RB, '0', '0', 3500, 3, "1");
        insert("t", 11, RB, '0', '0', 3490, 1, "2");
        sim.drain("t");

        sim.call("t", "ReqQryInvestorPosition", "20");
        final List<Callback> positions = sim.drain("t");
        // SHFE reports today's and yesterday's lots in separate rows.
        assertThat(positions).hasSize(2);
        final Callback.Struct today = positions.get(0).data();
        assertThat(today.getChar("PosiDirection")).isEqualTo('2');
        assertThat(today.getChar("PositionDate")).isEqualTo('1');
        assertThat(today.getInt("Position")).isEqualTo(3);
        assertThat(today.getInt("TodayPosition")).isEqualTo(3);
        assertThat(today.getDouble("UseMargin")).isEqualTo(3500 * 10 * 0.1 * 3);
        final Callback.Struct history = positions.get(1).data();
        assertThat(history.getChar("PositionDate")).isEqualTo('2');
        assertThat(history.getInt("Position")).isEqualTo(2);
        assertThat(history.getInt("YdPosition")).isEqualTo(2);

        sim.call("t", "ReqQryOrder", "21");
        final List<Callback> orders = sim.drain("t");
        assertThat(orders).extracting(c -> c.data().getChar("OrderStatus")).containsExactly('0', '3');
        sim.call("t", "ReqQryTrade", "22");
        final List<Callback> trades = sim.drain("t");
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).data().getInt("Volume")).isEqualTo(3);

        sim.call("t", "ReqQryTradingAccount", "23");
        final Callback.Struct account = sim.expect("t", "OnRspQryTradingAccount").data();
        assertThat(account.getDouble("PreBalance")).isEqualTo(10_000_000.0);
        assertThat(account.getDouble("CurrMargin")).isEqualTo(3500 * 10 * 0.1 * 5);
        assertThat(account.getDouble("FrozenMargin")).isEqualTo(3490 * 10 * 0.1);
        assertThat(account.getDouble("Available")).isLessThan(10_000_000.0 - 3500 * 5);
        assertThat(account.getDouble("Balance")).isEqualTo(10_000_000.0 + account.getDouble("PositionProfit") -
            account.getDouble("Commission"));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void depthMarketDataAndSettlementInfo(final String profile)
    {
        start(profile, "flow_window_ms 0");
        loginTrader("t");
        sim.call("t", "ReqQryDepthMarketData", "10", "InstrumentID=IF2412");
        final Callback.Struct depth = sim.expect("t", "OnRspQryDepthMarketData").data();
        assertThat(depth.get("InstrumentID")).isEqualTo("IF2412");
        assertThat(depth.getDouble("UpperLimitPrice")).isEqualTo(4290.0);
        sim.call("t", "ReqQrySettlementInfo", "11", "BrokerID=9999", "InvestorID=000001");
        final List<Callback> rows = sim.drain("t");
        assertThat(rows).isNotEmpty().allMatch(c -> c.method().equals("OnRspQrySettlementInfo"));
        assertThat(rows.get(0).data().get("Content")).startsWith("ctp-sim 模拟结算单");
    }
}
