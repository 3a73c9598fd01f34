package org.ctpengine.engine.session;

import org.agrona.AsciiSequenceView;
import org.ctpengine.adapter.codes.PosiDirection;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.engine.api.AccountView;
import org.ctpengine.engine.instrument.Instrument;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.TradeDeduplicator;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.recovery.NulTerminated;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredPosition;
import org.ctpengine.engine.recovery.RecoveredTrade;

import java.util.Arrays;

/**
 * One account's positions and funds as the engine thread keeps them: positions start from the counter's
 * start-of-day holdings (YdPosition at the first synchronisation of the day) and then apply every trade of
 * the day exactly once (de-duplicated by ExchangeID + TradeID across trade queries, live returns, topic
 * replays and reconnects). Funds come from the counter's account query, re-queried after trades; the
 * mark-to-market PnL of open positions follows the ticks.
 * Owned by the engine thread.
 */
public final class AccountState implements AccountView
{
    private final String name;
    private final InstrumentRegistry instruments;
    private final Position[] positions;
    private final TradeDeduplicator trades = new TradeDeduplicator(4096);
    private final AsciiSequenceView exchangeId = new AsciiSequenceView();
    private final AsciiSequenceView tradeId = new AsciiSequenceView();
    private final AsciiSequenceView instrumentId = new AsciiSequenceView();
    private boolean startOfDayLoaded;
    private long tradesApplied;
    private long duplicateTrades;
    private long unknownInstrumentTrades;
    private double balance;
    private double available;
    private double commission;
    private double margin;
    private double closeProfit;
    private double queriedPositionProfit;
    private boolean fundsKnown;
    /** Per trade, by its de-duplicator slot: what reconciliation needs to report one the counter does not have. */
    private int[] tradeInstrument = new int[4096];
    private byte[] tradeDirection = new byte[4096];
    private byte[] tradeOffset = new byte[4096];
    private int[] tradeVolume = new int[4096];
    private double[] tradePrice = new double[4096];
    /** False once reconciliation found the counter does not have the trade: it no longer counts. */
    private boolean[] tradeCounted = new boolean[4096];
    /** Reconciliation window: the counter confirmed the trade (query row or return) since the login. */
    private boolean[] tradeSeen = new boolean[4096];
    private boolean reconciling;
    private boolean counterTradesComplete;
    private boolean counterPositionsComplete;
    private long[] counterLong;
    private long[] counterLongToday;
    private long[] counterShort;
    private long[] counterShortToday;
    private double[] counterLongCost;
    private double[] counterShortCost;

    public AccountState(final String name, final InstrumentRegistry instruments)
    {
        this.name = name;
        this.instruments = instruments;
        this.positions = new Position[instruments.capacity()];
        final int capacity = instruments.capacity();
        counterLong = new long[capacity];
        counterLongToday = new long[capacity];
        counterShort = new long[capacity];
        counterShortToday = new long[capacity];
        counterLongCost = new double[capacity];
        counterShortCost = new double[capacity];
    }

    @Override
    public String name()
    {
        return name;
    }

    /** Whether start-of-day holdings were loaded (the first position query of the day completed). */
    public boolean isStartOfDayLoaded()
    {
        return startOfDayLoaded;
    }

    /** One row of the first position query of the day: adds its start-of-day (yesterday's) lots. */
    public void onStartOfDayPosition(final InvestorPositionFlyweight row)
    {
        row.wrapInstrumentId(instrumentId);
        final int instrument = instruments.indexOf(instrumentId.buffer(), instrumentId.offset());
        if (instrument < 0)
        {
            return;
        }
        final Position position = position(instrument);
        final boolean isLong = row.posiDirection() == PosiDirection.LONG;
        final long yesterday = row.ydPosition();
        if (yesterday > 0)
        {
            final Instrument reference = instruments.get(instrument);
            position.addYesterday(isLong, yesterday, row.preSettlementPrice() * yesterday * reference.multiplier());
        }
    }

    /** The first position query of the day is complete. */
    public void onStartOfDayLoaded()
    {
        startOfDayLoaded = true;
    }

    /**
     * A trade, from a trade query or a live return. Applied once.
     *
     * @return true when it was new and applied
     */
    public boolean onTrade(final TradeFlyweight trade)
    {
        trade.wrapExchangeId(exchangeId);
        trade.wrapTradeId(tradeId);
        if (!trades.add(exchangeId.buffer(), exchangeId.offset(), tradeId.buffer(), tradeId.offset()))
        {
            if (reconciling)
            {
                final int slot = trades.indexOf(exchangeId.buffer(), exchangeId.offset(), tradeId.buffer(), tradeId.offset());
                tradeSeen[slot] = true;
            }
            duplicateTrades++;
            return false;
        }
        trade.wrapInstrumentId(instrumentId);
        final int instrument = instruments.indexOf(instrumentId.buffer(), instrumentId.offset());
        remember(instrument, trade.direction(), trade.offsetFlag(), trade.volume(), trade.price(), true);
        if (instrument < 0)
        {
            unknownInstrumentTrades++;
            return true;
        }
        position(instrument).onTrade(trade.direction(), trade.offsetFlag(), trade.volume(), trade.price());
        tradesApplied++;
        return true;
    }

