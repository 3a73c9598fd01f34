package org.ctpengine.engine.session;

import org.agrona.DirectBuffer;
import org.ctpengine.adapter.MdApi;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.struct.ReqUserLoginFlyweight;
import org.ctpengine.adapter.struct.RspInfoFlyweight;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ctpengine.engine.ring.SessionState;

/**
 * A market-data session: connect → login → subscribe everything wanted; after a disconnect, log in again
 * and re-subscribe everything. Strategies may ask for instruments from any thread; the set of wanted
 * instruments survives reconnects. Events are handled on the engine thread.
 */
public final class MdSession
{
    private static final Logger LOG = LoggerFactory.getLogger(MdSession.class);
    private static final long SECOND = 1_000_000_000L;

    private final MarketDataConfig config;
    private final int channel;
    private final MdApi api;
    private final SessionStatePublisher states;
    private final EngineCounters counters;
    private final ReconnectBackoff backoff = new ReconnectBackoff(SECOND / 10, 30 * SECOND, 60 * SECOND);
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    private final ReqUserLoginFlyweight login;
    private final RspInfoFlyweight rspInfo;
    private final FrontSilenceWatch silence;
    private volatile SessionState state = SessionState.CREATED;
    /** Whether the library is connected to a front now (written by the engine thread; any thread reads it). */
    private volatile boolean frontConnected;
    private int requestId = 1;
    private boolean loginDeferred;

    /** @param api null in replay: nothing is sent */
    public MdSession(final MarketDataConfig config, final int channel, final AbiProfile profile, final MdApi api,
        final SessionStatePublisher states, final EngineCounters counters)
    {
        this.config = config;
        this.channel = channel;
        this.api = api;
        this.states = states;
        this.counters = counters;
        this.login = new ReqUserLoginFlyweight(profile);
        this.login.wrap(new RequestBuffers(profile).allocate(ReqUserLoginFlyweight.STRUCT_NAME), 0);
        this.rspInfo = new RspInfoFlyweight(profile);
        this.silence = new FrontSilenceWatch(LOG, "market data " + config.name(), config.fronts(),
            FrontSilenceWatch.PATIENCE_NANOS);
    }

    public int channel()
    {
        return channel;
    }

    public SessionState state()
    {
        return state;
    }

    public void start()
    {
        api.registerSpi();
        for (final String front : config.fronts())
        {
            api.registerFront(front);
        }
        moveTo(SessionState.CONNECTING, System.currentTimeMillis() * 1_000_000L);
        api.init();
        LOG.info("market data {}: connecting to {} through {}", config.name(), config.fronts(), config.mdLibrary());
    }

    /**
     * Wants market data for an instrument, from any thread: subscribes now when logged in, and again after
     * every reconnect.
     */
    public void subscribe(final String instrumentId)
    {
        if (wanted.add(instrumentId) && state == SessionState.READY && api != null)
        {
            final int rc = api.subscribeMarketData(instrumentId);
            if (rc != 0)
            {
                LOG.warn("market data {}: SubscribeMarketData({}) returned {}; retried after the next login",
                    config.name(), instrumentId, rc);
            }
        }
    }

    /** Whether the library's link to its front is up (not connecting, not reconnecting). Any thread. */
    public boolean isFrontConnected()
    {
        return frontConnected;
    }

    public Set<String> wanted()
    {
        return Set.copyOf(wanted);
    }

    public void onEvent(final EventHeader header, final DirectBuffer buffer)
    {
        final long now = header.epochNanos();
        switch (EventType.fromCode(header.type()))
        {
            case FRONT_CONNECTED ->
            {
                frontConnected = true;
                backoff.onConnected(header.receiveNanos());
                if (state == SessionState.STOPPED)
                {
                    return;
                }
                if (backoff.mayAct(header.receiveNanos()))
                {
                    login(now);
                }
                else
                {
                    loginDeferred = true; // inside a reconnect storm: log in from doWork once allowed
                }
            }
            case RSP_USER_LOGIN ->
            {
                if (state == SessionState.STOPPED)
                {
                    return; // stopped: no subscription requests any more
                }
                if (header.errorId() != 0)
                {
                    rspInfo.wrap(buffer, header.rspInfoOffset());
                    LOG.error("market data {}: login refused: error {} ({})", config.name(), header.errorId(),
                        header.hasRspInfo() ? rspInfo.errorMsg() : "");
                    moveTo(SessionState.FAILED, now);
                    return;
                }
                moveTo(SessionState.READY, now);
                resubscribe();
            }
            case FRONT_DISCONNECTED ->
            {
                frontConnected = false;
                backoff.onDisconnected(header.receiveNanos());
                loginDeferred = false;
                if (state != SessionState.STOPPED && state != SessionState.DISCONNECTED)
                {
                    counters.reconnects().increment();
                    LOG.warn("market data {}: front disconnected (reason 0x{})", config.name(),
                        Integer.toHexString(header.intArg()));
                    moveTo(SessionState.DISCONNECTED, now);
                }
            }
            case RSP_SUB_MARKET_DATA ->
            {
                if (header.errorId() != 0)
                {
                    LOG.warn("market data {}: subscription refused: error {}", config.name(), header.errorId());
                }
            }
            default ->
            {
            }
        }
    }

    /** Logs in when a deferred login's back-off has passed. Call on every engine-thread cycle. */
    public void doWork(final long nowNanos)
    {
        if (state == SessionState.STOPPED)
        {
            return;
        }
        silence.poll(state, nowNanos);
        if (loginDeferred && backoff.mayAct(nowNanos))
        {
            loginDeferred = false;
            login(System.currentTimeMillis() * 1_000_000L);
        }
    }

    private void login(final long epochNanos)
    {
        login.clear();
        login.brokerId(config.brokerId()).userId(config.userId()).password(config.password().reveal());
        moveTo(SessionState.LOGGING_IN, epochNanos);
        final int rc = api.reqUserLogin(login.buffer().addressOffset(), requestId++);
        login.clear();
        if (rc != 0)
        {
            LOG.warn("market data {}: ReqUserLogin returned {}", config.name(), rc);
        }
    }

    private void resubscribe()
    {
        if (wanted.isEmpty() || api == null)
        {
            return;
        }
        final String[] all = wanted.toArray(new String[0]);
        final int rc = api.subscribeMarketData(all);
        if (rc != 0)
        {
            LOG.warn("market data {}: SubscribeMarketData of {} instruments returned {}", config.name(), all.length, rc);
        }
    }

    public void stop()
    {
        state = SessionState.STOPPED;
    }

    private void moveTo(final SessionState next, final long epochNanos)
    {
        if (state != next)
        {
            state = next;
            states.publish(channel, next, 0, 0, 0, "", epochNanos);
        }
    }
}
