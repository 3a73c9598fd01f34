package org.ctpengine.engine.session;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.TraderApi;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.struct.InstrumentFlyweight;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.QryInstrumentFlyweight;
import org.ctpengine.adapter.struct.QryInvestorPositionFlyweight;
import org.ctpengine.adapter.struct.QryOrderFlyweight;
import org.ctpengine.adapter.struct.QryTradeFlyweight;
import org.ctpengine.adapter.struct.QryTradingAccountFlyweight;
import org.ctpengine.adapter.struct.ReqAuthenticateFlyweight;
import org.ctpengine.adapter.struct.ReqUserLoginFlyweight;
import org.ctpengine.adapter.struct.RspInfoFlyweight;
import org.ctpengine.adapter.struct.RspUserLoginFlyweight;
import org.ctpengine.adapter.struct.SettlementInfoConfirmFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.OrderRefText;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.SessionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * One trading account's CTP session, driven by the events of its channel on the engine thread:
 * connect → authenticate (AppID/AuthCode) → login → settlement confirm → initial queries (instruments,
 * positions, account, orders, trades) → READY. After a disconnect CTP reconnects by itself; the session
 * logs in again and resynchronises (account, orders, trades; trades are de-duplicated so nothing counts
 * twice). Queries go through a {@link QueryScheduler} that honours CTP's flow control. A reconnect storm is
 * damped by a {@link ReconnectBackoff}. Owned by the engine thread.
 */
public final class TraderSession
{
    private static final Logger LOG = LoggerFactory.getLogger(TraderSession.class);
    private static final long SECOND = 1_000_000_000L;

    private final AccountConfig config;
    private final AccountLink link;
    private final AccountState account;
    private final InstrumentRegistry instruments;
    private final SessionStatePublisher states;
    private final EngineCounters counters;
    private final QueryScheduler queries;
    private final ReconnectBackoff backoff = new ReconnectBackoff(SECOND / 10, 30 * SECOND, 60 * SECOND);
    /** Logins the counter answered "not ready" (before it opens, in maintenance): tried again after 1 s, 2 s, ... 5 min. */
    private ReconnectBackoff notReady = newNotReadyBackoff();
    private long notReadyUntilNanos = Long.MIN_VALUE;
    /** What the session waits for, for the status line; null when it waits for nothing in particular. Any thread. */
    private volatile String waitingFor;
    private final FrontSilenceWatch silence;

    private final ReqAuthenticateFlyweight authenticate;
    private final ReqUserLoginFlyweight login;
    private final SettlementInfoConfirmFlyweight confirm;
    private final QryInstrumentFlyweight qryInstrument;
    private final QryInvestorPositionFlyweight qryPosition;
    private final QryTradingAccountFlyweight qryAccount;
    private final QryOrderFlyweight qryOrder;
    private final QryTradeFlyweight qryTrade;
    private final RspUserLoginFlyweight loginResponse;
    private final RspInfoFlyweight rspInfo;
    private final InstrumentFlyweight instrument;
    private final InvestorPositionFlyweight position;
    private final TradingAccountFlyweight tradingAccount;
    private final TradeFlyweight trade;
    private final OrderFlyweight order;
    private final AsciiSequenceView orderRef = new AsciiSequenceView();

    private SessionState state = SessionState.CREATED;
    private int requestId = 1;
    private boolean instrumentsLoaded;
    private boolean fundsRefreshDue;
    /** Connected inside a reconnect-storm back-off: log in once the back-off allows, unless it drops again. */
    private boolean loginDeferred;
    private String tradingDay = "";
    private AccountOrders orders;
    /** The login's order query answered in full: orders it did not list may be judged. */
    private boolean ordersQueried;
    /** Set on a warm restart: the private topic resumes where the last run stopped, whatever the configuration says. */
    private ResumeType resumeOverride;
    private String recoveredTradingDay;
    private Consumer<AccountState> firstReadyListener = account -> { };
    private boolean firstReadySeen;

