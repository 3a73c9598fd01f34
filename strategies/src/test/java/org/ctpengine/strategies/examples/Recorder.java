package org.ctpengine.strategies.examples;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.api.AccountView;
import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.InstrumentInfo;
import org.ctpengine.engine.api.OrderBuilder;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a strategy and writes down what it saw and did, without changing a decision: the ticks (as copies),
 * every order it sent with the market and its position at that moment, order outcomes, fills and cancel-alls.
 * Tests assert on this record, live or in a replay. Written on the strategy's thread, read by the test's.
 */
final class Recorder implements Strategy, StrategyContext, OrderBuilder
{
    record Seen(long time, int instrument, double bid, double ask, double last)
    {
        double mid()
        {
            return 0.5 * (bid + ask);
        }
    }

    record Sent(long time, int instrument, boolean isBuy, double price, long volume, long netBefore, Seen market,
        OrderState state)
    {
    }

    record Outcome(long time, int instrument, OrderState state, String rejectReason)
    {
    }

    record Traded(long time, int instrument, boolean isBuy, double price, int volume, long netAfter)
    {
    }

    record CancelledAll(long time, double pnl)
    {
    }

    private final Strategy strategy;
    private final List<Object> events = new ArrayList<>();
    private final Seen[] latest = new Seen[4096];
    private StrategyContext context;
    private OrderBuilder builder;
    private int instrument;
    private boolean isBuy;
    private double price;
    private long volume;

    Recorder(final Strategy strategy)
    {
        this.strategy = strategy;
    }

    /** A copy of everything recorded so far. */
    List<Object> events()
    {
        synchronized (events)
        {
            return new ArrayList<>(events);
        }
    }

    <T> List<T> events(final Class<T> type)
    {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private void record(final Object event)
    {
        synchronized (events)
        {
            events.add(event);
        }
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        strategy.onStart(this);
    }

    @Override
    public void onTick(final Tick tick)
    {
        if (!StructFlyweight.isNoValue(tick.bidPrice()) && !StructFlyweight.isNoValue(tick.askPrice()))
        {
            final Seen seen = new Seen(context.now(), tick.instrument(), tick.bidPrice(), tick.askPrice(), tick.lastPrice());
            latest[tick.instrument()] = seen;
            record(seen);
        }
        strategy.onTick(tick);
    }

    @Override
    public void onOrder(final OrderUpdate update)
    {
        if (update.order().state().isTerminal())
        {
            record(new Outcome(context.now(), update.order().instrument(), update.order().state(), update.rejectReason()));
        }
        strategy.onOrder(update);
    }

    @Override
    public void onTrade(final Fill fill)
    {
        record(new Traded(context.now(), fill.instrument(), fill.direction() == Direction.BUY, fill.price(), fill.volume(),
            context.position(fill.instrument()).net()));
        strategy.onTrade(fill);
    }

    @Override
    public void onTimer(final long timerId)
    {
        strategy.onTimer(timerId);
    }

    @Override
    public void onStop()
    {
        strategy.onStop();
    }

    @Override
    public String name()
    {
        return context.name();
    }

    @Override
    public long now()
    {
        return context.now();
    }

    @Override
    public int instrument(final CharSequence instrumentId)
    {
        return context.instrument(instrumentId);
    }

    @Override
    public InstrumentInfo instrumentInfo(final int instrument)
    {
        return context.instrumentInfo(instrument);
    }

    @Override
    public void subscribe(final CharSequence instrumentId)
    {
        context.subscribe(instrumentId);
    }

    @Override
    public void bars(final CharSequence instrumentId, final BarPeriod period,
        final BarAlignment alignment)
    {
        context.bars(instrumentId, period, alignment);
    }

    @Override
    public OrderBuilder order()
    {
        builder = context.order();
        instrument = -1;
        isBuy = true;
        price = Double.NaN;
        volume = 1;
        return this;
    }

    @Override
    public boolean cancel(final WorkingOrder order)
    {
        return context.cancel(order);
    }

    @Override
    public void cancelAll()
    {
        double pnl = 0;
        for (int i = 0; i < latest.length; i++)
        {
            if (latest[i] != null)
            {
                final Position position = context.position(i);
                pnl += position.realisedPnl() + position.unrealisedPnl();
            }
        }
        record(new CancelledAll(context.now(), pnl));
        context.cancelAll();
    }

    @Override
    public void liveOrders(final List<WorkingOrder> into)
    {
        context.liveOrders(into);
    }

    @Override
    public Position position(final int instrument)
    {
        return context.position(instrument);
    }

    @Override
    public Position position(final String account, final int instrument)
    {
        return context.position(account, instrument);
    }

    @Override
    public AccountView account()
    {
        return context.account();
    }

    @Override
    public long scheduleAt(final long epochNanos)
    {
        return context.scheduleAt(epochNanos);
    }

    @Override
    public long scheduleAfter(final long delayNanos)
    {
        return context.scheduleAfter(delayNanos);
    }

    @Override
    public boolean cancelTimer(final long timerId)
    {
        return context.cancelTimer(timerId);
    }

    @Override
    public OrderBuilder account(final String account)
    {
        builder.account(account);
        return this;
    }

    @Override
    public OrderBuilder instrument(final int instrument)
    {
        this.instrument = instrument;
        builder.instrument(instrument);
        return this;
    }

    @Override
    public OrderBuilder buy()
    {
        isBuy = true;
        builder.buy();
        return this;
    }

    @Override
    public OrderBuilder sell()
    {
        isBuy = false;
        builder.sell();
        return this;
    }

    @Override
    public OrderBuilder open()
    {
        builder.open();
        return this;
    }

    @Override
    public OrderBuilder close()
    {
        builder.close();
        return this;
    }

    @Override
    public OrderBuilder closeToday()
    {
        builder.closeToday();
        return this;
    }

    @Override
    public OrderBuilder closeYesterday()
    {
        builder.closeYesterday();
        return this;
    }

    @Override
    public OrderBuilder limit(final double price)
    {
        this.price = price;
        builder.limit(price);
        return this;
    }

    @Override
    public OrderBuilder market()
    {
        builder.market();
        return this;
    }

    @Override
    public OrderBuilder fak()
    {
        builder.fak();
        return this;
    }

    @Override
    public OrderBuilder fok()
    {
        builder.fok();
        return this;
    }

    @Override
    public OrderBuilder volume(final long lots)
    {
        volume = lots;
        builder.volume(lots);
        return this;
    }

    @Override
    public WorkingOrder send()
    {
        final long netBefore = context.position(instrument).net();
        final WorkingOrder order = builder.send();
        record(new Sent(context.now(), instrument, isBuy, price, volume, netBefore, latest[instrument], order.state()));
        return order;
    }
}
