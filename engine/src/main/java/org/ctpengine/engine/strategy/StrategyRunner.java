package org.ctpengine.engine.strategy;

import com.lmax.disruptor.EventHandler;
import org.agrona.AsciiSequenceView;
import org.agrona.DeadlineTimerWheel;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.InstrumentStatus;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.InstrumentStatusFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.RspInfoFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.engine.bar.Bar;
import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.host.StrategyConfig;
import org.ctpengine.engine.instrument.Instrument;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.OrderBook;
import org.ctpengine.engine.outbound.OrderSender;
import org.ctpengine.engine.order.OrderRefText;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.TradeDeduplicator;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.recovery.DailyCounts;
import org.ctpengine.engine.recovery.NulTerminated;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredOrder;
import org.ctpengine.engine.recovery.RecoveredTrade;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.risk.RiskChecker;
import org.ctpengine.engine.risk.RiskRejectReason;
import org.ctpengine.engine.risk.RiskView;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.session.AccountLink;
import org.ctpengine.engine.session.SessionState;
import org.ctpengine.engine.session.SessionStateEvent;
import org.ctpengine.engine.time.ExchangeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs a group of strategies on one thread, as one consumer of the inbound ring. Everything it mutates is
 * its own: the orders its strategies sent (per account), their positions, timers, and the market state it
 * has seen. It learns about accounts from SESSION_STATE events and starts its strategies when every account
 * they trade is READY. A strategy that throws is stopped (orders cancelled, onStop, a STRATEGY_STOPPED
 * event); the others keep running. The same code runs live and in replay: in replay no library is called.
 */
public final class StrategyRunner implements EventHandler<RingEvent>
{
    private static final Logger LOG = LoggerFactory.getLogger(StrategyRunner.class);
    /** Orders pooled per account up front (a busy trading day's worth): tracking them allocates nothing. */
    private static final int ORDERS_PER_ACCOUNT = 16 * 1024;

    private final String name;
    /** This runner's place among the engine's strategy threads, named by its STOP_HANDLED event. */
    private int runnerIndex;
    private final InstrumentRegistry instruments;
    private final AccountLink[] accounts;
    /**
     * Each account's readiness as of the event this thread is handling: set from the SESSION_STATE events in ring
     * order, not read from the shared AccountLink, which a thread further ahead in the ring may already have moved
     * (replay has one thread: decisions must depend on the event order only).
     */
    private final boolean[] ready;
    /** Each account's FrontID and SessionID as of the event being handled, for the same reason. */
    private final int[] frontIds;
    private final int[] sessionIds;
    private final IntFunction<AccountView> accountViews;
    private final Consumer<String> marketDataSubscriber;
    private final EngineCounters counters;
    private final GlobalRisk globalRisk;
    private final EventPublisher publisher;
    private final List<StrategySlot> slots = new ArrayList<>();
    private final OrderBook[] books;
    private final OrderSender[] senders;
    private final TradeDeduplicator[] dedup;
    /** A warm restart recovered live orders on the channel: they join the global position limit at READY. */
    private final boolean[] recoveredOpensToReserve;
    private final double[] upperLimit;
    private final double[] lowerLimit;
    private final boolean[] notTrading;
    /** Created when the strategies start: a timer wheel must start near the clock it is polled with. */
    private DeadlineTimerWheel timers;
    private final DeadlineTimerWheel.TimerHandler timerHandler = this::onTimerExpiry;
    /** Risk-refused orders never reach the counter; they get engine-local refs far above real ones. */
    private long localRef = 1L << 39;
    private final Long2LongHashMap timerOwners = new Long2LongHashMap(-1);
    private final OrderUpdateView update = new OrderUpdateView();
    private final List<WorkingOrder> pendingRejects = new ArrayList<>();
    private final List<String> pendingReasons = new ArrayList<>();
    private final AsciiSequenceView text = new AsciiSequenceView();
    private final AsciiSequenceView text2 = new AsciiSequenceView();

    private final TickBars bars;
    private final Tick[] ticks;
    private final Fill[] fills;
    private final DepthMarketDataFlyweight[] depth;
    private final OrderFlyweight[] orderViews;
    private final TradeFlyweight[] tradeViews;
    private final InputOrderFlyweight[] inputOrders;
    private final InputOrderActionFlyweight[] inputActions;
    private final InstrumentStatusFlyweight[] statusViews;
    private final RspInfoFlyweight[] rspInfos;
    private final AbiProfile[] profiles;