    public TraderSession(
        final AccountConfig config,
        final AccountLink link,
        final AccountState account,
        final InstrumentRegistry instruments,
        final SessionStatePublisher states,
        final EngineCounters counters,
        final long queryIntervalNanos)
    {
        this.config = config;
        this.silence = new FrontSilenceWatch(LOG, "account " + config.name(), config.fronts(), FrontSilenceWatch.PATIENCE_NANOS);
        this.link = link;
        this.account = account;
        this.instruments = instruments;
        this.states = states;
        this.counters = counters;
        this.queries = new QueryScheduler(queryIntervalNanos, Math.max(queryIntervalNanos / 5, 1_000_000L), 30 * SECOND, 1_000_000,
            rc -> LOG.warn("account {}: a query failed with return code {}", config.name(), rc));
        final AbiProfile profile = link.profile();
        final RequestBuffers buffers = new RequestBuffers(profile);
        authenticate = new ReqAuthenticateFlyweight(profile);
        authenticate.wrap(buffers.allocate(ReqAuthenticateFlyweight.STRUCT_NAME), 0);
        login = new ReqUserLoginFlyweight(profile);
        login.wrap(buffers.allocate(ReqUserLoginFlyweight.STRUCT_NAME), 0);
        confirm = new SettlementInfoConfirmFlyweight(profile);
        confirm.wrap(buffers.allocate(SettlementInfoConfirmFlyweight.STRUCT_NAME), 0);
        qryInstrument = new QryInstrumentFlyweight(profile);
        qryInstrument.wrap(buffers.allocate(QryInstrumentFlyweight.STRUCT_NAME), 0);
        qryPosition = new QryInvestorPositionFlyweight(profile);
        qryPosition.wrap(buffers.allocate(QryInvestorPositionFlyweight.STRUCT_NAME), 0);
        qryAccount = new QryTradingAccountFlyweight(profile);
        qryAccount.wrap(buffers.allocate(QryTradingAccountFlyweight.STRUCT_NAME), 0);
        qryOrder = new QryOrderFlyweight(profile);
        qryOrder.wrap(buffers.allocate(QryOrderFlyweight.STRUCT_NAME), 0);
        qryTrade = new QryTradeFlyweight(profile);
        qryTrade.wrap(buffers.allocate(QryTradeFlyweight.STRUCT_NAME), 0);
        loginResponse = new RspUserLoginFlyweight(profile);
        rspInfo = new RspInfoFlyweight(profile);
        instrument = new InstrumentFlyweight(profile);
        position = new InvestorPositionFlyweight(profile);
        tradingAccount = new TradingAccountFlyweight(profile);
        trade = new TradeFlyweight(profile);
        order = new OrderFlyweight(profile);
    }

    public SessionState state()
    {
        return state;
    }

    /** Queries the front refused with -2/-3 (each was retried); 0 when pacing is right. */
    public long queryRetries()
    {
        return queries.retries();
    }

    public AccountLink link()
    {
        return link;
    }

    public AccountState account()
    {
        return account;
    }

    public String tradingDay()
    {
        return tradingDay;
    }

    /**
     * Warm restart, before {@link #start()}: the account's books continue from the last run, and the private topic
     * is subscribed with RESUME so that the counter sends only what the last run did not receive (trades among it
     * are de-duplicated against the recovered ones).
     */
    public void warmStart(final RecoveredAccount recovered)
    {
        account.recover(recovered);
        resumeOverride = ResumeType.RESUME;
        recoveredTradingDay = recovered.tradingDay();
    }

    /** Registers fronts and topics and starts the library's threads. Live mode only. */
    public void start()
    {
        final TraderApi api = link.api();
        api.registerSpi();
        api.subscribePrivateTopic(resumeOverride != null ? resumeOverride : config.privateResume());
        api.subscribePublicTopic(ResumeType.QUICK);
        for (final String front : config.fronts())
        {
            api.registerFront(front);
        }
        moveTo(SessionState.CONNECTING, System.currentTimeMillis() * 1_000_000L);
        api.init();
        LOG.info("account {}: connecting to {} through {} ({})", config.name(), config.fronts(),
            config.traderLibrary(), link.profile().id());
    }

    /**
     * Called on the engine thread once, when the first login's queries have completed and just before the
     * session becomes READY: the account's positions are then those it held before any strategy traded.
     */
    public void onFirstReady(final Consumer<AccountState> listener)
    {
        firstReadyListener = listener;
    }

