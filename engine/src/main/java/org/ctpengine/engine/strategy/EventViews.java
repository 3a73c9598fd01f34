package org.ctpengine.engine.strategy;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.InstrumentStatusFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.RspInfoFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.engine.order.OrderRefText;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.Tick;

/**
 * Decodes the events a strategy thread handles: one set of flyweights per ABI profile (an event names its
 * profile by index in its header), wrapped over the event's payload in place. Owned by the runner's thread; the
 * views it returns are valid until it decodes the next event of the same kind. Allocates nothing, except for the
 * error text of a refusal.
 */
final class EventViews
{
    private final Tick[] ticks;
    private final Fill[] fills;
    private final OrderFlyweight[] orders;
    private final InputOrderFlyweight[] inputOrders;
    private final InputOrderActionFlyweight[] inputActions;
    private final InstrumentStatusFlyweight[] statuses;
    private final RspInfoFlyweight[] rspInfos;
    private final TradingAccountFlyweight[] tradingAccounts;
    private final AsciiSequenceView text = new AsciiSequenceView();

    /** @param profiles the engine's profiles by index */
    EventViews(final AbiProfile[] profiles)
    {
        final int n = profiles.length;
        ticks = new Tick[n];
        fills = new Fill[n];
        orders = new OrderFlyweight[n];
        inputOrders = new InputOrderFlyweight[n];
        inputActions = new InputOrderActionFlyweight[n];
        statuses = new InstrumentStatusFlyweight[n];
        rspInfos = new RspInfoFlyweight[n];
        tradingAccounts = new TradingAccountFlyweight[n];
        for (int i = 0; i < n; i++)
        {
            ticks[i] = new Tick(profiles[i]);
            fills[i] = new Fill(profiles[i]);
            orders[i] = new OrderFlyweight(profiles[i]);
            inputOrders[i] = new InputOrderFlyweight(profiles[i]);
            inputActions[i] = new InputOrderActionFlyweight(profiles[i]);
            statuses[i] = new InstrumentStatusFlyweight(profiles[i]);
            rspInfos[i] = new RspInfoFlyweight(profiles[i]);
            tradingAccounts[i] = new TradingAccountFlyweight(profiles[i]);
        }
    }

    /** RTN_DEPTH_MARKET_DATA: the profile's tick, its data wrapped over the payload (the rest is the caller's). */
    Tick tick(final EventHeader header, final DirectBuffer buffer)
    {
        final Tick tick = ticks[header.profile()];
        tick.data().wrap(buffer, header.payloadOffset());
        return tick;
    }

    /** RTN_TRADE, RSP_QRY_TRADE: the profile's fill, its data wrapped over the payload. */
    Fill fill(final EventHeader header, final DirectBuffer buffer)
    {
        final Fill fill = fills[header.profile()];
        fill.data().wrap(buffer, header.payloadOffset());
        return fill;
    }

    /** RTN_ORDER, RSP_QRY_ORDER. */
    OrderFlyweight order(final EventHeader header, final DirectBuffer buffer)
    {
        final OrderFlyweight order = orders[header.profile()];
        order.wrap(buffer, header.payloadOffset());
        return order;
    }

    /** RTN_INSTRUMENT_STATUS. */
    InstrumentStatusFlyweight status(final EventHeader header, final DirectBuffer buffer)
    {
        final InstrumentStatusFlyweight status = statuses[header.profile()];
        status.wrap(buffer, header.payloadOffset());
        return status;
    }

    /** RSP_QRY_TRADING_ACCOUNT (with a payload). */
    TradingAccountFlyweight tradingAccount(final EventHeader header, final DirectBuffer buffer)
    {
        final TradingAccountFlyweight account = tradingAccounts[header.profile()];
        account.wrap(buffer, header.payloadOffset());
        return account;
    }

    /** RSP_ORDER_INSERT, ERR_RTN_ORDER_INSERT, REFUSED_ORDER_INSERT (all carry InputOrder): its OrderRef. */
    long insertOrderRef(final EventHeader header, final DirectBuffer buffer)
    {
        final InputOrderFlyweight input = inputOrders[header.profile()];
        input.wrap(buffer, header.payloadOffset());
        input.wrapOrderRef(text);
        return OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
    }

    /**
     * RSP_ORDER_ACTION, ERR_RTN_ORDER_ACTION, REFUSED_ORDER_ACTION. OnRspOrderAction carries InputOrderAction,
     * OnErrRtnOrderAction carries OrderAction: the identity fields read through this view (OrderRef, FrontID,
     * SessionID) sit at the same offsets in both, in every profile (OrderActionPrefixTest).
     */
    InputOrderActionFlyweight action(final EventHeader header, final DirectBuffer buffer)
    {
        final InputOrderActionFlyweight action = inputActions[header.profile()];
        action.wrap(buffer, header.payloadOffset());
        return action;
    }

    /** The OrderRef of the action last returned by {@link #action}. */
    long actionOrderRef(final InputOrderActionFlyweight action)
    {
        action.wrapOrderRef(text);
        return OrderRefText.parse(text.buffer(), text.offset(), text.length() + 1);
    }

    /** For a request the library refused: what the strategy is told (allocates: refusals only); null otherwise. */
    static String refusedReason(final EventHeader header)
    {
        final short type = header.type();
        return type == EventType.REFUSED_ORDER_INSERT.code() || type == EventType.REFUSED_ORDER_ACTION.code() ?
            "the library refused the request (return code " + header.errorId() + ")" : null;
    }

    /** The counter's error text of a response, "" when it has none (allocates: errors only). */
    String errorMessage(final EventHeader header, final DirectBuffer buffer)
    {
        if (!header.hasRspInfo())
        {
            return "";
        }
        final RspInfoFlyweight info = rspInfos[header.profile()];
        info.wrap(buffer, header.rspInfoOffset());
        return info.errorMsg();
    }
}
