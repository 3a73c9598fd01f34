package org.ctpengine.engine.strategy;

import com.lmax.disruptor.EventHandler;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.engine.api.AccountView;
import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.recovery.DailyCounts;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredOrder;
import org.ctpengine.engine.recovery.RecoveredTrade;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.ring.SessionStateEvent;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.risk.RiskChecker;
import org.ctpengine.engine.session.ReconcileEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs a group of strategies on one thread, as one consumer of the inbound ring: it decodes each event
 * ({@link EventViews}) and hands it to the part whose job it is: {@link MarketState} (limit prices, trading status,
 * the event clock), the {@link OrderTracker} (per-account books, trade dedup, global exposure, sessions), the account
 * funds of the strategies' {@link StrategyAccountView}s, the {@link StrategyInvoker} (callbacks, error isolation),
 * {@link StrategyTimers}, {@link TickBars} and the {@link StopProtocol}. Strategies' orders go through
 * {@link OrderEntry}; their contexts reach the parts through {@link StrategyServices}. Everything they mutate is this
 * thread's own. It starts its strategies when every account they trade is READY as of the
 * SESSION_STATE events. The same code runs live and in replay: in replay no library is called.
 * <p>
 * Threads: {@link #onEvent}, {@link #onTimeout}, {@link #onShutdown} and the strategies' context calls run on the
 * runner's thread (the ring consumer's, or a replay's); {@link #restore} and {@link #restoreDailyCounts} before the
 * ring starts; {@link #evict}, {@link #isEvicted}, {@link #hasHandledStop} and {@link #isOutOfLibraries} on any thread.
 */
public final class StrategyRunner implements EventHandler<RingEvent>
{
    private final String name;
    private final InstrumentRegistry instruments;
    /** Each account channel's funds as this thread has seen them (null where a channel is market data). */
    private final StrategyAccountView.Funds[] funds;
    private final EventPublisher publisher;
    private final EventViews views;
    private final MarketState market;
    private final OrderTracker tracker;
    private final StrategyInvoker invoker = new StrategyInvoker();
    private final StrategyTimers timers;
    private final TickBars bars;
    private final StopProtocol stop;
    private final StrategyServices services;
    /** Per account channel: a new trading day its strategies are told of at the account's next READY; 0 for none. */
    private final int[] pendingTradingDay;

    /**
     * As {@link #StrategyRunner(String, List, AbiProfile[], InstrumentRegistry, AccountLink[], Consumer,
     * EventPublisher, EngineCounters, GlobalRisk, int)}; {@code accountViews} is not read any more (strategies' account
     * views are built on their own thread from the events it handles), kept until its callers drop it.
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
        this(name, strategies, profiles, instruments, accounts, marketDataSubscriber, publisher, counters, globalRisk,
            firstStrategyId);
    }

    /**
     * @param profiles             the engine's profiles by index (events name their profile by index)
     * @param accounts             account links by channel (null where a channel is market data)
     * @param marketDataSubscriber asks the market-data sessions for an instrument (any thread)
     */
    public StrategyRunner(
        final String name,
        final List<StrategyConfig> strategies,
        final AbiProfile[] profiles,
        final InstrumentRegistry instruments,
        final AccountLink[] accounts,
        final Consumer<String> marketDataSubscriber,
        final EventPublisher publisher,
        final EngineCounters counters,
        final GlobalRisk globalRisk,
        final int firstStrategyId)
    {
        this.name = name;
        this.instruments = instruments;
        this.funds = new StrategyAccountView.Funds[accounts.length];
        this.pendingTradingDay = new int[accounts.length];
        for (int channel = 0; channel < accounts.length; channel++)
        {
            funds[channel] = accounts[channel] == null ? null : new StrategyAccountView.Funds(accounts[channel].name());
        }
        this.publisher = publisher;
        this.views = new EventViews(profiles.clone());
        this.market = new MarketState(instruments);
        this.tracker = new OrderTracker(profiles, accounts, publisher, globalRisk, counters);
        final Announcer announcer = new Announcer(publisher, market);
        final OrderEntry entry = new OrderEntry(tracker, market, invoker, globalRisk, counters, announcer);
        this.stop = new StopProtocol(name, invoker, announcer, publisher);
        entry.stopProtocol(stop);
        invoker.stopActions(entry);
        this.timers = new StrategyTimers(invoker::onTimer);
        this.bars = new TickBars(instruments, invoker::onBar);
        this.services = new StrategyServices(market, tracker, entry, timers, bars, marketDataSubscriber);
        final int capacity = instruments.capacity();
        int id = firstStrategyId;
        for (final StrategyConfig config : strategies)
        {
            final int account = tracker.accountIndex(config.account());
            final StrategySlot[] holder = new StrategySlot[1];
            final RiskChecker risk = new RiskChecker(config.risk(), new SlotRiskView(holder, account, market, tracker),
                capacity);
            final StrategySlot slot = new StrategySlot(id++, config, services, account, risk, capacity, accounts.length);
            holder[0] = slot;
            slot.accountView = new StrategyAccountView(funds[account], slot.positions);
            invoker.add(slot);
        }
    }

    public String name()
    {
        return name;
    }

    /** Before the ring starts: this runner's index among the engine's strategy threads. */
    public void runnerIndex(final int index)
    {
        stop.runnerIndex(index);
    }

    /** Whether the strategies have been started (every account they trade was READY). */
    public boolean isStarted()
    {
        return invoker.isStarted();
    }

    @Override
    public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
    {
        if (stop.isEvicted())
        {
            return; // off the ring: what it is still handed may already be overwritten
        }
        services.confineToCurrentThread();
        final EventHeader header = event.header();
        final DirectBuffer buffer = event.buffer();
        final EventType type = EventType.fromCode(header.type());
        // A reconnect storm's front event is left out of the journal, so strategies never see it, live or in replay.
        if (type.isCommand() || header.isCoalesced())
        {
            // Requests coming round the ring (ours or another thread's): a replay never feeds them, so here too they
            // neither move the clock nor poll the timers: what the strategies see depends on the same events only.
            if (endOfBatch)
            {
                publisher.flush();
            }
            return;
        }
        market.onEvent(sequence, header.epochNanos());
        final int channel = header.channel();
        switch (type)
        {
            case SESSION_STATE -> onSessionState(channel, buffer, header.payloadOffset());
            case RTN_DEPTH_MARKET_DATA -> onTick(header, buffer);
            case RTN_INSTRUMENT_STATUS -> market.onInstrumentStatus(views.status(header, buffer));
            case RTN_ORDER -> onRtnOrder(channel, header, buffer, false);
            case RTN_TRADE -> onRtnTrade(channel, header, buffer);
            // The resynchronising queries after a login: what the private topic may not replay (a warm restart's
            // RESUME skips what the killed run received but never handled). Both are idempotent.
            case RSP_QRY_ORDER ->
            {
                if (header.payloadLength() > 0 && header.errorId() == 0)
                {
                    onRtnOrder(channel, header, buffer, true);
                }
            }
            case RSP_QRY_TRADE ->
            {
                if (header.payloadLength() > 0 && header.errorId() == 0)
                {
                    onRtnTrade(channel, header, buffer);
                }
            }
            case RSP_QRY_TRADING_ACCOUNT ->
            {
                if (header.payloadLength() > 0 && tracker.tracks(channel))
                {
                    funds[channel].onTradingAccount(views.tradingAccount(header, buffer));
                }
            }
            case RSP_ORDER_INSERT, ERR_RTN_ORDER_INSERT, REFUSED_ORDER_INSERT -> onInsertRejected(channel, header, buffer);
            case RSP_ORDER_ACTION, ERR_RTN_ORDER_ACTION, REFUSED_ORDER_ACTION -> onCancelRejected(channel, header, buffer);
            case ENGINE_STOP -> stop.onEngineStop();
            case STRATEGY_EVICTED -> stop.onEvicted(header.intArg()); // replay: the live thread stopped here
            case KILL_SWITCH -> stop.onKillSwitch(header.intArg() != 0);
            case RECONCILE -> onReconcile(channel, header, buffer);
            case TRADING_DAY -> onTradingDay(channel, header.intArg());
            default ->
            {
            }
        }
        if (invoker.isStarted())
        {
            timers.poll(market.now());
            bars.onTime(market.now());
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
        if (!stop.isEvicted())
        {
            publisher.flush();
        }
    }

    @Override
    public void onShutdown()
    {
        stop.onShutdown();
    }

    /**
     * Whether this thread can no longer call a library: it handled the engine's stop, or it has left the ring. Any
     * thread.
     */
    public boolean isOutOfLibraries()
    {
        return stop.isOutOfLibraries();
    }

    private void onSessionState(final int channel, final DirectBuffer buffer, final int payload)
    {
        if (!tracker.tracks(channel))
        {
            return;
        }
        final SessionState state = SessionStateEvent.state(buffer, payload);
        tracker.onSessionState(channel, state, SessionStateEvent.frontId(buffer, payload),
            SessionStateEvent.sessionId(buffer, payload), SessionStateEvent.maxOrderRef(buffer, payload),
            SessionStateEvent.tradingDayNumber(buffer, payload));
        if (state == SessionState.READY && pendingTradingDay[channel] != 0)
        {
            final int day = pendingTradingDay[channel];
            pendingTradingDay[channel] = 0;
            invoker.onTradingDay(channel, funds[channel].name(), day); // not before onStart: a start is news enough
        }
        if (!invoker.isStarted() && state == SessionState.READY && allAccountsReady())
        {
            // The wheel starts at the event clock: it then advances a few ticks per event, never a backlog.
            timers.start(market.now());
            invoker.start();
        }
    }

    private boolean allAccountsReady()
    {
        for (final StrategySlot slot : invoker.slots())
        {
            if (!tracker.isReady(slot.config == null ? 0 : tracker.accountIndex(slot.config.account())))
            {
                return false;
            }
        }
        return true;
    }

    private void onTick(final EventHeader header, final DirectBuffer buffer)
    {
        final Tick tick = views.tick(header, buffer);
        final DepthMarketDataFlyweight data = tick.data();
        final int instrument = market.onTick(data);
        if (instrument < 0 || !invoker.isStarted())
        {
            return;
        }
        final long exchangeNanos = market.exchangeTime(data, instrument, header.epochNanos());
        if (bars.wants(instrument))
        {
            // bars this tick completes come before its onTick
            bars.onTick(instrument, data, header.epochNanos(), exchangeNanos);
        }
        tick.point(instrument, header.receiveNanos(), header.publishNanos(), exchangeNanos);
        invoker.onTick(tick);
    }

    private void onRtnOrder(final int channel, final EventHeader header, final DirectBuffer buffer,
        final boolean fromQuery)
    {
        if (!tracker.tracks(channel))
        {
            return;
        }
        final WorkingOrder changed = tracker.onRtnOrder(channel, views.order(header, buffer), fromQuery);
        if (changed != null)
        {
            invoker.notifyOrder(changed, null, 0, "");
        }
    }

    private void onRtnTrade(final int channel, final EventHeader header, final DirectBuffer buffer)
    {
        if (!tracker.tracks(channel))
        {
            return;
        }
        final Fill fill = views.fill(header, buffer);
        final WorkingOrder working = tracker.onRtnTrade(channel, fill.data());
        if (working == null)
        {
            return;
        }
        final StrategySlot slot = invoker.slotOf(working.owner());
        if (slot == null)
        {
            return;
        }
        slot.positionOn(channel, working.instrument()).onTrade(fill.data().direction(), fill.data().offsetFlag(),
            fill.data().volume(), fill.data().price());
        fill.point(working, working.instrument());
        invoker.onFill(slot, fill);
        if (tracker.lastTradeChangedState())
        {
            invoker.notifyOrder(working, null, 0, "");
        }
    }

    /**
     * The engine thread reconciled the account with its counter after a login: a ghost order is closed and its strategy
     * told why; a restored fill the counter does not have leaves its strategy's position.
     */
    private void onReconcile(final int channel, final EventHeader header, final DirectBuffer buffer)
    {
        if (!tracker.tracks(channel))
        {
            return;
        }
        final int payload = header.payloadOffset();
        if (header.intArg() == ReconcileEvent.ORDER_CLOSED)
        {
            final WorkingOrder closed = tracker.onNotAtCounter(channel,
                ReconcileEvent.frontId(buffer, payload),
                ReconcileEvent.sessionId(buffer, payload),
                ReconcileEvent.orderRef(buffer, payload));
            if (closed != null)
            {
                invoker.notifyOrder(closed, NOT_AT_COUNTER, 0, "");
            }
        }
        else if (header.intArg() == ReconcileEvent.TRADE_MISSING)
        {
            final StrategySlot slot = invoker.slotOf(tracker.takeBackTrade(channel, buffer,
                ReconcileEvent.exchangeIdOffset(payload),
                ReconcileEvent.tradeIdOffset(payload)));
            final int instrument = instruments.indexOf(ReconcileEvent.instrumentId(buffer, payload));
            if (slot != null && instrument >= 0)
            {
                slot.positionOn(channel, instrument).reverse(
                    ReconcileEvent.direction(buffer, payload),
                    ReconcileEvent.offsetFlag(buffer, payload),
                    ReconcileEvent.volume(buffer, payload),
                    ReconcileEvent.price(buffer, payload));
            }
        }
    }

    /** What a strategy's {@code onOrder} says of an order reconciliation closed. */
    public static final String NOT_AT_COUNTER = "not at the counter after login";

    /**
     * TRADING_DAY: the account's counter moved to a new day. Its strategies' positions there roll today → yesterday,
     * their daily risk counts start again, and they hear of it.
     */
    private void onTradingDay(final int channel, final int tradingDay)
    {
        if (!tracker.tracks(channel))
        {
            return;
        }
        tracker.onNewTradingDay(channel, tradingDay);
        for (final StrategySlot slot : invoker.slots())
        {
            final Position[] positions = slot.byChannel[channel];
            if (positions != null)
            {
                for (final Position position : positions)
                {
                    if (position != null)
                    {
                        position.rollToNextTradingDay();
                    }
                }
                slot.risk.onNewTradingDay();
            }
        }
        // Told once the account is READY on the new day (its login's queries done): the strategy may trade then.
        pendingTradingDay[channel] = tradingDay;
    }

    private void onInsertRejected(final int channel, final EventHeader header, final DirectBuffer buffer)
    {
        if (header.errorId() == 0 || !tracker.tracks(channel))
        {
            return;
        }
        final WorkingOrder rejected = tracker.onInsertRejected(channel, views.insertOrderRef(header, buffer),
            header.errorId());
        if (rejected != null)
        {
            invoker.notifyOrder(rejected, EventViews.refusedReason(header), header.errorId(),
                views.errorMessage(header, buffer));
        }
    }

    private void onCancelRejected(final int channel, final EventHeader header, final DirectBuffer buffer)
    {
        if (header.errorId() == 0 || !tracker.tracks(channel))
        {
            return;
        }
        final InputOrderActionFlyweight action = views.action(header, buffer);
        final WorkingOrder working = tracker.onCancelRejected(channel, action.frontId(), action.sessionId(),
            views.actionOrderRef(action), header.errorId());
        if (working != null)
        {
            invoker.notifyOrder(working, EventViews.refusedReason(header), header.errorId(),
                views.errorMessage(header, buffer));
        }
    }

    // The engine's view of this thread.

    /**
     * Whether this thread has handled the engine's stop: its strategies are stopped and their cancels sent, and it
     * calls no library any more. Until then it may still be handling events from before the stop and sending orders,
     * so the libraries must stay open. Safe from any thread.
     */
    public boolean hasHandledStop()
    {
        return stop.hasHandledStop();
    }

    /**
     * Takes this runner's strategies out of the run (the watchdog found its thread inside a callback too long): from
     * now on it handles no event and sends nothing, whenever the callback returns. Any thread.
     */
    public void evict()
    {
        stop.evict();
    }

    public boolean isEvicted()
    {
        return stop.isEvicted();
    }

    /** The strategy ids of this runner, for the engine thread to cancel their orders when it is evicted. */
    public int[] strategyIds()
    {
        final List<StrategySlot> slots = invoker.slots();
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
        for (final StrategySlot slot : invoker.slots())
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
        for (final StrategySlot slot : invoker.slots())
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
        for (final RecoveredTrade trade : recovered.trades())
        {
            final StrategySlot slot = slotNamed(trade.strategy());
            tracker.rememberTrade(channel, trade.exchangeId(), trade.tradeId(), slot == null ? -1 : slot.id);
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
            tracker.restoreOrder(channel, order, instrument, slot.id);
        }
    }

    /** Warm restart, before the ring starts: each strategy's orders and cancels of the day, by strategy name. */
    public void restoreDailyCounts(final Map<String, DailyCounts> byStrategy)
    {
        for (final StrategySlot slot : invoker.slots())
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
        for (final StrategySlot slot : invoker.slots())
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
        return tracker.liveOrders(channel);
    }
}
