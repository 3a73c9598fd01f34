package org.ctpengine.sim;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.codes.PositionDate;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.RspUserLoginFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimMd;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ctpengine.sim.SimControl.DISCONNECT_REASON;

/** The end of the trading day by control call: cancels, position roll, next trading day, sessions restarted. */
class SettlementTest extends SimFrontTest
{
    @TempDir
    Path stateDir;

    private SimTrader trader;

    /** Tuesday 2024-11-05: 2 lots of rb bought and filled, 1 more resting. */
    private void dayWithPositionAndWorkingOrder(final String profile, final String... extra)
    {
        final String[] config = new String[2 + extra.length];
        config[0] = "flow_window_ms 0";
        config[1] = "start 20241105 10:00:00";
        System.arraycopy(extra, 0, config, 2, extra.length);
        start(profile, config);
        front.control().setBook(RB, 3499, 5, 3500, 5);
        trader = front.trader("t");
        trader.login();
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 2, "1");
        trader.insertOrder(11, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 1, "2");
        assertThat(orderEvents(trader.drain())).endsWith("OnRtnOrder Accepted/NoTradeQueueing");
    }

    /** After a settlement: the session closed; connects again and logs in; returns the login. */
    private RspUserLoginFlyweight reLogin()
    {
        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        trader.expect("OnFrontConnected");
        final RecordedCallback login = trader.authenticateAndLogin();
        trader.reqSettlementInfoConfirm(3);
        trader.expect("OnRspSettlementInfoConfirm");
        return login.struct(new RspUserLoginFlyweight(front.profile()));
    }

    private TradingAccountFlyweight account(final int requestId)
    {
        trader.reqQryTradingAccount(requestId);
        return trader.expect("OnRspQryTradingAccount").struct(new TradingAccountFlyweight(front.profile()));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void settlementCancelsWorkingOrdersThenClosesTheSession(final String profile)
    {
        dayWithPositionAndWorkingOrder(profile);
        assertThat(front.control().settle()).isEqualTo(20241106);
        final OrderFlyweight order = trader.expect("OnRtnOrder").struct(new OrderFlyweight(front.profile()));
        assertThat(order.orderRef().trim()).isEqualTo("2");
        assertThat(order.orderStatus()).isEqualTo(OrderStatus.CANCELED);
        final RspUserLoginFlyweight login = reLogin();
        assertThat(login.tradingDay()).isEqualTo("20241106");
        assertThat(login.maxOrderRef()).isEqualTo("1");
        assertThat(trader.api().tradingDay()).isEqualTo("20241106");
        assertThat(front.control().tradingDay()).isEqualTo(20241106);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void newDayHasYesterdaysPositionsAndNoOrdersOrTrades(final String profile)
    {
        dayWithPositionAndWorkingOrder(profile);
        final double balance = account(20).balance();
        front.control().settle();
        trader.expect("OnRtnOrder");
        reLogin();

        trader.reqQryOrder(21);
        assertThat(trader.expect("OnRspQryOrder").hasStruct()).isFalse();
        trader.reqQryTrade(22);
        assertThat(trader.expect("OnRspQryTrade").hasStruct()).isFalse();

        trader.reqQryInvestorPosition(23);
        final List<InvestorPositionFlyweight> rows = trader.drain().stream()
            .map(c -> c.struct(new InvestorPositionFlyweight(front.profile()))).toList();
        final InvestorPositionFlyweight history = rows.stream()
            .filter(r -> r.positionDate() == PositionDate.HISTORY).findFirst().orElseThrow();
        assertThat(history.position()).isEqualTo(2);
        assertThat(history.ydPosition()).isEqualTo(2);
        assertThat(rows).filteredOn(r -> r.positionDate() == PositionDate.TODAY)
            .allSatisfy(r -> assertThat(r.todayPosition()).isZero());

        final TradingAccountFlyweight account = account(24);
        assertThat(account.preBalance()).isCloseTo(balance, within(1e-6));
        assertThat(account.closeProfit()).isZero();
        assertThat(account.commission()).isZero();
        assertThat(account.frozenMargin()).isZero();

        // Yesterday's lots close as yesterday's (SHFE), and the new session's OrderRefs start again.
        front.control().setBook(RB, 3499, 5, 3500, 5);
        trader.insertOrder(30, RB, Direction.SELL, OffsetFlag.CLOSE_YESTERDAY, 3499, 2, "1");
        assertThat(orderEvents(trader.drain())).contains("OnRtnOrder Accepted/AllTraded");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void positionsAccumulateAcrossTwoSettlements(final String profile)
    {
        dayWithPositionAndWorkingOrder(profile);
        assertThat(front.control().settle()).isEqualTo(20241106);
        trader.expect("OnRtnOrder");
        reLogin();
        // Wednesday's day session: one more lot, with OrderRef 1 again in the new day.
        assertThat(front.control().advanceClock(20241106, "10:00:00")).isEqualTo(20241106);
        front.control().setBook(RB, 3499, 5, 3500, 5);
        trader.insertOrder(40, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 1, "1");
        assertThat(orderEvents(trader.drain())).contains("OnRtnOrder Accepted/AllTraded");
        assertThat(front.control().settle()).isEqualTo(20241107);
        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        trader.expect("OnFrontConnected");
        assertThat(trader.authenticateAndLogin().struct(new RspUserLoginFlyweight(front.profile())).tradingDay())
            .isEqualTo("20241107");

        trader.reqQryTrade(41);
        assertThat(trader.expect("OnRspQryTrade").hasStruct()).isFalse();
        trader.reqQryInvestorPosition(42);
        final List<InvestorPositionFlyweight> rows = trader.drain().stream()
            .map(c -> c.struct(new InvestorPositionFlyweight(front.profile()))).toList();
        assertThat(rows).filteredOn(r -> r.positionDate() == PositionDate.HISTORY).singleElement()
            .satisfies(r -> assertThat(r.ydPosition()).isEqualTo(3))
            .satisfies(r -> assertThat(r.position()).isEqualTo(3));
        assertThat(rows).filteredOn(r -> r.positionDate() == PositionDate.TODAY)
            .allSatisfy(r -> assertThat(r.position()).isZero());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void nightSessionAfterSettlementBelongsToTheNextTradingDay(final String profile)
    {
        start(profile, "start 20241105 10:00:00");
        final SimMd md = front.md("m");
        md.login();
        md.subscribe(RB);
        assertThat(front.control().settle()).isEqualTo(20241106);
        assertThat(md.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        md.expect("OnFrontConnected");
        md.reqUserLogin(2);
        final RecordedCallback login = md.expect("OnRspUserLogin");
        assertThat(login.struct(new RspUserLoginFlyweight(front.profile())).tradingDay()).isEqualTo("20241106");
        md.subscribe(RB);
        front.control().step(1);
        final DepthMarketDataFlyweight tick = md.expect("OnRtnDepthMarketData")
            .struct(new DepthMarketDataFlyweight(front.profile()));
        assertThat(tick.updateTime()).isEqualTo("21:00:00");
        assertThat(tick.tradingDay()).isEqualTo("20241106");
        assertThat(tick.actionDay()).isEqualTo("20241105");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void settlementBeforeAHolidaySkipsItAndItsNightSession(final String profile)
    {
        // Monday 2024-09-30: the National Day holiday follows (1-7 October); no night session that evening.
        start(profile, "start 20240930 10:00:00");
        final SimMd md = front.md("m");
        md.login();
        assertThat(front.control().settle()).isEqualTo(20241008);
        md.expect("OnFrontDisconnected");
        md.expect("OnFrontConnected");
        md.reqUserLogin(2);
        md.expect("OnRspUserLogin");
        md.subscribe(RB);
        front.control().step(1);
        final DepthMarketDataFlyweight tick = md.expect("OnRtnDepthMarketData")
            .struct(new DepthMarketDataFlyweight(front.profile()));
        assertThat(tick.actionDay()).isEqualTo("20241008");
        assertThat(tick.tradingDay()).isEqualTo("20241008");
        assertThat(tick.updateTime()).isEqualTo("09:00:00");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void configuredHolidayIsSkippedToo(final String profile)
    {
        start(profile, "start 20241108 10:00:00", "holiday 20241111");
        assertThat(front.control().settle()).as("Friday, then a Monday holiday").isEqualTo(20241112);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void fridaySettlementLeadsToMonday(final String profile)
    {
        start(profile, "start 20241108 10:00:00");
        assertThat(front.control().settle()).isEqualTo(20241111);
        // During Friday's night session (Monday's trading day) the next settlement ends Monday.
        front.control().step(1);
        assertThat(front.control().tradingDay()).isEqualTo(20241111);
        assertThat(front.control().settle()).isEqualTo(20241112);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void savedStateFollowsTheSettlement(final String profile)
    {
        dayWithPositionAndWorkingOrder(profile, "state_dir " + stateDir);
        front.control().settle();
        trader.expect("OnRtnOrder");
        // Another process finds the new day: detach, then attach the directory again.
        front.configure("state_dir none");
        front.configure("seed 1"); // a new day in memory, back on the configured start
        assertThat(front.control().tradingDay()).isEqualTo(20241105);
        front.configure("state_dir " + stateDir);
        assertThat(front.control().tradingDay()).isEqualTo(20241106);
        reLoginAfterRestart();
        trader.reqQryOrder(21);
        assertThat(trader.expect("OnRspQryOrder").hasStruct()).isFalse();
        trader.reqQryInvestorPosition(22);
        final List<InvestorPositionFlyweight> rows = trader.drain().stream()
            .map(c -> c.struct(new InvestorPositionFlyweight(front.profile()))).toList();
        assertThat(rows).filteredOn(r -> r.positionDate() == PositionDate.HISTORY)
            .singleElement().satisfies(r -> assertThat(r.ydPosition()).isEqualTo(2));
    }

    /** The settlement closed the session; a reset of the day in memory left it logged out: log in again. */
    private void reLoginAfterRestart()
    {
        assertThat(trader.expect("OnFrontDisconnected").intArgument()).isEqualTo(DISCONNECT_REASON);
        trader.expect("OnFrontConnected");
        trader.authenticateAndLogin();
    }
}
