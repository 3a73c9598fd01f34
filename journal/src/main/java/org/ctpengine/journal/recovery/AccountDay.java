package org.ctpengine.journal.recovery;

import org.agrona.DirectBuffer;
import org.ctpengine.adapter.codes.OrderPriceType;
import org.ctpengine.adapter.codes.PosiDirection;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.engine.order.OrderBook;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.recovery.DailyCounts;
import org.ctpengine.engine.recovery.NulTerminated;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredOrder;
import org.ctpengine.engine.recovery.RecoveredPosition;
import org.ctpengine.engine.recovery.RecoveredTrade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One account's trading day folded from its journaled events, in journal order: the orders the engine sent
 * (driven through the engine's own {@link OrderBook}, so that their states follow the same rules as live), the
 * trades (once each, by ExchangeID + TradeID), the highest OrderRef, the start-of-day holdings of the last
 * complete position query, and the orders and cancels counted by the daily risk limits. Single-threaded.
 */
final class AccountDay
{
    private final String name;
    private final OrderBook book = new OrderBook(256);
    private final Map<WorkingOrder, String> strategyOf = new IdentityHashMap<>();
    private final Map<String, WorkingOrder> byOrderSysId = new HashMap<>();
    private final Map<String, Integer> instrumentIndex = new HashMap<>();
    private final List<String> instrumentIds = new ArrayList<>();
    private final Set<String> tradeKeys = new HashSet<>();
    private final List<RecoveredTrade> trades = new ArrayList<>();
    private final List<RecoveredPosition> positionRows = new ArrayList<>();
    private final Counts accountCounts = new Counts();
    private final Map<String, Counts> strategyCounts = new HashMap<>();
    private List<RecoveredPosition> startOfDay;
    private String tradingDay = "";
    private int frontId;
    private int sessionId;
    private long maxOrderRef;

    /** {broker, user, library version} of the last run that named this account, or null. */
    private String[] identity;

    AccountDay(final String name)
    {
        this.name = name;
    }

    void identity(final String[] identity)
    {
        if (identity != null)
        {
            this.identity = identity;
        }
    }

    String tradingDay()
    {
        return tradingDay;
    }

    /** A login (or any state change) of the session: later orders carry its FrontID and SessionID. */
    void onSession(final int frontId, final int sessionId, final long maxOrderRef)
    {
        if (frontId != 0 || sessionId != 0)
        {
            this.frontId = frontId;
            this.sessionId = sessionId;
        }
        this.maxOrderRef = Math.max(this.maxOrderRef, maxOrderRef);
    }

    void tradingDay(final String day)
    {
        tradingDay = day;
    }

    void onInsertCommand(final InputOrderFlyweight input, final String strategy)
    {
        final long orderRef = parseRef(input.orderRef());
        maxOrderRef = Math.max(maxOrderRef, orderRef);
        final boolean market = input.orderPriceType() == OrderPriceType.ANY_PRICE;
        final byte offset = (byte)input.combOffsetFlag().charAt(0);
        final WorkingOrder order = book.onSent(frontId, sessionId, orderRef, instrument(input.instrumentId()), 0,
            input.direction(), offset, market ? Double.NaN : input.limitPrice(), input.volumeTotalOriginal(), 0);
        strategyOf.put(order, strategy);
        accountCounts.orders++;
        counts(strategy).orders++;
    }

    void onActionCommand(final InputOrderActionFlyweight action, final String strategy)
    {
        final WorkingOrder order = book.find(action.frontId(), action.sessionId(), parseRef(action.orderRef()));
        if (order != null)
        {
            book.onCancelSent(order);
        }
        final String instrument = action.instrumentId();
        accountCounts.cancel(instrument);
        counts(strategy).cancel(instrument);
    }

    /** OnRspOrderInsert / OnErrRtnOrderInsert with an error: refused before it reached the exchange. */
    void onInsertRefused(final InputOrderFlyweight input, final int errorId)
    {
        book.onInsertRejected(frontId, sessionId, parseRef(input.orderRef()), errorId);
    }

    /** OnRspOrderAction with an error: the cancel failed, the order works on. */
    void onCancelRefused(final InputOrderActionFlyweight action, final int errorId)
    {
        book.onCancelRejected(action.frontId(), action.sessionId(), parseRef(action.orderRef()), errorId);
    }

    /** OnRtnOrder or a row of the order query. */
    void onOrder(final OrderFlyweight order)
    {
        final String exchangeId = order.exchangeId();
        final String orderSysId = order.orderSysId();
        final WorkingOrder working = book.onRtnOrder(order.frontId(), order.sessionId(), parseRef(order.orderRef()),
            order.orderStatus(), order.orderSubmitStatus(), NulTerminated.of(exchangeId), 0, NulTerminated.of(orderSysId), 0);
        if (working != null && !orderSysId.isEmpty())
        {
            byOrderSysId.put(exchangeId + ' ' + orderSysId, working);
        }
    }

    /** RECONCILE: the counter did not list the order after a login; it is over. */
    void onNotAtCounter(final int frontId, final int sessionId, final long orderRef)
    {
        book.onNotAtCounter(frontId, sessionId, orderRef);
    }

    /** RECONCILE: the counter does not have the trade; it no longer counts (and counts once if the counter sends it). */
    void onTradeMissing(final String exchangeId, final String tradeId)
    {
        if (tradeKeys.remove(exchangeId + ' ' + tradeId))
        {
            trades.removeIf(t -> t.exchangeId().equals(exchangeId) && t.tradeId().equals(tradeId));
        }
    }

    /** OnRtnTrade or a row of the trade query: counted once. */
    void onTrade(final TradeFlyweight trade)
    {
        final String exchangeId = trade.exchangeId();
        final String tradeId = trade.tradeId();
        if (!tradeKeys.add(exchangeId + ' ' + tradeId))
        {
            return;
        }
        WorkingOrder order = byOrderSysId.get(exchangeId + ' ' + trade.orderSysId());
        if (order == null)
        {
            order = book.find(frontId, sessionId, parseRef(trade.orderRef()));
        }
        if (order != null)
        {
            book.onTrade(order.frontId(), order.sessionId(), order.orderRef(), trade.volume());
        }
        trades.add(new RecoveredTrade(exchangeId, tradeId, trade.instrumentId(), trade.direction(), trade.offsetFlag(),
            trade.volume(), trade.price(), order == null ? null : strategyOf.get(order)));
    }

    /** One response of a position query; the last one completes it (then it is the day's start-of-day). */
    void onPositionRow(final InvestorPositionFlyweight row, final boolean hasRow, final boolean isLast, final int errorId)
    {
        if (errorId != 0)
        {
            positionRows.clear();
            return;
        }
        if (hasRow && row.ydPosition() > 0)
        {
            positionRows.add(new RecoveredPosition(row.instrumentId(), row.posiDirection() == PosiDirection.LONG, row.ydPosition(),
                row.preSettlementPrice()));
        }
        if (isLast)
        {
            startOfDay = List.copyOf(positionRows);
            positionRows.clear();
        }
    }

    RecoveredAccount toRecovered()
    {
        final List<RecoveredOrder> live = new ArrayList<>();
        for (final WorkingOrder order : book.liveOrders())
        {
            live.add(new RecoveredOrder(strategyOf.get(order), order.frontId(), order.sessionId(), order.orderRef(),
                instrumentIds.get(order.instrument()), order.direction(), order.offsetFlag(), order.limitPrice(),
                order.volume(), order.tradedVolume(), order.state(), order.isCancelPending(), text(order.exchangeId()),
                text(order.orderSysId())));
        }
        final Map<String, DailyCounts> byStrategy = new HashMap<>();
        strategyCounts.forEach((strategy, counts) -> byStrategy.put(strategy, counts.toDaily()));
        return new RecoveredAccount(name, tradingDay, maxOrderRef, startOfDay, trades, live, accountCounts.toDaily(),
            byStrategy,
            identity == null ? null : identity[0], identity == null ? null : identity[1],
            identity == null ? null : identity[2]);
    }

    /** Whether anything of the day was seen (an account that only logged in has nothing to continue). */
    boolean isEmpty()
    {
        return accountCounts.orders == 0 && trades.isEmpty() && startOfDay == null;
    }

    private int instrument(final String instrumentId)
    {
        return instrumentIndex.computeIfAbsent(instrumentId, id ->
        {
            instrumentIds.add(id);
            return instrumentIds.size() - 1;
        });
    }

    private Counts counts(final String strategy)
    {
        return strategyCounts.computeIfAbsent(strategy, s -> new Counts());
    }

    private static long parseRef(final String orderRef)
    {
        final String trimmed = orderRef.trim();
        try
        {
            return trimmed.isEmpty() ? 0 : Long.parseLong(trimmed);
        }
        catch (final NumberFormatException e)
        {
            return 0; // not one of the engine's (its refs are numbers)
        }
    }

    private static String text(final DirectBuffer bytes)
    {
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.capacity() && bytes.getByte(i) != 0; i++)
        {
            out.append((char)bytes.getByte(i));
        }
        return out.toString();
    }

    /** Orders and cancels of the day, the cancels also per instrument. */
    private static final class Counts
    {
        long orders;
        long cancels;
        final Map<String, Integer> cancelsByInstrument = new HashMap<>();

        void cancel(final String instrument)
        {
            cancels++;
            cancelsByInstrument.merge(instrument, 1, Integer::sum);
        }

        DailyCounts toDaily()
        {
            return new DailyCounts(orders, cancels, cancelsByInstrument);
        }
    }
}
