package org.ctpengine.journal.tools;

import org.agrona.DirectBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.FrontStormEvent;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.ring.SessionStateEvent;
import org.ctpengine.engine.session.ReconcileEvent;

import java.nio.ByteOrder;

/**
 * Says in words what an engine event (TIMER, SESSION_STATE, ENGINE_STOP, KILL_SWITCH, STOP_HANDLED, ...) meant: its
 * meaning lives in the header's intArg and errorId or, for SESSION_STATE, in a small payload of the engine's own,
 * which a CTP struct printer cannot read. Allocates; for tools.
 */
final class EngineEventText
{
    private EngineEventText()
    {
    }

    /** True for the events whose payload is the engine's own, not a CTP struct (decoded here, not shown as hex). */
    static boolean ownsPayload(final EventHeader header)
    {
        return header.type() == EventType.SESSION_STATE.code() && header.payloadLength() >= SessionStateEvent.LENGTH ||
            header.type() == EventType.RECONCILE.code() && header.payloadLength() >= ReconcileEvent.LENGTH ||
            header.type() == EventType.FRONT_STORM.code() && header.payloadLength() >= FrontStormEvent.LENGTH;
    }

    /**
     * Appends {@code name=value} pairs, space-separated, that describe the event; nothing for CTP callbacks and
     * JOURNAL_START, which are decoded elsewhere.
     *
     * @return true when it appended anything
     */
    static boolean append(final EventHeader header, final StringBuilder out)
    {
        final EventType type = EventType.fromCode(header.type());
        final int arg = header.intArg();
        switch (type)
        {
            case TIMER -> out.append("what=clock tick (paces queries, fires strategy timers)");
            case SESSION_STATE ->
            {
                out.append("state=").append(stateName(ownsPayload(header) ?
                    header.buffer().getInt(header.payloadOffset(), ByteOrder.LITTLE_ENDIAN) : arg));
                if (ownsPayload(header))
                {
                    final int at = header.payloadOffset();
                    out.append(" FrontID=").append(SessionStateEvent.frontId(header.buffer(), at))
                        .append(" SessionID=").append(SessionStateEvent.sessionId(header.buffer(), at))
                        .append(" MaxOrderRef=").append(SessionStateEvent.maxOrderRef(header.buffer(), at));
                    final String day = SessionStateEvent.tradingDay(header.buffer(), at);
                    out.append(" TradingDay=").append(day.isEmpty() ? "-" : day);
                }
            }
            case RECONCILE -> appendReconcile(header, arg, out);
            case TRADING_DAY -> out.append("tradingDay=").append(arg)
                .append(" what=the counter is on a new trading day (positions roll, daily counts restart)");
            case FRONT_STORM ->
            {
                out.append("what=a second of a reconnect storm (front events counted here, not journaled one by one)");
                if (ownsPayload(header))
                {
                    final int at = header.payloadOffset();
                    out.append(" connects=").append(FrontStormEvent.connects(header.buffer(), at))
                        .append(" disconnects=").append(FrontStormEvent.disconnects(header.buffer(), at))
                        .append(" firstReason=0x").append(Integer.toHexString(FrontStormEvent.firstReason(header.buffer(), at)))
                        .append(" lastReason=0x").append(Integer.toHexString(FrontStormEvent.lastReason(header.buffer(), at)))
                        .append(" from=").append(ChinaTime.format(FrontStormEvent.firstEpochNanos(header.buffer(), at)).replace(' ', 'T'))
                        .append(" to=").append(ChinaTime.format(FrontStormEvent.lastEpochNanos(header.buffer(), at)).replace(' ', 'T'))
                        .append(" linkAfter=").append(FrontStormEvent.endedConnected(header.buffer(), at) ? "up" : "down");
                }
            }
            case ENGINE_STOP -> out.append("what=engine stopping (strategies stop and cancel their orders)");
            case KILL_SWITCH -> out.append("killSwitch=").append(arg != 0 ? "ON (orders cancelled, new ones refused)" : "OFF");
            case STOP_HANDLED -> out.append("strategyThread=").append(arg).append(" what=handled the stop");
            case STRATEGY_EVICTED -> out.append("strategyThread=").append(arg)
                .append(" what=evicted by the watchdog (a callback did not return in time; its orders cancelled)");
            case STRATEGY_STOPPED -> out.append("strategy=").append(arg).append(" what=stopped (it threw; orders cancelled)");
            case RISK_REJECT -> out.append("intArg=").append(arg).append(" what=refused by pre-trade risk");
            case REFUSED_ORDER_INSERT, REFUSED_ORDER_ACTION -> out.append("strategy=").append(arg)
                .append(" returnCode=").append(header.errorId())
                .append(" what=the library refused the ").append(type == EventType.REFUSED_ORDER_INSERT ? "order" : "cancel")
                .append(" before sending it");
            case CMD_ORDER_INSERT, CMD_ORDER_ACTION -> out.append("strategy=").append(arg);
            default ->
            {
                return false;
            }
        }
        return true;
    }

    private static void appendReconcile(final EventHeader header, final int kind, final StringBuilder out)
    {
        out.append("reconcile=").append(switch (kind)
        {
            case ReconcileEvent.ORDER_CLOSED -> "ORDER_CLOSED";
            case ReconcileEvent.TRADE_MISSING -> "TRADE_MISSING";
            case ReconcileEvent.POSITION_TAKEN -> "POSITION_TAKEN";
            default -> "kind " + kind;
        });
        if (header.payloadLength() < ReconcileEvent.LENGTH)
        {
            return;
        }
        final DirectBuffer buffer = header.buffer();
        final int at = header.payloadOffset();
        out.append(" InstrumentID=").append(ReconcileEvent.instrumentId(buffer, at));
        switch (kind)
        {
            case ReconcileEvent.ORDER_CLOSED -> out.append(" FrontID=").append(ReconcileEvent.frontId(buffer, at))
                .append(" SessionID=").append(ReconcileEvent.sessionId(buffer, at))
                .append(" OrderRef=").append(ReconcileEvent.orderRef(buffer, at));
            case ReconcileEvent.TRADE_MISSING -> out.append(" ExchangeID=").append(ReconcileEvent.exchangeId(buffer, at))
                .append(" TradeID=").append(ReconcileEvent.tradeId(buffer, at))
                .append(" Direction=").append((char)ReconcileEvent.direction(buffer, at))
                .append(" OffsetFlag=").append((char)ReconcileEvent.offsetFlag(buffer, at))
                .append(" Volume=").append(ReconcileEvent.volume(buffer, at))
                .append(" Price=").append(ReconcileEvent.price(buffer, at));
            case ReconcileEvent.POSITION_TAKEN -> out.append(" side=")
                .append(ReconcileEvent.direction(buffer, at) == ReconcileEvent.LONG ? "long" : "short")
                .append(" engine=").append(ReconcileEvent.engineTotal(buffer, at))
                .append("/").append(ReconcileEvent.engineToday(buffer, at)).append("today")
                .append(" counter=").append(ReconcileEvent.counterTotal(buffer, at))
                .append("/").append(ReconcileEvent.counterToday(buffer, at)).append("today");
            default ->
            {
            }
        }
        out.append(" what=").append(ReconcileEvent.kindName(kind));
    }

    private static String stateName(final int code)
    {
        for (final SessionState state : SessionState.values())
        {
            if (state.code() == code)
            {
                return state.name();
            }
        }
        return "code " + code;
    }
}