    /** Told of a position side reconciliation changed after the first READY: (instrument, isLong, counter − engine). */
    public interface PositionTakenListener
    {
        void onPositionTaken(int instrument, boolean isLong, long delta);
    }

    private PositionTakenListener positionTakenListener = (instrument, isLong, delta) -> { };

    /**
     * Before {@link #start()}: who hears of positions a later login's reconciliation changed (the engine-wide position
     * limit counts the first READY's holdings, then follows these differences).
     */
    public void onPositionTaken(final PositionTakenListener listener)
    {
        positionTakenListener = listener;
    }

    /** Runs due queries. Call on every engine-thread cycle. */
    public int doWork(final long nowNanos)
    {
        if (state == SessionState.STOPPED)
        {
            return 0;
        }
        silence.poll(state, nowNanos);
        if (loginDeferred && backoff.mayAct(nowNanos) && nowNanos >= notReadyUntilNanos)
        {
            loginDeferred = false;
            startLogin(System.currentTimeMillis() * 1_000_000L);
        }
        if (fundsRefreshDue && state == SessionState.READY && queries.isIdle())
        {
            fundsRefreshDue = false; // trades moved margin, commission and balance: ask the counter again
            qryAccount.clear();
            qryAccount.brokerId(config.brokerId()).investorId(config.userId());
            final TraderApi api = link.api();
            queries.submit("account", id -> api.reqQryTradingAccount(qryAccount.buffer().addressOffset(), id));
        }
        final int work = queries.doWork(nowNanos);
        if (state == SessionState.SYNCING && queries.isIdle())
        {
            reconcile(System.currentTimeMillis() * 1_000_000L); // before READY: strategies start from the counter's truth
            if (!firstReadySeen)
            {
                firstReadySeen = true;
                firstReadyListener.accept(account); // before READY is published: no strategy has traded yet
            }
            moveTo(SessionState.READY, System.currentTimeMillis() * 1_000_000L); // events carry the wall clock, not nanoTime
            LOG.info("account {}: ready (trading day {}, FrontID {}, SessionID {}, {} instruments, {} trades applied)",
                config.name(), tradingDay, link.frontId(), link.sessionId(), instruments.size(), account.tradesApplied());
        }
        return work;
    }

