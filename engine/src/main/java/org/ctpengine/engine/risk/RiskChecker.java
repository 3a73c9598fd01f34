package org.ctpengine.engine.risk;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;

import java.util.Arrays;

/**
 * Pre-trade risk for one scope (a strategy, or the whole engine). Returns a {@link RiskRejectReason}
 * rather than throwing: a refused order is a result the strategy sees. Owned by the thread that runs the
 * strategies of its scope; allocates nothing per check.
 */
public final class RiskChecker
{
    private static final double PRICE_EPSILON = 1e-7;

    private final RiskLimits limits;
    private final RiskView view;
    private final RateWindow orderRate;
    private final RateWindow cancelRate;
    private final int[] cancelsByInstrument;
    private long ordersToday;
    private long cancelsToday;
    private volatile boolean killSwitch;

    /**
     * @param maxInstruments instrument indexes run from 0 to this (exclusive)
     */
    public RiskChecker(final RiskLimits limits, final RiskView view, final int maxInstruments)
    {
        this.limits = limits;
        this.view = view;
        this.orderRate = new RateWindow(limits.maxOrdersPerSecond());
        this.cancelRate = new RateWindow(limits.maxCancelsPerSecond());
        this.cancelsByInstrument = new int[maxInstruments];
    }

    public RiskLimits limits()
    {
        return limits;
    }

    /**
     * Checks a new order. Does not record it: call {@link #onOrderSent(long)} once it is sent.
     *
     * @param direction  {@link Direction#BUY} or {@link Direction#SELL}
     * @param offsetFlag {@link OffsetFlag} code: opens count towards the position limit
     * @param price      limit price, or NaN for a market order
     */
    public RiskRejectReason checkOrder(
        final int instrument, final byte direction, final byte offsetFlag, final double price, final long volume,
        final long nowNanos)
    {
        if (killSwitch)
        {
            return RiskRejectReason.KILL_SWITCH;
        }
        if (volume <= 0)
        {
            return RiskRejectReason.BAD_VOLUME;
        }
        if (instrument < 0 || instrument >= cancelsByInstrument.length || !view.isKnown(instrument))
        {
            return RiskRejectReason.UNKNOWN_INSTRUMENT;
        }
        if (limits.checkTradingStatus() && !view.isContinuousTrading(instrument))
        {
            return RiskRejectReason.NOT_TRADING;
        }
        if (limits.maxOrderVolume() > 0 && volume > limits.maxOrderVolume())
        {
            return RiskRejectReason.ORDER_VOLUME;
        }
        if (limits.maxPositionPerInstrument() > 0 && offsetFlag == OffsetFlag.OPEN)
        {
            final long exposure = direction == Direction.BUY ? view.longExposure(instrument) : view.shortExposure(instrument);
            if (exposure + volume > limits.maxPositionPerInstrument())
            {
                return RiskRejectReason.POSITION_LIMIT;
            }
        }
        if (limits.checkPrice() && !Double.isNaN(price))
        {
            final double ticks = price / view.tickSize(instrument);
            if (Math.abs(ticks - Math.rint(ticks)) > PRICE_EPSILON * Math.max(1.0, Math.abs(ticks)))
            {
                return RiskRejectReason.PRICE_OFF_TICK;
            }
            final double upper = view.upperLimit(instrument);
            final double lower = view.lowerLimit(instrument);
            if ((!Double.isNaN(upper) && price > upper + PRICE_EPSILON) || (!Double.isNaN(lower) && price < lower - PRICE_EPSILON))
            {
                return RiskRejectReason.PRICE_OUTSIDE_BAND;
            }
        }
        if (limits.selfTradePrevention())
        {
            if (direction == Direction.BUY)
            {
                final double ownAsk = view.bestOwnAsk(instrument);
                if (!Double.isNaN(ownAsk) && (Double.isNaN(price) || price >= ownAsk - PRICE_EPSILON))
                {
                    return RiskRejectReason.SELF_TRADE;
                }
            }
            else
            {
                final double ownBid = view.bestOwnBid(instrument);
                if (!Double.isNaN(ownBid) && (Double.isNaN(price) || price <= ownBid + PRICE_EPSILON))
                {
                    return RiskRejectReason.SELF_TRADE;
                }
            }
        }
        if (limits.maxOrdersPerDay() > 0 && ordersToday >= limits.maxOrdersPerDay())
        {
            return RiskRejectReason.ORDERS_PER_DAY;
        }
        if (limits.maxOrdersPerSecond() > 0 && !orderRate.hasRoom(nowNanos))
        {
            return RiskRejectReason.ORDER_RATE;
        }
        return RiskRejectReason.NONE;
    }

    /** Records an order that passed and was sent. */
    public void onOrderSent(final long nowNanos)
    {
        ordersToday++;
        orderRate.record(nowNanos);
    }

    /** Checks a cancel; the kill switch never blocks cancels. */
    public RiskRejectReason checkCancel(final int instrument, final long nowNanos)
    {
        if (limits.maxCancelsPerInstrumentPerDay() > 0 && instrument >= 0 && instrument < cancelsByInstrument.length &&
            cancelsByInstrument[instrument] >= limits.maxCancelsPerInstrumentPerDay())
        {
            return RiskRejectReason.INSTRUMENT_CANCELS_PER_DAY;
        }
        if (limits.maxCancelsPerDay() > 0 && cancelsToday >= limits.maxCancelsPerDay())
        {
            return RiskRejectReason.CANCELS_PER_DAY;
        }
        if (limits.maxCancelsPerSecond() > 0 && !cancelRate.hasRoom(nowNanos))
        {
            return RiskRejectReason.CANCEL_RATE;
        }
        return RiskRejectReason.NONE;
    }

    /** Records a cancel that passed and was sent. */
    public void onCancelSent(final int instrument, final long nowNanos)
    {
        cancelsToday++;
        if (instrument >= 0 && instrument < cancelsByInstrument.length)
        {
            cancelsByInstrument[instrument]++;
        }
        cancelRate.record(nowNanos);
    }

    /** Daily counts restored from the journal on a warm restart. */
    public void restoreDailyCounts(final long orders, final long cancels, final int[] cancelsPerInstrument)
    {
        ordersToday = orders;
        cancelsToday = cancels;
        System.arraycopy(cancelsPerInstrument, 0, cancelsByInstrument, 0,
            Math.min(cancelsPerInstrument.length, cancelsByInstrument.length));
    }

    /** A new trading day: daily counts start again. */
    public void onNewTradingDay()
    {
        ordersToday = 0;
        cancelsToday = 0;
        Arrays.fill(cancelsByInstrument, 0);
    }

    public int cancelsToday(final int instrument)
    {
        return cancelsByInstrument[instrument];
    }

    /** Blocks every new order (cancels still pass); may be set from any thread. */
    public void killSwitch(final boolean on)
    {
        killSwitch = on;
    }

    public boolean isKillSwitchOn()
    {
        return killSwitch;
    }
}
