package org.ctpengine.engine.strategy;

import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.recovery.RecoveredOrder;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.risk.RiskRejectReason;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.ring.SessionState;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.engine.strategy.StrategyEvents.ACCOUNT;
import static org.ctpengine.engine.strategy.StrategyEvents.ACCOUNT_CHANNEL;
import static org.ctpengine.engine.strategy.StrategyEvents.FRONT;
import static org.ctpengine.engine.strategy.StrategyEvents.PROFILE;
import static org.ctpengine.engine.strategy.StrategyEvents.RB;
import static org.ctpengine.engine.strategy.StrategyEvents.SESSION;
import static org.ctpengine.engine.strategy.StrategyEvents.T0;

/**
 * One strategy thread's orders per account, from hand-built returns: no library (the account link has none, so
 * commands are only published, as in a replay).
 */
class OrderTrackerTest
{
    private static final int CH = ACCOUNT_CHANNEL;
    private static final int OWNER = 3;
    private static final int RB_INDEX = 0;

    private final StrategyEvents events = new StrategyEvents();
    private final InstrumentRegistry instruments = StrategyEvents.instruments();
    private final CollectingPublisher published = new CollectingPublisher();
    private final GlobalRisk globalRisk = new GlobalRisk(
        new RiskLimits(0, 10, 0, 0, 0, 0, 0, false, false, false), instruments.capacity(), 1);
    private final EngineCounters counters = new EngineCounters(new CountersManager(
        new UnsafeBuffer(ByteBuffer.allocateDirect(1024 * 1024)), new UnsafeBuffer(ByteBuffer.allocateDirect(256 * 1024)),
        StandardCharsets.UTF_8));
    private final AccountLink link = new AccountLink(ACCOUNT, CH, PROFILE, null, "9999", "000001");
    private final OrderTracker tracker = new OrderTracker(new AbiProfile[] {PROFILE}, new AccountLink[] {link, null},
        published, globalRisk, counters);

    private void ready()
    {
        tracker.onSessionState(CH, SessionState.READY, FRONT, SESSION, 100);
    }

    private WorkingOrder sendOpen(final byte direction, final long volume)
    {
        assertThat(globalRisk.reserveOpen(CH, RB_INDEX, direction, volume)).isEqualTo(RiskRejectReason.NONE);
        return tracker.sendInsert(CH, OWNER, instruments.get(RB_INDEX), RB_INDEX, direction, OffsetFlag.OPEN, 3700,
            volume, false, false, 11, T0);
    }

    private WorkingOrder rtnOrder(final WorkingOrder order, final byte status)
    {
        events.rtnOrder(order.orderRef(), status, "  1001", T0);
        return tracker.onRtnOrder(CH, events.order(), false);
    }

    @Test
    void sentOrderTakesTheNextOrderRefOfTheSessionInTheLastSessionStateEvent()
    {
        ready();

        final WorkingOrder order = sendOpen(Direction.BUY, 2);

        assertThat(order.frontId()).isEqualTo(FRONT);
        assertThat(order.sessionId()).isEqualTo(SESSION);
        assertThat(order.orderRef()).isEqualTo(101); // above the login's MaxOrderRef
        assertThat(order.owner()).isEqualTo(OWNER);
        assertThat(tracker.liveOrders(CH)).containsExactly(order);
        assertThat(published.types()).containsExactly(EventType.CMD_ORDER_INSERT);
        assertThat(published.header(0).causeSequence()).isEqualTo(11);
    }

    @Test
    void accountIsReadyOnlyWhileItsLastSessionStateSaysSo()
    {
        assertThat(tracker.isReady(CH)).isFalse();
        ready();
        assertThat(tracker.isReady(CH)).isTrue();

        tracker.onSessionState(CH, SessionState.DISCONNECTED, 0, 0, 0);

        assertThat(tracker.isReady(CH)).isFalse();
        assertThat(tracker.frontId(CH)).isEqualTo(FRONT); // a state without a session keeps the last one
        assertThat(tracker.sessionId(CH)).isEqualTo(SESSION);
    }