    /** Written by this thread once it has handled the engine's stop; read by the thread closing the engine. */
    private volatile boolean stopHandled;
    /**
     * Set by the watchdog (live) or by this thread at a journaled STRATEGY_EVICTED (replay): this thread's strategies
     * were stopped from outside while a callback did not return; it handles nothing more and sends nothing.
     */
    private volatile boolean evicted;
    private boolean engineStopped;

    private long now;
    private long currentSequence;
    private boolean started;
    private StrategySlot current;

    /**
     * @param profiles             the engine's profiles by index (events name their profile by index)
     * @param accounts             account links by channel (null where a channel is market data)
     * @param accountViews         account funds by channel, for strategies' account() (read-only)
     * @param marketDataSubscriber asks the market-data sessions for an instrument (any thread)
     */
    public StrategyRunner(
        final String name,
        final List<StrategyConfig> strategies,
        final AbiProfile[] profiles,
        final InstrumentRegistry instruments,
        final AccountLink[] accounts,
        final IntFunction<AccountView> accountViews,
        final Consumer<String> marketDataSubscriber,
        final EventPublisher publisher,
        final EngineCounters counters,
        final GlobalRisk globalRisk,
        final int firstStrategyId)
    {
        this.globalRisk = globalRisk;
        this.name = name;
        this.profiles = profiles.clone();
        this.instruments = instruments;
        this.accounts = accounts.clone();
        this.ready = new boolean[accounts.length];
        this.frontIds = new int[accounts.length];
        this.sessionIds = new int[accounts.length];
        this.accountViews = accountViews;
        this.marketDataSubscriber = marketDataSubscriber;
        this.publisher = publisher;
        this.counters = counters;
        final int capacity = instruments.capacity();
        this.upperLimit = new double[capacity];
        this.lowerLimit = new double[capacity];
        this.notTrading = new boolean[capacity];
        java.util.Arrays.fill(upperLimit, Double.NaN);
        java.util.Arrays.fill(lowerLimit, Double.NaN);
        this.books = new OrderBook[accounts.length];
        this.senders = new OrderSender[accounts.length];
        this.dedup = new TradeDeduplicator[accounts.length];
        this.recoveredOpensToReserve = new boolean[accounts.length];
        for (int channel = 0; channel < accounts.length; channel++)
        {
            if (accounts[channel] != null)
            {
                books[channel] = new OrderBook(ORDERS_PER_ACCOUNT);
                dedup[channel] = new TradeDeduplicator(1024);
                senders[channel] = new OrderSender(accounts[channel], publisher, profileIndex(accounts[channel].profile()));
            }
        }
        this.bars = new TickBars(instruments, this::deliverBar);
        this.ticks = new Tick[profiles.length];
        this.fills = new Fill[profiles.length];
        this.depth = new DepthMarketDataFlyweight[profiles.length];
        this.orderViews = new OrderFlyweight[profiles.length];
        this.tradeViews = new TradeFlyweight[profiles.length];
        this.inputOrders = new InputOrderFlyweight[profiles.length];
        this.inputActions = new InputOrderActionFlyweight[profiles.length];
        this.statusViews = new InstrumentStatusFlyweight[profiles.length];
        this.rspInfos = new RspInfoFlyweight[profiles.length];
        for (int i = 0; i < profiles.length; i++)
        {
            ticks[i] = new Tick(profiles[i]);
            fills[i] = new Fill(profiles[i]);
            depth[i] = ticks[i].data();
            orderViews[i] = new OrderFlyweight(profiles[i]);
            tradeViews[i] = fills[i].data();
            inputOrders[i] = new InputOrderFlyweight(profiles[i]);
            inputActions[i] = new InputOrderActionFlyweight(profiles[i]);
            statusViews[i] = new InstrumentStatusFlyweight(profiles[i]);
            rspInfos[i] = new RspInfoFlyweight(profiles[i]);
        }
        int id = firstStrategyId;
        for (final StrategyConfig config : strategies)
        {
            final int account = accountIndex(config.account());
            final StrategySlot[] holder = new StrategySlot[1];
            final RiskChecker risk = new RiskChecker(config.risk(), new SlotRiskView(holder, account), capacity);
            final StrategySlot slot = new StrategySlot(id++, config, this, account, risk, capacity, accounts.length);
            holder[0] = slot;
            slots.add(slot);
        }
    }

    private int profileIndex(final AbiProfile profile)
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

    public String name()
    {
        return name;
    }

    /** Before the ring starts: this runner's index among the engine's strategy threads. */
    public void runnerIndex(final int index)
    {
        runnerIndex = index;
    }

    /** Whether the strategies have been started (every account they trade was READY). */
    public boolean isStarted()
    {
        return started;
    }

