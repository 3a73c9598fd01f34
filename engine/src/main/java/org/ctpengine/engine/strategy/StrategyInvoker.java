package org.ctpengine.engine.strategy;

import org.ctpengine.engine.bar.Bar;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.Tick;

/**
 * Calls a thread's strategies, isolating them from each other: a strategy that throws from a callback is stopped
 * (its orders cancelled, onStop, a STRATEGY_STOPPED event) and the others go on. Keeps the {@code current} slot while
 * a callback runs, and delivers the orders risk refused during a callback (which the strategy learns of through
 * onOrder) once that callback has returned, so a strategy is never re-entered from its own send. Owned by the
 * runner's thread; allocates nothing on the hot path.
 */
final class StrategyInvoker
{
    private static final Logger LOG = LoggerFactory.getLogger(StrategyInvoker.class);

    /** What stopping a strategy needs from the rest of the thread. */
    interface StopActions
    {
        /** Requests a cancel of every live order of the strategy. */
        void cancelAll(StrategySlot slot);

        /** Announces that the strategy stopped (a STRATEGY_STOPPED event). */
        void announceStopped(StrategySlot slot);
    }

    private final List<StrategySlot> slots = new ArrayList<>();
    private final OrderUpdateView update = new OrderUpdateView();
    private final List<WorkingOrder> pendingRejects = new ArrayList<>();
    private final List<String> pendingReasons = new ArrayList<>();
    private StopActions stopActions;
    private boolean started;
    private StrategySlot current;

    void add(final StrategySlot slot)
    {
        slots.add(slot);
    }

    /** Before the first event: how this thread cancels and announces. */
    void stopActions(final StopActions actions)
    {
        this.stopActions = actions;
    }

    List<StrategySlot> slots()
    {
        return slots;
    }

    /** Whether the strategies have been started: before, they hear of nothing (state changes, they read it then). */
    boolean isStarted()
    {
        return started;
    }

    /** The strategy whose callback is running, null between callbacks. */
    StrategySlot current()
    {
        return current;
    }

    /** The slot of a strategy id, null when it is not one of this thread's. */
    StrategySlot slotOf(final int strategyId)
    {
        for (int i = 0, n = slots.size(); i < n; i++)
        {
            if (slots.get(i).id == strategyId)
            {
                return slots.get(i);
            }
        }
        return null;
    }

    /** Starts every strategy, in configuration order. */
    void start()
    {
        started = true;
        for (final StrategySlot slot : slots)
        {
            current = slot;
            try
            {
                slot.strategy.onStart(slot);
            }
            catch (final Throwable t)
            {
                stop(slot, t);
            }
            deliverPendingRejects();
        }
        current = null;
    }

    /** A tick to every running strategy subscribed to the instrument, after marking its positions to the last price. */
    void onTick(final Tick tick)
    {
        final int instrument = tick.instrument();
        final double last = tick.lastPrice();
        for (int i = 0, n = slots.size(); i < n; i++)
        {
            final StrategySlot slot = slots.get(i);
            if (slot.stopped || !slot.subscribed[instrument])
            {
                continue;
            }
            for (final Position[] row : slot.byChannel)
            {
                if (row != null && row[instrument] != null)
                {
                    row[instrument].mark(last);
                }
            }
            current = slot;
            try
            {
                slot.strategy.onTick(tick);
            }
            catch (final Throwable t)
            {
                stop(slot, t);
            }
            deliverPendingRejects();
        }
        current = null;
    }

    /** A timer of a strategy fell due. */
    void onTimer(final long strategyId, final long timerId)
    {
        for (int i = 0, n = slots.size(); i < n; i++)
        {
            final StrategySlot slot = slots.get(i);
            if (slot.id == strategyId && !slot.stopped)
            {
                current = slot;
                try
                {
                    slot.strategy.onTimer(timerId);
                }
                catch (final Throwable t)
                {
                    stop(slot, t);
                }
                deliverPendingRejects();
                current = null;
            }
        }
    }

    /** A bar of the strategy's completed (before the tick that completed it). */
    void onBar(final StrategySlot slot, final Bar bar)
    {
        if (slot.stopped)
        {
            return;
        }
        final StrategySlot previous = current;
        current = slot;
        try
        {
            slot.strategy.onBar(bar);
        }
        catch (final Throwable t)
        {
            stop(slot, t);
        }
        deliverPendingRejects();
        current = previous;
    }

    /** A fill of the strategy's order (its position already counts it). */
    void onFill(final StrategySlot slot, final Fill fill)
    {
        if (!slot.stopped && started)
        {
            current = slot;
            try
            {
                slot.strategy.onTrade(fill);
            }
            catch (final Throwable t)
            {
                stop(slot, t);
            }
            current = null;
        }
    }

    /**
     * Tells an order's strategy that its state changed.
     *
     * @param reason   why the engine or the library refused it, null when the counter decided
     * @param errorId  the counter's error code, 0 when none
     * @param message  the counter's error text, "" when none
     */
    /** A new trading day on an account: every started strategy that trades it hears of it. */
    void onTradingDay(final int channel, final String account, final int tradingDay)
    {
        if (!started)
        {
            return;
        }
        for (int i = 0, n = slots.size(); i < n; i++)
        {
            final StrategySlot slot = slots.get(i);
            if (slot.stopped || slot.byChannel[channel] == null)
            {
                continue;
            }
            current = slot;
            try
            {
                slot.strategy.onTradingDay(account, tradingDay);
            }
            catch (final Throwable t)
            {
                stop(slot, t);
            }
            deliverPendingRejects();
            current = null;
        }
    }

    void notifyOrder(final WorkingOrder order, final String reason, final int errorId, final String message)
    {
        final StrategySlot slot = slotOf(order.owner());
        if (slot == null || slot.stopped || !started)
        {
            return; // before onStart (a warm restart's replayed returns) the state changes; the strategy reads it then
        }
        final StrategySlot previous = current;
        current = slot;
        try
        {
            slot.strategy.onOrder(update.set(order, reason, errorId, message));
        }
        catch (final Throwable t)
        {
            stop(slot, t);
        }
        current = previous;
    }

    /** Risk refused an order or cancel during a callback: its strategy hears of it when the callback returns. */
    void rejectAfterCallback(final WorkingOrder order, final String reason)
    {
        pendingRejects.add(order);
        pendingReasons.add(reason);
    }

    private void deliverPendingRejects()
    {
        for (int i = 0; i < pendingRejects.size(); i++)
        {
            notifyOrder(pendingRejects.get(i), pendingReasons.get(i), 0, "");
        }
        pendingRejects.clear();
        pendingReasons.clear();
    }

    /** Stops a strategy that threw: cancels its orders, calls onStop, announces it. */
    void stop(final StrategySlot slot, final Throwable cause)
    {
        if (slot.stopped)
        {
            return;
        }
        LOG.error("strategy {} threw and is stopped; its orders are being cancelled", slot.name(), cause);
        slot.stopped = true;
        cancelAllOf(slot);
        try
        {
            slot.strategy.onStop();
        }
        catch (final Throwable t)
        {
            LOG.error("strategy {} threw again in onStop", slot.name(), t);
        }
        stopActions.announceStopped(slot);
    }

    /** Cancels every live order of a strategy, stopped or not. */
    void cancelAllOf(final StrategySlot slot)
    {
        final boolean was = slot.stopped;
        slot.stopped = false; // cancels of a stopping strategy must still go out
        stopActions.cancelAll(slot);
        slot.stopped = was;
    }
}