    @Test
    void tradeReportedTwiceIsCountedOnce()
    {
        ready();
        final WorkingOrder order = sendOpen(Direction.BUY, 3);
        rtnOrder(order, OrderStatus.NO_TRADE_QUEUEING);

        events.trade("T1", order.orderRef(), "  1001", Direction.BUY, OffsetFlag.OPEN, 3700, 1, T0);
        assertThat(tracker.onRtnTrade(CH, events.trade())).isSameAs(order);
        assertThat(tracker.lastTradeChangedState()).isTrue();

        events.trade("T1", order.orderRef(), "  1001", Direction.BUY, OffsetFlag.OPEN, 3700, 1, T0);
        assertThat(tracker.onRtnTrade(CH, events.trade())).isNull(); // the topic's replay after a reconnect

        assertThat(order.tradedVolume()).isEqualTo(1);
    }

    @Test
    void tradeBeforeTheOrderSysIdIsKnownIsMatchedByOrderRef()
    {
        ready();
        final WorkingOrder order = sendOpen(Direction.SELL, 1);

        events.trade("T9", order.orderRef(), "  7777", Direction.SELL, OffsetFlag.OPEN, 3700, 1, T0);

        assertThat(tracker.onRtnTrade(CH, events.trade())).isSameAs(order);
        assertThat(order.state()).isEqualTo(OrderState.FILLED);
    }

    @Test
    void tradeOfAnotherClientsOrderIsIgnored()
    {
        ready();

        events.trade("T5", 999, "  5555", Direction.BUY, OffsetFlag.OPEN, 3700, 1, T0);

        assertThat(tracker.onRtnTrade(CH, events.trade())).isNull();
    }

    @Test
    void openThatEndsGivesItsUnfilledLotsBackToTheGlobalPositionLimit()
    {
        ready();
        final WorkingOrder order = sendOpen(Direction.BUY, 3);
        rtnOrder(order, OrderStatus.NO_TRADE_QUEUEING);
        events.trade("T1", order.orderRef(), "  1001", Direction.BUY, OffsetFlag.OPEN, 3700, 1, T0);
        tracker.onRtnTrade(CH, events.trade());
        assertThat(globalRisk.exposure(CH, RB_INDEX, Direction.BUY)).isEqualTo(3);

        assertThat(rtnOrder(order, OrderStatus.CANCELED)).isSameAs(order);

        assertThat(globalRisk.exposure(CH, RB_INDEX, Direction.BUY)).isEqualTo(1); // the filled lot stays held
        assertThat(order.holdsGlobalExposure()).isFalse();
    }

    @Test
    void closingFillFreesHeldLotsOfTheOtherSide()
    {
        ready();
        globalRisk.addHeldPosition(CH, RB_INDEX, 2, 0);
        final WorkingOrder close = tracker.sendInsert(CH, OWNER, instruments.get(RB_INDEX), RB_INDEX, Direction.SELL,
            OffsetFlag.CLOSE, 3700, 2, false, false, 1, T0);

        events.trade("T2", close.orderRef(), "  1002", Direction.SELL, OffsetFlag.CLOSE, 3700, 2, T0);
        tracker.onRtnTrade(CH, events.trade());

        assertThat(globalRisk.exposure(CH, RB_INDEX, Direction.BUY)).isZero();
    }

    @Test
    void riskRefusedOrderGetsAnEngineLocalRefAboveAnyRealOneAndIsNeverSent()
    {
        ready();

        final WorkingOrder refused = tracker.rejectLocally(CH, OWNER, RB_INDEX, Direction.BUY, OffsetFlag.OPEN, 3700.5, 1,
            T0);

        assertThat(refused.state()).isEqualTo(OrderState.REJECTED);
        assertThat(refused.orderRef()).isGreaterThanOrEqualTo(1L << 39);
        assertThat(tracker.liveOrders(CH)).isEmpty();
        assertThat(published.events).isEmpty();
        assertThat(tracker.rejectLocally(CH, OWNER, RB_INDEX, Direction.BUY, OffsetFlag.OPEN, 3700.5, 1, T0).orderRef())
            .isEqualTo(refused.orderRef() + 1);
    }

    @Test
    void queryRowThatChangesNothingIsNotReported()
    {
        ready();
        final WorkingOrder order = sendOpen(Direction.BUY, 1);
        assertThat(rtnOrder(order, OrderStatus.NO_TRADE_QUEUEING)).isSameAs(order);

        events.queriedOrder(order.orderRef(), OrderStatus.NO_TRADE_QUEUEING, "  1001", T0);

        assertThat(tracker.onRtnOrder(CH, events.order(), true)).isNull();
    }