    long now()
    {
        return now;
    }

    InstrumentRegistry instruments()
    {
        return instruments;
    }

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

    AccountView accountView(final int channel)
    {
        return accountViews.apply(channel);
    }

    void subscribeMarketData(final String instrumentId)
    {
        marketDataSubscriber.accept(instrumentId);
    }

    @Override
    public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
    {
        if (evicted)
        {
            return; // off the ring: what it is still handed may already be overwritten
        }
        if (ownerThread == null)
        {
            ownerThread = Thread.currentThread();
        }
        final EventHeader header = event.header();
        final DirectBuffer buffer = event.buffer();
        final EventType type = EventType.fromCode(header.type());
        if (type.isCommand())
        {
            // Requests coming round the ring (ours or another thread's): a replay never feeds them, so here too they
            // neither move the clock nor poll the timers: what the strategies see depends on the same events only.
            if (endOfBatch)
            {
                publisher.flush();
            }
            return;
        }
        currentSequence = sequence;
        if (header.epochNanos() > now)
        {
            now = header.epochNanos(); // the event clock: never backwards
        }
        final int channel = header.channel();
        final int profile = header.profile();
        switch (type)
        {
            case SESSION_STATE -> onSessionState(channel, buffer, header.payloadOffset());
            case RTN_DEPTH_MARKET_DATA -> onTick(header, buffer, profile);
            case RTN_INSTRUMENT_STATUS -> onInstrumentStatus(header, buffer, profile);
            case RTN_ORDER -> onRtnOrder(channel, header, buffer, profile, false);
            case RTN_TRADE -> onRtnTrade(channel, header, buffer, profile);
            // The resynchronising queries after a login: what the private topic may not replay (a warm restart's
            // RESUME skips what the killed run received but never handled). Both are idempotent.
            case RSP_QRY_ORDER -> onQueriedOrder(channel, header, buffer, profile);
            case RSP_QRY_TRADE -> onQueriedTrade(channel, header, buffer, profile);
            case RSP_ORDER_INSERT, ERR_RTN_ORDER_INSERT, REFUSED_ORDER_INSERT -> onInsertRejected(channel, header, buffer, profile);
            case RSP_ORDER_ACTION, ERR_RTN_ORDER_ACTION, REFUSED_ORDER_ACTION -> onCancelRejected(channel, header, buffer, profile);
            case ENGINE_STOP -> stopAll();
            case STRATEGY_EVICTED ->
            {
                if (header.intArg() == runnerIndex)
                {
                    evict(); // replay: the live thread stopped here
                }
            }
            case KILL_SWITCH -> killSwitch(header.intArg() != 0);
            default ->
            {
            }
        }
        if (started)
        {
            pollTimers();
            bars.onTime(now);
        }
        if (endOfBatch)
        {
            publisher.flush();
        }
    }

    /** Idle: publish what a full ring made the publisher keep back (the next batch may be far off). */
    @Override
    public void onTimeout(final long sequence)
    {
        if (!evicted)
        {
            publisher.flush();
        }
    }

    /** Set when this runner's thread has left the ring for good (the ring closed, or it returned after its eviction). */
    private volatile boolean shutDown;

    @Override
    public void onShutdown()
    {
        shutDown = true;
    }

    /**
     * Whether this thread can no longer call a library: it handled the engine's stop, or it has left the ring. Any
     * thread.
     */
    public boolean isOutOfLibraries()
    {
        return stopHandled || shutDown;
    }

