package org.ctpengine.engine.session;

import org.agrona.AsciiSequenceView;
import org.ctpengine.adapter.codes.PosiDirection;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.engine.instrument.Instrument;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.TradeDeduplicator;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.recovery.NulTerminated;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredPosition;
import org.ctpengine.engine.recovery.RecoveredTrade;
import org.ctpengine.engine.strategy.AccountView;

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

    public AccountState(final String name, final InstrumentRegistry instruments)
    {
        this.name = name;
        this.instruments = instruments;
        this.positions = new Position[instruments.capacity()];
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
            duplicateTrades++;
            return false;
        }
        trade.wrapInstrumentId(instrumentId);
        final int instrument = instruments.indexOf(instrumentId.buffer(), instrumentId.offset());
        if (instrument < 0)
        {
            unknownInstrumentTrades++;
            return true;
        }
        position(instrument).onTrade(trade.direction(), trade.offsetFlag(), trade.volume(), trade.price());
        tradesApplied++;
        return true;
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