    /** One event of this session's channel. */
    public void onEvent(final EventHeader header, final DirectBuffer buffer)
    {
        final int payload = header.payloadOffset();
        final boolean hasPayload = header.payloadLength() > 0;
        final long now = header.epochNanos();
        final EventType type = EventType.fromCode(header.type());
        if (state == SessionState.STOPPED && isLoginStep(type))
        {
            return; // stopped: no further request to the library; the books below still follow the returns
        }
        switch (type)
        {
            case FRONT_CONNECTED ->
            {
                frontConnected = true;
                onConnected(header.receiveNanos(), now);
            }
            case FRONT_DISCONNECTED ->
            {
                frontConnected = false;
                onDisconnected(header.intArg(), header.receiveNanos(), now);
            }
            case HEARTBEAT_WARNING -> LOG.warn("account {}: no heartbeat for {} s", config.name(), header.intArg());
            case RSP_AUTHENTICATE ->
            {
                if (failed(header, buffer, "authentication"))
                {
                    return;
                }
                sendLogin(now);
            }
            case RSP_USER_LOGIN -> onLogin(header, buffer, payload, hasPayload, now);
            case RSP_SETTLEMENT_INFO_CONFIRM ->
            {
                if (!failed(header, buffer, "settlement confirmation"))
                {
                    synchronise(now);
                }
            }
            case RSP_QRY_INSTRUMENT ->
            {
                if (hasPayload)
                {
                    instrument.wrap(buffer, payload);
                    instruments.onInstrument(instrument);
                }
                lastResponse(header, () -> instrumentsLoaded = true);
            }
            case RSP_QRY_INVESTOR_POSITION ->
            {
                // The day's first position query gives the start-of-day holdings; the one closing every login's
                // queries is what reconciliation compares the engine's positions with.
                final boolean startOfDay = !account.isStartOfDayLoaded();
                if (hasPayload && (startOfDay || header.errorId() == 0))
                {
                    position.wrap(buffer, payload);
                    if (startOfDay)
                    {
                        account.onStartOfDayPosition(position);
                    }
                    else
                    {
                        account.onCounterPosition(position);
                    }
                }
                if (header.isLast())
                {
                    if (startOfDay)
                    {
                        account.onStartOfDayLoaded();
                    }
                    else if (header.errorId() == 0)
                    {
                        account.onCounterPositionsComplete();
                    }
                }
                lastResponse(header, null);
            }
            case RSP_QRY_TRADING_ACCOUNT ->
            {
                if (hasPayload)
                {
                    tradingAccount.wrap(buffer, payload);
                    account.onTradingAccount(tradingAccount);
                }
                lastResponse(header, null);
            }
            case RSP_QRY_TRADE, RTN_TRADE ->
            {
                if (hasPayload)
                {
                    trade.wrap(buffer, payload);
                    if (account.onTrade(trade) && EventType.fromCode(header.type()) == EventType.RTN_TRADE)
                    {
                        fundsRefreshDue = true;
                    }
                }
                if (EventType.fromCode(header.type()) == EventType.RSP_QRY_TRADE)
                {
                    if (header.isLast() && header.errorId() == 0)
                    {
                        account.onCounterTradesComplete();
                    }
                    lastResponse(header, null);
                }
            }
            case RSP_QRY_ORDER ->
            {
                if (hasPayload && header.errorId() == 0)
                {
                    raiseOrderRefFloor(buffer, payload);
                }
                if (header.isLast() && header.errorId() == 0)
                {
                    ordersQueried = true;
                }
                lastResponse(header, null);
            }
            case RSP_ERROR -> LOG.warn("account {}: error {} ({}) for request {}", config.name(), header.errorId(),
                errorMessage(header, buffer), header.requestId());
            default ->
            {
            }
        }
    }

    /**
     * An order of this investor from the order query, before strategies trade: new OrderRefs go above it, so that
     * a restart never reuses a ref of the day, even one the journal did not record before a crash.
     */
    private void raiseOrderRefFloor(final DirectBuffer buffer, final int payload)
    {
        order.wrap(buffer, payload);
        order.wrapOrderRef(orderRef);
        link.raiseOrderRefFloor(OrderRefText.parse(orderRef.buffer(), orderRef.offset(), orderRef.length() + 1));
    }

    private void onConnected(final long nowNanos, final long epochNanos)
    {
        backoff.onConnected(nowNanos);
        if (state == SessionState.FAILED || state == SessionState.STOPPED)
        {
            return;
        }
        if (!backoff.mayAct(nowNanos))
        {
            loginDeferred = true; // inside a reconnect storm: log in when the back-off allows (doWork)
            return;
        }
        startLogin(epochNanos);
    }

    private void startLogin(final long epochNanos)
    {
        if (config.appId() != null && !config.appId().isEmpty())
        {
            authenticate.clear();
            authenticate.brokerId(config.brokerId()).userId(config.userId()).appId(config.appId())
                .authCode(config.authCode().reveal());
            moveTo(SessionState.AUTHENTICATING, epochNanos);
            call(link.api().reqAuthenticate(authenticate.buffer().addressOffset(), requestId++), "ReqAuthenticate");
            authenticate.clear(); // the library copied the request: no copy of the auth code stays in engine memory
        }
        else
        {
            sendLogin(epochNanos);
        }
    }

    private void sendLogin(final long epochNanos)
    {
        login.clear();
        login.brokerId(config.brokerId()).userId(config.userId()).password(config.password().reveal());
        moveTo(SessionState.LOGGING_IN, epochNanos);
        call(link.api().reqUserLogin(login.buffer().addressOffset(), requestId++), "ReqUserLogin");
        login.clear(); // the password leaves no copy in engine memory
    }