    @Test
    void queryRowThatEndsTheOrderIsReported()
    {
        ready();
        final WorkingOrder order = sendOpen(Direction.BUY, 1);
        rtnOrder(order, OrderStatus.NO_TRADE_QUEUEING);

        events.queriedOrder(order.orderRef(), OrderStatus.CANCELED, "  1001", T0);

        assertThat(tracker.onRtnOrder(CH, events.order(), true)).isSameAs(order);
        assertThat(order.state()).isEqualTo(OrderState.CANCELED);
    }

    @Test
    void insertRefusedByTheCounterEndsTheOrderOnceAndCountsIt()
    {
        ready();
        final WorkingOrder order = sendOpen(Direction.BUY, 2);

        assertThat(tracker.onInsertRejected(CH, order.orderRef(), 22)).isSameAs(order);
        assertThat(tracker.onInsertRejected(CH, order.orderRef(), 22)).isNull(); // OnRspOrderInsert then OnErrRtn

        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        assertThat(counters.ordersRejected().get()).isEqualTo(1);
        assertThat(globalRisk.exposure(CH, RB_INDEX, Direction.BUY)).isZero();
    }

    @Test
    void cancelSentMarksTheOrderPendingUntilTheCounterRefusesIt()
    {
        ready();
        final WorkingOrder order = sendOpen(Direction.BUY, 1);
        rtnOrder(order, OrderStatus.NO_TRADE_QUEUEING);

        tracker.sendCancel(CH, order, instruments.get(RB_INDEX), OWNER, 12, T0);
        assertThat(order.isCancelPending()).isTrue();
        assertThat(published.types()).containsExactly(EventType.CMD_ORDER_INSERT, EventType.CMD_ORDER_ACTION);

        assertThat(tracker.onCancelRejected(CH, FRONT, SESSION, order.orderRef(), 26)).isSameAs(order);
        assertThat(order.isCancelPending()).isFalse();
        assertThat(order.state().isLive()).isTrue();
    }

    @Test
    void marketDataChannelHasNoBook()
    {
        assertThat(tracker.tracks(CH)).isTrue();
        assertThat(tracker.tracks(1)).isFalse();
        events.rtnOrder(5, OrderStatus.CANCELED, "", T0);
        assertThat(tracker.onRtnOrder(1, events.order(), false)).isNull();
    }

    @Test
    void liveOrdersOfOneStrategyLeaveOthersOut()
    {
        ready();
        final WorkingOrder mine = sendOpen(Direction.BUY, 1);
        tracker.sendInsert(CH, OWNER + 1, instruments.get(RB_INDEX), RB_INDEX, Direction.SELL, OffsetFlag.CLOSE, 3701, 1,
            false, false, 1, T0);

        final List<WorkingOrder> into = new ArrayList<>();
        tracker.liveOrdersOf(OWNER, into);

        assertThat(into).containsExactly(mine);
        assertThat(tracker.channelOf(mine)).isEqualTo(CH);
    }

    @Test
    void recoveredOpenJoinsTheGlobalPositionLimitAtReadyForWhatIsUnfilled()
    {
        tracker.restoreOrder(CH, new RecoveredOrder("mm", FRONT, SESSION - 1, 50, RB, Direction.BUY, OffsetFlag.OPEN,
            3700, 5, 2, OrderState.PARTIALLY_FILLED, false, "SHFE", "  900"), RB_INDEX, OWNER);
        assertThat(globalRisk.exposure(CH, RB_INDEX, Direction.BUY)).isZero();

        ready();

        assertThat(globalRisk.exposure(CH, RB_INDEX, Direction.BUY)).isEqualTo(3);
        ready(); // a second READY (a reconnect) reserves nothing more
        assertThat(globalRisk.exposure(CH, RB_INDEX, Direction.BUY)).isEqualTo(3);
    }

    @Test
    void rememberedTradeOfTheLastRunIsNotCountedAgain()
    {
        ready();
        final WorkingOrder order = sendOpen(Direction.BUY, 2);
        rtnOrder(order, OrderStatus.NO_TRADE_QUEUEING);
        tracker.rememberTrade(CH, "SHFE", "T1", -1);

        events.trade("T1", order.orderRef(), "  1001", Direction.BUY, OffsetFlag.OPEN, 3700, 1, T0);

        assertThat(tracker.onRtnTrade(CH, events.trade())).isNull();
        assertThat(order.tradedVolume()).isZero();
    }
}
