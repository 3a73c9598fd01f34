package org.ctpengine.engine.strategy;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.instrument.Instrument;
import org.ctpengine.engine.order.OrderBook;
import org.ctpengine.engine.order.OrderRefText;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.TradeDeduplicator;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.outbound.OrderSender;
import org.ctpengine.engine.recovery.NulTerminated;
import org.ctpengine.engine.recovery.RecoveredOrder;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.risk.GlobalRisk;

import java.util.Arrays;
import java.util.List;

/**
 * The orders one strategy thread's strategies have on each account, as the returns in the ring report them: per
 * account channel an {@link OrderBook}, a trade deduplicator (a topic replay after a reconnect never counts a trade
 * twice), the account's FrontID, SessionID and readiness as of the SESSION_STATE event being handled (not as the
 * shared {@link AccountLink} has them now: a thread further ahead in the ring may already have moved it, and a
 * replay must decide on the event order only), the global-exposure bookkeeping of opens (reserved when sent, the
 * unfilled rest released when they end) and the engine-local OrderRefs of orders risk refused. Returns the orders
 * whose state a return changed; telling the strategies is the caller's. Owned by the runner's thread; allocates
 * nothing on the hot path.
 */
final class OrderTracker
{
    /** Orders pooled per account up front (a busy trading day's worth): tracking them allocates nothing. */
    static final int ORDERS_PER_ACCOUNT = 16 * 1024;

    private final AccountLink[] accounts;
    private final OrderBook[] books;
    private final OrderSender[] senders;
    private final TradeDeduplicator[] dedup;
    /** Per channel, by de-duplicator slot: the strategy whose fill the trade was, -1 for none of this thread's. */
    private final int[][] tradeOwners;
    private final boolean[] ready;
    private final int[] frontIds;
    private final int[] sessionIds;
    /** A warm restart recovered live orders on the channel: they join the global position limit at READY. */
    private final boolean[] recoveredOpensToReserve;
    private final GlobalRisk globalRisk;
    private final EngineCounters counters;
    private final AsciiSequenceView text = new AsciiSequenceView();
    private final AsciiSequenceView text2 = new AsciiSequenceView();
    /** Risk-refused orders never reach the counter; they get engine-local refs far above real ones. */
    private long localRef = 1L << 39;
    private boolean lastTradeChangedState;

    /**
     * @param profiles   the engine's profiles by index (commands name their profile by index)
     * @param accounts   account links by channel (null where a channel is market data)
     * @param publisher  where this thread's commands go
     */
    OrderTracker(final AbiProfile[] profiles, final AccountLink[] accounts, final EventPublisher publisher,
        final GlobalRisk globalRisk, final EngineCounters counters)
    {
        this.accounts = accounts.clone();
        this.globalRisk = globalRisk;
        this.counters = counters;
        final int channels = accounts.length;
        this.books = new OrderBook[channels];
        this.senders = new OrderSender[channels];
        this.dedup = new TradeDeduplicator[channels];
        this.tradeOwners = new int[channels][];
        this.ready = new boolean[channels];
        this.frontIds = new int[channels];
        this.sessionIds = new int[channels];
        this.recoveredOpensToReserve = new boolean[channels];
        for (int channel = 0; channel < channels; channel++)
        {
            if (accounts[channel] != null)
            {
                books[channel] = new OrderBook(ORDERS_PER_ACCOUNT);
                dedup[channel] = new TradeDeduplicator(1024);
                tradeOwners[channel] = new int[1024];
                senders[channel] = new OrderSender(accounts[channel], publisher,
                    profileIndex(profiles, accounts[channel].profile()));
            }
        }
    }

    private static int profileIndex(final AbiProfile[] profiles, final AbiProfile profile)
    {
        for (int i = 0; i < profiles.length; i++)
        {
            if (profiles[i] == profile)
            {
                return i;
            }
        }
        throw new IllegalArgumentException("profile " + profile.id() + " is not among the engine's profiles");
    }

    /** Channels, account or not. */
    int channels()
    {
        return books.length;
    }

    /** Whether a channel is an account's (it has a book). */
    boolean tracks(final int channel)
    {
        return channel >= 0 && channel < books.length && books[channel] != null;
    }

    /** The channel of an account by name. */
    int accountIndex(final String account)
    {
        for (int channel = 0; channel < accounts.length; channel++)
        {
            if (accounts[channel] != null && accounts[channel].name().equals(account))
            {
                return channel;
            }
        }
        throw new IllegalArgumentException("no account named '" + account + "'");
    }

