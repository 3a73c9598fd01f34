package org.ctpengine.engine.strategy;

import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.risk.RiskChecker;
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
import static org.ctpengine.engine.strategy.StrategyEvents.FRONT;
import static org.ctpengine.engine.strategy.StrategyEvents.PROFILE;
import static org.ctpengine.engine.strategy.StrategyEvents.SESSION;
import static org.ctpengine.engine.strategy.StrategyEvents.T0;
import org.ctpengine.engine.api.Strategy;

/**
 * Strategies' orders and cancels through the engine's checks and the risk limits, with the parts wired as the runner
 * wires them and a strategy whose refusals are recorded; no runner, no library.
 */
class OrderEntryTest
{
    private static final int CH = StrategyEvents.ACCOUNT_CHANNEL;
    private static final int RB = 0;

    private final StrategyEvents events = new StrategyEvents();
    private final InstrumentRegistry instruments = StrategyEvents.instruments();
    private final CollectingPublisher published = new CollectingPublisher();
    private final EngineCounters counters = new EngineCounters(new CountersManager(
        new UnsafeBuffer(ByteBuffer.allocateDirect(1024 * 1024)), new UnsafeBuffer(ByteBuffer.allocateDirect(256 * 1024)),
        StandardCharsets.UTF_8));
    private final GlobalRisk globalRisk = new GlobalRisk(RiskLimits.defaults(), instruments.capacity(), 1);
    private final MarketState market = new MarketState(instruments);
    private final OrderTracker tracker = new OrderTracker(new AbiProfile[] {PROFILE},
        new AccountLink[] {new AccountLink(ACCOUNT, CH, PROFILE, null, "9999", "000001"), null}, published, globalRisk,
        counters);
    private final StrategyInvoker invoker = new StrategyInvoker();
    private final Announcer announcer = new Announcer(published, market);
    private final OrderEntry entry = new OrderEntry(tracker, market, invoker, globalRisk, counters, announcer);
    private final StopProtocol stop = new StopProtocol("strategies-0", invoker, announcer, published);
    private final List<String> updates = new ArrayList<>();
    private final StrategySlot slot;

    OrderEntryTest()
    {
        entry.stopProtocol(stop);
        invoker.stopActions(entry);
        final Strategy strategy = new Strategy()
        {
            @Override
            public void onOrder(final OrderUpdate update)
            {
                updates.add(update.order().state() + ": " + update.rejectReason());
            }
        };
        final StrategyConfig config = new StrategyConfig("mm", strategy, ACCOUNT, 0, RiskLimits.defaults());
        final StrategySlot[] holder = new StrategySlot[1];
        slot = new StrategySlot(7, config, null, CH,
            new RiskChecker(config.risk(), new SlotRiskView(holder, CH, market, tracker), instruments.capacity()),
            instruments.capacity(), 2);
        holder[0] = slot;
        invoker.add(slot);
        market.onEvent(1, T0);
        events.tick(3700, 3500, 3900, T0);
        market.onTick(events.depth()); // the limit band the price checks use
    }

    private void ready()
    {
        tracker.onSessionState(CH, SessionState.READY, FRONT, SESSION, 0);
        invoker.start();
    }

    private WorkingOrder buy(final double price, final long volume)
    {
        return entry.send(slot, CH, RB, Direction.BUY, OffsetFlag.OPEN, price, false, volume, false, false);
    }

    /** What the strategy hears once its callback returns (as the invoker delivers after every callback). */
    private void afterCallback()
    {
        invoker.onTimer(slot.id, -1);
    }

    @Test
    void orderThatPassesIsSentReservedAndCounted()
    {
        ready();

        final WorkingOrder order = buy(3700, 2);

        assertThat(order.state()).isEqualTo(OrderState.PENDING_NEW);
        assertThat(published.types()).containsExactly(EventType.CMD_ORDER_INSERT);
        assertThat(globalRisk.exposure(CH, RB, Direction.BUY)).isEqualTo(2);
        assertThat(counters.ordersSent().get()).isEqualTo(1);
    }

    @Test
    void nanPriceIsRefusedWhateverTheLimitsSay()
    {
        ready();

        final WorkingOrder refused = buy(Double.NaN, 1);
        afterCallback();

        assertThat(refused.state()).isEqualTo(OrderState.REJECTED);
        assertThat(published.events).isEmpty();
        assertThat(updates).containsExactly("REJECTED: " + RiskRejectReason.BAD_PRICE.description());
    }

    @Test
    void volumeBeyondCtpsIntIsRefusedNotWrapped()
    {
        ready();

        buy(3700, 1L << 40);
        afterCallback();

        assertThat(published.events).isEmpty();
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)).startsWith("REJECTED: ");
    }

    @Test
    void orderIsRefusedWhileItsAccountIsNotReady()
    {
        invoker.start();

        buy(3700, 1);
        afterCallback();

        assertThat(published.events).isEmpty();
        assertThat(updates).containsExactly("REJECTED: " + RiskRejectReason.NOT_TRADING.description());
        assertThat(globalRisk.exposure(CH, RB, Direction.BUY)).isZero(); // nothing reserved for a refused order
    }

    @Test
    void evictedThreadSendsNothing()
    {
        ready();
        stop.evict();

        buy(3700, 1);
        afterCallback();

        assertThat(published.events).isEmpty();
        assertThat(updates).containsExactly("REJECTED: " + RiskRejectReason.KILL_SWITCH.description());
    }

    @Test
    void cancelOfALiveOrderIsSentOnceAndNotAgainWhilePending()
    {
        ready();
        final WorkingOrder order = buy(3700, 1);
        events.rtnOrder(order.orderRef(), OrderStatus.NO_TRADE_QUEUEING, "  1001", T0);
        tracker.onRtnOrder(CH, events.order(), false);

        assertThat(entry.cancel(slot, order)).isTrue();
        assertThat(entry.cancel(slot, order)).isFalse();

        assertThat(published.types()).containsExactly(EventType.CMD_ORDER_INSERT, EventType.CMD_ORDER_ACTION);
        assertThat(counters.cancelsSent().get()).isEqualTo(1);
    }

    @Test
    void anotherStrategysOrderCannotBeCancelled()
    {
        ready();
        final WorkingOrder order = buy(3700, 1);
        final StrategySlot other = new StrategySlot(8, new StrategyConfig("other", new Strategy()
        {
        }, ACCOUNT, 0, RiskLimits.none()), null, CH, new RiskChecker(RiskLimits.none(), null, 16), 16, 2);

        assertThat(entry.cancel(other, order)).isFalse();
        assertThat(published.types()).containsExactly(EventType.CMD_ORDER_INSERT);
    }

    @Test
    void cancelAllCancelsEveryLiveOrderOfTheStrategy()
    {
        ready();
        buy(3700, 1);
        buy(3699, 1);

        entry.cancelAll(slot);

        assertThat(published.types()).containsExactly(EventType.CMD_ORDER_INSERT, EventType.CMD_ORDER_INSERT,
            EventType.CMD_ORDER_ACTION, EventType.CMD_ORDER_ACTION);
    }
}
