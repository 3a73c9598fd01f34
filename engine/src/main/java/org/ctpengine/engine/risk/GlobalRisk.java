package org.ctpengine.engine.risk;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Limits over every strategy of the engine together, checked by each strategy thread before its own
 * {@link RiskChecker}: the order volume cap, the daily order and cancel counts, and the exchanges'
 * per-instrument daily cancel limit (which the exchange counts per account, whatever strategy cancels).
 * Shared by strategy threads: counts are atomic, checks lock-free. A check and the count that follows are
 * not one atomic step, so two threads at the very edge of a limit may both pass; the limits are set with
 * a margin below the exchange's (e.g. 480 of 500) for that reason.
 */
public final class GlobalRisk
{
    private final RiskLimits limits;
    private final AtomicLong ordersToday = new AtomicLong();
    private final AtomicLong cancelsToday = new AtomicLong();
    private final AtomicIntegerArray cancelsByInstrument;

    public GlobalRisk(final RiskLimits limits, final int maxInstruments)
    {
        this.limits = limits;
        this.cancelsByInstrument = new AtomicIntegerArray(maxInstruments);
    }

    public RiskRejectReason checkOrder(final long volume)
    {
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

    public int cancelsToday(final int instrument)
    {
        return cancelsByInstrument.get(instrument);
    }
}
