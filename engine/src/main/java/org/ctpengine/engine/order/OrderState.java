package org.ctpengine.engine.order;

import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.codes.OrderSubmitStatus;

/** The engine's view of an order's life, derived from CTP's OrderStatus and OrderSubmitStatus. */
public enum OrderState
{
    /** Sent to the library; no word from the counter yet. */
    PENDING_NEW(false),
    /** The counter took it; the exchange has not confirmed it (CTP status Unknown). */
    SUBMITTED(false),
    /** Resting on the exchange's book, nothing traded. */
    ACCEPTED(false),
    /** Resting, partly traded. */
    PARTIALLY_FILLED(false),
    FILLED(true),
    /** Cancelled (by request, or FAK/FOK remainder), possibly after partial fills. */
    CANCELED(true),
    /** Refused by the counter, the exchange, or the engine's risk checks. */
    REJECTED(true);

    private final boolean terminal;

    OrderState(final boolean terminal)
    {
        this.terminal = terminal;
    }

    /** No further change can come. */
    public boolean isTerminal()
    {
        return terminal;
    }

    /** Whether the order may still trade (and so must count in exposure and self-trade checks). */
    public boolean isLive()
    {
        return !terminal;
    }

    /** The state an OnRtnOrder with these CTP codes means. */
    public static OrderState fromCtp(final byte orderStatus, final byte submitStatus)
    {
        if (submitStatus == OrderSubmitStatus.INSERT_REJECTED)
        {
            return REJECTED;
        }
        return switch (orderStatus)
        {
            case OrderStatus.ALL_TRADED -> FILLED;
            case OrderStatus.PART_TRADED_QUEUEING -> PARTIALLY_FILLED;
            case OrderStatus.PART_TRADED_NOT_QUEUEING, OrderStatus.NO_TRADE_NOT_QUEUEING, OrderStatus.CANCELED -> CANCELED;
            case OrderStatus.NO_TRADE_QUEUEING, OrderStatus.NOT_TOUCHED, OrderStatus.TOUCHED -> ACCEPTED;
            default -> SUBMITTED;
        };
    }
}