    /** Whether the account was READY as of the SESSION_STATE events handled so far. */
    boolean isReady(final int channel)
    {
        return ready[channel];
    }

    int frontId(final int channel)
    {
        return frontIds[channel];
    }

    int sessionId(final int channel)
    {
        return sessionIds[channel];
    }

    OrderBook book(final int channel)
    {
        return books[channel];
    }

    /**
     * SESSION_STATE of an account: its readiness and session (a state without one, zeros, keeps the last). At READY,
     * the recovered opens still working join the global position limit.
     */
    void onSessionState(final int channel, final SessionState state, final int frontId, final int sessionId,
        final long maxOrderRef)
    {
        onSessionState(channel, state, frontId, sessionId, maxOrderRef, 0);
    }

    /** As above, for an event of {@code tradingDay} (yyyyMMdd, 0 unknown): see {@code AccountLink#onSessionState}. */
    void onSessionState(final int channel, final SessionState state, final int frontId, final int sessionId,
        final long maxOrderRef, final int tradingDay)
    {
        accounts[channel].onSessionState(state, frontId, sessionId, maxOrderRef, tradingDay);
        ready[channel] = state == SessionState.READY;
        if (frontId != 0 || sessionId != 0)
        {
            frontIds[channel] = frontId;
            sessionIds[channel] = sessionId;
        }
        if (state == SessionState.READY && recoveredOpensToReserve[channel])
        {
            reserveRecoveredOpens(channel);
        }
    }

    /**
     * Recovered opens still working count towards the global position limit from the first READY on, for what
     * is unfilled then: the account's positions at that moment (which the engine counts as held) already hold
     * what they filled before, through the journal or while the engine was down.
     */
    private void reserveRecoveredOpens(final int channel)
    {
        recoveredOpensToReserve[channel] = false;
        final List<WorkingOrder> live = books[channel].liveOrders();
        for (int i = 0, n = live.size(); i < n; i++)
        {
            final WorkingOrder order = live.get(i);
            if (order.offsetFlag() == OffsetFlag.OPEN && !order.holdsGlobalExposure())
            {
                books[channel].holdsGlobalExposure(order, true);
                final long unfilled = order.remainingVolume();
                final boolean buy = order.direction() == Direction.BUY;
                globalRisk.addHeldPosition(channel, order.instrument(), buy ? unfilled : 0, buy ? 0 : unfilled);
            }
        }
    }

    /** An order risk refused: booked under an engine-local OrderRef, already REJECTED; it never reaches the counter. */
    WorkingOrder rejectLocally(final int channel, final int owner, final int instrument, final byte direction,
        final byte offsetFlag, final double price, final long volume, final long now)
    {
        final OrderBook book = books[channel];
        final long ref = localRef++;
        final WorkingOrder rejected = book.onSent(frontIds[channel], sessionIds[channel], ref, instrument, owner,
            direction, offsetFlag, price, volume, now);
        book.onInsertRejected(frontIds[channel], sessionIds[channel], ref, 0);
        return rejected;
    }

    /**
     * Sends an order risk passed: takes the account's next OrderRef, books it (an open holds global exposure, which
     * the caller reserved) and sends it. A refused call comes back as a REFUSED_ORDER_INSERT event (OrderSender).
     */
    WorkingOrder sendInsert(final int channel, final int owner, final Instrument reference, final int instrument,
        final byte direction, final byte offsetFlag, final double price, final long volume, final boolean immediate,
        final boolean complete, final long causeSequence, final long now)
    {
        final AccountLink link = accounts[channel];
        final OrderBook book = books[channel];
        // Other threads inserting into this account now wait for our send; a replay of several threads takes the
        // strategy's recorded ref.
        final long orderRef = link.beginInsert(owner);
        try
        {
            final WorkingOrder order = book.onSent(frontIds[channel], sessionIds[channel], orderRef, instrument, owner,
                direction, offsetFlag, price, volume, now);
            book.holdsGlobalExposure(order, offsetFlag == OffsetFlag.OPEN);
            senders[channel].sendInsert(orderRef, reference, direction, offsetFlag, price, volume,
                OrderSender.timeConditionOf(immediate), OrderSender.volumeConditionOf(complete), owner, causeSequence, now);
            return order;
        }
        finally
        {
            link.endInsert();
        }
    }

    /** Sends a cancel of a live order (a refused call comes back as a REFUSED_ORDER_ACTION event). */
    void sendCancel(final int channel, final WorkingOrder order, final Instrument reference, final int owner,
        final long causeSequence, final long now)
    {
        senders[channel].sendCancel(order, reference, owner, causeSequence, now);
        books[channel].onCancelSent(order);
    }

