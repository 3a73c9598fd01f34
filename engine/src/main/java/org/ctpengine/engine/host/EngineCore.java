package org.ctpengine.engine.host;

import com.lmax.disruptor.EventHandler;
import org.agrona.AsciiSequenceView;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.ring.ConsumerPublisher;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.session.AccountOrders;
import org.ctpengine.engine.session.MdSession;
import org.ctpengine.engine.session.TraderSession;

/**
 * The engine thread: one consumer of the ring that drives every session (login flows, queries,
 * resynchronisation) and keeps the account-level books. Strategies run on their own consumers.
 */
final class EngineCore implements EventHandler<RingEvent>
{
    private final EngineControl control;
    private boolean sessionsStarted;
    private final TraderSession[] traders;
    /** Every order this engine has working, per account channel (null for market data): the stop cancels them. */
    private final AccountOrders[] orders;
    private final MdSession[] md;
    private final ConsumerPublisher publisher;
    private final InstrumentRegistry instruments;
    private final DepthMarketDataFlyweight[] ticks;
    /** This thread's view of a tick's InstrumentID: the registry is shared with the strategy threads. */
    private final AsciiSequenceView instrumentId = new AsciiSequenceView();
    /** Set by this thread when it has stopped the sessions: from then on it calls no library. */
    private volatile boolean sessionsStopped;
    /** Strategy threads whose STOP_HANDLED this thread has seen; the stop is complete at {@link #runners}. */
    private int runnersStopped;
    private int runners;
    /** Set when every strategy thread has handled the stop and no order this engine knows is live any more. */
    private volatile boolean stopComplete;

    EngineCore(final EngineControl control, final TraderSession[] traders, final AccountOrders[] orders,
        final MdSession[] md, final ConsumerPublisher publisher, final InstrumentRegistry instruments,
        final AbiProfile[] profiles)
    {
        this.control = control;
        this.traders = traders;
        this.orders = orders;
        this.md = md;
        this.publisher = publisher;
        this.instruments = instruments;
        this.ticks = new DepthMarketDataFlyweight[profiles.length];
        for (int i = 0; i < profiles.length; i++)
        {
            ticks[i] = new DepthMarketDataFlyweight(profiles[i]);
        }
    }

    /** Marks every account's position in the tick's instrument at its last price. */
    private void markToMarket(final EventHeader header, final RingEvent event)
    {
        final DepthMarketDataFlyweight tick = ticks[header.profile()];
        tick.wrap(event.buffer(), header.payloadOffset());
        final int instrument = instruments.indexOf(tick, instrumentId);
        if (instrument < 0 || StructFlyweight.isNoValue(tick.lastPrice()))
        {
            return;
        }
        for (final TraderSession trader : traders)
        {
            if (trader != null)
            {
                trader.account().onLastPrice(instrument, tick.lastPrice());
            }
        }
    }

    /**
     * The engine's stop, on this thread: the sessions stop reacting to the fronts (no logins, no queries), so that
     * once {@link #hasStoppedSessions()} the libraries can be released without pulling one from under a call.
     */
    private void stopSessions()
    {
        for (final TraderSession trader : traders)
        {
            if (trader != null)
            {
                trader.stop();
            }
        }
        for (final MdSession session : md)
        {
            if (session != null)
            {
                session.stop();
            }
        }
        sessionsStopped = true;
    }

    private int[][] runnerStrategyIds = new int[0][];

    /**
     * The strategy threads, as the strategy ids each one runs: the stop waits for each one's STOP_HANDLED, an
     * eviction cancels its strategies' orders. Before the ring starts.
     */
    void runners(final int[][] strategyIdsByRunner)
    {
        runners = strategyIdsByRunner.length;
        runnerStrategyIds = strategyIdsByRunner.clone();
    }

    /**
     * Whether the stop is done: every strategy thread has handled it (so every order there is has come round the
     * ring) and the counter has confirmed every cancel. Any thread.
     */
    boolean isStopComplete()
    {
        return stopComplete;
    }

    /** Describes every account's live orders if the closing thread asked (after the stop's deadline). */
    private void describeIfRequested()
    {
        for (final AccountOrders account : orders)
        {
            if (account != null)
            {
                account.describeIfRequested();
            }
        }
    }

