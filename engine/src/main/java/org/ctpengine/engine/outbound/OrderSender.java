package org.ctpengine.engine.outbound;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.TraderApi;
import org.ctpengine.adapter.codes.ActionFlag;
import org.ctpengine.adapter.codes.ContingentCondition;
import org.ctpengine.adapter.codes.ForceCloseReason;
import org.ctpengine.adapter.codes.HedgeFlag;
import org.ctpengine.adapter.codes.OrderPriceType;
import org.ctpengine.adapter.codes.TimeCondition;
import org.ctpengine.adapter.codes.VolumeCondition;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.engine.instrument.Instrument;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.ring.ConsumerPublisher;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;

/**
 * Encodes and sends one strategy thread's orders and cancels for one account. Each request is built once,
 * off-heap, as the payload of a command event: the same bytes are published to the ring (so the journal
 * records the command right after the event that caused it) and then handed to the library. Publishing
 * comes first, so the command precedes any response to it in the event order; a call the library refuses is
 * followed by a REFUSED_ORDER_* event. Owned by one thread (a strategy thread, or the engine thread for the stop's
 * cancels); allocates nothing.
 */
public final class OrderSender
{
    /** The strategy id a command carries when the engine itself issued it (the stop's cancels): replay skips these. */
    public static final int ENGINE_ISSUED = -1;

    private final AccountLink link;
    private final EventPublisher publisher;
    private final int profileIndex;
    private final UnsafeBuffer insertEvent;
    private final UnsafeBuffer actionEvent;
    private final EventHeader header = new EventHeader();
    private final InputOrderFlyweight insert;
    private final InputOrderActionFlyweight action;
    private final StringBuilder orderRefText = new StringBuilder(16);
    private int requestId = 1;

    public OrderSender(final AccountLink link, final EventPublisher publisher, final int profileIndex)
    {
        this.link = link;
        this.publisher = publisher;
        this.profileIndex = profileIndex;
        this.insert = new InputOrderFlyweight(link.profile());
        this.action = new InputOrderActionFlyweight(link.profile());
        this.insertEvent = eventBuffer(insert.sizeInBytes());
        this.actionEvent = eventBuffer(action.sizeInBytes());
        insert.wrap(insertEvent, EventHeader.PAYLOAD_OFFSET);
        action.wrap(actionEvent, EventHeader.PAYLOAD_OFFSET);
    }

    private static UnsafeBuffer eventBuffer(final int payload)
    {
        return new UnsafeBuffer(BufferUtil.allocateDirectAligned((EventHeader.PAYLOAD_OFFSET + payload + 63) & -64, 64));
    }

    public AccountLink link()
    {
        return link;
    }

    /**
     * Sends a new order.
     *
     * @return the library's return code (0 = sent), or 0 in replay where nothing is sent
     */
    public int sendInsert(
        final long orderRef, final Instrument instrument, final byte direction, final byte offsetFlag,
        final double limitPrice, final long volume, final byte timeCondition, final byte volumeCondition,
        final int strategyId, final long causeSequence, final long epochNanos)
    {
        insert.clear();
        orderRefText.setLength(0);
        orderRefText.append(orderRef);
        final boolean market = Double.isNaN(limitPrice);
        insert.brokerId(link.brokerId())
            .investorId(link.investorId())
            .userId(link.investorId())
            .instrumentId(instrument.instrumentId())
            .exchangeId(instrument.exchange().name())
            .orderRef(orderRefText)
            .orderPriceType(market ? OrderPriceType.ANY_PRICE : OrderPriceType.LIMIT_PRICE)
            .direction(direction)
            .combOffsetFlag(offsetFlag)
            .combHedgeFlag(HedgeFlag.SPECULATION)
            .limitPrice(market ? 0.0 : limitPrice)
            .volumeTotalOriginal((int)volume)
            .timeCondition(timeCondition)
            .volumeCondition(volumeCondition)
            .minVolume(1)
            .contingentCondition(ContingentCondition.IMMEDIATELY)
            .forceCloseReason(ForceCloseReason.NOT_FORCE_CLOSE)
            .requestId(requestId);
        return publishAndSend(insertEvent, EventType.CMD_ORDER_INSERT, insert.sizeInBytes(), strategyId, causeSequence,
            epochNanos, true);
    }

