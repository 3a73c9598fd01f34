package org.ctpengine.engine.ring;

import java.util.HashMap;
import java.util.Map;

/**
 * What an event is, as a code that does not depend on the CTP version: vtable slots move between
 * versions (docs/design.md, "Events"), so callbacks are named by method, not by slot. Callbacks the engine has no
 * use for still arrive, as {@link #SPI_OTHER} with their raw slot in the header.
 */
public enum EventType
{
    // Callbacks (codes 1..999): the CTP method each one stands for.
    FRONT_CONNECTED(1, "OnFrontConnected"),
    FRONT_DISCONNECTED(2, "OnFrontDisconnected"),
    HEARTBEAT_WARNING(3, "OnHeartBeatWarning"),
    RSP_AUTHENTICATE(10, "OnRspAuthenticate"),
    RSP_USER_LOGIN(11, "OnRspUserLogin"),
    RSP_USER_LOGOUT(12, "OnRspUserLogout"),
    RSP_SETTLEMENT_INFO_CONFIRM(13, "OnRspSettlementInfoConfirm"),
    RSP_ERROR(14, "OnRspError"),
    RSP_ORDER_INSERT(20, "OnRspOrderInsert"),
    RSP_ORDER_ACTION(21, "OnRspOrderAction"),
    ERR_RTN_ORDER_INSERT(22, "OnErrRtnOrderInsert"),
    ERR_RTN_ORDER_ACTION(23, "OnErrRtnOrderAction"),
    RTN_ORDER(24, "OnRtnOrder"),
    RTN_TRADE(25, "OnRtnTrade"),
    RTN_INSTRUMENT_STATUS(26, "OnRtnInstrumentStatus"),
    RSP_QRY_INSTRUMENT(30, "OnRspQryInstrument"),
    RSP_QRY_INVESTOR_POSITION(31, "OnRspQryInvestorPosition"),
    RSP_QRY_TRADING_ACCOUNT(32, "OnRspQryTradingAccount"),
    RSP_QRY_ORDER(33, "OnRspQryOrder"),
    RSP_QRY_TRADE(34, "OnRspQryTrade"),
    RSP_QRY_DEPTH_MARKET_DATA(35, "OnRspQryDepthMarketData"),
    RSP_QRY_SETTLEMENT_INFO(36, "OnRspQrySettlementInfo"),
    RSP_SUB_MARKET_DATA(40, "OnRspSubMarketData"),
    RSP_UNSUB_MARKET_DATA(41, "OnRspUnSubMarketData"),
    RTN_DEPTH_MARKET_DATA(42, "OnRtnDepthMarketData"),
    /** Any other callback of the profile; the header's spiSlot says which. */
    SPI_OTHER(999, null),

    // Engine events (1000..1999).
    TIMER(1000, null),
    SESSION_STATE(1001, null),
    RISK_REJECT(1002, null),
    STRATEGY_STOPPED(1003, null),
    /** First event of every engine run in a journal: what a replay needs to know (payload: UTF-8 key=value lines). */
    JOURNAL_START(1004, null),
    /** The engine is shutting down: strategies stop and cancel their orders. */
    ENGINE_STOP(1005, null),
    /** The kill switch changed (intArg 1 = on: every strategy's orders are cancelled and new ones refused). */
    KILL_SWITCH(1006, null),
    /**
     * The library refused an order insert before sending it (ReqOrderInsert returned non-zero: not connected, flow
     * control, released). Published by the strategy thread right after the refused call, so the refusal reaches its
     * strategy at this point of the event stream, live and in replay alike. Payload: the command's InputOrder;
     * errorId: the return code (negative); intArg: the strategy id.
     */
    REFUSED_ORDER_INSERT(1007, null),
    /** The same for a cancel (ReqOrderAction); payload: the command's InputOrderAction. */
    REFUSED_ORDER_ACTION(1008, null),
    /**
     * A strategy thread has handled the engine's stop (intArg: its runner's index): every command it sent comes
     * before this in the ring, so once the engine thread has seen one from every runner it knows every order there is.
     */
    STOP_HANDLED(1009, null),
    /**
     * The watchdog took a strategy thread off the ring (intArg: its runner's index): it had not returned from a
     * callback in time. The engine thread cancels its strategies' orders; the others go on.
     */
    STRATEGY_EVICTED(1010, null),
    /**
     * The engine thread reconciled an account with its counter after a login (payload: {@code ReconcileEvent}; intArg:
     * its kind): an order the engine held live that the counter does not list (closed), a trade the engine counted
     * that the counter does not have (not counted), or a position that differs from the counter's (taken from it).
     */
    RECONCILE(1011, null),
    /**
     * The account's counter moved to a new trading day (intArg: the new day, yyyyMMdd; channel: the account): positions
     * roll today → yesterday, daily counts and trade de-duplication start again, strategies get {@code onTradingDay}.
     */
    TRADING_DAY(1012, null),
    /**
     * A second of a reconnect storm on one session (header source and channel): the front events it left out of the
     * journal (flagged {@link EventHeader#FLAG_COALESCED}), counted. Published by the session's callback thread;
     * payload: {@code FrontStormEvent}; intArg: the disconnects it stands for.
     */
    FRONT_STORM(1013, null),

    // Commands (2000..): requests a strategy sent, journaled in causal order.
    CMD_ORDER_INSERT(2000, null),
    CMD_ORDER_ACTION(2001, null);

    private static final Map<String, EventType> BY_METHOD = new HashMap<>();
    private static final EventType[] BY_CODE = new EventType[2002];

    static
    {
        for (final EventType type : values())
        {
            if (type.spiMethod != null)
            {
                BY_METHOD.put(type.spiMethod, type);
            }
            BY_CODE[type.code] = type;
        }
    }

    private final short code;
    private final String spiMethod;

    EventType(final int code, final String spiMethod)
    {
        this.code = (short)code;
        this.spiMethod = spiMethod;
    }

    public short code()
    {
        return code;
    }

    /** The CTP SPI method this type stands for, or null for engine events and commands. */
    public String spiMethod()
    {
        return spiMethod;
    }

    public boolean isCallback()
    {
        return code < 1000;
    }

    public boolean isCommand()
    {
        return code >= 2000;
    }

    /** The type of an SPI method by name; {@link #SPI_OTHER} for a method the engine does not interpret. */
    public static EventType forSpiMethod(final String methodName)
    {
        return BY_METHOD.getOrDefault(methodName, SPI_OTHER);
    }

    /**
     * @throws IllegalArgumentException naming the code (a corrupt or foreign event)
     */
    public static EventType fromCode(final short code)
    {
        final EventType type = code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        if (type == null)
        {
            throw new IllegalArgumentException("unknown event type code " + code);
        }
        return type;
    }
}
