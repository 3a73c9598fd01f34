package org.ctpengine.engine.strategy;

import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.risk.RiskRejectReason;

import java.util.List;

/**
 * Strategies' orders and cancels, from their callbacks: the engine's checks (a stopped or evicted strategy, a
 * non-finite price, a volume CTP's int cannot hold), the strategy's and the global risk limits and the account's
 * readiness decide; what passes goes through the {@link OrderTracker}, what does not is booked as refused and its
 * strategy hears why once its callback returns. Owned by the runner's thread; allocates nothing.
 */
final class OrderEntry implements StrategyInvoker.StopActions
{
    private final OrderTracker tracker;
    private final MarketState market;
    private final StrategyInvoker invoker;
    private final GlobalRisk globalRisk;
    private final EngineCounters counters;
    private final Announcer announcer;
    private StopProtocol stop;

    OrderEntry(final OrderTracker tracker, final MarketState market, final StrategyInvoker invoker,
        final GlobalRisk globalRisk, final EngineCounters counters, final Announcer announcer)
    {
        this.tracker = tracker;
        this.market = market;
        this.invoker = invoker;
        this.globalRisk = globalRisk;
        this.counters = counters;
        this.announcer = announcer;
    }

    /** Before the first event: an evicted thread sends nothing. */
    void stopProtocol(final StopProtocol stop)
    {
        this.stop = stop;
    }

    WorkingOrder send(final StrategySlot slot, final int channel, final int instrument, final byte direction,
        final byte offsetFlag, final double price, final boolean marketOrder, final long volume, final boolean immediate,
        final boolean complete)
    {
        final long now = market.now();
        RiskRejectReason reason = slot.stopped || stop.isEvicted() ? RiskRejectReason.KILL_SWITCH :
            globalRisk.checkOrder(volume);
        if (reason == RiskRejectReason.NONE && (marketOrder ? !Double.isNaN(price) : !Double.isFinite(price)))
        {
            reason = RiskRejectReason.BAD_PRICE; // never sent, whatever check-price says: NaN or infinity is a bug
        }
        if (reason == RiskRejectReason.NONE && (volume <= 0 || volume > Integer.MAX_VALUE))
        {
            reason = RiskRejectReason.BAD_VOLUME; // CTP's volume is an int: a larger one would wrap
        }
        if (reason == RiskRejectReason.NONE)
        {
            reason = slot.checkRisk(instrument, direction, offsetFlag, price, volume, now);
        }
        if (reason == RiskRejectReason.NONE && !tracker.isReady(channel))
        {
            reason = RiskRejectReason.NOT_TRADING;
        }
        if (reason == RiskRejectReason.NONE && offsetFlag == OffsetFlag.OPEN)
        {
            reason = globalRisk.reserveOpen(channel, instrument, direction, volume); // last: it counts the order
        }
        if (reason != RiskRejectReason.NONE)
        {
            final WorkingOrder rejected = tracker.rejectLocally(channel, slot.id, instrument, direction, offsetFlag,
                price, volume, now);
            counters.ordersRejected().increment();
            invoker.rejectAfterCallback(rejected, reason.description());
            return rejected;
        }
        final InstrumentRegistry instruments = market.instruments();
        final WorkingOrder order = tracker.sendInsert(channel, slot.id, instruments.get(instrument), instrument,
            direction, offsetFlag, price, volume, immediate, complete, market.sequence(), now);
        slot.risk.onOrderSent(now);
        globalRisk.onOrderSent();
        counters.ordersSent().increment();
        // A non-zero return code comes back as a REFUSED_ORDER_INSERT event (OrderSender): handled where it is in the
        // event order, never here, so that the replay, which calls no library, refuses it at the same point.
        return order;
    }

    boolean cancel(final StrategySlot slot, final WorkingOrder order)
    {
        if (order == null || !order.state().isLive() || order.isCancelPending() || order.owner() != slot.id)
        {
            return false;
        }
        final int channel = tracker.channelOf(order);
        if (channel < 0)
        {
            return false;
        }
        final long now = market.now();
        RiskRejectReason reason = globalRisk.checkCancel(order.instrument());
        if (reason == RiskRejectReason.NONE)
        {
            reason = slot.risk.checkCancel(order.instrument(), now);
        }
        if (reason != RiskRejectReason.NONE)
        {
            invoker.rejectAfterCallback(order, reason.description());
            return false;
        }
        // A refused call (non-zero) comes back as a REFUSED_ORDER_ACTION event, as for inserts.
        tracker.sendCancel(channel, order, market.instruments().get(order.instrument()), slot.id, market.sequence(), now);
        slot.risk.onCancelSent(order.instrument(), now);
        globalRisk.onCancelSent(order.instrument());
        counters.cancelsSent().increment();
        return true;
    }

    @Override
    public void cancelAll(final StrategySlot slot)
    {
        for (int channel = 0, n = tracker.channels(); channel < n; channel++)
        {
            if (!tracker.tracks(channel))
            {
                continue;
            }
            final List<WorkingOrder> live = tracker.liveOrders(channel);
            for (int i = live.size() - 1; i >= 0; i--)
            {
                final WorkingOrder order = live.get(i);
                if (order.owner() == slot.id)
                {
                    cancel(slot, order);
                }
            }
        }
    }

    @Override
    public void announceStopped(final StrategySlot slot)
    {
        announcer.announce(EventType.STRATEGY_STOPPED, slot.id);
    }
}
