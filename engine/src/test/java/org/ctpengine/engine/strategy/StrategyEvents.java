package org.ctpengine.engine.strategy;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.codes.OrderSubmitStatus;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.InstrumentStatusFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.ring.SessionStateEvent;
import org.ctpengine.engine.time.Exchange;

import java.nio.ByteBuffer;

/**
 * Hand-built ring events for unit tests of the strategy thread's parts: an {@link EventHeader} and a flyweight
 * payload over one {@link UnsafeBuffer}, in the 6.7.8 profile (its layout comes from the profile's data: no library
 * is loaded). Each builder overwrites the one event and returns it.
 */
final class StrategyEvents
{
    static final AbiProfile PROFILE = AbiProfiles.byId("6.7.8");
    static final String ACCOUNT = "sim";
    static final int ACCOUNT_CHANNEL = 0;
    static final int MARKET_CHANNEL = 1;
    static final int FRONT = 1;
    static final int SESSION = 42;
    static final String RB = "rb2610";
    /** 2026-12-05 01:00 UTC: a plausible event clock. */
    static final long T0 = 1_796_432_400_000_000_000L;

    final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(8192));
    final RingEvent event = RingEvent.over(buffer);
    private final EventHeader header = new EventHeader();
    private final DepthMarketDataFlyweight depth = new DepthMarketDataFlyweight(PROFILE);
    private final OrderFlyweight order = new OrderFlyweight(PROFILE);
    private final TradeFlyweight trade = new TradeFlyweight(PROFILE);
    private final InstrumentStatusFlyweight status = new InstrumentStatusFlyweight(PROFILE);
    private final InputOrderFlyweight inputOrder = new InputOrderFlyweight(PROFILE);
    private final InputOrderActionFlyweight action = new InputOrderActionFlyweight(PROFILE);
    private final TradingAccountFlyweight tradingAccount = new TradingAccountFlyweight(PROFILE);

    /** An instrument registry with rb2610 (SHFE, tick 1, 10 t a lot) at index 0. */
    static InstrumentRegistry instruments()
    {
        final InstrumentRegistry instruments = new InstrumentRegistry(16);
        instruments.define(RB, Exchange.SHFE, 1.0, 10, 0.1);
        return instruments;
    }

    private EventHeader header(final EventType type, final int channel, final int payloadLength, final long epochNanos)
    {
        return header.wrap(buffer, 0).clear().type(type.code()).source(EventSource.TD).channel((short)channel)
            .profile((short)0).spiSlot((short)-1).payloadLength(payloadLength).epochNanos(epochNanos)
            .receiveNanos(epochNanos);
    }

    RingEvent sessionState(final SessionState state, final long epochNanos)
    {
        SessionStateEvent.compose(buffer, header, ACCOUNT_CHANNEL, state, FRONT, SESSION, 0, "20261205", epochNanos);
        return event;
    }

    /** An OnFrontDisconnected of the account's session; {@code coalesced}: inside a reconnect storm. */
    RingEvent frontDisconnected(final boolean coalesced, final long epochNanos)
    {
        header(EventType.FRONT_DISCONNECTED, ACCOUNT_CHANNEL, 0, epochNanos).intArg(0x1001)
            .flags(coalesced ? EventHeader.FLAG_COALESCED : 0);
        return event;
    }

    /** A tick without exchange time (the receive time stands in), last price and limit band. */
    RingEvent tick(final double last, final double lower, final double upper, final long epochNanos)
    {
        header(EventType.RTN_DEPTH_MARKET_DATA, MARKET_CHANNEL, depth.sizeInBytes(), epochNanos);
        depth.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().instrumentId(RB).exchangeId("SHFE").lastPrice(last)
            .lowerLimitPrice(lower).upperLimitPrice(upper);
        return event;
    }

    RingEvent status(final String instrumentId, final byte instrumentStatus, final long epochNanos)
    {
        header(EventType.RTN_INSTRUMENT_STATUS, MARKET_CHANNEL, status.sizeInBytes(), epochNanos);
        status.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().instrumentId(instrumentId).exchangeId("SHFE")
            .instrumentStatus(instrumentStatus);
        return event;
    }

    /** An OnRtnOrder of the account's session. */
    RingEvent rtnOrder(final long orderRef, final byte orderStatus, final String orderSysId, final long epochNanos)
    {
        return order(EventType.RTN_ORDER, orderRef, orderStatus, orderSysId, epochNanos);
    }

    /** A row of the order query after a login. */
    RingEvent queriedOrder(final long orderRef, final byte orderStatus, final String orderSysId, final long epochNanos)
    {
        return order(EventType.RSP_QRY_ORDER, orderRef, orderStatus, orderSysId, epochNanos);
    }

    private RingEvent order(final EventType type, final long orderRef, final byte orderStatus, final String orderSysId,
        final long epochNanos)
    {
        header(type, ACCOUNT_CHANNEL, order.sizeInBytes(), epochNanos);
        order.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().orderRef(Long.toString(orderRef)).frontId(FRONT)
            .sessionId(SESSION).instrumentId(RB).exchangeId("SHFE").orderSysId(orderSysId).orderStatus(orderStatus)
            .orderSubmitStatus(OrderSubmitStatus.ACCEPTED);
        return event;
    }

    RingEvent trade(final String tradeId, final long orderRef, final String orderSysId, final byte direction,
        final byte offsetFlag, final double price, final int volume, final long epochNanos)
    {
        header(EventType.RTN_TRADE, ACCOUNT_CHANNEL, trade.sizeInBytes(), epochNanos);
        trade.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().orderRef(Long.toString(orderRef)).instrumentId(RB)
            .exchangeId("SHFE").tradeId(tradeId).orderSysId(orderSysId).direction(direction).offsetFlag(offsetFlag)
            .price(price).volume(volume);
        return event;
    }

    /** An insert refused (RSP_ORDER_INSERT, ERR_RTN_ORDER_INSERT or REFUSED_ORDER_INSERT) with an error code. */
    RingEvent insertRefused(final EventType type, final long orderRef, final int errorId, final long epochNanos)
    {
        header(type, ACCOUNT_CHANNEL, inputOrder.sizeInBytes(), epochNanos).errorId(errorId);
        inputOrder.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().orderRef(Long.toString(orderRef)).instrumentId(RB);
        return event;
    }

    /** A cancel refused (RSP_ORDER_ACTION, ERR_RTN_ORDER_ACTION or REFUSED_ORDER_ACTION) with an error code. */
    RingEvent cancelRefused(final EventType type, final long orderRef, final int errorId, final long epochNanos)
    {
        header(type, ACCOUNT_CHANNEL, action.sizeInBytes(), epochNanos).errorId(errorId);
        action.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().orderRef(Long.toString(orderRef)).frontId(FRONT)
            .sessionId(SESSION).instrumentId(RB);
        return event;
    }

    /** An account query response row: the counter's funds. */
    RingEvent tradingAccount(final double balance, final double available, final double margin, final double commission,
        final double closeProfit, final long epochNanos)
    {
        header(EventType.RSP_QRY_TRADING_ACCOUNT, ACCOUNT_CHANNEL, tradingAccount.sizeInBytes(), epochNanos);
        tradingAccount.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().balance(balance).available(available)
            .currMargin(margin).commission(commission).closeProfit(closeProfit).positionProfit(-999);
        return event;
    }

    /** An engine event without payload (ENGINE_STOP, KILL_SWITCH, STRATEGY_EVICTED) with its argument. */
    RingEvent engine(final EventType type, final int intArg, final long epochNanos)
    {
        header(type, 0, 0, epochNanos).source(EventSource.ENGINE).intArg(intArg);
        return event;
    }

    /** The flyweight views over the event last built, as the runner's parts read them. */
    DepthMarketDataFlyweight depth()
    {
        return depth.wrap(buffer, EventHeader.PAYLOAD_OFFSET);
    }

    OrderFlyweight order()
    {
        return order.wrap(buffer, EventHeader.PAYLOAD_OFFSET);
    }

    TradeFlyweight trade()
    {
        return trade.wrap(buffer, EventHeader.PAYLOAD_OFFSET);
    }

    InstrumentStatusFlyweight status()
    {
        return status.wrap(buffer, EventHeader.PAYLOAD_OFFSET);
    }
}