    /** Sends a cancel of {@code order}, by FrontID + SessionID + OrderRef, with the exchange's ids when known. */
    public int sendCancel(final WorkingOrder order, final Instrument instrument, final int strategyId, final long causeSequence,
        final long epochNanos)
    {
        action.clear();
        orderRefText.setLength(0);
        orderRefText.append(order.orderRef());
        action.brokerId(link.brokerId())
            .investorId(link.investorId())
            .userId(link.investorId())
            .instrumentId(instrument.instrumentId())
            .exchangeId(instrument.exchange().name())
            .orderRef(orderRefText)
            .frontId(order.frontId())
            .sessionId(order.sessionId())
            .actionFlag(ActionFlag.DELETE)
            .requestId(requestId);
        return publishAndSend(actionEvent, EventType.CMD_ORDER_ACTION, action.sizeInBytes(), strategyId, causeSequence,
            epochNanos, false);
    }

    private int publishAndSend(final UnsafeBuffer event, final EventType type, final int payloadLength,
        final int strategyId, final long causeSequence, final long epochNanos, final boolean isInsert)
    {
        final int request = requestId++;
        header.wrap(event, 0).clear()
            .type(type.code())
            .source(EventSource.COMMAND)
            .channel((short)link.channel())
            .profile((short)profileIndex)
            .spiSlot((short)-1)
            .requestId(request)
            .intArg(strategyId)
            .causeSequence(causeSequence)
            .epochNanos(epochNanos)
            .receiveNanos(System.nanoTime())
            .sentNanos(System.nanoTime())
            .payloadLength(payloadLength);
        final JournalGate gate = isInsert ? link.journalGate() : null;
        if (gate == null)
        {
            publisher.publish(event);
        }
        else
        {
            final long sequence = publisher instanceof ConsumerPublisher consumer ? consumer.publishForSequence(event) : -1;
            if (sequence < 0 || !gate.awaitJournaled(sequence))
            {
                // Not recorded in time (a slow or failed journal): not sent. Said as a library refusal is.
                header.type(EventType.REFUSED_ORDER_INSERT.code()).source(EventSource.ENGINE)
                    .errorId(JournalGate.NOT_JOURNALED).receiveNanos(System.nanoTime());
                publisher.publish(event);
                return JournalGate.NOT_JOURNALED;
            }
        }
        final TraderApi api = link.api();
        if (api == null)
        {
            return 0;
        }
        final long address = event.addressOffset() + EventHeader.PAYLOAD_OFFSET;
        final int rc = isInsert ? api.reqOrderInsert(address, request) : api.reqOrderAction(address, request);
        if (rc != 0)
        {
            // The refusal travels through the ring like a counter's error: the strategy hears of it where the journal
            // has it, so a replay (which calls no library) refuses the same request at the same point.
            header.type((isInsert ? EventType.REFUSED_ORDER_INSERT : EventType.REFUSED_ORDER_ACTION).code()).source(EventSource.ENGINE)
                .errorId(rc).receiveNanos(System.nanoTime());
            publisher.publish(event);
        }
        return rc;
    }

    /** CTP's IOC + any volume = FAK; IOC + complete volume = FOK; GFD + any = a resting limit order. */
    public static byte timeConditionOf(final boolean immediate)
    {
        return immediate ? TimeCondition.IOC : TimeCondition.GFD;
    }

    public static byte volumeConditionOf(final boolean complete)
    {
        return complete ? VolumeCondition.COMPLETE : VolumeCondition.ANY;
    }
}