    /** Details of the trade just added to the de-duplicator (its last slot), for reconciliation. */
    private void remember(final int instrument, final byte direction, final byte offsetFlag, final int volume,
        final double price, final boolean seen)
    {
        final int slot = trades.size() - 1;
        if (slot >= tradeInstrument.length)
        {
            final int length = tradeInstrument.length * 2; // grows like the de-duplicator: rarely, by doubling
            tradeInstrument = Arrays.copyOf(tradeInstrument, length);
            tradeDirection = Arrays.copyOf(tradeDirection, length);
            tradeOffset = Arrays.copyOf(tradeOffset, length);
            tradeVolume = Arrays.copyOf(tradeVolume, length);
            tradePrice = Arrays.copyOf(tradePrice, length);
            tradeCounted = Arrays.copyOf(tradeCounted, length);
            tradeSeen = Arrays.copyOf(tradeSeen, length);
        }
        tradeInstrument[slot] = instrument;
        tradeDirection[slot] = direction;
        tradeOffset[slot] = offsetFlag;
        tradeVolume[slot] = volume;
        tradePrice[slot] = price;
        tradeCounted[slot] = instrument >= 0;
        tradeSeen[slot] = seen;
    }

    /**
     * A login's reconciliation starts (its queries follow): every trade counted so far waits for the counter to
     * confirm it, and the counter's positions are collected afresh.
     */
    public void beginReconcile()
    {
        reconciling = true;
        counterTradesComplete = false;
        counterPositionsComplete = false;
        Arrays.fill(tradeSeen, 0, trades.size(), false);
        Arrays.fill(counterLong, 0);
        Arrays.fill(counterLongToday, 0);
        Arrays.fill(counterShort, 0);
        Arrays.fill(counterShortToday, 0);
        Arrays.fill(counterLongCost, 0);
        Arrays.fill(counterShortCost, 0);
    }

    /** The login's trade query answered in full (without error): trades it lacks may be judged. */
    public void onCounterTradesComplete()
    {
        counterTradesComplete = reconciling;
    }

    /** One row of the login's closing position query (summed per instrument and side: SHFE reports two dates). */
    public void onCounterPosition(final InvestorPositionFlyweight row)
    {
        row.wrapInstrumentId(instrumentId);
        final int instrument = instruments.indexOf(instrumentId.buffer(), instrumentId.offset());
        if (instrument < 0 || !reconciling)
        {
            return;
        }
        if (row.posiDirection() == PosiDirection.LONG)
        {
            counterLong[instrument] += row.position();
            counterLongToday[instrument] += row.todayPosition();
            counterLongCost[instrument] += row.openCost();
        }
        else if (row.posiDirection() == PosiDirection.SHORT)
        {
            counterShort[instrument] += row.position();
            counterShortToday[instrument] += row.todayPosition();
            counterShortCost[instrument] += row.openCost();
        }
    }

    /** The login's closing position query answered in full (without error): positions may be compared. */
    public void onCounterPositionsComplete()
    {
        counterPositionsComplete = reconciling;
    }

    /** What reconciliation found, told one difference at a time (the engine thread journals and logs each). */
    public interface Differences
    {
        void tradeMissing(String exchangeId, String tradeId, int instrument, byte direction, byte offsetFlag, int volume,
            double price);

        void positionTaken(int instrument, boolean isLong, long engineTotal, long engineToday, long counterTotal,
            long counterToday);
    }

    /**
     * Ends the login's reconciliation (its queries are done): trades the counter did not confirm stop counting, then
     * each side of each position that differs from the counter's takes the counter's lots. A query that failed leaves
     * its part unjudged rather than emptying the books.
     */
    public void endReconcile(final Differences differences)
    {
        if (!reconciling)
        {
            return;
        }
        reconciling = false;
        if (counterTradesComplete)
        {
            for (int slot = 0, n = trades.size(); slot < n; slot++)
            {
                if (tradeCounted[slot] && !tradeSeen[slot])
                {
                    tradeCounted[slot] = false;
                    tradesApplied--;
                    differences.tradeMissing(trades.exchangeIdAt(slot), trades.tradeIdAt(slot), tradeInstrument[slot],
                        tradeDirection[slot], tradeOffset[slot], tradeVolume[slot], tradePrice[slot]);
                }
            }
        }
        if (!counterPositionsComplete)
        {
            return;
        }
        for (int instrument = 0, n = instruments.size(); instrument < n; instrument++)
        {
            final Position position = positions[instrument];
            final long longTotal = position == null ? 0 : position.longTotal();
            final long longToday = position == null ? 0 : position.longToday();
            final long shortTotal = position == null ? 0 : position.shortTotal();
            final long shortToday = position == null ? 0 : position.shortToday();
            if (longTotal != counterLong[instrument] || longToday != counterLongToday[instrument])
            {
                differences.positionTaken(instrument, true, longTotal, longToday, counterLong[instrument],
                    counterLongToday[instrument]);
                position(instrument).takeFromCounter(true, counterLong[instrument], counterLongToday[instrument],
                    counterLongCost[instrument]);
            }
            if (shortTotal != counterShort[instrument] || shortToday != counterShortToday[instrument])
            {
                differences.positionTaken(instrument, false, shortTotal, shortToday, counterShort[instrument],
                    counterShortToday[instrument]);
                position(instrument).takeFromCounter(false, counterShort[instrument], counterShortToday[instrument],
                    counterShortCost[instrument]);
            }
        }
    }

