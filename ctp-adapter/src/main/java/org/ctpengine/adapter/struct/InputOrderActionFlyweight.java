package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.codes.ActionFlag;

/**
 * View over {@code CThostFtdcInputOrderActionField}. A cancel request sent with {@code ReqOrderAction}, echoed in
 * {@code OnRspOrderAction}/{@code OnErrRtnOrderAction}. Identify the order either by (FrontID, SessionID, OrderRef) or
 * by (ExchangeID, OrderSysID).
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Fields absent before 6.7.x
 * (6.6.1_P1 lacks them): {@code OrderMemo}, {@code SessionReqSeq}; each has a {@code hasX()}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class InputOrderActionFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcInputOrderActionField";

    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int investorIdOffset = field("InvestorID", CType.CHAR_ARRAY);
    private final int investorIdLength = length("InvestorID");
    private final int orderActionRefOffset = field("OrderActionRef", CType.INT);
    private final int orderRefOffset = field("OrderRef", CType.CHAR_ARRAY);
    private final int orderRefLength = length("OrderRef");
    private final int requestIdOffset = field("RequestID", CType.INT);
    private final int frontIdOffset = field("FrontID", CType.INT);
    private final int sessionIdOffset = field("SessionID", CType.INT);
    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int orderSysIdOffset = field("OrderSysID", CType.CHAR_ARRAY);
    private final int orderSysIdLength = length("OrderSysID");
    private final int actionFlagOffset = field("ActionFlag", CType.CHAR);
    private final int limitPriceOffset = field("LimitPrice", CType.DOUBLE);
    private final int volumeChangeOffset = field("VolumeChange", CType.INT);
    private final int userIdOffset = field("UserID", CType.CHAR_ARRAY);
    private final int userIdLength = length("UserID");
    private final int investUnitIdOffset = field("InvestUnitID", CType.CHAR_ARRAY);
    private final int investUnitIdLength = length("InvestUnitID");
    private final int macAddressOffset = field("MacAddress", CType.CHAR_ARRAY);
    private final int macAddressLength = length("MacAddress");
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");
    private final int ipAddressOffset = field("IPAddress", CType.CHAR_ARRAY);
    private final int ipAddressLength = length("IPAddress");
    private final int orderMemoOffset = optionalField("OrderMemo", CType.CHAR_ARRAY);
    private final int orderMemoLength = length("OrderMemo");
    private final int sessionReqSeqOffset = optionalField("SessionReqSeq", CType.INT);

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcInputOrderActionField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public InputOrderActionFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public InputOrderActionFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public InputOrderActionFlyweight clear()
    {
        super.clear();
        return this;
    }

    /**
     * Broker (futures company) code assigned by SFIT, e.g. {@code 9999} for SimNow; ASCII.
     * CTP field {@code BrokerID}, char[11]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapBrokerId} or {@link #brokerIdEquals}.
     */
    public String brokerId()
    {
        return getText(brokerIdOffset, brokerIdLength);
    }

    /**
     * Writes {@code BrokerID}: broker (futures company) code assigned by SFIT, e.g. {@code 9999} for SimNow; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 10 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight brokerId(final CharSequence value)
    {
        putText(brokerIdOffset, brokerIdLength, "BrokerID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #brokerId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapBrokerId(final AsciiSequenceView view)
    {
        return wrapText(brokerIdOffset, brokerIdLength, view);
    }

    /** Whether {@link #brokerId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean brokerIdEquals(final CharSequence value)
    {
        return textEquals(brokerIdOffset, brokerIdLength, value);
    }

    /**
     * Investor (account) number at the broker; ASCII.
     * CTP field {@code InvestorID}, char[13]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapInvestorId} or {@link #investorIdEquals}.
     */
    public String investorId()
    {
        return getText(investorIdOffset, investorIdLength);
    }

    /**
     * Writes {@code InvestorID}: investor (account) number at the broker; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 12 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight investorId(final CharSequence value)
    {
        putText(investorIdOffset, investorIdLength, "InvestorID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #investorId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapInvestorId(final AsciiSequenceView view)
    {
        return wrapText(investorIdOffset, investorIdLength, view);
    }

    /** Whether {@link #investorId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean investorIdEquals(final CharSequence value)
    {
        return textEquals(investorIdOffset, investorIdLength, value);
    }

    /** Action reference chosen by the client for this cancel request.
CTP field {@code OrderActionRef}, int. */
    public int orderActionRef()
    {
        return buffer.getInt(offset + orderActionRefOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code OrderActionRef}: action reference chosen by the client for this cancel request.
@return this */
    public InputOrderActionFlyweight orderActionRef(final int value)
    {
        writable().putInt(offset + orderActionRefOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Order reference chosen by the client, unique and increasing within a session (FrontID, SessionID); numeric text,
     * right-aligned by convention; with FrontID and SessionID it identifies an order before the exchange numbers it.
     * CTP field {@code OrderRef}, char[13]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapOrderRef} or {@link #orderRefEquals}.
     */
    public String orderRef()
    {
        return getText(orderRefOffset, orderRefLength);
    }

    /**
     * Writes {@code OrderRef}: order reference chosen by the client, unique and increasing within a session (FrontID,
     * SessionID); numeric text, right-aligned by convention; with FrontID and SessionID it identifies an order before
     * the exchange numbers it.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 12 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight orderRef(final CharSequence value)
    {
        putText(orderRefOffset, orderRefLength, "OrderRef", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #orderRef()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapOrderRef(final AsciiSequenceView view)
    {
        return wrapText(orderRefOffset, orderRefLength, view);
    }

    /** Whether {@link #orderRef()} equals {@code value}, without allocating (for ASCII values). */
    public boolean orderRefEquals(final CharSequence value)
    {
        return textEquals(orderRefOffset, orderRefLength, value);
    }

    /**
     * Request number chosen by the client; echoed in the response callbacks (nRequestID).
     * CTP field {@code RequestID}, int.
     */
    public int requestId()
    {
        return buffer.getInt(offset + requestIdOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code RequestID}: request number chosen by the client; echoed in the response callbacks (nRequestID).
     *
     * @return this
     */
    public InputOrderActionFlyweight requestId(final int value)
    {
        writable().putInt(offset + requestIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Front (gateway) number of the session that placed the order; part of the order key (FrontID, SessionID,
     * OrderRef).
     * CTP field {@code FrontID}, int.
     */
    public int frontId()
    {
        return buffer.getInt(offset + frontIdOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code FrontID}: front (gateway) number of the session that placed the order; part of the order key
     * (FrontID, SessionID, OrderRef).
     *
     * @return this
     */
    public InputOrderActionFlyweight frontId(final int value)
    {
        writable().putInt(offset + frontIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Session number of the connection that placed the order; part of the order key (FrontID, SessionID, OrderRef).
     * CTP field {@code SessionID}, int.
     */
    public int sessionId()
    {
        return buffer.getInt(offset + sessionIdOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code SessionID}: session number of the connection that placed the order; part of the order key
     * (FrontID, SessionID, OrderRef).
     *
     * @return this
     */
    public InputOrderActionFlyweight sessionId(final int value)
    {
        writable().putInt(offset + sessionIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Exchange code: {@code SHFE}, {@code DCE}, {@code CZCE}, {@code CFFEX}, {@code INE} or {@code GFEX}; ASCII.
     * CTP field {@code ExchangeID}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapExchangeId} or {@link #exchangeIdEquals}.
     */
    public String exchangeId()
    {
        return getText(exchangeIdOffset, exchangeIdLength);
    }

    /**
     * Writes {@code ExchangeID}: exchange code: {@code SHFE}, {@code DCE}, {@code CZCE}, {@code CFFEX}, {@code INE} or
     * {@code GFEX}; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight exchangeId(final CharSequence value)
    {
        putText(exchangeIdOffset, exchangeIdLength, "ExchangeID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #exchangeId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapExchangeId(final AsciiSequenceView view)
    {
        return wrapText(exchangeIdOffset, exchangeIdLength, view);
    }

    /** Whether {@link #exchangeId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean exchangeIdEquals(final CharSequence value)
    {
        return textEquals(exchangeIdOffset, exchangeIdLength, value);
    }

    /**
     * Order number given by the exchange (right-aligned, space-padded on some exchanges); with ExchangeID it
     * identifies an order once accepted.
     * CTP field {@code OrderSysID}, char[21]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapOrderSysId} or {@link #orderSysIdEquals}.
     */
    public String orderSysId()
    {
        return getText(orderSysIdOffset, orderSysIdLength);
    }

    /**
     * Writes {@code OrderSysID}: order number given by the exchange (right-aligned, space-padded on some exchanges);
     * with ExchangeID it identifies an order once accepted.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 20 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight orderSysId(final CharSequence value)
    {
        putText(orderSysIdOffset, orderSysIdLength, "OrderSysID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #orderSysId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapOrderSysId(final AsciiSequenceView view)
    {
        return wrapText(orderSysIdOffset, orderSysIdLength, view);
    }

    /** Whether {@link #orderSysId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean orderSysIdEquals(final CharSequence value)
    {
        return textEquals(orderSysIdOffset, orderSysIdLength, value);
    }

    /**
     * What the action does ({@link ActionFlag}): {@link ActionFlag#DELETE} to cancel.
     * CTP field {@code ActionFlag}, char.
     */
    public byte actionFlag()
    {
        return buffer.getByte(offset + actionFlagOffset);
    }

    /**
     * Writes {@code ActionFlag}: what the action does ({@link ActionFlag}): {@link ActionFlag#DELETE} to cancel.
     *
     * @return this
     */
    public InputOrderActionFlyweight actionFlag(final byte value)
    {
        writable().putByte(offset + actionFlagOffset, value);
        return this;
    }

    /**
     * New price for a modify action, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot)
     * (unused when cancelling).
     * CTP field {@code LimitPrice}, double.
     */
    public double limitPrice()
    {
        return buffer.getDouble(offset + limitPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code LimitPrice}: new price for a modify action, yuan per unit of quotation (multiply by VolumeMultiple
     * for the value of one lot) (unused when cancelling).
     *
     * @return this
     */
    public InputOrderActionFlyweight limitPrice(final double value)
    {
        writable().putDouble(offset + limitPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Volume change for a modify action, in lots (unused by Chinese futures exchanges).
     * CTP field {@code VolumeChange}, int.
     */
    public int volumeChange()
    {
        return buffer.getInt(offset + volumeChangeOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code VolumeChange}: volume change for a modify action, in lots (unused by Chinese futures exchanges).
     *
     * @return this
     */
    public InputOrderActionFlyweight volumeChange(final int value)
    {
        writable().putInt(offset + volumeChangeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Operator user code that logged in; usually equal to InvestorID; ASCII.
     * CTP field {@code UserID}, char[16]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapUserId} or {@link #userIdEquals}.
     */
    public String userId()
    {
        return getText(userIdOffset, userIdLength);
    }

    /**
     * Writes {@code UserID}: operator user code that logged in; usually equal to InvestorID; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 15 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight userId(final CharSequence value)
    {
        putText(userIdOffset, userIdLength, "UserID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #userId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapUserId(final AsciiSequenceView view)
    {
        return wrapText(userIdOffset, userIdLength, view);
    }

    /** Whether {@link #userId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean userIdEquals(final CharSequence value)
    {
        return textEquals(userIdOffset, userIdLength, value);
    }

    /**
     * Investment unit (sub-account) code, empty when not used; ASCII.
     * CTP field {@code InvestUnitID}, char[17]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapInvestUnitId} or {@link #investUnitIdEquals}.
     */
    public String investUnitId()
    {
        return getText(investUnitIdOffset, investUnitIdLength);
    }

    /**
     * Writes {@code InvestUnitID}: investment unit (sub-account) code, empty when not used; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 16 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight investUnitId(final CharSequence value)
    {
        putText(investUnitIdOffset, investUnitIdLength, "InvestUnitID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #investUnitId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapInvestUnitId(final AsciiSequenceView view)
    {
        return wrapText(investUnitIdOffset, investUnitIdLength, view);
    }

    /** Whether {@link #investUnitId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean investUnitIdEquals(final CharSequence value)
    {
        return textEquals(investUnitIdOffset, investUnitIdLength, value);
    }

    /**
     * Client MAC address (reporting requirement); ASCII.
     * CTP field {@code MacAddress}, char[21]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapMacAddress} or {@link #macAddressEquals}.
     */
    public String macAddress()
    {
        return getText(macAddressOffset, macAddressLength);
    }

    /**
     * Writes {@code MacAddress}: client MAC address (reporting requirement); ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 20 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight macAddress(final CharSequence value)
    {
        putText(macAddressOffset, macAddressLength, "MacAddress", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #macAddress()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapMacAddress(final AsciiSequenceView view)
    {
        return wrapText(macAddressOffset, macAddressLength, view);
    }

    /** Whether {@link #macAddress()} equals {@code value}, without allocating (for ASCII values). */
    public boolean macAddressEquals(final CharSequence value)
    {
        return textEquals(macAddressOffset, macAddressLength, value);
    }

    /**
     * Instrument (contract) code, e.g. {@code rb2501}, {@code IF2412}, {@code SR501}; ASCII, char[81] since 6.5.1.
     * CTP field {@code InstrumentID}, char[81]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapInstrumentId} or {@link #instrumentIdEquals}.
     */
    public String instrumentId()
    {
        return getText(instrumentIdOffset, instrumentIdLength);
    }

    /**
     * Writes {@code InstrumentID}: instrument (contract) code, e.g. {@code rb2501}, {@code IF2412}, {@code SR501};
     * ASCII, char[81] since 6.5.1.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 80 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight instrumentId(final CharSequence value)
    {
        putText(instrumentIdOffset, instrumentIdLength, "InstrumentID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #instrumentId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapInstrumentId(final AsciiSequenceView view)
    {
        return wrapText(instrumentIdOffset, instrumentIdLength, view);
    }

    /** Whether {@link #instrumentId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean instrumentIdEquals(final CharSequence value)
    {
        return textEquals(instrumentIdOffset, instrumentIdLength, value);
    }

    /**
     * Client IP address (reporting requirement); ASCII.
     * CTP field {@code IPAddress}, char[33]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapIpAddress} or {@link #ipAddressEquals}.
     */
    public String ipAddress()
    {
        return getText(ipAddressOffset, ipAddressLength);
    }

    /**
     * Writes {@code IPAddress}: client IP address (reporting requirement); ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 32 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight ipAddress(final CharSequence value)
    {
        putText(ipAddressOffset, ipAddressLength, "IPAddress", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #ipAddress()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapIpAddress(final AsciiSequenceView view)
    {
        return wrapText(ipAddressOffset, ipAddressLength, view);
    }

    /** Whether {@link #ipAddress()} equals {@code value}, without allocating (for ASCII values). */
    public boolean ipAddressEquals(final CharSequence value)
    {
        return textEquals(ipAddressOffset, ipAddressLength, value);
    }

    /** Whether the bound profile's {@code CThostFtdcInputOrderActionField} has {@code OrderMemo} (6.7.x and later). */
    public boolean hasOrderMemo()
    {
        return orderMemoOffset != ABSENT;
    }

    /**
     * Client memo echoed back with the order; ASCII.
     * CTP field {@code OrderMemo}, char[13]. Absent before 6.7.x (e.g. 6.6.1_P1): check {@link #hasOrderMemo()}, else
     * {@link FieldAbsentException}. Allocates a String: for logs and tests; the hot path uses {@link #wrapOrderMemo}
     * or {@link #orderMemoEquals}.
     */
    public String orderMemo()
    {
        return getText(present(orderMemoOffset, "OrderMemo"), orderMemoLength);
    }

    /**
     * Writes {@code OrderMemo}: client memo echoed back with the order; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 12 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderActionFlyweight orderMemo(final CharSequence value)
    {
        putText(present(orderMemoOffset, "OrderMemo"), orderMemoLength, "OrderMemo", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #orderMemo()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapOrderMemo(final AsciiSequenceView view)
    {
        return wrapText(present(orderMemoOffset, "OrderMemo"), orderMemoLength, view);
    }

    /** Whether {@link #orderMemo()} equals {@code value}, without allocating (for ASCII values). */
    public boolean orderMemoEquals(final CharSequence value)
    {
        return textEquals(present(orderMemoOffset, "OrderMemo"), orderMemoLength, value);
    }

    /**
     * Whether the bound profile's {@code CThostFtdcInputOrderActionField} has {@code SessionReqSeq} (6.7.x and later).
     */
    public boolean hasSessionReqSeq()
    {
        return sessionReqSeqOffset != ABSENT;
    }

    /**
     * Request sequence number within the session, for the client's own correlation.
     * CTP field {@code SessionReqSeq}, int. Absent before 6.7.x (e.g. 6.6.1_P1): check {@link #hasSessionReqSeq()},
     * else {@link FieldAbsentException}.
     */
    public int sessionReqSeq()
    {
        return buffer.getInt(offset + present(sessionReqSeqOffset, "SessionReqSeq"), LITTLE_ENDIAN);
    }

    /**
     * Writes {@code SessionReqSeq}: request sequence number within the session, for the client's own correlation.
     *
     * @return this
     */
    public InputOrderActionFlyweight sessionReqSeq(final int value)
    {
        writable().putInt(offset + present(sessionReqSeqOffset, "SessionReqSeq"), value, LITTLE_ENDIAN);
        return this;
    }
}