    private void onLogin(final EventHeader header, final DirectBuffer buffer, final int payload, final boolean hasPayload,
        final long epochNanos)
    {
        if (failed(header, buffer, "login") || !hasPayload)
        {
            return;
        }
        loginResponse.wrap(buffer, payload);
        if (waitingFor != null)
        {
            LOG.info("account {}: the counter is ready: logged in", config.name());
            waitingFor = null;
            notReady = newNotReadyBackoff(); // the next wait starts from a second again
            notReadyUntilNanos = Long.MIN_VALUE;
        }
        // The day the engine's books are of: the last login's, or on a warm start the journal's.
        final String booksDay = recoveredTradingDay != null && !recoveredTradingDay.isEmpty() ? recoveredTradingDay : tradingDay;
        tradingDay = loginResponse.tradingDay();
        recoveredTradingDay = null;
        if (!booksDay.isEmpty() && !booksDay.equals(tradingDay))
        {
            rollTo(booksDay, epochNanos);
        }
        final long maxOrderRef = parseOrderRef(loginResponse.maxOrderRef());
        link.onLogin(loginResponse.frontId(), loginResponse.sessionId(), maxOrderRef);
        moveTo(SessionState.CONFIRMING, epochNanos);
        confirm.clear();
        confirm.brokerId(config.brokerId()).investorId(config.userId());
        call(link.api().reqSettlementInfoConfirm(confirm.buffer().addressOffset(), requestId++), "ReqSettlementInfoConfirm");
    }

    /**
     * The counter is on another trading day than the engine's books (it settled while the engine ran or was down):
     * positions roll today → yesterday, the day's trades are forgotten, OrderRefs start again from the new session's
     * MaxOrderRef, and strategies hear of it (TRADING_DAY, before the login's states). The old day's orders are gone at
     * the counter: this login's reconciliation closes any the engine still holds live.
     */
    private void rollTo(final String booksDay, final long epochNanos)
    {
        LOG.info("account {}: the counter is on trading day {} (the engine's books were of {}): rolling to the new day",
            config.name(), tradingDay, booksDay);
        account.rollToNextTradingDay();
        if (orders != null)
        {
            orders.onNewTradingDay();
        }
        final int day = parseTradingDay(tradingDay);
        link.onNewTradingDay(day);
        states.publishTradingDay(link.channel(), day, epochNanos);
    }

    static int parseTradingDay(final String day)
    {
        try
        {
            return Integer.parseInt(day.trim());
        }
        catch (final NumberFormatException e)
        {
            return 0;
        }
    }

    /**
     * The login's queries are done: the counter is the truth. Orders the engine holds live that the counter did not
     * list are closed, trades it counted that the counter does not have stop counting, and positions that differ take
     * the counter's lots; each difference is one log line and one RECONCILE event, journaled and seen by strategies.
     */
    private void reconcile(final long epochNanos)
    {
        // Trades and positions first: a strategy told of a closed ghost already sees its position as the counter's.
        account.endReconcile(new AccountState.Differences()
        {
            @Override
            public void tradeMissing(final String exchangeId, final String tradeId, final int instrument,
                final byte direction, final byte offsetFlag, final int volume, final double price)
            {
                final CharSequence instrumentId = instruments.get(instrument).instrumentId();
                LOG.warn("account {}: trade {} {} ({} {} lots at {}) is not at the counter: not counted", config.name(),
                    exchangeId.trim(), tradeId.trim(), instrumentId, volume, price);
                final MutableDirectBuffer event = states.scratch();
                ReconcileEvent.begin(event, states.header(), link.channel(), ReconcileEvent.TRADE_MISSING, epochNanos);
                ReconcileEvent.instrument(event, instrumentId);
                ReconcileEvent.trade(event, exchangeId, tradeId, direction, offsetFlag, volume, price);
                states.publishComposed();
            }

            @Override
            public void positionTaken(final int instrument, final boolean isLong, final long engineTotal,
                final long engineToday, final long counterTotal, final long counterToday)
            {
                final CharSequence instrumentId = instruments.get(instrument).instrumentId();
                LOG.warn("account {}: {} {} position: engine {} ({} today) vs counter {} ({} today): the counter's taken",
                    config.name(), instrumentId, isLong ? "long" : "short", engineTotal, engineToday, counterTotal,
                    counterToday);
                final MutableDirectBuffer event = states.scratch();
                ReconcileEvent.begin(event, states.header(), link.channel(), ReconcileEvent.POSITION_TAKEN, epochNanos);
                ReconcileEvent.instrument(event, instrumentId);
                ReconcileEvent.position(event, isLong ? ReconcileEvent.LONG : ReconcileEvent.SHORT, engineTotal, engineToday,
                    counterTotal, counterToday);
                states.publishComposed();
                if (firstReadySeen)
                {
                    positionTakenListener.onPositionTaken(instrument, isLong, counterTotal - engineTotal);
                }
            }
        });
        if (orders != null)
        {
            orders.endReconcile(ordersQueried, ghost ->
            {
                LOG.warn("account {}: order OrderRef {} (FrontID {}, SessionID {}, {} {}) is not at the counter after the " +
                    "login: closed", config.name(), ghost.orderRef(), ghost.frontId(), ghost.sessionId(),
                    orders.instrumentId(ghost), ghost.state());
                final MutableDirectBuffer event = states.scratch();
                ReconcileEvent.begin(event, states.header(), link.channel(), ReconcileEvent.ORDER_CLOSED, epochNanos);
                ReconcileEvent.order(event, ghost.frontId(), ghost.sessionId(), ghost.orderRef());
                ReconcileEvent.instrument(event, orders.instrumentId(ghost));
                states.publishComposed();
            });
        }
    }

