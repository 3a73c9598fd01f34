package org.ctpengine.engine.risk;

import org.ctpengine.adapter.codes.Direction;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Limits over every strategy of the engine together, checked by each strategy thread before its own
 * {@link RiskChecker}: the order volume cap, the daily order and cancel counts, and the exchanges'
 * per-instrument daily cancel limit (which the exchange counts per account, whatever strategy cancels).
 * Shared by strategy threads: counts are atomic, checks lock-free. A check and the count that follows are
 * not one atomic step, so two threads at the very edge of a limit may both pass; the limits are set with
 * a margin below the exchange's (e.g. 480 of 500) for that reason.
 *
 * <p>The position limit is exact: per account, instrument and side, the lots held plus the lots of pending
 * opens of every strategy are one atomic number. An open reserves its volume with a compare-and-set against
 * the limit before it is sent, so threads cannot both pass at the edge; a fill keeps the reservation (pending
 * becomes held), the unfilled rest is released when the order ends, a closing fill releases the lots it
 * closes. What the account held when the engine's first login completed (yesterday's lots and today's trades
 * so far) is added once ({@link #addHeldPosition}). Trades of other clients on the same account after that are
 * not seen here.
 */
public final class GlobalRisk
{
    private final RiskLimits limits;
    private final AtomicLong ordersToday = new AtomicLong();
    private final AtomicLong cancelsToday = new AtomicLong();
    private final AtomicIntegerArray cancelsByInstrument;
    private final int maxInstruments;
    private final int channels;
    /** Lots held plus pending opens, [channel][instrument][long, short]. */
    private final AtomicLongArray exposure;

    public GlobalRisk(final RiskLimits limits, final int maxInstruments)
    {
        this(limits, maxInstruments, 1);
    }

    /**
     * @param channels accounts are channels 0..channels-1 (market-data channels never trade)
     */
    public GlobalRisk(final RiskLimits limits, final int maxInstruments, final int channels)
    {
        this.limits = limits;
        this.cancelsByInstrument = new AtomicIntegerArray(maxInstruments);
        this.maxInstruments = maxInstruments;
        this.channels = channels;
        this.exposure = new AtomicLongArray(limits.maxPositionPerInstrument() > 0 ? channels * maxInstruments * 2 : 0);
    }

    private boolean tracksPositions(final int channel, final int instrument)
    {
        return limits.maxPositionPerInstrument() > 0 && channel >= 0 && channel < channels && instrument >= 0 &&
            instrument < maxInstruments;
    }

    private int slot(final int channel, final int instrument, final boolean longSide)
    {
        return (channel * maxInstruments + instrument) * 2 + (longSide ? 0 : 1);
    }

    /**
     * Reserves an open's volume against the position limit; the last check before sending, since it counts
     * the order when it passes. {@link #releaseOpen} gives back what does not fill.
     */
    public RiskRejectReason reserveOpen(final int channel, final int instrument, final byte direction, final long volume)
    {
        if (!tracksPositions(channel, instrument))
        {
            return RiskRejectReason.NONE;
        }
        final int slot = slot(channel, instrument, direction == Direction.BUY);
        final long limit = limits.maxPositionPerInstrument();
        while (true)
        {
            final long current = exposure.get(slot);
            if (current + volume > limit)
            {
                return RiskRejectReason.GLOBAL_POSITION_LIMIT;
            }
            if (exposure.compareAndSet(slot, current, current + volume))
            {
                return RiskRejectReason.NONE;
            }
        }
    }

    /** The unfilled rest of an open that ended (cancelled, rejected, expired) or was never sent. */
    public void releaseOpen(final int channel, final int instrument, final byte direction, final long volume)
    {
        if (tracksPositions(channel, instrument) && volume > 0)
        {
            subtract(slot(channel, instrument, direction == Direction.BUY), volume);
        }
    }

    /** A closing fill: a sell closes long lots, a buy closes short ones. */
    public void onCloseFilled(final int channel, final int instrument, final byte tradeDirection, final long volume)
    {
        if (tracksPositions(channel, instrument) && volume > 0)
        {
            subtract(slot(channel, instrument, tradeDirection == Direction.SELL), volume);
        }
    }

    /** Lots the account held before the engine's strategies traded (when its first login completed). */
    public void addHeldPosition(final int channel, final int instrument, final long longLots, final long shortLots)
    {
        if (tracksPositions(channel, instrument))
        {
            exposure.getAndAdd(slot(channel, instrument, true), longLots);
            exposure.getAndAdd(slot(channel, instrument, false), shortLots);
        }
    }

    /**
     * A login after the first found the account's position on one side other than the engine's books (reconciliation):
     * the lots held move by the difference ({@code delta} = counter's − engine's), never below zero.
     */
    public void onPositionTaken(final int channel, final int instrument, final boolean isLong, final long delta)
    {
        if (!tracksPositions(channel, instrument) || delta == 0)
        {
            return;
        }
        if (delta > 0)
        {
            exposure.getAndAdd(slot(channel, instrument, isLong), delta);
        }
        else
        {
            subtract(slot(channel, instrument, isLong), -delta);
        }
    }

    /** Lots held plus pending opens on one side, over all strategies; 0 when the limit is off. */
    public long exposure(final int channel, final int instrument, final byte direction)
    {
        return tracksPositions(channel, instrument) ? exposure.get(slot(channel, instrument, direction == Direction.BUY)) : 0;
    }

    /** Never below zero: closing lots the engine did not know about (another client's) must not free room. */
    private void subtract(final int slot, final long volume)
    {
        while (true)
        {
            final long current = exposure.get(slot);
            if (exposure.compareAndSet(slot, current, Math.max(0, current - volume)))
            {
                return;
            }
        }
    }

    /** Set once, by whichever thread found the fault (the journal's, say); every strategy thread reads it per order. */
    private volatile String haltReason;

    /**
     * Halts trading for good: from now on every new order is refused ({@link RiskRejectReason#TRADING_HALTED}).
     * Any thread; the first reason wins.
     */
    public void halt(final String reason)
    {
        if (haltReason == null)
        {
            haltReason = reason;
        }
    }

    /** Why trading was halted, or null while it goes on. Any thread. */
    public String haltReason()
    {
        return haltReason;
    }

    public RiskRejectReason checkOrder(final long volume)
    {
        if (haltReason != null)
        {
            return RiskRejectReason.TRADING_HALTED;
        }
        if (limits.maxOrderVolume() > 0 && volume > limits.maxOrderVolume())
        {
            return RiskRejectReason.ORDER_VOLUME;
        }
        if (limits.maxOrdersPerDay() > 0 && ordersToday.get() >= limits.maxOrdersPerDay())
        {
            return RiskRejectReason.ORDERS_PER_DAY;
        }
        return RiskRejectReason.NONE;
    }

    public void onOrderSent()
    {
        ordersToday.incrementAndGet();
    }

    public RiskRejectReason checkCancel(final int instrument)
    {
        if (limits.maxCancelsPerInstrumentPerDay() > 0 && instrument >= 0 && instrument < cancelsByInstrument.length() &&
            cancelsByInstrument.get(instrument) >= limits.maxCancelsPerInstrumentPerDay())
        {
            return RiskRejectReason.INSTRUMENT_CANCELS_PER_DAY;
        }
        if (limits.maxCancelsPerDay() > 0 && cancelsToday.get() >= limits.maxCancelsPerDay())
        {
            return RiskRejectReason.CANCELS_PER_DAY;
        }
        return RiskRejectReason.NONE;
    }

    public void onCancelSent(final int instrument)
    {
        cancelsToday.incrementAndGet();
        if (instrument >= 0 && instrument < cancelsByInstrument.length())
        {
            cancelsByInstrument.incrementAndGet(instrument);
        }
    }

    /** Daily counts restored on a warm restart, before any strategy thread runs. */
    public void restoreDailyCounts(final long orders, final long cancels, final int[] cancelsPerInstrument)
    {
        ordersToday.set(orders);
        cancelsToday.set(cancels);
        for (int i = 0; i < Math.min(cancelsPerInstrument.length, cancelsByInstrument.length()); i++)
        {
            cancelsByInstrument.set(i, cancelsPerInstrument[i]);
        }
    }

    /** The trading day the daily counts are of (yyyyMMdd); 0 before the first roll. */
    private final AtomicLong countsDay = new AtomicLong();

    /**
     * A new trading day: the daily counts start again. Every strategy thread (or a replay) calls it at the TRADING_DAY
     * event; only the first call for a later day resets.
     */
    public void onNewTradingDay(final int tradingDay)
    {
        long day = countsDay.get();
        while (day < tradingDay)
        {
            if (countsDay.compareAndSet(day, tradingDay))
            {
                ordersToday.set(0);
                cancelsToday.set(0);
                for (int i = 0; i < cancelsByInstrument.length(); i++)
                {
                    cancelsByInstrument.set(i, 0);
                }
                return;
            }
            day = countsDay.get();
        }
    }

    public int cancelsToday(final int instrument)
    {
        return cancelsByInstrument.get(instrument);
    }
}
