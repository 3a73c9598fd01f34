package org.ctpengine.journal.tools;

import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.FrontStormEvent;
import org.ctpengine.engine.session.SessionState;
import org.ctpengine.engine.session.SessionStateEvent;

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
                    header.buffer().getInt(header.payloadOffset(), java.nio.ByteOrder.LITTLE_ENDIAN) : arg));
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