    private void synchronise(final long epochNanos)
    {
        moveTo(SessionState.SYNCING, epochNanos);
        queries.clear();
        ordersQueried = false;
        account.beginReconcile();
        if (orders != null)
        {
            orders.beginReconcile();
        }
        final TraderApi api = link.api();
        if (!instrumentsLoaded)
        {
            qryInstrument.clear();
            queries.submit("instruments", id -> api.reqQryInstrument(qryInstrument.buffer().addressOffset(), id));
        }
        qryPosition.clear();
        qryPosition.brokerId(config.brokerId()).investorId(config.userId());
        if (!account.isStartOfDayLoaded())
        {
            queries.submit("positions", id -> api.reqQryInvestorPosition(qryPosition.buffer().addressOffset(), id));
        }
        qryAccount.clear();
        qryAccount.brokerId(config.brokerId()).investorId(config.userId());
        queries.submit("account", id -> api.reqQryTradingAccount(qryAccount.buffer().addressOffset(), id));
        qryOrder.clear();
        qryOrder.brokerId(config.brokerId()).investorId(config.userId());
        queries.submit("orders", id -> api.reqQryOrder(qryOrder.buffer().addressOffset(), id));
        qryTrade.clear();
        qryTrade.brokerId(config.brokerId()).investorId(config.userId());
        queries.submit("trades", id -> api.reqQryTrade(qryTrade.buffer().addressOffset(), id));
        // Last, so that its snapshot holds every trade the queries above and the returns so far brought.
        queries.submit("positions", id -> api.reqQryInvestorPosition(qryPosition.buffer().addressOffset(), id));
    }

    /** Before {@link #start()}: the engine thread's record of the account's orders, which each login reconciles. */
    public void reconcileOrders(final AccountOrders orders)
    {
        this.orders = orders;
    }

    private void onDisconnected(final int reason, final long nowNanos, final long epochNanos)
    {
        backoff.onDisconnected(nowNanos);
        queries.onDisconnected();
        loginDeferred = false;
        if (state == SessionState.STOPPED)
        {
            return;
        }
        counters.reconnects().increment();
        if (state != SessionState.DISCONNECTED && state != SessionState.FAILED)
        {
            LOG.warn("account {}: front disconnected (reason 0x{}); CTP reconnects by itself",
                config.name(), Integer.toHexString(reason));
            moveTo(SessionState.DISCONNECTED, epochNanos);
        }
    }

    private void lastResponse(final EventHeader header, final Runnable onComplete)
    {
        if (header.isLast())
        {
            if (onComplete != null)
            {
                onComplete.run();
            }
            queries.onLastResponse(header.requestId());
        }
    }

