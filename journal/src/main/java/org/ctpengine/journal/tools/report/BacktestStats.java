package org.ctpengine.journal.tools.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers of a backtest, computed from its events in time order: positions and cash from fills, equity marked
 * to the last price, realised PnL per closing fill (first in, first out), drawdown, daily PnL by trading day.
 * For the report generator; confined to one thread.
 */
final class BacktestStats
{
    /** An equity sample. */
    record Point(long epochNanos, double equity, double drawdown)
    {
    }

    /** Net position of an instrument after a fill. */
    record PositionStep(long epochNanos, String instrument, long position)
    {
    }

    private final Map<String, Double> multipliers;
    private final Map<String, Double> lastPrice = new HashMap<>();
    private final Map<String, Long> position = new HashMap<>();
    private final Map<String, Deque<double[]>> openLots = new HashMap<>(); // {price, signed quantity}
    private final List<Point> equity = new ArrayList<>();
    private final List<PositionStep> positions = new ArrayList<>();
    private final List<Double> closedTrades = new ArrayList<>();
    private final TreeMap<Integer, Double> equityAtDayEnd = new TreeMap<>();
    private double cash;
    private double commission;
    private double peak;
    private double maxDrawdown;
    private long fills;

    BacktestStats(final Map<String, Double> multipliers)
    {
        this.multipliers = multipliers;
    }

    void onPrice(final long epochNanos, final int tradingDay, final String instrument, final double price)
    {
        lastPrice.put(instrument, price);
        sample(epochNanos, tradingDay);
    }

    void onFill(final long epochNanos, final int tradingDay, final String instrument, final boolean buy, final double price,
        final int volume, final double fee)
    {
        final double multiplier = multiplier(instrument);
        final long signed = buy ? volume : -volume;
        cash -= signed * price * multiplier + fee;
        commission += fee;
        fills++;
        realise(instrument, signed, price, multiplier, fee);
        final long now = position.merge(instrument, signed, Long::sum);
        positions.add(new PositionStep(epochNanos, instrument, now));
        lastPrice.putIfAbsent(instrument, price);
        sample(epochNanos, tradingDay);
    }

    /** First in, first out: the part of a fill that reduces the position closes the oldest lots. */
    private void realise(final String instrument, final long signed, final double price, final double multiplier,
        final double fee)
    {
        final Deque<double[]> lots = openLots.computeIfAbsent(instrument, k -> new ArrayDeque<>());
        double remaining = signed;
        double realised = 0;
        boolean closed = false;
        while (remaining != 0 && !lots.isEmpty() && Math.signum(lots.peekFirst()[1]) != Math.signum(remaining))
        {
            final double[] lot = lots.peekFirst();
            final double quantity = Math.min(Math.abs(lot[1]), Math.abs(remaining));
            final double lotSign = Math.signum(lot[1]);
            realised += (price - lot[0]) * quantity * lotSign * multiplier;
            lot[1] -= lotSign * quantity;
            remaining += lotSign * quantity;
            closed = true;
            if (lot[1] == 0)
            {
                lots.pollFirst();
            }
        }
        if (remaining != 0)
        {
            lots.addLast(new double[] { price, remaining });
        }
        if (closed)
        {
            closedTrades.add(realised - fee);
        }
    }

    private void sample(final long epochNanos, final int tradingDay)
    {
        double value = cash;
        for (final Map.Entry<String, Long> held : position.entrySet())
        {
            if (held.getValue() != 0)
            {
                value += held.getValue() * lastPrice.getOrDefault(held.getKey(), 0.0) * multiplier(held.getKey());
            }
        }
        peak = Math.max(peak, value);
        maxDrawdown = Math.max(maxDrawdown, peak - value);
        equity.add(new Point(epochNanos, value, value - peak));
        equityAtDayEnd.put(tradingDay, value);
    }

    private double multiplier(final String instrument)
    {
        return multipliers.getOrDefault(instrument, 1.0);
    }

    List<Point> equity()
    {
        return equity;
    }

    List<PositionStep> positions()
    {
        return positions;
    }

    double pnl()
    {
        return equity.isEmpty() ? 0 : equity.get(equity.size() - 1).equity();
    }

    double commission()
    {
        return commission;
    }

    double maxDrawdown()
    {
        return maxDrawdown;
    }

    long fills()
    {
        return fills;
    }

    /** Closing fills (each closes part or all of a position). */
    int closedTrades()
    {
        return closedTrades.size();
    }

    /** Share of closing fills with a positive result after commission; NaN without any. */
    double winRate()
    {
        if (closedTrades.isEmpty())
        {
            return Double.NaN;
        }
        return closedTrades.stream().filter(pnl -> pnl > 0).count() / (double)closedTrades.size();
    }

    /** PnL of each trading day (equity at its end less the previous day's end, the first from zero). */
    Map<Integer, Double> dailyPnl()
    {
        final Map<Integer, Double> daily = new TreeMap<>();
        double previous = 0;
        for (final Map.Entry<Integer, Double> day : equityAtDayEnd.entrySet())
        {
            daily.put(day.getKey(), day.getValue() - previous);
            previous = day.getValue();
        }
        return daily;
    }

    /** Annualised (252 trading days) Sharpe ratio of the daily PnL; NaN for fewer than two days or no variation. */
    double sharpe()
    {
        final List<Double> daily = new ArrayList<>(dailyPnl().values());
        if (daily.size() < 2)
        {
            return Double.NaN;
        }
        final double mean = daily.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        final double variance = daily.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / (daily.size() - 1);
        return variance == 0 ? Double.NaN : mean / Math.sqrt(variance) * Math.sqrt(252);
    }
}
