package org.ctpengine.engine.strategy;

import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.instrument.Instrument;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.WorkingOrder;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a strategy's context reaches: the event clock and reference data ({@link MarketState}), its orders
 * ({@link OrderEntry}, {@link OrderTracker}), timers, bars and market-data subscriptions; and the confinement of all of
 * it to the thread that runs the strategies (the first to hand the runner an event: the ring's consumer thread, or a
 * replay's). A context call from a thread a strategy started is a bug that would race with the book and could not be
 * replayed: it throws. Owned by the runner's thread.
 */
final class StrategyServices
{
    private final MarketState market;
    private final OrderTracker tracker;
    private final OrderEntry entry;
    private final StrategyTimers timers;
    private final TickBars bars;
    private final Consumer<String> marketDataSubscriber;
    private Thread ownerThread;
    /** By instrument index, made at a strategy's first request. */
    private InstrumentView[] instrumentViews = new InstrumentView[0];

    /** @param marketDataSubscriber asks the market-data sessions for an instrument (any thread) */
    StrategyServices(final MarketState market, final OrderTracker tracker, final OrderEntry entry,
        final StrategyTimers timers, final TickBars bars, final Consumer<String> marketDataSubscriber)
    {
        this.market = market;
        this.tracker = tracker;
        this.entry = entry;
        this.timers = timers;
        this.bars = bars;
        this.marketDataSubscriber = marketDataSubscriber;
    }

    /** At every event: the first one names the owning thread. */
    void confineToCurrentThread()
    {
        if (ownerThread == null)
        {
            ownerThread = Thread.currentThread();
        }
    }

    void checkOwnerThread(final StrategySlot slot)
    {
        final Thread caller = Thread.currentThread();
        if (caller != ownerThread && ownerThread != null)
        {
            throw new IllegalStateException("strategy " + slot.name() + ": its context was called from thread '" +
                caller.getName() + "'; only its own thread ('" + ownerThread.getName() + "') may call it, from a callback");
        }
    }

    /** The instrument's reference data and this thread's limit band for it. */
    InstrumentView instrumentInfo(final int instrument)
    {
        final Instrument reference = market.instruments().get(instrument);
        if (instrument >= instrumentViews.length)
        {
            instrumentViews = Arrays.copyOf(instrumentViews, market.instruments().capacity());
        }
        InstrumentView view = instrumentViews[instrument];
        if (view == null)
        {
            view = new InstrumentView(reference, market);
            instrumentViews[instrument] = view;
        }
        return view;
    }

    long now()
    {
        return market.now();
    }

    InstrumentRegistry instruments()
    {
        return market.instruments();
    }

    int accountIndex(final String account)
    {
        return tracker.accountIndex(account);
    }

    void subscribeMarketData(final String instrumentId)
    {
        marketDataSubscriber.accept(instrumentId);
    }

    WorkingOrder send(final StrategySlot slot, final int channel, final int instrument, final byte direction,
        final byte offsetFlag, final double price, final boolean marketOrder, final long volume, final boolean immediate,
        final boolean complete)
    {
        return entry.send(slot, channel, instrument, direction, offsetFlag, price, marketOrder, volume, immediate,
            complete);
    }

    boolean cancel(final StrategySlot slot, final WorkingOrder order)
    {
        return entry.cancel(slot, order);
    }

    void cancelAll(final StrategySlot slot)
    {
        entry.cancelAll(slot);
    }

    void liveOrdersOf(final StrategySlot slot, final List<WorkingOrder> into)
    {
        tracker.liveOrdersOf(slot.id, into);
    }

    long schedule(final StrategySlot slot, final long epochNanos)
    {
        return timers.schedule(slot.id, epochNanos);
    }

    boolean cancelTimer(final long timerId)
    {
        return timers.cancel(timerId);
    }

    void bars(final StrategySlot slot, final int instrument, final BarPeriod period, final BarAlignment alignment)
    {
        bars.add(slot, instrument, period, alignment);
    }
}
