package org.ctpengine.engine.strategy;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.instrument.Instrument;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.risk.RiskChecker;
import org.ctpengine.engine.risk.RiskRejectReason;

import java.util.List;
import org.ctpengine.engine.api.AccountView;
import org.ctpengine.engine.api.InstrumentInfo;
import org.ctpengine.engine.api.OrderBuilder;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;

/**
 * One strategy inside a {@link StrategyRunner}: its context (reaching the thread's parts through
 * {@link StrategyServices}), order builder, risk checker, positions (attributed from its own fills) and subscriptions.
 * Owned by the runner's thread.
 */
final class StrategySlot implements StrategyContext, OrderBuilder
{
    final int id;
    final StrategyConfig config;
    final Strategy strategy;
    final RiskChecker risk;
    final boolean[] subscribed;
    /** This strategy's positions on its default account (the same array as {@code byChannel[defaultAccount]}). */
    final Position[] positions;
    /** Its positions per account channel (null rows for channels it never traded), by instrument. */
    final Position[][] byChannel;
    private final StrategyServices services;
    private final int defaultAccount;
    boolean stopped;
    /** Its default account's funds and its own positions' PnL, as its thread has seen them (set by the runner). */
    AccountView accountView;

    // Order builder state, reset by order().
    private int account;
    private int instrument;
    private byte direction;
    private byte offsetFlag;
    private double price;
    private boolean market;
    private boolean immediate;
    private boolean complete;
    private long volume;

    StrategySlot(final int id, final StrategyConfig config, final StrategyServices services, final int defaultAccount,
        final RiskChecker risk, final int instrumentCapacity, final int channels)
    {
        this.id = id;
        this.config = config;
        this.strategy = config.strategy();
        this.services = services;
        this.defaultAccount = defaultAccount;
        this.risk = risk;
        this.subscribed = new boolean[instrumentCapacity];
        this.byChannel = new Position[channels][];
        this.positions = new Position[instrumentCapacity];
        this.byChannel[defaultAccount] = positions;
    }

    @Override
    public String name()
    {
        return config.name();
    }

    @Override
    public long now()
    {
        return services.now();
    }

    @Override
    public int instrument(final CharSequence instrumentId)
    {
        return services.instruments().indexOf(instrumentId);
    }

    @Override
    public InstrumentInfo instrumentInfo(final int instrument)
    {
        return services.instrumentInfo(instrument);
    }

    @Override
    public void subscribe(final CharSequence instrumentId)
    {
        services.checkOwnerThread(this);
        final int index = services.instruments().indexOf(instrumentId);
        if (index < 0)
        {
            throw new IllegalArgumentException("strategy " + name() + ": no reference data for instrument '" +
                instrumentId + "' (not returned by the counter's instrument query)");
        }
        subscribed[index] = true;
        services.subscribeMarketData(instrumentId.toString());
    }

    @Override
    public void bars(final CharSequence instrumentId, final BarPeriod period, final BarAlignment alignment)
    {
        services.checkOwnerThread(this);
        subscribe(instrumentId);
        services.bars(this, services.instruments().indexOf(instrumentId), period, alignment);
    }

    @Override
    public OrderBuilder order()
    {
        services.checkOwnerThread(this);
        account = defaultAccount;
        instrument = -1;
        direction = Direction.BUY;
        offsetFlag = OffsetFlag.OPEN;
        price = Double.NaN;
        market = false;
        immediate = false;
        complete = false;
        volume = 1;
        return this;
    }

    @Override
    public OrderBuilder account(final String name)
    {
        account = services.accountIndex(name);
        return this;
    }

    @Override
    public OrderBuilder instrument(final int instrument)
    {
        this.instrument = instrument;
        return this;
    }

    @Override
    public OrderBuilder buy()
    {
        direction = Direction.BUY;
        return this;
    }

    @Override
    public OrderBuilder sell()
    {
        direction = Direction.SELL;
        return this;
    }

