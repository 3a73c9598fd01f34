package org.ctpengine.engine.order;

import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.collections.Long2ObjectHashMap;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Every order of one trading account: the order state machine driven by CTP's responses and returns,
 * lookups by (FrontID, SessionID, OrderRef) and by ExchangeID + OrderSysID, and the aggregates risk needs
 * (pending opens, the engine's own best resting prices). Orders come from a pool; terminal orders are
 * recycled when {@link #recycleTerminal()} is called. Owned by the account's thread.
 */
public final class OrderBook
{
    private final Long2ObjectHashMap<WorkingOrder> byKey;
    private final List<WorkingOrder> live;
    private final ArrayDeque<WorkingOrder> pool;
    private final List<WorkingOrder> terminal;
    private final SessionKeys sessionKeys = new SessionKeys();

    /**
     * @param initialCapacity orders pooled and indexed up front: below it, tracking orders allocates nothing
     */
    public OrderBook(final int initialCapacity)
    {
        byKey = new Long2ObjectHashMap<>(initialCapacity * 2, 0.65f);
        live = new ArrayList<>(initialCapacity);
        pool = new ArrayDeque<>(initialCapacity);
        terminal = new ArrayList<>(initialCapacity);
        for (int i = 0; i < initialCapacity; i++)
        {
            pool.add(new WorkingOrder());
        }
    }

    /** Small ids for (FrontID, SessionID) pairs, so an order key fits a long with the OrderRef. */
    private static final class SessionKeys
    {
        private final Long2LongHashMap ids = new Long2LongHashMap(-1);

        int idOf(final int frontId, final int sessionId)
        {
            final long pair = ((long)frontId << 32) | (sessionId & 0xFFFF_FFFFL);
            long id = ids.get(pair);
            if (id == -1)
            {
                id = ids.size() + 1;
                ids.put(pair, id);
            }
            return (int)id;
        }
    }

    private long key(final int frontId, final int sessionId, final long orderRef)
    {
        return ((long)sessionKeys.idOf(frontId, sessionId) << 40) | orderRef;
    }

    /** Registers an order the engine is sending now. */
    public WorkingOrder onSent(
        final int frontId, final int sessionId, final long orderRef, final int instrument, final int owner,
        final byte direction, final byte offsetFlag, final double limitPrice, final long volume, final long nowNanos)
    {
        final WorkingOrder order = pool.isEmpty() ? new WorkingOrder() : pool.pollFirst();
        order.reset();
        order.key = key(frontId, sessionId, orderRef);
        order.frontId = frontId;
        order.sessionId = sessionId;
        order.orderRef = orderRef;
        order.instrument = instrument;
        order.owner = owner;
        order.direction = direction;
        order.offsetFlag = offsetFlag;
        order.limitPrice = limitPrice;
        order.volume = volume;
        order.sentNanos = nowNanos;
        byKey.put(order.key, order);
        live.add(order);
        return order;
    }

    /**
     * Registers an order a previous run of the engine sent (warm restart), as that run last knew it. Off the hot
     * path: called before the engine starts.
     */
    public WorkingOrder onRecovered(
        final int frontId, final int sessionId, final long orderRef, final int instrument, final int owner,
        final byte direction, final byte offsetFlag, final double limitPrice, final long volume, final long tradedVolume,
        final OrderState state, final boolean cancelPending, final DirectBuffer exchangeId, final DirectBuffer orderSysId)
    {
        final WorkingOrder order = onSent(frontId, sessionId, orderRef, instrument, owner, direction, offsetFlag,
            limitPrice, volume, 0);
        order.tradedVolume = tradedVolume;
        order.cancelPending = cancelPending;
        order.exchangeId(exchangeId, 0);
        order.orderSysId(orderSysId, 0);
        moveTo(order, state);
        return order;
    }

    /** The order with this identity, or null when the engine does not know it. */
    public WorkingOrder find(final int frontId, final int sessionId, final long orderRef)
    {
        return byKey.get(key(frontId, sessionId, orderRef));
    }

    /** The live order with this exchange id, or null. */
    public WorkingOrder findByOrderSysId(final DirectBuffer exchangeId, final int exchangeIdOffset, final DirectBuffer orderSysId, final int orderSysIdOffset)
    {
        for (int i = 0, n = live.size(); i < n; i++)
        {
            final WorkingOrder order = live.get(i);
            if (order.hasOrderSysId() && textEquals(order.orderSysId(), orderSysId, orderSysIdOffset, WorkingOrder.ORDER_SYS_ID_LENGTH) &&
                textEquals(order.exchangeId(), exchangeId, exchangeIdOffset, WorkingOrder.EXCHANGE_ID_LENGTH))
            {
                return order;
            }
        }
        return null;
    }

    /** OnRspOrderInsert or OnErrRtnOrderInsert with an error: the insert was refused. */
    public WorkingOrder onInsertRejected(final int frontId, final int sessionId, final long orderRef, final int errorId)
    {
        final WorkingOrder order = find(frontId, sessionId, orderRef);
        if (order != null && !order.state.isTerminal())
        {
            order.lastErrorId = errorId;
            moveTo(order, OrderState.REJECTED);
        }
        return order;
    }

    /**
     * OnRtnOrder: the counter's latest word on the order. Never moves a terminal order back to a live state
     * (returns can arrive again after a reconnect).
     */
    public WorkingOrder onRtnOrder(
        final int frontId, final int sessionId, final long orderRef, final byte orderStatus, final byte submitStatus,
        final DirectBuffer exchangeId, final int exchangeIdOffset, final DirectBuffer orderSysId, final int orderSysIdOffset)
    {
        final WorkingOrder order = find(frontId, sessionId, orderRef);
        if (order == null)
        {
            return null;
        }
        if (orderSysId.getByte(orderSysIdOffset) != 0)
        {
            order.orderSysId(orderSysId, orderSysIdOffset);
            order.exchangeId(exchangeId, exchangeIdOffset);
        }
        if (order.state.isTerminal())
        {
            return order;
        }
        final OrderState next = OrderState.fromCtp(orderStatus, submitStatus);
        if (next == OrderState.CANCELED || next == OrderState.REJECTED)
        {
            order.cancelPending = false;
        }
        if (next == OrderState.FILLED && order.tradedVolume < order.volume)
        {
            // OnRtnTrade for the last fill may still be on its way; the state follows when it arrives.
            moveTo(order, OrderState.PARTIALLY_FILLED);
            return order;
        }
        moveTo(order, next);
        return order;
    }

    /**
     * OnRtnTrade for an order of this engine (already de-duplicated by ExchangeID + TradeID).
     *
     * @return the order, or null when the trade belongs to an order the engine does not track
     */
    public WorkingOrder onTrade(final int frontId, final int sessionId, final long orderRef, final long volume)
    {
        final WorkingOrder order = find(frontId, sessionId, orderRef);
        if (order == null)
        {
            return null;
        }
        order.tradedVolume += volume;
        if (order.tradedVolume >= order.volume)
        {
            moveTo(order, OrderState.FILLED);
        }
        else if (!order.state.isTerminal())
        {
            moveTo(order, OrderState.PARTIALLY_FILLED);
        }
        return order;
    }

    /** Whether an open of this book holds its volume in the engine's global position limit (the runner's bookkeeping). */
    public void holdsGlobalExposure(final WorkingOrder order, final boolean holds)
    {
        order.holdsGlobalExposure(holds);
    }

    /**
     * The counter does not list the order after a login (a ghost: the journal or the engine thought it live): it is
     * over, as cancelled, so that nothing counts it as working any more.
     *
     * @return the order, when this closed it (it was live); null otherwise
     */
    public WorkingOrder onNotAtCounter(final int frontId, final int sessionId, final long orderRef)
    {
        final WorkingOrder order = find(frontId, sessionId, orderRef);
        if (order == null || order.state.isTerminal())
        {
            return null;
        }
        order.cancelPending = false;
        moveTo(order, OrderState.CANCELED);
        return order;
    }

    /** A cancel request for the order was sent. */
    public void onCancelSent(final WorkingOrder order)
    {
        order.cancelPending = true;
    }

    /** A cancel request for the order was sent at {@code nowNanos} (System.nanoTime). */
    public void onCancelSent(final WorkingOrder order, final long nowNanos)
    {
        order.cancelPending = true;
        order.cancelSentNanos = nowNanos;
    }

    /** OnRspOrderAction / OnErrRtnOrderAction with an error: the cancel failed; the order lives on. */
    public WorkingOrder onCancelRejected(final int frontId, final int sessionId, final long orderRef, final int errorId)
    {
        final WorkingOrder order = find(frontId, sessionId, orderRef);
        if (order != null)
        {
            order.cancelPending = false;
            order.lastErrorId = errorId;
        }
        return order;
    }

    private void moveTo(final WorkingOrder order, final OrderState state)
    {
        final boolean wasLive = order.state.isLive();
        order.state = state;
        if (wasLive && state.isTerminal())
        {
            live.remove(order);
            terminal.add(order);
        }
    }

    /** Live orders, in sending order. Do not modify. */
    public List<WorkingOrder> liveOrders()
    {
        return live;
    }

    /** Lots of live buy-open (or sell-open) orders not yet filled. */
    public long pendingOpen(final int instrument, final byte direction)
    {
        long lots = 0;
        for (int i = 0, n = live.size(); i < n; i++)
        {
            final WorkingOrder order = live.get(i);
            if (order.instrument == instrument && order.direction == direction && order.offsetFlag == OffsetFlag.OPEN)
            {
                lots += order.remainingVolume();
            }
        }
        return lots;
    }

    /** Highest live buy price (direction BUY) or lowest live sell price; NaN when none. Market orders excluded. */
    public double bestOwnPrice(final int instrument, final byte direction)
    {
        double best = Double.NaN;
        for (int i = 0, n = live.size(); i < n; i++)
        {
            final WorkingOrder order = live.get(i);
            if (order.instrument == instrument && order.direction == direction && !Double.isNaN(order.limitPrice))
            {
                if (Double.isNaN(best) || (direction == Direction.BUY ? order.limitPrice > best : order.limitPrice < best))
                {
                    best = order.limitPrice;
                }
            }
        }
        return best;
    }

    /**
     * Returns terminal orders to the pool. Call only when nothing holds references to them any more
     * (e.g. once per trading day, or after strategies have seen their final update).
     */
    public void recycleTerminal()
    {
        for (int i = 0, n = terminal.size(); i < n; i++)
        {
            final WorkingOrder order = terminal.get(i);
            byKey.remove(order.key);
            pool.addLast(order);
        }
        terminal.clear();
    }

    private static boolean textEquals(final DirectBuffer stored, final DirectBuffer other, final int offset, final int length)
    {
        for (int i = 0; i < length; i++)
        {
            final byte a = stored.getByte(i);
            if (a != other.getByte(offset + i))
            {
                return false;
            }
            if (a == 0)
            {
                return true;
            }
        }
        return true;
    }
}