    private void checkStopComplete()
    {
        if (!sessionsStopped || runnersStopped < runners)
        {
            return;
        }
        for (final AccountOrders account : orders)
        {
            if (account != null && account.liveOrders() > 0)
            {
                return;
            }
        }
        stopComplete = true;
    }

    /** Whether this thread has handled the engine's stop (any thread may ask). */
    boolean hasStoppedSessions()
    {
        return sessionsStopped;
    }

    /** Idle: publish what a full ring made the publisher keep back (the next batch may be far off). */
    @Override
    public void onTimeout(final long sequence)
    {
        describeIfRequested();
        handleRequests();
        publisher.flush();
    }

    /** What other threads asked of this one: they never call into the sessions themselves. */
    private void handleRequests()
    {
        EngineControl.Request request;
        while ((request = control.poll()) != null)
        {
            if (request instanceof EngineControl.Start && !sessionsStarted && !sessionsStopped)
            {
                sessionsStarted = true;
                for (final MdSession session : md)
                {
                    if (session != null)
                    {
                        session.start();
                    }
                }
                for (final TraderSession trader : traders)
                {
                    if (trader != null)
                    {
                        trader.start();
                    }
                }
            }
            else if (request instanceof EngineControl.Subscribe subscribe)
            {
                for (final MdSession session : md)
                {
                    if (session != null)
                    {
                        session.subscribe(subscribe.instrumentId());
                    }
                }
            }
            control.done();
        }
    }

    @Override
    public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
    {
        final EventHeader header = event.header();
        if (header.type() != EventType.RTN_DEPTH_MARKET_DATA.code())
        {
            handleRequests(); // not per tick: the clock's ticks come every timer interval
        }
        final EventSource source = EventSource.fromCode(header.source());
        final int channel = header.channel();
        if (source != EventSource.MD && channel < orders.length && orders[channel] != null)
        {
            orders[channel].onEvent(header, event.buffer(), System.nanoTime());
        }
        if (header.type() == EventType.STOP_HANDLED.code())
        {
            runnersStopped++;
        }
        if (header.type() == EventType.STRATEGY_EVICTED.code())
        {
            runnersStopped++; // it will never handle the stop: the stop does not wait for it
            final long now = System.nanoTime();
            for (final AccountOrders account : orders)
            {
                if (account != null)
                {
                    account.evictOwners(runnerStrategyIds[header.intArg()], header, now);
                }
            }
        }
        if (header.type() == EventType.ENGINE_STOP.code())
        {
            stopSessions();
            final long now = System.nanoTime();
            for (final AccountOrders account : orders)
            {
                if (account != null)
                {
                    account.stop(header, now);
                }
            }
        }
        if (source == EventSource.TD && channel < traders.length && traders[channel] != null)
        {
            traders[channel].onEvent(header, event.buffer());
        }
        else if (source == EventSource.MD && channel < md.length && md[channel] != null)
        {
            md[channel].onEvent(header, event.buffer());
        }
        if (header.type() == EventType.RTN_DEPTH_MARKET_DATA.code())
        {
            markToMarket(header, event);
            return; // market data: nothing for the sessions to pace
        }
        if (!sessionsStopped)
        {
            final long now = System.nanoTime();
            for (final AccountOrders account : orders)
            {
                if (account != null)
                {
                    account.doWork(header, now); // an evicted strategy's cancels, again until confirmed
                }
            }
        }
        if (sessionsStopped)
        {
            final long now = System.nanoTime();
            for (final AccountOrders account : orders)
            {
                if (account != null)
                {
                    account.doWork(header, now); // the stop's cancels, again until confirmed
                }
            }
            checkStopComplete();
            describeIfRequested();
            if (endOfBatch)
            {
                publisher.flush();
            }
            return; // no more queries or logins: the libraries are about to be released
        }
        final long now = System.nanoTime();
        for (final TraderSession trader : traders)
        {
            if (trader != null)
            {
                trader.doWork(now);
            }
        }
        for (final MdSession session : md)
        {
            if (session != null)
            {
                session.doWork(now);
            }
        }
        if (endOfBatch)
        {
            publisher.flush();
        }
    }
}