    /** The channel whose book holds the order, -1 when none does. */
    int channelOf(final WorkingOrder order)
    {
        for (int channel = 0; channel < books.length; channel++)
        {
            if (books[channel] != null && books[channel].find(order.frontId(), order.sessionId(), order.orderRef()) == order)
            {
                return channel;
            }
        }
        return -1;
    }

    /** Live orders on a channel (tracked channels only). */
    List<WorkingOrder> liveOrders(final int channel)
    {
        return books[channel].liveOrders();
    }

    /** Adds one strategy's live orders, on every account, to {@code into}. */
    void liveOrdersOf(final int owner, final List<WorkingOrder> into)
    {
        for (final OrderBook book : books)
        {
            if (book == null)
            {
                continue;
            }
            final List<WorkingOrder> live = book.liveOrders();
            for (int i = 0, n = live.size(); i < n; i++)
            {
                if (live.get(i).owner() == owner)
                {
                    into.add(live.get(i));
                }
            }
        }
    }

    /**
     * RTN_ORDER, or a row of RSP_QRY_ORDER.
     *
     * @param fromQuery a query row: it counts as a change only when it changed the order's state
     * @return the order to tell its strategy about, null when the return is not one of ours or changed nothing
     */
    WorkingOrder onRtnOrder(final int channel, final OrderFlyweight order, final boolean fromQuery)
    {
        if (!tracks(channel))
        {
            return null;
        }
        final OrderBook book = books[channel];
        order.wrapOrderRef(text);
        final long orderRef = OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
        order.wrapExchangeId(text);
        order.wrapOrderSysId(text2);
        final WorkingOrder known = fromQuery ? book.find(order.frontId(), order.sessionId(), orderRef) : null;
        final OrderState before = known == null ? null : known.state();
        final WorkingOrder working = book.onRtnOrder(order.frontId(), order.sessionId(), orderRef, order.orderStatus(),
            order.orderSubmitStatus(), text.buffer(), text.offset(), text2.buffer(), text2.offset());
        if (working != null && (!fromQuery || working.state() != before))
        {
            settleExposure(channel, working);
            return working;
        }
        return null;
    }

    /**
     * RTN_TRADE, or a row of RSP_QRY_TRADE: counts a trade not seen before against its order (found by OrderSysID,
     * else by OrderRef in the account's current session) and settles the global limit.
     *
     * @return the order that traded, null when the trade was seen before or is not one of ours; then
     * {@link #lastTradeChangedState()} says whether it changed the order's state
     */
    WorkingOrder onRtnTrade(final int channel, final TradeFlyweight trade)
    {
        lastTradeChangedState = false;
        if (!tracks(channel))
        {
            return null;
        }
        final OrderBook book = books[channel];
        trade.wrapExchangeId(text);
        trade.wrapTradeId(text2);
        if (!dedup[channel].add(text.buffer(), text.offset(), text2.buffer(), text2.offset()))
        {
            return null; // seen before (topic replay after a reconnect): never counted twice
        }
        trade.wrapOrderSysId(text2);
        WorkingOrder working = book.findByOrderSysId(text.buffer(), text.offset(), text2.buffer(), text2.offset());
        if (working == null)
        {
            trade.wrapOrderRef(text);
            final long orderRef = OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
            working = book.find(frontIds[channel], sessionIds[channel], orderRef);
        }
        rememberOwner(channel, working == null ? -1 : working.owner());
        if (working == null)
        {
            return null; // another strategy thread's or another client's order
        }
        final OrderState before = working.state();
        book.onTrade(working.frontId(), working.sessionId(), working.orderRef(), trade.volume());
        if (trade.offsetFlag() != OffsetFlag.OPEN)
        {
            globalRisk.onCloseFilled(channel, working.instrument(), trade.direction(), trade.volume());
        }
        settleExposure(channel, working);
        lastTradeChangedState = working.state() != before;
        return working;
    }

    /** Whether the trade {@link #onRtnTrade} last returned changed its order's state. */
    boolean lastTradeChangedState()
    {
        return lastTradeChangedState;
    }

