package org.ctpengine.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders through CTP's sequence of returns: OnRtnOrder submitted/unknown, accepted/no-trade-queueing with
 * an OrderSysID, then part-traded or all-traded with OnRtnTrade after each, or canceled. The book is set
 * by the test (one level a side), so every fill is deterministic.
 */
class OrderLifecycleTest extends SimTestSupport
{
    private static final String RB = "rb2501";

    private void ready(final String profile)
    {
        start(profile);
        sim.control("set_book", RB, 3499, 5, 3500, 5);
        loginTrader("t");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restingOrderIsAcceptedAndQueues(final String profile)
    {
        ready(profile);
        assertThat(insert("t", 10, RB, '0', '0', 3490, 2, "1")).isZero();
        final List<Callback> events = sim.drain("t");
        assertThat(orderEvents(events)).containsExactly("order:0a", "order:33");
        final Callback submitted = events.get(0);
        assertThat(submitted.data().get("OrderSysID")).isEmpty();
        assertThat(submitted.data().get("StatusMsg")).isEqualTo("报单已提交");
        assertThat(submitted.data().get("OrderRef")).isEqualTo("1");
        final Callback accepted = events.get(1);
        assertThat(accepted.data().get("OrderSysID").trim()).isNotEmpty();
        assertThat(accepted.data().get("OrderSysID")).hasSize(12); // right-aligned, as CTP delivers it
        assertThat(accepted.data().get("StatusMsg")).isEqualTo("未成交");
        assertThat(accepted.data().getInt("VolumeTotal")).isEqualTo(2);
        assertThat(accepted.data().getInt("FrontID")).isPositive();
        assertThat(accepted.data().get("ExchangeID")).isEqualTo("SHFE");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void marketableOrderFillsCompletely(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 3500, 3, "1");
        final List<Callback> events = sim.drain("t");
        assertThat(orderEvents(events)).containsExactly("order:0a", "order:33", "order:30", "trade:3@3500");
        final Callback trade = events.get(3);
        assertThat(trade.data().get("OrderSysID")).isEqualTo(events.get(1).data().get("OrderSysID"));
        assertThat(trade.data().get("OrderRef")).isEqualTo("1");
        assertThat(trade.data().getChar("Direction")).isEqualTo('0');
        assertThat(trade.data().getChar("OffsetFlag")).isEqualTo('0');
        assertThat(trade.data().get("TradeID").trim()).isNotEmpty();
        assertThat(events.get(2).data().get("StatusMsg")).isEqualTo("全部成交");
        assertThat(events.get(2).data().getInt("VolumeTraded")).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void largerOrderFillsPartlyThenRestsThenFillsByQueue(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 3500, 8, "1");
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:0a", "order:33", "order:31", "trade:5@3500");
        // The remaining 3 rest at 3500: a seller trading 2 there fills 2, then 1 more completes the order.
        sim.control("market_trade", RB, 3500, 2);
        final List<Callback> part = sim.drain("t");
        assertThat(orderEvents(part)).containsExactly("order:31", "trade:2@3500");
        assertThat(part.get(0).data().getInt("VolumeTraded")).isEqualTo(7);
        assertThat(part.get(0).data().get("StatusMsg")).isEqualTo("部分成交");
        sim.control("market_trade", RB, 3500, 1);
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:30", "trade:1@3500");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restingOrderWaitsForTheVolumeQueuedAheadOfIt(final String profile)
    {
        ready(profile);
        // 5 lots of others already bid at 3499: the first 5 traded there are theirs.
        insert("t", 10, RB, '0', '0', 3499, 1, "1");
        sim.drain("t");
        sim.control("market_trade", RB, 3499, 5);
        assertThat(sim.drain("t")).isEmpty();
        sim.control("market_trade", RB, 3499, 1);
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:30", "trade:1@3499");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void cancelByOrderRefFrontAndSession(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 3490, 2, "7");
        final List<Callback> placed = sim.drain("t");
        final Callback.Struct order = placed.get(1).data();
        assertThat(sim.call("t", "ReqOrderAction", "11", IDENTITY + " OrderRef=7 FrontID=" + order.getInt("FrontID") +
            " SessionID=" + order.getInt("SessionID") + " InstrumentID=" + RB + " ActionFlag=0")).isZero();
        final List<Callback> canceled = sim.drain("t");
        assertThat(orderEvents(canceled)).containsExactly("order:35");
        assertThat(canceled.get(0).data().get("StatusMsg")).isEqualTo("已撤单");
        assertThat(canceled.get(0).data().getInt("VolumeTotal")).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void cancelByExchangeAndOrderSysId(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '1', '0', 3510, 1, "1");
        final String sysId = sim.drain("t").get(1).data().get("OrderSysID");
        assertThat(sim.call("t", "ReqOrderAction", "11", IDENTITY + " ExchangeID=SHFE OrderSysID=" + sysId.replace(" ", "%20") +
            " InstrumentID=" + RB + " ActionFlag=0")).isZero();
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:35");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void partlyFilledOrderCanBeCanceled(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 3500, 8, "1");
        sim.drain("t");
        sim.call("t", "ReqOrderAction", "11", IDENTITY + " OrderRef=1 InstrumentID=" + RB + " ActionFlag=0");
        final List<Callback> canceled = sim.drain("t");
        assertThat(orderEvents(canceled)).containsExactly("order:35");
        assertThat(canceled.get(0).data().getInt("VolumeTraded")).isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void fakFillsWhatIsThereAndCancelsTheRest(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 3500, 8, "1", "TimeCondition=1", "VolumeCondition=1");
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:0a", "order:32", "trade:5@3500", "order:35");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void fokWithoutEnoughVolumeIsCanceledWhole(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 3500, 8, "1", "TimeCondition=1", "VolumeCondition=3");
        final List<Callback> events = sim.drain("t");
        assertThat(orderEvents(events)).containsExactly("order:0a", "order:35");
        assertThat(events.get(1).data().getInt("VolumeTraded")).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void fokWithEnoughVolumeFillsWhole(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 3500, 5, "1", "TimeCondition=1", "VolumeCondition=3");
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:0a", "order:30", "trade:5@3500");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void marketOrderOnDceTakesTheBook(final String profile)
    {
        ready(profile);
        sim.control("set_book", "m2501", 2999, 4, 3001, 4);
        insert("t", 10, "m2501", '0', '0', 0, 3, "1", "OrderPriceType=1", "TimeCondition=1");
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:0a", "order:30", "trade:3@3001");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restingOrderShowsInTheBookAndFillsWhenTheMarketMovesThroughIt(final String profile)
    {
        ready(profile);
        sim.ok("md m /tmp/");
        sim.call("m", "Init");
        sim.expect("m", "OnFrontConnected");
        sim.call("m", "ReqUserLogin", "1", "BrokerID=9999", "UserID=000001");
        sim.expect("m", "OnRspUserLogin");
        sim.call("m", "SubscribeMarketData", RB);
        sim.expect("m", "OnRspSubMarketData");
        sim.expect("m", "OnRtnDepthMarketData");
        insert("t", 10, RB, '0', '0', 3499, 2, "1");
        final Callback depth = sim.expect("m", "OnRtnDepthMarketData");
        assertThat(depth.data().getDouble("BidPrice1")).isEqualTo(3499.0);
        assertThat(depth.data().getInt("BidVolume1")).isEqualTo(7); // 5 of others + 2 of ours
        sim.drain("t");
        // Sellers now offer at 3498: our bid at 3499 is hit at our price.
        sim.control("set_book", RB, 3497, 5, 3498, 5);
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:30", "trade:2@3499");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void closingTodayPositionOnShfeReleasesMarginAndBooksProfit(final String profile)
    {
        ready(profile);
        insert("t", 10, RB, '0', '0', 3500, 2, "1");
        sim.drain("t");
        sim.control("set_book", RB, 3510, 5, 3511, 5);
        insert("t", 11, RB, '1', '3', 3510, 2, "2");
        assertThat(orderEvents(sim.drain("t"))).containsExactly("order:0a", "order:33", "order:30", "trade:2@3510");
        assertThat(sim.call("t", "ReqQryTradingAccount", "12", "BrokerID=9999", "InvestorID=000001")).isZero();
        final Callback account = sim.expect("t", "OnRspQryTradingAccount");
        assertThat(account.data().getDouble("CurrMargin")).isZero();
        assertThat(account.data().getDouble("CloseProfit")).isEqualTo(200.0); // (3510 - 3500) × 10 × 2
        assertThat(account.data().getDouble("Commission")).isGreaterThan(0);
    }
}
