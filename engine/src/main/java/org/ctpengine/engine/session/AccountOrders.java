package org.ctpengine.engine.session;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.agrona.collections.IntHashSet;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.OrderBook;
import org.ctpengine.engine.order.OrderRefText;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.outbound.OrderSender;
import org.ctpengine.engine.recovery.NulTerminated;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredOrder;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The engine thread's record of every order this engine has working on one account, whichever strategy thread sent
 * it (or a previous run, recovered by a warm start), and the stop's cancels. At the engine's stop every live order is
 * cancelled from here, never through a strategy's rate limits, and cancelled again each retry interval until the
 * counter confirms it or the close's deadline passes; orders strategy threads still send after the stop are cancelled
 * as soon as their command comes round the ring.
 *
 * <p>Learns only from events (commands come round the ring like callbacks), so it needs no other thread's state.
 * Owned by the engine thread; {@link #liveAfterStop()} and {@link #liveDescriptions()} are safe from any thread.
 */
public final class AccountOrders
{
    /** A day of orders for one account, pooled up front. */
    private static final int CAPACITY = 16 * 1024;

    private final AccountLink link;
    private final InstrumentRegistry instruments;
    private final OrderSender sender;
    private final OrderBook book = new OrderBook(CAPACITY);
    private final AbiProfile[] profiles;
    private final InputOrderFlyweight[] inserts;
    private final InputOrderActionFlyweight[] actions;
    private final OrderFlyweight[] orders;
    private final AsciiSequenceView text = new AsciiSequenceView();
    private final AsciiSequenceView text2 = new AsciiSequenceView();
    private final long retryNanos;
    private boolean stopping;
    /** Strategies whose thread was evicted: their orders are cancelled as at the stop. */
    private final IntHashSet evictedOwners = new IntHashSet();
    private long cancelsSent;
    /** Live orders after the stop, -1 before it: for the closing thread. */
    private volatile int liveAfterStop = -1;
    /** The live orders after the stop, described (allocates: after the stop only). */
    private volatile List<String> liveDescriptions = List.of();

    /**
     * @param sender     sends the stop's cancels on this account (journaled as commands of {@link OrderSender#ENGINE_ISSUED})
     * @param profiles   the engine's profiles by index (events name theirs by index)
     * @param retryNanos how long a cancel may go unconfirmed before it is sent again
     */
    public AccountOrders(final AccountLink link, final InstrumentRegistry instruments, final OrderSender sender,
        final AbiProfile[] profiles, final long retryNanos)
    {
        this.link = link;
        this.instruments = instruments;
        this.sender = sender;
        this.profiles = profiles.clone();
        this.retryNanos = retryNanos;
        this.inserts = new InputOrderFlyweight[profiles.length];
        this.actions = new InputOrderActionFlyweight[profiles.length];
        this.orders = new OrderFlyweight[profiles.length];
        for (int i = 0; i < profiles.length; i++)
        {
            inserts[i] = new InputOrderFlyweight(profiles[i]);
            actions[i] = new InputOrderActionFlyweight(profiles[i]);
            orders[i] = new OrderFlyweight(profiles[i]);
        }
    }

    /** Warm restart, before the engine starts: the orders a previous run left working, as its journal knew them. */
    public void recover(final RecoveredAccount recovered)
    {
        for (final RecoveredOrder order : recovered.liveOrders())
        {
            final int instrument = instruments.indexOf(order.instrumentId());
            if (instrument >= 0 && book.find(order.frontId(), order.sessionId(), order.orderRef()) == null)
            {
                book.onRecovered(order.frontId(), order.sessionId(), order.orderRef(), instrument, OrderSender.ENGINE_ISSUED,
                    order.direction(), order.offsetFlag(), order.limitPrice(), order.volume(), order.tradedVolume(),
                    order.state(), order.cancelPending(), NulTerminated.of(order.exchangeId()),
                    NulTerminated.of(order.orderSysId()));
            }
        }
    }

    /** One event of this account's channel (callbacks, and the commands strategy threads sent on it). */
    public void onEvent(final EventHeader header, final DirectBuffer buffer, final long nowNanos)
    {
        causedBy(header);
        final int payload = header.payloadOffset();
        final int profile = header.profile();
        final boolean hasPayload = header.payloadLength() > 0 && profile >= 0 && profile < profiles.length;
        switch (EventType.fromCode(header.type()))
        {
            case CMD_ORDER_INSERT ->
            {
                if (hasPayload)
                {
                    onInsertCommand(inserts[profile].wrap(buffer, payload), header.intArg(), nowNanos);
                }
            }
            case CMD_ORDER_ACTION ->
            {
                if (hasPayload)
                {
                    final InputOrderActionFlyweight action = actions[profile].wrap(buffer, payload);
                    final WorkingOrder order = book.find(action.frontId(), action.sessionId(), orderRef(action));
                    if (order != null)
                    {
                        book.onCancelSent(order, nowNanos); // a strategy's own cancel: retried only if unconfirmed
                    }
                }
            }
            case REFUSED_ORDER_INSERT, RSP_ORDER_INSERT, ERR_RTN_ORDER_INSERT ->
            {
                if (hasPayload && header.errorId() != 0)
                {
                    final InputOrderFlyweight insert = inserts[profile].wrap(buffer, payload);
                    insert.wrapOrderRef(text);
                    book.onInsertRejected(link.frontId(), link.sessionId(), OrderRefText.parse(text.buffer(), text.offset(),
                        text.length() + 1), header.errorId());
                }
            }
            case REFUSED_ORDER_ACTION, RSP_ORDER_ACTION, ERR_RTN_ORDER_ACTION ->
            {
                if (hasPayload && header.errorId() != 0)
                {
                    // InputOrderAction and OrderAction share the prefix read here (OrderActionPrefixTest)
                    final InputOrderActionFlyweight action = actions[profile].wrap(buffer, payload);
                    book.onCancelRejected(action.frontId(), action.sessionId(), orderRef(action), header.errorId());
                }
            }
            case RTN_ORDER, RSP_QRY_ORDER ->
            {
                if (hasPayload && header.errorId() == 0)
                {
                    onOrder(orders[profile].wrap(buffer, payload));
                }
            }
            case RECONCILE ->
            {
                if (header.intArg() == ReconcileEvent.ORDER_CLOSED)
                {
                    book.onNotAtCounter(ReconcileEvent.frontId(buffer, payload), ReconcileEvent.sessionId(buffer, payload),
                        ReconcileEvent.orderRef(buffer, payload));
                    publishLiveCount();
                }
            }
            default ->
            {
            }
        }
    }

    /**
     * After the stop or an eviction, on every engine-thread event (timers included): retries what is due. The scan
     * over the live orders runs at most every {@link #SCAN_INTERVAL_NANOS}: a stop with ten thousand orders live sees
     * ten thousand confirmations come in, and must not scan them all on each one.
     */
    public void doWork(final EventHeader cause, final long nowNanos)
    {
        if ((stopping || !evictedOwners.isEmpty()) && nowNanos - lastScanNanos >= SCAN_INTERVAL_NANOS)
        {
            cancelDue(cause, nowNanos);
        }
    }

    private static final long SCAN_INTERVAL_NANOS = 100_000_000L;
    /** The event this thread is handling: the stop's cancels name it as their cause, as strategies' commands do. */
    private long causeSequence;
    private long causeEpochNanos;

    private void causedBy(final EventHeader cause)
    {
        causeSequence = cause.sequence();
        causeEpochNanos = cause.epochNanos();
    }
    private long lastScanNanos = Long.MIN_VALUE / 2;

    /** A strategy thread was evicted: every order of these strategies is cancelled, again until confirmed. */
    public void evictOwners(final int[] strategyIds, final EventHeader cause, final long nowNanos)
    {
        for (final int id : strategyIds)
        {
            evictedOwners.add(id);
        }
        cancelDue(cause, nowNanos);
    }

    private void onInsertCommand(final InputOrderFlyweight insert, final int owner, final long nowNanos)
    {
        insert.wrapOrderRef(text);
        final long orderRef = OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
        insert.wrapInstrumentId(text2);
        final int instrument = instruments.indexOf(text2.buffer(), text2.offset());
        if (instrument < 0 || book.find(link.frontId(), link.sessionId(), orderRef) != null)
        {
            return;
        }
        // The strategy sent it in the session its SESSION_STATE events named, which this thread published: the current one.
        final WorkingOrder order = book.onSent(link.frontId(), link.sessionId(), orderRef, instrument, owner, insert.direction(),
            insert.combOffsetFlagAt(0), insert.limitPrice(), insert.volumeTotalOriginal(), nowNanos);
        if (stopping || evictedOwners.contains(owner))
        {
            cancelAt(order, nowNanos); // sent as the stop came: cancelled as soon as it is known
        }
    }

    private void onOrder(final OrderFlyweight order)
    {
        order.wrapOrderRef(text);
        final long orderRef = OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
        final WorkingOrder known = book.find(order.frontId(), order.sessionId(), orderRef);
        if (known == null)
        {
            return; // another client's order on this account: not ours to cancel
        }
        if (!unconfirmed.isEmpty())
        {
            unconfirmed.remove(known); // the counter has it
        }

        final long traded = order.volumeTraded() - known.tradedVolume();
        if (traded > 0)
        {
            book.onTrade(order.frontId(), order.sessionId(), orderRef, traded); // the order's own count: no trade needed
        }
        order.wrapExchangeId(text);
        order.wrapOrderSysId(text2);
        book.onRtnOrder(order.frontId(), order.sessionId(), orderRef, order.orderStatus(), order.orderSubmitStatus(),
            text.buffer(), text.offset(), text2.buffer(), text2.offset());
    }

    /** Orders live when a login's reconciliation began that the counter has not listed since. Engine thread. */
    private final Set<WorkingOrder> unconfirmed =
        Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * A login's queries begin: every order live now must be listed by the counter's order query (or come back in a
     * return) before {@link #endReconcile}, or it is a ghost. Orders sent from now on are not judged.
     */
    public void beginReconcile()
    {
        unconfirmed.clear();
        final List<WorkingOrder> live = book.liveOrders();
        for (int i = 0, n = live.size(); i < n; i++)
        {
            unconfirmed.add(live.get(i));
        }
    }

    /**
     * The login's queries are done: hands over each order still live that the counter did not list (the caller
     * journals it as a {@link ReconcileEvent#ORDER_CLOSED}, which closes it here when it comes round the ring).
     *
     * @param ordersQueried whether the order query answered in full; if not, nothing is judged
     */
    public void endReconcile(final boolean ordersQueried, final Consumer<WorkingOrder> ghost)
    {
        if (ordersQueried)
        {
            final List<WorkingOrder> live = book.liveOrders();
            for (int i = 0, n = live.size(); i < n; i++)
            {
                if (unconfirmed.contains(live.get(i)))
                {
                    ghost.accept(live.get(i));
                }
            }
        }
        unconfirmed.clear();
    }

    /** A new trading day: the old day's finished orders go back to the pool (nothing on this thread holds them). */
    public void onNewTradingDay()
    {
        book.recycleTerminal();
    }

    /** The instrument of an order, for reports. */
    public CharSequence instrumentId(final WorkingOrder order)
    {
        return instruments.get(order.instrument()).instrumentId();
    }

    private long orderRef(final InputOrderActionFlyweight action)
    {
        action.wrapOrderRef(text);
        return OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
    }

    /** The engine's stop: from now on every live order is cancelled, again each retry interval, until none is left. */
    public void stop(final EventHeader cause, final long nowNanos)
    {
        stopping = true;
        cancelDue(cause, nowNanos);
    }

    /**
     * The stop's cancels awaiting the counter's answer, at most: each scan tops them up as confirmations come in. Sending
     * every cancel of a large book at once, and every unconfirmed one again each retry interval, fed on itself under
     * load (this thread's own commands filled the ring ahead of the confirmations it was waiting for).
     */
    public static final int MAX_STOP_CANCELS_IN_FLIGHT = 500;

    private void cancelDue(final EventHeader cause, final long nowNanos)
    {
        causedBy(cause);
        lastScanNanos = nowNanos;
        final List<WorkingOrder> live = book.liveOrders();
        int inFlight = 0;
        for (int i = 0, n = live.size(); i < n; i++)
        {
            final long sent = live.get(i).cancelSentNanos();
            if (sent != 0 && nowNanos - sent < retryNanos && isToCancel(live.get(i)))
            {
                inFlight++;
            }
        }
        for (int i = live.size() - 1; i >= 0 && inFlight < MAX_STOP_CANCELS_IN_FLIGHT; i--)
        {
            final WorkingOrder order = live.get(i);
            // Once each, then again only when its last cancel has gone unconfirmed (or was refused) for a retry interval.
            final long sent = order.cancelSentNanos();
            if (isToCancel(order) && (sent == 0 || nowNanos - sent >= retryNanos))
            {
                cancelAt(order, nowNanos);
                inFlight++;
            }
        }
        publishLiveCount();
    }

    private boolean isToCancel(final WorkingOrder order)
    {
        return stopping || evictedOwners.contains(order.owner());
    }

    private void cancelAt(final WorkingOrder order, final long nowNanos)
    {
        book.onCancelSent(order, nowNanos);
        cancelsSent++;
        sender.sendCancel(order, instruments.get(order.instrument()), OrderSender.ENGINE_ISSUED, causeSequence, causeEpochNanos);
    }

    /** After the stop, the count the closing thread waits on (describing them is left to {@link #describeLive}). */
    private void publishLiveCount()
    {
        if (stopping)
        {
            final int live = book.liveOrders().size();
            if (live != liveAfterStop)
            {
                liveAfterStop = live;
            }
        }
    }

    /**
     * Describes the live orders now, for the stop's report: called by the engine thread when the closing thread asks
     * ({@link #requestDescription}), not on every change (a ten-thousand-order stop would describe them all each time).
     */
    public void describeIfRequested()
    {
        if (describeRequested)
        {
            describeRequested = false;
            liveDescriptions = describe(book.liveOrders());
            described = true;
        }
    }

    private volatile boolean describeRequested;
    private volatile boolean described;

    /** Any thread: asks the engine thread to describe the live orders at its next event. */
    public void requestDescription()
    {
        described = false;
        describeRequested = true;
    }

    /** Any thread: whether the description asked for is ready in {@link #liveDescriptions()}. */
    public boolean isDescribed()
    {
        return described;
    }

    private List<String> describe(final List<WorkingOrder> live)
    {
        final List<String> lines = new ArrayList<>(live.size());
        for (int i = 0, n = live.size(); i < n; i++)
        {
            final WorkingOrder order = live.get(i);
            lines.add("account " + link.name() + " instrument " + instruments.get(order.instrument()).instrumentId() +
                " OrderRef " + order.orderRef() + " OrderSysID " + (order.hasOrderSysId() ?
                text(order.orderSysId()) : "(none yet)") + " (" + order.state() + ")");
        }
        return List.copyOf(lines);
    }

    private static String text(final DirectBuffer buffer)
    {
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < buffer.capacity() && buffer.getByte(i) != 0; i++)
        {
            text.append((char)buffer.getByte(i));
        }
        return text.toString().trim();
    }

    /** Live orders after the engine's stop, or -1 before it. Any thread. */
    public int liveAfterStop()
    {
        return liveAfterStop;
    }

    /** The orders still live after the stop, one line each. Any thread. */
    public List<String> liveDescriptions()
    {
        return liveDescriptions;
    }

    /** Cancels this thread sent since the stop (engine thread, or after close). */
    public long cancelsSent()
    {
        return cancelsSent;
    }

    /** Live orders now (engine thread, or tests while the engine is quiet). */
    public int liveOrders()
    {
        return book.liveOrders().size();
    }
}
