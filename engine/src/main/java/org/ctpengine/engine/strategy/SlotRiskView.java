package org.ctpengine.engine.strategy;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.risk.RiskView;

/**
 * Pre-trade risk's view of one strategy on one account: limit prices and trading status from the market this
 * thread has seen, exposure from the strategy's positions and its live opens in the account's book. Owned by the
 * runner's thread.
 */
final class SlotRiskView implements RiskView
{
    /** The strategy, filled in once its slot exists (the slot is built with its risk checker, which needs this). */
    private final StrategySlot[] slot;
    private final int channel;
    private final MarketState market;
    private final OrderTracker tracker;

    SlotRiskView(final StrategySlot[] slot, final int channel, final MarketState market, final OrderTracker tracker)
    {
        this.slot = slot;
        this.channel = channel;
        this.market = market;
        this.tracker = tracker;
    }

    @Override
    public boolean isKnown(final int instrument)
    {
        return instrument >= 0 && instrument < market.instruments().size();
    }

    @Override
    public double tickSize(final int instrument)
    {
        return market.instruments().get(instrument).tickSize();
    }

    @Override
    public double upperLimit(final int instrument)
    {
        return market.upperLimit(instrument);
    }

    @Override
    public double lowerLimit(final int instrument)
    {
        return market.lowerLimit(instrument);
    }

    @Override
    public boolean isContinuousTrading(final int instrument)
    {
        return market.isContinuousTrading(instrument);
    }

    @Override
    public long longExposure(final int instrument)
    {
        final StrategySlot owner = slot[0];
        final Position[] row = owner.byChannel[channel];
        final long held = row == null || row[instrument] == null ? 0 : row[instrument].longTotal();
        return held + owner.exposure(tracker.liveOrders(channel), instrument, Direction.BUY);
    }

    @Override
    public long shortExposure(final int instrument)
    {
        final StrategySlot owner = slot[0];
        final Position[] row = owner.byChannel[channel];
        final long held = row == null || row[instrument] == null ? 0 : row[instrument].shortTotal();
        return held + owner.exposure(tracker.liveOrders(channel), instrument, Direction.SELL);
    }

    @Override
    public double bestOwnBid(final int instrument)
    {
        return tracker.book(channel).bestOwnPrice(instrument, Direction.BUY);
    }

    @Override
    public double bestOwnAsk(final int instrument)
    {
        return tracker.book(channel).bestOwnPrice(instrument, Direction.SELL);
    }
}