    @Override
    public OrderBuilder open()
    {
        offsetFlag = OffsetFlag.OPEN;
        return this;
    }

    @Override
    public OrderBuilder close()
    {
        offsetFlag = OffsetFlag.CLOSE;
        return this;
    }

    @Override
    public OrderBuilder closeToday()
    {
        offsetFlag = OffsetFlag.CLOSE_TODAY;
        return this;
    }

    @Override
    public OrderBuilder closeYesterday()
    {
        offsetFlag = OffsetFlag.CLOSE_YESTERDAY;
        return this;
    }

    @Override
    public OrderBuilder limit(final double price)
    {
        this.price = price;
        market = false;
        return this;
    }

    @Override
    public OrderBuilder market()
    {
        price = Double.NaN;
        market = true;
        immediate = true;
        return this;
    }

    @Override
    public OrderBuilder fak()
    {
        immediate = true;
        complete = false;
        return this;
    }

    @Override
    public OrderBuilder fok()
    {
        immediate = true;
        complete = true;
        return this;
    }

    @Override
    public OrderBuilder volume(final long lots)
    {
        volume = lots;
        return this;
    }

    @Override
    public WorkingOrder send()
    {
        services.checkOwnerThread(this);
        return services.send(this, account, instrument, direction, offsetFlag, price, market, volume, immediate, complete);
    }

    @Override
    public boolean cancel(final WorkingOrder order)
    {
        services.checkOwnerThread(this);
        return services.cancel(this, order);
    }

    @Override
    public void cancelAll()
    {
        services.checkOwnerThread(this);
        services.cancelAll(this);
    }

    @Override
    public void liveOrders(final List<WorkingOrder> into)
    {
        services.checkOwnerThread(this);
        services.liveOrdersOf(this, into);
    }

    @Override
    public Position position(final int instrument)
    {
        return positionOn(defaultAccount, instrument);
    }

    @Override
    public Position position(final String account, final int instrument)
    {
        return positionOn(services.accountIndex(account), instrument);
    }

    /** This strategy's position in an instrument on an account channel, created flat when first asked for. */
    Position positionOn(final int channel, final int instrument)
    {
        Position[] row = byChannel[channel];
        if (row == null)
        {
            row = new Position[positions.length];
            byChannel[channel] = row;
        }
        Position position = row[instrument];
        if (position == null)
        {
            final Instrument reference = services.instruments().get(instrument);
            position = new Position(reference.closeTodayExplicit(), reference.multiplier());
            row[instrument] = position;
        }
        return position;
    }

    @Override
    public AccountView account()
    {
        services.checkOwnerThread(this);
        return accountView;
    }

    @Override
    public long scheduleAt(final long epochNanos)
    {
        services.checkOwnerThread(this);
        return services.schedule(this, epochNanos);
    }

    @Override
    public long scheduleAfter(final long delayNanos)
    {
        services.checkOwnerThread(this);
        return services.schedule(this, services.now() + delayNanos);
    }

    @Override
    public boolean cancelTimer(final long timerId)
    {
        services.checkOwnerThread(this);
        return services.cancelTimer(timerId);
    }

    /** Lots of this strategy's live opening orders on one side, for its position limit. */
    long exposure(final List<WorkingOrder> live, final int instrument, final byte side)
    {
        long lots = 0;
        for (int i = 0, n = live.size(); i < n; i++)
        {
            final WorkingOrder order = live.get(i);
            if (order.owner() == id && order.instrument() == instrument && order.direction() == side &&
                order.offsetFlag() == OffsetFlag.OPEN && order.state() != OrderState.REJECTED)
            {
                lots += order.remainingVolume();
            }
        }
        return lots;
    }

    RiskRejectReason checkRisk(final int instrument, final byte direction, final byte offsetFlag, final double price,
        final long volume, final long nowNanos)
    {
        return risk.checkOrder(instrument, direction, offsetFlag, price, volume, nowNanos);
    }
}