    private void onSessionState(final int channel, final DirectBuffer buffer, final int payload)
    {
        if (channel >= accounts.length || accounts[channel] == null)
        {
            return;
        }
        final SessionState state = SessionStateEvent.state(buffer, payload);
        accounts[channel].onSessionState(state, SessionStateEvent.frontId(buffer, payload),
            SessionStateEvent.sessionId(buffer, payload), SessionStateEvent.maxOrderRef(buffer, payload));
        ready[channel] = state == SessionState.READY;
        if (SessionStateEvent.frontId(buffer, payload) != 0 || SessionStateEvent.sessionId(buffer, payload) != 0)
        {
            frontIds[channel] = SessionStateEvent.frontId(buffer, payload);
            sessionIds[channel] = SessionStateEvent.sessionId(buffer, payload);
        }
        if (state == SessionState.READY && recoveredOpensToReserve[channel])
        {
            reserveRecoveredOpens(channel);
        }
        if (!started && state == SessionState.READY && allAccountsReady())
        {
            started = true;
            // The wheel starts at the event clock: it then advances a few ticks per event, never a backlog.
            timers = new DeadlineTimerWheel(TimeUnit.NANOSECONDS, now, 1 << 20, 512);
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
    }

    private boolean allAccountsReady()
    {
        for (final StrategySlot slot : slots)
        {
            if (!ready[slot.config == null ? 0 : accountIndex(slot.config.account())])
            {
                return false;
            }
        }
        return true;
    }

    private void onTick(final EventHeader header, final DirectBuffer buffer, final int profile)
    {
        final DepthMarketDataFlyweight data = depth[profile];
        data.wrap(buffer, header.payloadOffset());
        final int instrument = instruments.indexOf(data);
        if (instrument < 0)
        {
            return;
        }
        upperLimit[instrument] = data.upperLimitPrice();
        lowerLimit[instrument] = data.lowerLimitPrice();
        if (!started)
        {
            return;
        }
        final long exchangeNanos = exchangeTime(data, instrument, header.epochNanos());
        if (bars.wants(instrument))
        {
            // bars this tick completes come before its onTick
            bars.onTick(instrument, data, header.epochNanos(), exchangeNanos);
        }
        final Tick tick = ticks[profile];
        tick.instrument = instrument;
        tick.receiveNanos = header.receiveNanos();
        tick.publishNanos = header.publishNanos();
        tick.exchangeTimeNanos = exchangeNanos;
        final double last = data.lastPrice();
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

    private long exchangeTime(final DepthMarketDataFlyweight data, final int instrument, final long receiveEpochNanos)
    {
        data.wrapActionDay(text);
        final int actionDay = ExchangeTime.parseYyyymmdd(text.buffer(), text.offset());
        data.wrapUpdateTime(text2);
        final int secondOfDay = ExchangeTime.parseSecondOfDay(text2.buffer(), text2.offset());
        if (secondOfDay < 0)
        {
            return receiveEpochNanos;
        }
        return ExchangeTime.tickEpochNanos(instruments.get(instrument).exchange(), actionDay, secondOfDay,
            data.updateMillisec(), receiveEpochNanos);
    }

    private void onInstrumentStatus(final EventHeader header, final DirectBuffer buffer, final int profile)
    {
        final InstrumentStatusFlyweight status = statusViews[profile];
        status.wrap(buffer, header.payloadOffset());
        status.wrapInstrumentId(text);
        final int instrument = instruments.indexOf(text.buffer(), text.offset());
        if (instrument >= 0)
        {
            notTrading[instrument] = status.instrumentStatus() != InstrumentStatus.CONTINUOUS;
        }
    }

    private void onQueriedOrder(final int channel, final EventHeader header, final DirectBuffer buffer, final int profile)
    {
        if (header.payloadLength() > 0 && header.errorId() == 0)
        {
            onRtnOrder(channel, header, buffer, profile, true);
        }
    }

    private void onQueriedTrade(final int channel, final EventHeader header, final DirectBuffer buffer, final int profile)
    {
        if (header.payloadLength() > 0 && header.errorId() == 0)
        {
            onRtnTrade(channel, header, buffer, profile);
        }
    }

    /** @param fromQuery a query row: the strategy hears of it only when it changed the order's state */
    private void onRtnOrder(final int channel, final EventHeader header, final DirectBuffer buffer, final int profile,
        final boolean fromQuery)
    {
        final OrderBook book = channel < books.length ? books[channel] : null;
        if (book == null)
        {
            return;
        }
        final OrderFlyweight order = orderViews[profile];
        order.wrap(buffer, header.payloadOffset());
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
            notifyOrder(working, null, 0, "");
        }
    }

    private void onRtnTrade(final int channel, final EventHeader header, final DirectBuffer buffer, final int profile)
    {
        final OrderBook book = channel < books.length ? books[channel] : null;
        if (book == null)
        {
            return;
        }
        final TradeFlyweight trade = tradeViews[profile];
        trade.wrap(buffer, header.payloadOffset());
        trade.wrapExchangeId(text);
        trade.wrapTradeId(text2);
        if (!dedup[channel].add(text.buffer(), text.offset(), text2.buffer(), text2.offset()))
        {
            return; // seen before (topic replay after a reconnect): never counted twice
        }
        trade.wrapOrderSysId(text2);
        WorkingOrder working = book.findByOrderSysId(text.buffer(), text.offset(), text2.buffer(), text2.offset());
        if (working == null)
        {
            trade.wrapOrderRef(text);
            final long orderRef = OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
            working = book.find(frontIds[channel], sessionIds[channel], orderRef);
        }
        if (working == null)
        {
            return; // another strategy thread's or another client's order
        }
        final OrderState before = working.state();
        book.onTrade(working.frontId(), working.sessionId(), working.orderRef(), trade.volume());
        if (trade.offsetFlag() != OffsetFlag.OPEN)
        {
            globalRisk.onCloseFilled(channel, working.instrument(), trade.direction(), trade.volume());
        }
        settleExposure(channel, working);
        final StrategySlot slot = slotOf(working);
        if (slot == null)
        {
            return;
        }
        slot.positionOn(channel, working.instrument()).onTrade(trade.direction(), trade.offsetFlag(), trade.volume(),
            trade.price());
        final Fill fill = fills[profile];
        fill.order = working;
        fill.instrument = working.instrument();
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
        if (working.state() != before)
        {
            notifyOrder(working, null, 0, "");
        }
    }

    private void onInsertRejected(final int channel, final EventHeader header, final DirectBuffer buffer, final int profile)
    {
        if (header.errorId() == 0 || channel >= books.length || books[channel] == null)
        {
            return;
        }
        final InputOrderFlyweight input = inputOrders[profile];
        input.wrap(buffer, header.payloadOffset());
        input.wrapOrderRef(text);
        final long orderRef = OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
        final WorkingOrder known = books[channel].find(frontIds[channel], sessionIds[channel], orderRef);
        final boolean wasLive = known != null && known.state().isLive();
        final WorkingOrder working = books[channel].onInsertRejected(frontIds[channel], sessionIds[channel], orderRef,
            header.errorId());
        if (working != null && wasLive && working.state() == OrderState.REJECTED)
        {
            settleExposure(channel, working);
            counters.ordersRejected().increment();
            notifyOrder(working, refusedReason(header), header.errorId(), errorMessage(header, buffer, profile));
        }
    }

    private void onCancelRejected(final int channel, final EventHeader header, final DirectBuffer buffer, final int profile)
    {
        if (header.errorId() == 0 || channel >= books.length || books[channel] == null)
        {
            return;
        }
        // OnRspOrderAction carries InputOrderAction, OnErrRtnOrderAction carries OrderAction: the fields read here
        // (OrderRef, FrontID, SessionID) sit at the same offsets in both, in every profile (OrderActionPrefixTest).
        final InputOrderActionFlyweight action = inputActions[profile];
        action.wrap(buffer, header.payloadOffset());
        action.wrapOrderRef(text);
        final long orderRef = OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
        final WorkingOrder working = books[channel].onCancelRejected(action.frontId(), action.sessionId(), orderRef,
            header.errorId());
        if (working != null)
        {
            notifyOrder(working, refusedReason(header), header.errorId(), errorMessage(header, buffer, profile));
        }
    }

    /** For a request the library refused: what the strategy is told (allocates: refusals only); null otherwise. */
    private static String refusedReason(final EventHeader header)
    {
        final short type = header.type();
        return type == EventType.REFUSED_ORDER_INSERT.code() || type == EventType.REFUSED_ORDER_ACTION.code() ?
            "the library refused the request (return code " + header.errorId() + ")" : null;
    }

    private String errorMessage(final EventHeader header, final DirectBuffer buffer, final int profile)
    {
        if (!header.hasRspInfo())
        {
            return "";
        }
        final RspInfoFlyweight info = rspInfos[profile];
        info.wrap(buffer, header.rspInfoOffset());
        return info.errorMsg(); // allocates: errors only
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

    private StrategySlot slotOf(final WorkingOrder order)
    {
        for (int i = 0, n = slots.size(); i < n; i++)
        {
            if (slots.get(i).id == order.owner())
            {
                return slots.get(i);
            }
        }
        return null;
    }

    private void notifyOrder(final WorkingOrder order, final String reason, final int errorId, final String message)
    {
        final StrategySlot slot = slotOf(order);
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

    /**
     * The thread that runs this runner's strategies: the first to hand it an event (the ring's consumer thread, or a
     * replay's). A strategy's context is confined to it: a call from a thread the strategy started is a bug that
     * would race with the book and could not be replayed.
     */
    private Thread ownerThread;

    void checkOwnerThread(final StrategySlot slot)
    {
        final Thread caller = Thread.currentThread();
        if (caller != ownerThread && ownerThread != null)
        {
            throw new IllegalStateException("strategy " + slot.name() + ": its context was called from thread '" +
                caller.getName() + "'; only its own thread ('" + ownerThread.getName() + "') may call it, from a callback");
        }
    }

    WorkingOrder send(final StrategySlot slot, final int channel, final int instrument, final byte direction,
        final byte offsetFlag, final double price, final boolean market, final long volume, final boolean immediate,
        final boolean complete)
    {
        final OrderBook book = books[channel];
        final AccountLink link = accounts[channel];
        RiskRejectReason reason = slot.stopped || evicted ? RiskRejectReason.KILL_SWITCH : globalRisk.checkOrder(volume);
        if (reason == RiskRejectReason.NONE && (market ? !Double.isNaN(price) : !Double.isFinite(price)))
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
        if (reason == RiskRejectReason.NONE && !ready[channel])
        {
            reason = RiskRejectReason.NOT_TRADING;
        }
        if (reason == RiskRejectReason.NONE && offsetFlag == OffsetFlag.OPEN)
        {
            reason = globalRisk.reserveOpen(channel, instrument, direction, volume); // last: it counts the order
        }
        if (reason != RiskRejectReason.NONE)
        {
            final long ref = localRef++;
            final WorkingOrder rejected = book.onSent(frontIds[channel], sessionIds[channel], ref, instrument, slot.id, direction,
                offsetFlag, price, volume, now);
            book.onInsertRejected(frontIds[channel], sessionIds[channel], ref, 0);
            counters.ordersRejected().increment();
            pendingRejects.add(rejected);
            pendingReasons.add(reason.description());
            return rejected;
        }
        final Instrument reference = instruments.get(instrument);
        final long orderRef = link.beginInsert(slot.id); // other threads inserting into this account now wait for our send
        final WorkingOrder order;
        try
        {
            order = book.onSent(frontIds[channel], sessionIds[channel], orderRef, instrument, slot.id, direction, offsetFlag,
                price, volume, now);
            book.holdsGlobalExposure(order, offsetFlag == OffsetFlag.OPEN);
            senders[channel].sendInsert(orderRef, reference, direction, offsetFlag, price, volume,
                OrderSender.timeConditionOf(immediate), OrderSender.volumeConditionOf(complete), slot.id, currentSequence, now);
        }
        finally
        {
            link.endInsert();
        }
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
        final int channel = channelOf(order);
        if (channel < 0)
        {
            return false;
        }
        RiskRejectReason reason = globalRisk.checkCancel(order.instrument());
        if (reason == RiskRejectReason.NONE)
        {
            reason = slot.risk.checkCancel(order.instrument(), now);
        }
        if (reason != RiskRejectReason.NONE)
        {
            pendingRejects.add(order);
            pendingReasons.add(reason.description());
            return false;
        }
        // A refused call (non-zero) comes back as a REFUSED_ORDER_ACTION event, as for inserts.
        senders[channel].sendCancel(order, instruments.get(order.instrument()), slot.id, currentSequence, now);
        books[channel].onCancelSent(order);
        slot.risk.onCancelSent(order.instrument(), now);
        globalRisk.onCancelSent(order.instrument());
        counters.cancelsSent().increment();
        return true;
    }

    void cancelAll(final StrategySlot slot)
    {
        for (final OrderBook book : books)
        {
            if (book == null)
            {
                continue;
            }
            final List<WorkingOrder> live = book.liveOrders();
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

    void liveOrdersOf(final StrategySlot slot, final List<WorkingOrder> into)
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
                if (live.get(i).owner() == slot.id)
                {
                    into.add(live.get(i));
                }
            }
        }
    }

    private int channelOf(final WorkingOrder order)
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

    private void pollTimers()
    {
        if (timers.timerCount() == 0)
        {
            timers.currentTickTime(now); // nothing pending: jump the wheel to the event clock
            return;
        }
        while (timers.currentTickTime() <= now)
        {
            timers.poll(now, timerHandler, Integer.MAX_VALUE);
        }
        // Again while any expired: a timer a handler set for a time already past fires now too, so no due timer is
        // left for a later call (which events call this must not matter: live sees more events than a replay).
        while (timers.poll(now, timerHandler, Integer.MAX_VALUE) > 0)
        {
        }
    }

    long schedule(final StrategySlot slot, final long epochNanos)
    {
        final long id = timers.scheduleTimer(epochNanos);
        timerOwners.put(id, slot.id);
        return id;
    }

    boolean cancelTimer(final long timerId)
    {
        timerOwners.remove(timerId);
        return timers.cancelTimer(timerId);
    }

    private boolean onTimerExpiry(final TimeUnit unit, final long nowTime, final long timerId)
    {
        final long owner = timerOwners.remove(timerId);
        for (int i = 0, n = slots.size(); i < n; i++)
        {
            final StrategySlot slot = slots.get(i);
            if (slot.id == owner && !slot.stopped)
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
        return true;
    }

    void bars(final StrategySlot slot, final int instrument, final BarPeriod period, final BarAlignment alignment)
    {
        bars.add(slot, instrument, period, alignment);
    }

    private void deliverBar(final StrategySlot slot, final Bar bar)
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
    private void stop(final StrategySlot slot, final Throwable cause)
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
        announceStopped(slot);
    }

    private void cancelAllOf(final StrategySlot slot)
    {
        final boolean was = slot.stopped;
        slot.stopped = false; // cancels of a stopping strategy must still go out
        cancelAll(slot);
        slot.stopped = was;
    }

    private void announceStopped(final StrategySlot slot)
    {
        announce(EventType.STRATEGY_STOPPED, slot.id);
    }

    /** An engine event of this thread's (off the hot path: allocates). */
    private void announce(final EventType type, final int intArg)
    {
        final org.agrona.concurrent.UnsafeBuffer scratch = new org.agrona.concurrent.UnsafeBuffer(new byte[EventHeader.LENGTH]);
        new EventHeader().wrap(scratch, 0).type(type.code()).source(EventSource.ENGINE)
            .spiSlot((short)-1).intArg(intArg).causeSequence(currentSequence).epochNanos(now)
            .receiveNanos(System.nanoTime());
        publisher.publish(scratch);
    }

    /**
     * Stops every strategy (engine shutdown): each gets onStop and sends nothing more. Their live orders are the
     * engine thread's to cancel (it retries until the counter confirms, beyond any strategy's rate limits). On the
     * runner's thread.
     */
    private void stopAll()
    {
        for (final StrategySlot slot : slots)
        {
            if (!slot.stopped)
            {
                slot.stopped = true;
                try
                {
                    slot.strategy.onStop();
                }
                catch (final Throwable t)
                {
                    LOG.error("strategy {} threw in onStop", slot.name(), t);
                }
            }
        }
        announce(EventType.STOP_HANDLED, runnerIndex); // after every command this thread sent
        publisher.flush();
        engineStopped = true;
        stopHandled = true;
    }

    /**
     * Whether this thread has handled the engine's stop: its strategies are stopped and their cancels sent, and it
     * calls no library any more. Until then it may still be handling events from before the stop and sending orders,
     * so the libraries must stay open. Safe from any thread.
     */
    public boolean hasHandledStop()
    {
        return stopHandled;
    }

    /** Kill switch from the engine: refuse new orders (risk result KILL_SWITCH) and cancel every live order. */
    private void killSwitch(final boolean on)
    {
        for (final StrategySlot slot : slots)
        {
            slot.risk.killSwitch(on);
            if (on && !engineStopped) // after the stop the libraries may be closing: the stop sent its cancels
            {
                cancelAllOf(slot);
            }
        }
        LOG.warn("{}: kill switch {}", name, on ? "ON: orders cancelled, new orders refused" : "off");
        publisher.flush();
    }

    /**
     * Takes this runner's strategies out of the run (the watchdog found its thread inside a callback too long): from
     * now on it handles no event and sends nothing, whenever the callback returns. Any thread.
     */
    public void evict()
    {
        evicted = true;
    }

    public boolean isEvicted()
    {
        return evicted;
    }

    /** The strategy ids of this runner, for the engine thread to cancel their orders when it is evicted. */
    public int[] strategyIds()
    {
        final int[] ids = new int[slots.size()];
        for (int i = 0; i < ids.length; i++)
        {
            ids[i] = slots.get(i).id;
        }
        return ids;
    }

    /** Whether a strategy was stopped (it threw, or the engine is shutting down). */
    public boolean isStopped(final String strategyName)
    {
        for (final StrategySlot slot : slots)
        {
            if (slot.name().equals(strategyName))
            {
                return slot.stopped;
            }
        }
        throw new IllegalArgumentException("no strategy named " + strategyName);
    }

    /** Strategy ids of this runner and their names (ids are per run; journals name strategies by id). */
    public Map<Integer, String> strategyNames()
    {
        final Map<Integer, String> names = new LinkedHashMap<>();
        for (final StrategySlot slot : slots)
        {
            names.put(slot.id, slot.name());
        }
        return names;
    }

    /**
     * Warm restart, before the ring starts: this runner's strategies take back what they had on an account's
     * channel in the last run: their live orders (so that their cancels, exposure and shutdown still cover them),
     * their positions (from their fills of the day) and their daily risk counts. Every trade of the day is
     * remembered, so that the private topic's RESUME and the trade query after the login count none twice.
     * Orders of strategies this run does not have stay with the counter, untracked (logged).
     */
    public void restore(final int channel, final RecoveredAccount recovered)
    {
        final OrderBook book = books[channel];
        for (final RecoveredTrade trade : recovered.trades())
        {
            dedup[channel].add(NulTerminated.of(trade.exchangeId()), 0, NulTerminated.of(trade.tradeId()), 0);
            final StrategySlot slot = slotNamed(trade.strategy());
            final int instrument = instruments.indexOf(trade.instrumentId());
            if (slot != null && instrument >= 0)
            {
                slot.positionOn(channel, instrument).onTrade(trade.direction(), trade.offsetFlag(), trade.volume(),
                    trade.price());
            }
        }
        for (final RecoveredOrder order : recovered.liveOrders())
        {
            final StrategySlot slot = slotNamed(order.strategy());
            final int instrument = instruments.indexOf(order.instrumentId());
            if (slot == null || instrument < 0)
            {
                continue;
            }
            book.onRecovered(order.frontId(), order.sessionId(), order.orderRef(), instrument, slot.id, order.direction(),
                order.offsetFlag(), order.limitPrice(), order.volume(), order.tradedVolume(), order.state(),
                order.cancelPending(), NulTerminated.of(order.exchangeId()), NulTerminated.of(order.orderSysId()));
            recoveredOpensToReserve[channel] = true;
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

    /** Warm restart, before the ring starts: each strategy's orders and cancels of the day, by strategy name. */
    public void restoreDailyCounts(final Map<String, DailyCounts> byStrategy)
    {
        for (final StrategySlot slot : slots)
        {
            final DailyCounts counts = byStrategy.get(slot.name());
            if (counts != null)
            {
                slot.risk.restoreDailyCounts(counts.orders(), counts.cancels(), cancelsByIndex(counts.cancelsByInstrument()));
            }
        }
    }

    /** Cancels per InstrumentID as an array by instrument index. */
    private int[] cancelsByIndex(final Map<String, Integer> cancelsByInstrument)
    {
        final int[] byIndex = new int[instruments.capacity()];
        for (final Map.Entry<String, Integer> entry : cancelsByInstrument.entrySet())
        {
            final int instrument = instruments.indexOf(entry.getKey());
            if (instrument >= 0)
            {
                byIndex[instrument] += entry.getValue();
            }
        }
        return byIndex;
    }

    private StrategySlot slotNamed(final String strategy)
    {
        if (strategy == null)
        {
            return null;
        }
        for (final StrategySlot slot : slots)
        {
            if (slot.name().equals(strategy))
            {
                return slot;
            }
        }
        return null;
    }

    /** Live orders this runner's strategies have on an account channel. */
    public List<WorkingOrder> liveOrders(final int channel)
    {
        return books[channel].liveOrders();
    }

    /** Pre-trade risk's view of one strategy: limits from ticks seen here, exposure from its own book. */
    private final class SlotRiskView implements RiskView
    {
        private final StrategySlot[] slot;
        private final int channel;

        SlotRiskView(final StrategySlot[] slot, final int channel)
        {
            this.slot = slot;
            this.channel = channel;
        }

        @Override
        public boolean isKnown(final int instrument)
        {
            return instrument >= 0 && instrument < instruments.size();
        }

        @Override
        public double tickSize(final int instrument)
        {
            return instruments.get(instrument).tickSize();
        }

        @Override
        public double upperLimit(final int instrument)
        {
            return upperLimit[instrument];
        }

        @Override
        public double lowerLimit(final int instrument)
        {
            return lowerLimit[instrument];
        }

        @Override
        public boolean isContinuousTrading(final int instrument)
        {
            return !notTrading[instrument];
        }

        @Override
        public long longExposure(final int instrument)
        {
            final StrategySlot owner = slot[0];
            final Position[] row = owner.byChannel[channel];
            final long held = row == null || row[instrument] == null ? 0 : row[instrument].longTotal();
            return held + owner.exposure(books[channel].liveOrders(), instrument, Direction.BUY);
        }

        @Override
        public long shortExposure(final int instrument)
        {
            final StrategySlot owner = slot[0];
            final Position[] row = owner.byChannel[channel];
            final long held = row == null || row[instrument] == null ? 0 : row[instrument].shortTotal();
            return held + owner.exposure(books[channel].liveOrders(), instrument, Direction.SELL);
        }

        @Override
        public double bestOwnBid(final int instrument)
        {
            return books[channel].bestOwnPrice(instrument, Direction.BUY);
        }

        @Override
        public double bestOwnAsk(final int instrument)
        {
            return books[channel].bestOwnPrice(instrument, Direction.SELL);
        }
    }
}