    /**
     * An insert the counter or the library refused (an OrderRef of the account's current session).
     *
     * @return the order, when this refusal ended it (it was live); null otherwise
     */
    WorkingOrder onInsertRejected(final int channel, final long orderRef, final int errorId)
    {
        if (errorId == 0 || !tracks(channel))
        {
            return null;
        }
        final OrderBook book = books[channel];
        final WorkingOrder known = book.find(frontIds[channel], sessionIds[channel], orderRef);
        final boolean wasLive = known != null && known.state().isLive();
        final WorkingOrder working = book.onInsertRejected(frontIds[channel], sessionIds[channel], orderRef, errorId);
        if (working != null && wasLive && working.state() == OrderState.REJECTED)
        {
            settleExposure(channel, working);
            counters.ordersRejected().increment();
            return working;
        }
        return null;
    }

    /**
     * A cancel the counter or the library refused.
     *
     * @return the order (no longer cancel-pending), null when it is not one of ours
     */
    WorkingOrder onCancelRejected(final int channel, final int frontId, final int sessionId, final long orderRef,
        final int errorId)
    {
        if (errorId == 0 || !tracks(channel))
        {
            return null;
        }
        return books[channel].onCancelRejected(frontId, sessionId, orderRef, errorId);
    }

    /** An open that ended gives its unfilled rest back to the global position limit; filled lots stay held. */
    private void settleExposure(final int channel, final WorkingOrder order)
    {
        if (order.holdsGlobalExposure() && order.state().isTerminal())
        {
            books[channel].holdsGlobalExposure(order, false);
            globalRisk.releaseOpen(channel, order.instrument(), order.direction(),
                Math.max(0, order.volume() - order.tradedVolume()));
        }
    }

    /**
     * RECONCILE: the counter does not list an order this thread holds live (a ghost): it is closed, and an open gives
     * its unfilled rest back to the global limit.
     *
     * @return the order, when this closed it; null when it is not one of this thread's live orders
     */
    WorkingOrder onNotAtCounter(final int channel, final int frontId, final int sessionId, final long orderRef)
    {
        if (!tracks(channel))
        {
            return null;
        }
        final WorkingOrder closed = books[channel].onNotAtCounter(frontId, sessionId, orderRef);
        if (closed != null)
        {
            settleExposure(channel, closed);
        }
        return closed;
    }

    /**
     * TRADING_DAY: the account's trade window starts again (TradeIDs restart with the day) and OrderRefs continue from
     * the new session's MaxOrderRef. Finished orders stay out of the pool: a strategy may still hold them.
     */
    void onNewTradingDay(final int channel, final int tradingDay)
    {
        if (!tracks(channel))
        {
            return;
        }
        dedup[channel].clear();
        accounts[channel].onNewTradingDay(tradingDay);
        globalRisk.onNewTradingDay(tradingDay);
    }

    /** Warm restart: a trade of the day, so that the topic's RESUME and the trade query count it no more. */
    void rememberTrade(final int channel, final String exchangeId, final String tradeId, final int owner)
    {
        if (dedup[channel].add(NulTerminated.of(exchangeId), 0, NulTerminated.of(tradeId), 0))
        {
            rememberOwner(channel, owner);
        }
    }

    /** The owner of the trade just added to the channel's de-duplicator (its last slot). */
    private void rememberOwner(final int channel, final int owner)
    {
        final int slot = dedup[channel].size() - 1;
        if (slot >= tradeOwners[channel].length)
        {
            tradeOwners[channel] = Arrays.copyOf(tradeOwners[channel], tradeOwners[channel].length * 2); // rare
        }
        tradeOwners[channel][slot] = owner;
    }

    /**
     * RECONCILE: the strategy whose fill a trade the counter does not have was, -1 when it was none of this thread's;
     * the trade is then forgotten by its owner (ExchangeID and TradeID NUL-terminated in {@code buffer}).
     */
    int takeBackTrade(final int channel, final DirectBuffer buffer, final int exchangeIdOffset,
        final int tradeIdOffset)
    {
        if (!tracks(channel))
        {
            return -1;
        }
        final int slot = dedup[channel].indexOf(buffer, exchangeIdOffset, buffer, tradeIdOffset);
        if (slot < 0)
        {
            return -1;
        }
        final int owner = tradeOwners[channel][slot];
        tradeOwners[channel][slot] = -1;
        return owner;
    }

    /** Warm restart: an order the last run left live, now a strategy's of this run again. */
    void restoreOrder(final int channel, final RecoveredOrder order, final int instrument, final int owner)
    {
        books[channel].onRecovered(order.frontId(), order.sessionId(), order.orderRef(), instrument, owner,
            order.direction(), order.offsetFlag(), order.limitPrice(), order.volume(), order.tradedVolume(),
            order.state(), order.cancelPending(), NulTerminated.of(order.exchangeId()),
            NulTerminated.of(order.orderSysId()));
        recoveredOpensToReserve[channel] = true;
    }
}