    /**
     * The counter is on a new trading day: today's lots become yesterday's (SHFE/INE close-today rules then apply to
     * them as yesterday's), and the day's trades are forgotten (TradeIDs start again).
     */
    public void rollToNextTradingDay()
    {
        for (final Position position : positions)
        {
            if (position != null)
            {
                position.rollToNextTradingDay();
            }
        }
        trades.clear();
        tradesApplied = 0;
        reconciling = false;
    }

    /**
     * Warm restart, before the engine connects: the day's start-of-day holdings and every trade the journal saw,
     * each trade remembered so that the private topic's RESUME and the trade query after the new login add only
     * what the journal missed. Without journaled start-of-day holdings nothing is restored: the new login's
     * position and trade queries then rebuild the day on their own (applying trades before the holdings they
     * close would lose lots).
     */
    public void recover(final RecoveredAccount recovered)
    {
        if (!recovered.hasStartOfDay())
        {
            return;
        }
        for (final RecoveredPosition row : recovered.startOfDay())
        {
            final int instrument = instruments.indexOf(row.instrumentId());
            if (instrument >= 0 && row.yesterdayLots() > 0)
            {
                position(instrument).addYesterday(row.isLong(), row.yesterdayLots(),
                    row.preSettlementPrice() * row.yesterdayLots() * instruments.get(instrument).multiplier());
            }
        }
        startOfDayLoaded = true;
        for (final RecoveredTrade trade : recovered.trades())
        {
            if (!trades.add(NulTerminated.of(trade.exchangeId()), 0, NulTerminated.of(trade.tradeId()), 0))
            {
                continue;
            }
            final int instrument = instruments.indexOf(trade.instrumentId());
            remember(instrument, trade.direction(), trade.offsetFlag(), (int)trade.volume(), trade.price(), false);
            if (instrument < 0)
            {
                unknownInstrumentTrades++;
                continue;
            }
            position(instrument).onTrade(trade.direction(), trade.offsetFlag(), trade.volume(), trade.price());
            tradesApplied++;
        }
    }

    /** The counter's account query response: the authoritative funds (re-queried after trades). */
    public void onTradingAccount(final TradingAccountFlyweight account)
    {
        balance = account.balance();
        available = account.available();
        commission = account.commission();
        margin = account.currMargin();
        closeProfit = account.closeProfit();
        queriedPositionProfit = account.positionProfit();
        fundsKnown = true;
    }

    /** The counter's mark-to-market profit at the last account query (its Balance includes it). */
    public double queriedPositionProfit()
    {
        return queriedPositionProfit;
    }

    /** Whether an account query has answered yet. */
    public boolean fundsKnown()
    {
        return fundsKnown;
    }

    public void onLastPrice(final int instrument, final double price)
    {
        final Position position = positions[instrument];
        if (position != null)
        {
            position.mark(price);
        }
    }

    /** The position in an instrument (created flat on first use). */
    public Position position(final int instrument)
    {
        Position position = positions[instrument];
        if (position == null)
        {
            final Instrument reference = instruments.get(instrument);
            position = new Position(reference.closeTodayExplicit(), reference.multiplier());
            positions[instrument] = position;
        }
        return position;
    }

    /** The position if one exists, else null (no allocation). */
    public Position positionOrNull(final int instrument)
    {
        return positions[instrument];
    }

    public long tradesApplied()
    {
        return tradesApplied;
    }

    /** Trades seen again (query after return, topic replay after reconnect) and ignored. */
    public long duplicateTrades()
    {
        return duplicateTrades;
    }

    public long unknownInstrumentTrades()
    {
        return unknownInstrumentTrades;
    }

    /** Balance as the counter last reported it (re-queried after every trade). */
    @Override
    public double balance()
    {
        return balance;
    }

    /** Available funds as the counter last reported them. */
    @Override
    public double available()
    {
        return available;
    }

    @Override
    public double margin()
    {
        return margin;
    }

    @Override
    public double commission()
    {
        return commission;
    }

    /** Mark-to-market PnL of open positions at the last ticks, computed by the engine between queries. */
    @Override
    public double positionPnl()
    {
        double pnl = 0;
        for (final Position position : positions)
        {
            if (position != null)
            {
                pnl += position.unrealisedPnl();
            }
        }
        return pnl;
    }

    /** Close profit of the day as the counter last reported it. */
    @Override
    public double closePnl()
    {
        return closeProfit;
    }
}
