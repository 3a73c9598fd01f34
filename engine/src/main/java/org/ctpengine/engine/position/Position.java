package org.ctpengine.engine.position;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;

/**
 * One account's position in one instrument: long and short, each split into today's and yesterday's
 * lots, with average open price, realised and mark-to-market PnL. Owned by the account's thread.
 *
 * <p>Closing rules: on SHFE and INE a close names the lots it closes ({@link OffsetFlag#CLOSE_TODAY} takes
 * today's, {@link OffsetFlag#CLOSE} and {@link OffsetFlag#CLOSE_YESTERDAY} take yesterday's); on the other
 * exchanges a close takes yesterday's lots first, then today's.
 */
public final class Position
{
    private final boolean closeTodayExplicit;
    private final double multiplier;
    private final Side longSide = new Side();
    private final Side shortSide = new Side();
    private double realisedPnl;
    private double lastPrice = Double.NaN;

    /**
     * @param closeTodayExplicit true for SHFE and INE
     * @param multiplier         contract multiplier (VolumeMultiple), units per lot
     */
    public Position(final boolean closeTodayExplicit, final double multiplier)
    {
        this.closeTodayExplicit = closeTodayExplicit;
        this.multiplier = multiplier;
    }

    /** Lots and cost of one side. */
    private static final class Side
    {
        long today;
        long yesterday;
        double openCost; // sum of price × lots × multiplier of the open lots

        long total()
        {
            return today + yesterday;
        }
    }

    /**
     * Adds start-of-day lots held since yesterday.
     *
     * @param cost lots × pre-settlement price × multiplier (CTP carries yesterday's lots at settlement)
     */
    public void addYesterday(final boolean isLong, final long lots, final double cost)
    {
        final Side side = isLong ? longSide : shortSide;
        side.yesterday += lots;
        side.openCost += cost;
    }

    /**
     * Applies a fill.
     *
     * @return the lots that could not be closed because the position was short of them (0 normally;
     * positive means the engine's view and the counter's disagree and a resync is due)
     */
    public long onTrade(final byte direction, final byte offsetFlag, final long volume, final double price)
    {
        if (offsetFlag == OffsetFlag.OPEN)
        {
            final Side side = direction == Direction.BUY ? longSide : shortSide;
            side.today += volume;
            side.openCost += price * volume * multiplier;
            return 0;
        }
        // A buy closes shorts, a sell closes longs.
        final Side side = direction == Direction.BUY ? shortSide : longSide;
        final boolean isLongClosed = side == longSide;
        final long before = side.total();
        final double averageCost = before == 0 ? 0 : side.openCost / before;
        long remaining = volume;
        if (offsetFlag == OffsetFlag.CLOSE_TODAY)
        {
            remaining = takeToday(side, remaining);
        }
        else if (closeTodayExplicit || offsetFlag == OffsetFlag.CLOSE_YESTERDAY)
        {
            remaining = takeYesterday(side, remaining);
        }
        else
        {
            remaining = takeToday(side, takeYesterday(side, remaining));
        }
        final long closed = volume - remaining;
        side.openCost -= averageCost * closed;
        if (side.total() == 0)
        {
            side.openCost = 0;
        }
        final double closeValue = price * closed * multiplier;
        realisedPnl += isLongClosed ? closeValue - averageCost * closed : averageCost * closed - closeValue;
        return remaining;
    }

    private static long takeToday(final Side side, final long volume)
    {
        final long taken = Math.min(side.today, volume);
        side.today -= taken;
        return volume - taken;
    }

    private static long takeYesterday(final Side side, final long volume)
    {
        final long taken = Math.min(side.yesterday, volume);
        side.yesterday -= taken;
        return volume - taken;
    }

    /**
     * Takes one side's lots from the counter (reconciliation after a login): {@code total} lots of which {@code today}
     * were opened today. The side keeps its average open price when it held lots; else it takes {@code counterCost}
     * (the counter's open cost of those lots, price × lots × multiplier).
     */
    public void takeFromCounter(final boolean isLong, final long total, final long today, final double counterCost)
    {
        final Side side = isLong ? longSide : shortSide;
        final long before = side.total();
        side.openCost = total == 0 ? 0 : before > 0 ? side.openCost / before * total : counterCost;
        side.today = today;
        side.yesterday = total - today;
    }

    /**
     * Takes back a fill the counter turned out not to have (reconciliation): an open's lots leave (today's first), a
     * close's lots return (to today's for a close-today, else to yesterday's), at the fill's price.
     */
    public void reverse(final byte direction, final byte offsetFlag, final long volume, final double price)
    {
        if (offsetFlag == OffsetFlag.OPEN)
        {
            final Side side = direction == Direction.BUY ? longSide : shortSide;
            takeYesterday(side, takeToday(side, volume));
            side.openCost = side.total() == 0 ? 0 : Math.max(0, side.openCost - price * volume * multiplier);
            return;
        }
        final Side side = direction == Direction.BUY ? shortSide : longSide;
        if (offsetFlag == OffsetFlag.CLOSE_TODAY)
        {
            side.today += volume;
        }
        else
        {
            side.yesterday += volume;
        }
        side.openCost += price * volume * multiplier;
    }

    /** A new trading day: today's lots become yesterday's. */
    public void rollToNextTradingDay()
    {
        longSide.yesterday += longSide.today;
        longSide.today = 0;
        shortSide.yesterday += shortSide.today;
        shortSide.today = 0;
        realisedPnl = 0;
    }

    /** Marks to market at the last traded price. */
    public void mark(final double price)
    {
        lastPrice = price;
    }

    public long longToday()
    {
        return longSide.today;
    }

    public long longYesterday()
    {
        return longSide.yesterday;
    }

    public long shortToday()
    {
        return shortSide.today;
    }

    public long shortYesterday()
    {
        return shortSide.yesterday;
    }

    public long longTotal()
    {
        return longSide.total();
    }

    public long shortTotal()
    {
        return shortSide.total();
    }

    /** Long lots minus short lots. */
    public long net()
    {
        return longSide.total() - shortSide.total();
    }

    /** Average open price of the long lots; NaN when flat. */
    public double longAveragePrice()
    {
        return longSide.total() == 0 ? Double.NaN : longSide.openCost / (longSide.total() * multiplier);
    }

    /** Average open price of the short lots; NaN when flat. */
    public double shortAveragePrice()
    {
        return shortSide.total() == 0 ? Double.NaN : shortSide.openCost / (shortSide.total() * multiplier);
    }

    /** PnL of lots closed this trading day, in yuan. */
    public double realisedPnl()
    {
        return realisedPnl;
    }

    /** PnL of the open lots at the last marked price, in yuan; 0 before any mark. */
    public double unrealisedPnl()
    {
        if (Double.isNaN(lastPrice))
        {
            return 0;
        }
        return lastPrice * longSide.total() * multiplier - longSide.openCost +
            shortSide.openCost - lastPrice * shortSide.total() * multiplier;
    }
}
