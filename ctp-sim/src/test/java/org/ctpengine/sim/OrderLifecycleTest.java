package org.ctpengine.sim;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderPriceType;
import org.ctpengine.adapter.codes.TimeCondition;
import org.ctpengine.adapter.codes.VolumeCondition;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimMd;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders through CTP's sequence of returns: OnRtnOrder InsertSubmitted/Unknown, Accepted/NoTradeQueueing with an
 * OrderSysID, then PartTradedQueueing or AllTraded with an OnRtnTrade after each; a cancel returns the order as it
 * stands with CancelSubmitted, then Canceled. The book is set by the test (one level a side), so every fill is
 * deterministic.
 */
class OrderLifecycleTest extends SimFrontTest
{
    private SimTrader trader;

    private void ready(final String profile)
    {
        start(profile);
        front.control().setBook(RB, 3499, 5, 3500, 5);
        trader = front.trader("t");
        trader.login();
    }

    private OrderFlyweight order(final RecordedCallback callback)
    {
        assertThat(callback.method()).isEqualTo("OnRtnOrder");
        return callback.struct(new OrderFlyweight(front.profile()));
    }

    private TradeFlyweight trade(final RecordedCallback callback)
    {
        assertThat(callback.method()).isEqualTo("OnRtnTrade");
        return callback.struct(new TradeFlyweight(front.profile()));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restingOrderIsAcceptedAndQueues(final String profile)
    {
        ready(profile);
        assertThat(trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 2, "1")).isZero();
        final List<RecordedCallback> events = trader.drain();
        assertThat(orderEvents(events)).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing");
        final OrderFlyweight submitted = order(events.get(0));
        assertThat(submitted.orderSysId()).isEmpty();
        assertThat(submitted.statusMsg()).isEqualTo("报单已提交");
        assertThat(submitted.orderRef()).isEqualTo("1");
        assertThat(submitted.volumeTraded()).isZero();
        final OrderFlyweight accepted = order(events.get(1));
        assertThat(accepted.orderSysId().trim()).isNotEmpty();
        assertThat(accepted.orderSysId()).hasSize(12); // right-aligned, as CTP delivers it
        assertThat(accepted.statusMsg()).isEqualTo("未成交");
        assertThat(accepted.volumeTraded()).isZero();
        assertThat(accepted.volumeTotal()).isEqualTo(2);
        assertThat(accepted.frontId()).isPositive();
        assertThat(accepted.exchangeId()).isEqualTo("SHFE");
        assertThat(accepted.requestId()).isEqualTo(10);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void marketableOrderFillsCompletely(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 3, "1");
        final List<RecordedCallback> events = trader.drain();
        assertThat(orderEvents(events)).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing",
            "OnRtnOrder Accepted/AllTraded",
            "OnRtnTrade 3@3500.0");
        final String sysId = order(events.get(1)).orderSysId();
        final OrderFlyweight filled = order(events.get(2));
        assertThat(filled.orderSysId()).isEqualTo(sysId);
        assertThat(filled.statusMsg()).isEqualTo("全部成交");
        assertThat(filled.volumeTraded()).isEqualTo(3);
        assertThat(filled.volumeTotal()).isZero();
        final TradeFlyweight trade = trade(events.get(3));
        assertThat(trade.orderSysId()).isEqualTo(sysId);
        assertThat(trade.orderRef()).isEqualTo("1");
        assertThat(trade.direction()).isEqualTo(Direction.BUY);
        assertThat(trade.offsetFlag()).isEqualTo(OffsetFlag.OPEN);
        assertThat(trade.tradeId().trim()).isNotEmpty();
        assertThat(trade.instrumentId()).isEqualTo(RB);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void largerOrderFillsPartlyThenRestsThenFillsByQueue(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 8, "1");
        final List<RecordedCallback> placed = trader.drain();
        assertThat(orderEvents(placed)).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing",
            "OnRtnOrder Accepted/PartTradedQueueing",
            "OnRtnTrade 5@3500.0");
        assertThat(order(placed.get(2)).volumeTraded()).isEqualTo(5);
        assertThat(order(placed.get(2)).volumeTotal()).isEqualTo(3);

        // The remaining 3 rest at 3500: a seller trading 2 there fills 2, then 1 more completes the order.
        front.control().marketTrade(RB, 3500, 2);
        final List<RecordedCallback> part = trader.drain();
        assertThat(orderEvents(part)).containsExactly("OnRtnOrder Accepted/PartTradedQueueing", "OnRtnTrade 2@3500.0");
        assertThat(order(part.get(0)).volumeTraded()).isEqualTo(7);
        assertThat(order(part.get(0)).statusMsg()).isEqualTo("部分成交");

        front.control().marketTrade(RB, 3500, 1);
        final List<RecordedCallback> rest = trader.drain();
        assertThat(orderEvents(rest)).containsExactly("OnRtnOrder Accepted/AllTraded", "OnRtnTrade 1@3500.0");
        assertThat(order(rest.get(0)).volumeTraded()).isEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restingOrderWaitsForTheVolumeQueuedAheadOfIt(final String profile)
    {
        ready(profile);
        // 5 lots of others already bid at 3499: the first 5 traded there are theirs.
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3499, 1, "1");
        trader.drain();
        front.control().marketTrade(RB, 3499, 5);
        assertThat(trader.drain()).isEmpty();
        front.control().marketTrade(RB, 3499, 1);
        assertThat(orderEvents(trader.drain())).containsExactly("OnRtnOrder Accepted/AllTraded", "OnRtnTrade 1@3499.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void cancelByOrderRefFrontAndSession(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 2, "7");
        final OrderFlyweight resting = order(trader.drain().get(1));
        assertThat(trader.cancelOrder(11, RB, "7", resting.frontId(), resting.sessionId())).isZero();
        final List<RecordedCallback> canceled = trader.drain();
        assertThat(orderEvents(canceled)).containsExactly(
            "OnRtnOrder CancelSubmitted/NoTradeQueueing",
            "OnRtnOrder Accepted/Canceled");
        final OrderFlyweight submitted = order(canceled.get(0));
        assertThat(submitted.statusMsg()).isEqualTo("未成交");
        assertThat(submitted.orderSysId()).isEqualTo(resting.orderSysId());
        final OrderFlyweight order = order(canceled.get(1));
        assertThat(order.statusMsg()).isEqualTo("已撤单");
        assertThat(order.orderSysId()).isEqualTo(resting.orderSysId());
        assertThat(order.volumeTraded()).isZero();
        assertThat(order.volumeTotal()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void cancelByExchangeAndOrderSysId(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.SELL, OffsetFlag.OPEN, 3510, 1, "1");
        final String sysId = order(trader.drain().get(1)).orderSysId();
        assertThat(trader.cancelOrder(11, RB, "SHFE", sysId)).isZero();
        final List<RecordedCallback> canceled = trader.drain();
        assertThat(orderEvents(canceled)).containsExactly(
            "OnRtnOrder CancelSubmitted/NoTradeQueueing",
            "OnRtnOrder Accepted/Canceled");
        assertThat(order(canceled.get(1)).orderSysId()).isEqualTo(sysId);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void partlyFilledOrderCanBeCanceled(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 8, "1");
        trader.drain();
        // OrderRef alone: FrontID and SessionID default to this session's.
        trader.orderAction(11, RB, action -> action.orderRef("1"));
        final List<RecordedCallback> canceled = trader.drain();
        assertThat(orderEvents(canceled)).containsExactly(
            "OnRtnOrder CancelSubmitted/PartTradedQueueing",
            "OnRtnOrder Accepted/Canceled");
        assertThat(order(canceled.get(0)).statusMsg()).isEqualTo("部分成交");
        assertThat(order(canceled.get(1)).volumeTraded()).isEqualTo(5);
        assertThat(order(canceled.get(1)).volumeTotal()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void fakFillsWhatIsThereAndCancelsTheRest(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 8, "1",
            o -> o.timeCondition(TimeCondition.IOC).volumeCondition(VolumeCondition.ANY));
        final List<RecordedCallback> events = trader.drain();
        assertThat(orderEvents(events)).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/PartTradedNotQueueing",
            "OnRtnTrade 5@3500.0",
            "OnRtnOrder Accepted/Canceled");
        assertThat(order(events.get(3)).volumeTraded()).isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void fokWithoutEnoughVolumeIsCanceledWhole(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 8, "1",
            o -> o.timeCondition(TimeCondition.IOC).volumeCondition(VolumeCondition.COMPLETE));
        final List<RecordedCallback> events = trader.drain();
        assertThat(orderEvents(events)).containsExactly("OnRtnOrder InsertSubmitted/Unknown", "OnRtnOrder Accepted/Canceled");
        assertThat(order(events.get(1)).volumeTraded()).isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void fokWithEnoughVolumeFillsWhole(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 5, "1",
            o -> o.timeCondition(TimeCondition.IOC).volumeCondition(VolumeCondition.COMPLETE));
        assertThat(orderEvents(trader.drain())).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown", "OnRtnOrder Accepted/AllTraded", "OnRtnTrade 5@3500.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void marketOrderOnDceTakesTheBook(final String profile)
    {
        ready(profile);
        front.control().setBook("m2501", 2999, 4, 3001, 4);
        trader.insertOrder(10, "m2501", Direction.BUY, OffsetFlag.OPEN, 0, 3, "1",
            o -> o.orderPriceType(OrderPriceType.ANY_PRICE).timeCondition(TimeCondition.IOC));
        assertThat(orderEvents(trader.drain())).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown", "OnRtnOrder Accepted/AllTraded", "OnRtnTrade 3@3001.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restingOrderShowsInTheBookAndFillsWhenTheMarketMovesThroughIt(final String profile)
    {
        ready(profile);
        final SimMd md = front.md("m");
        md.login();
        md.subscribe(RB);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3499, 2, "1");
        final DepthMarketDataFlyweight depth = md.expect("OnRtnDepthMarketData")
            .struct(new DepthMarketDataFlyweight(front.profile()));
        assertThat(depth.bidPrice1()).isEqualTo(3499.0);
        assertThat(depth.bidVolume1()).isEqualTo(7); // 5 of others + 2 of ours
        trader.drain();
        // Sellers now offer at 3498: our bid at 3499 is hit at our price.
        front.control().setBook(RB, 3497, 5, 3498, 5);
        assertThat(orderEvents(trader.drain())).containsExactly("OnRtnOrder Accepted/AllTraded", "OnRtnTrade 2@3499.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void closingTodayPositionOnShfeReleasesMarginAndBooksProfit(final String profile)
    {
        ready(profile);
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 2, "1");
        trader.drain();
        front.control().setBook(RB, 3510, 5, 3511, 5);
        trader.insertOrder(11, RB, Direction.SELL, OffsetFlag.CLOSE_TODAY, 3510, 2, "2");
        assertThat(orderEvents(trader.drain())).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing",
            "OnRtnOrder Accepted/AllTraded",
            "OnRtnTrade 2@3510.0");
        assertThat(trader.reqQryTradingAccount(12)).isZero();
        final TradingAccountFlyweight account = trader.expect("OnRspQryTradingAccount")
            .struct(new TradingAccountFlyweight(front.profile()));
        assertThat(account.currMargin()).isZero();
        assertThat(account.closeProfit()).isEqualTo(200.0); // (3510 - 3500) × 10 × 2
        assertThat(account.commission()).isGreaterThan(0);
    }
}