    private boolean failed(final EventHeader header, final DirectBuffer buffer, final String step)
    {
        final int error = header.errorId();
        if (error == 0)
        {
            return false;
        }
        if (isTransientLoginError(error))
        {
            // The front is up but the counter behind it is not ready (before it opens, after a restart): try again
            // when the back-off allows, quietly; the status line says what the session waits for.
            final long now = System.nanoTime();
            final boolean first = waitingFor == null;
            notReadyUntilNanos = notReady.onDisconnected(now);
            final String next = LocalTime.now().plusNanos(notReadyUntilNanos - now)
                .truncatedTo(ChronoUnit.SECONDS).toString();
            waitingFor = "the counter is not ready (" + step + " answered error " + error + "); next login at " + next;
            if (first)
            {
                // One line when the wait begins; the status line says when the next try is, not the log.
                LOG.info("account {}: {} answered error {} ({}): the counter is not ready yet; retrying with a back-off " +
                    "that grows to 5 minutes", config.name(), step, error, errorMessage(header, buffer).trim());
            }
            moveTo(SessionState.DISCONNECTED, header.epochNanos());
            loginDeferred = true;
            return true;
        }
        final String reason = "account " + config.name() + ": " + step + " refused by the counter: error " + error +
            " (" + errorMessage(header, buffer).trim() + "); no retry can fix this";
        LOG.error(reason);
        refusal = reason;
        moveTo(SessionState.FAILED, header.epochNanos());
        return true;
    }

    /**
     * CTP's "not initialised yet" (7) and "front not active" (8) mean the counter is not ready, not that the request
     * is wrong; every other refusal of a login step (invalid login 3, authentication failures, a locked account, a
     * password that must be changed first, ...) stays until a person acts.
     */
    static boolean isTransientLoginError(final int errorId)
    {
        return errorId == 7 || errorId == 8;
    }

    /** Why the counter refused this account's login for good, or null. Any thread. */
    public String refusal()
    {
        return refusal;
    }

    private String errorMessage(final EventHeader header, final DirectBuffer buffer)
    {
        if (!header.hasRspInfo())
        {
            return "";
        }
        rspInfo.wrap(buffer, header.rspInfoOffset());
        return rspInfo.errorMsg();
    }

    private void call(final int rc, final String request)
    {
        if (rc != 0)
        {
            LOG.warn("account {}: {} returned {}", config.name(), request, rc);
        }
    }

    private void moveTo(final SessionState next, final long epochNanos)
    {
        if (state == next)
        {
            return;
        }
        state = next;
        states.publish(link.channel(), next, link.frontId(), link.sessionId(), link.lastOrderRef(), tradingDay, epochNanos);
    }

    /** The responses that lead to the next request of a login. */
    private static boolean isLoginStep(final EventType type)
    {
        return type == EventType.RSP_AUTHENTICATE || type == EventType.RSP_USER_LOGIN ||
            type == EventType.RSP_SETTLEMENT_INFO_CONFIRM;
    }

    /** Whether the library is connected to a front now (written by the engine thread; any thread reads it). */
    private volatile boolean frontConnected;

    private static ReconnectBackoff newNotReadyBackoff()
    {
        return new ReconnectBackoff(SECOND, 5 * 60 * SECOND, Long.MAX_VALUE);
    }

    /** What the session waits for (the counter to open, ...), or null. Any thread. */
    public String waitingFor()
    {
        return waitingFor;
    }

    /** Whether the library's link to its front is up (not connecting, not reconnecting). Any thread. */
    public boolean isFrontConnected()
    {
        return frontConnected;
    }

    /** Set on the engine thread when a login step is refused for good; read by the host's status loop. */
    private volatile String refusal;

    /** Stops reacting to the front (engine shutdown): no more requests. On the engine thread. */
    public void stop()
    {
        state = SessionState.STOPPED;
    }

    static long parseOrderRef(final String text)
    {
        final String trimmed = text.trim();
        if (trimmed.isEmpty())
        {
            return 0;
        }
        try
        {
            return Long.parseLong(trimmed);
        }
        catch (final NumberFormatException e)
        {
            return 0;
        }
    }

    /** For tests and status: whether the first query round is done. */
    public boolean isReady()
    {
        return state == SessionState.READY;
    }
}
