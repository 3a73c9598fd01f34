package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.codes.ContingentCondition;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.ForceCloseReason;
import org.ctpengine.adapter.codes.HedgeFlag;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderPriceType;
import org.ctpengine.adapter.codes.TimeCondition;
import org.ctpengine.adapter.codes.VolumeCondition;

/**
 * View over {@code CThostFtdcInputOrderField}. An order request sent with {@code ReqOrderInsert}, and echoed in
 * {@code OnRspOrderInsert}/{@code OnErrRtnOrderInsert} when the counter rejects it. Built by the engine on the order
 * path: setters for the hot fields allocate nothing.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Fields absent before 6.7.x
 * (6.6.1_P1 lacks them): {@code OrderMemo}, {@code SessionReqSeq}; each has a {@code hasX()}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class InputOrderFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcInputOrderField";

    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int investorIdOffset = field("InvestorID", CType.CHAR_ARRAY);
    private final int investorIdLength = length("InvestorID");
    private final int orderRefOffset = field("OrderRef", CType.CHAR_ARRAY);
    private final int orderRefLength = length("OrderRef");
    private final int userIdOffset = field("UserID", CType.CHAR_ARRAY);
    private final int userIdLength = length("UserID");
    private final int orderPriceTypeOffset = field("OrderPriceType", CType.CHAR);
    private final int directionOffset = field("Direction", CType.CHAR);
    private final int combOffsetFlagOffset = field("CombOffsetFlag", CType.CHAR_ARRAY);
    private final int combOffsetFlagLength = length("CombOffsetFlag");
    private final int combHedgeFlagOffset = field("CombHedgeFlag", CType.CHAR_ARRAY);
    private final int combHedgeFlagLength = length("CombHedgeFlag");
    private final int limitPriceOffset = field("LimitPrice", CType.DOUBLE);
    private final int volumeTotalOriginalOffset = field("VolumeTotalOriginal", CType.INT);
    private final int timeConditionOffset = field("TimeCondition", CType.CHAR);
    private final int gtdDateOffset = field("GTDDate", CType.CHAR_ARRAY);
    private final int gtdDateLength = length("GTDDate");
    private final int volumeConditionOffset = field("VolumeCondition", CType.CHAR);
    private final int minVolumeOffset = field("MinVolume", CType.INT);
    private final int contingentConditionOffset = field("ContingentCondition", CType.CHAR);
    private final int stopPriceOffset = field("StopPrice", CType.DOUBLE);
    private final int forceCloseReasonOffset = field("ForceCloseReason", CType.CHAR);
    private final int isAutoSuspendOffset = field("IsAutoSuspend", CType.INT);
    private final int businessUnitOffset = field("BusinessUnit", CType.CHAR_ARRAY);
    private final int businessUnitLength = length("BusinessUnit");
    private final int requestIdOffset = field("RequestID", CType.INT);
    private final int userForceCloseOffset = field("UserForceClose", CType.INT);
    private final int isSwapOrderOffset = field("IsSwapOrder", CType.INT);
    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int investUnitIdOffset = field("InvestUnitID", CType.CHAR_ARRAY);
    private final int investUnitIdLength = length("InvestUnitID");
    private final int accountIdOffset = field("AccountID", CType.CHAR_ARRAY);
    private final int accountIdLength = length("AccountID");
    private final int currencyIdOffset = field("CurrencyID", CType.CHAR_ARRAY);
    private final int currencyIdLength = length("CurrencyID");
    private final int clientIdOffset = field("ClientID", CType.CHAR_ARRAY);
    private final int clientIdLength = length("ClientID");
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
     * Binds to {@code profile}'s layout of {@code CThostFtdcInputOrderField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public InputOrderFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public InputOrderFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public InputOrderFlyweight clear()
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
    public InputOrderFlyweight brokerId(final CharSequence value)
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
    public InputOrderFlyweight investorId(final CharSequence value)
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
    public InputOrderFlyweight orderRef(final CharSequence value)
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
    public InputOrderFlyweight userId(final CharSequence value)
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
     * How the price is set ({@link OrderPriceType}), usually {@link OrderPriceType#LIMIT_PRICE}.
     * CTP field {@code OrderPriceType}, char.
     */
    public byte orderPriceType()
    {
        return buffer.getByte(offset + orderPriceTypeOffset);
    }

    /**
     * Writes {@code OrderPriceType}: how the price is set ({@link OrderPriceType}), usually
     * {@link OrderPriceType#LIMIT_PRICE}.
     *
     * @return this
     */
    public InputOrderFlyweight orderPriceType(final byte value)
    {
        writable().putByte(offset + orderPriceTypeOffset, value);
        return this;
    }

    /** Buy or sell ({@link Direction}).
CTP field {@code Direction}, char. */
    public byte direction()
    {
        return buffer.getByte(offset + directionOffset);
    }

    /** Writes {@code Direction}: buy or sell ({@link Direction}).
@return this */
    public InputOrderFlyweight direction(final byte value)
    {
        writable().putByte(offset + directionOffset, value);
        return this;
    }

    /**
     * Open/close flag per leg ({@link OffsetFlag} chars): char 0 for a single instrument, chars 0 and 1 for the legs
     * of a combination.
     * CTP field {@code CombOffsetFlag}, char[5]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapCombOffsetFlag} or {@link #combOffsetFlagEquals}.
     */
    public String combOffsetFlag()
    {
        return getText(combOffsetFlagOffset, combOffsetFlagLength);
    }

    /**
     * Writes {@code CombOffsetFlag}: open/close flag per leg ({@link OffsetFlag} chars): char 0 for a single
     * instrument, chars 0 and 1 for the legs of a combination.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 4 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderFlyweight combOffsetFlag(final CharSequence value)
    {
        putText(combOffsetFlagOffset, combOffsetFlagLength, "CombOffsetFlag", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #combOffsetFlag()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapCombOffsetFlag(final AsciiSequenceView view)
    {
        return wrapText(combOffsetFlagOffset, combOffsetFlagLength, view);
    }

    /** Whether {@link #combOffsetFlag()} equals {@code value}, without allocating (for ASCII values). */
    public boolean combOffsetFlagEquals(final CharSequence value)
    {
        return textEquals(combOffsetFlagOffset, combOffsetFlagLength, value);
    }

    /**
     * Speculation/hedge flag per leg ({@link HedgeFlag} chars): char 0 for a single instrument, chars 0 and 1 for the
     * legs of a combination.
     * CTP field {@code CombHedgeFlag}, char[5]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapCombHedgeFlag} or {@link #combHedgeFlagEquals}.
     */
    public String combHedgeFlag()
    {
        return getText(combHedgeFlagOffset, combHedgeFlagLength);
    }

    /**
     * Writes {@code CombHedgeFlag}: speculation/hedge flag per leg ({@link HedgeFlag} chars): char 0 for a single
     * instrument, chars 0 and 1 for the legs of a combination.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 4 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderFlyweight combHedgeFlag(final CharSequence value)
    {
        putText(combHedgeFlagOffset, combHedgeFlagLength, "CombHedgeFlag", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #combHedgeFlag()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapCombHedgeFlag(final AsciiSequenceView view)
    {
        return wrapText(combHedgeFlagOffset, combHedgeFlagLength, view);
    }

    /** Whether {@link #combHedgeFlag()} equals {@code value}, without allocating (for ASCII values). */
    public boolean combHedgeFlagEquals(final CharSequence value)
    {
        return textEquals(combHedgeFlagOffset, combHedgeFlagLength, value);
    }

    /**
     * Limit price, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot); 0 for market
     * orders.
     * CTP field {@code LimitPrice}, double.
     */
    public double limitPrice()
    {
        return buffer.getDouble(offset + limitPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code LimitPrice}: limit price, yuan per unit of quotation (multiply by VolumeMultiple for the value of
     * one lot); 0 for market orders.
     *
     * @return this
     */
    public InputOrderFlyweight limitPrice(final double value)
    {
        writable().putDouble(offset + limitPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Original order volume, in lots.
CTP field {@code VolumeTotalOriginal}, int. */
    public int volumeTotalOriginal()
    {
        return buffer.getInt(offset + volumeTotalOriginalOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code VolumeTotalOriginal}: original order volume, in lots.
@return this */
    public InputOrderFlyweight volumeTotalOriginal(final int value)
    {
        writable().putInt(offset + volumeTotalOriginalOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * How long the order stays valid ({@link TimeCondition}): GFD for a normal limit order, IOC for FAK/FOK.
     * CTP field {@code TimeCondition}, char.
     */
    public byte timeCondition()
    {
        return buffer.getByte(offset + timeConditionOffset);
    }

    /**
     * Writes {@code TimeCondition}: how long the order stays valid ({@link TimeCondition}): GFD for a normal limit
     * order, IOC for FAK/FOK.
     *
     * @return this
     */
    public InputOrderFlyweight timeCondition(final byte value)
    {
        writable().putByte(offset + timeConditionOffset, value);
        return this;
    }

    /**
     * Last day of a good-till-date order, {@code yyyyMMdd}; empty otherwise.
     * CTP field {@code GTDDate}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapGtdDate} or {@link #gtdDateEquals}.
     */
    public String gtdDate()
    {
        return getText(gtdDateOffset, gtdDateLength);
    }

    /**
     * Writes {@code GTDDate}: last day of a good-till-date order, {@code yyyyMMdd}; empty otherwise.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderFlyweight gtdDate(final CharSequence value)
    {
        putText(gtdDateOffset, gtdDateLength, "GTDDate", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #gtdDate()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapGtdDate(final AsciiSequenceView view)
    {
        return wrapText(gtdDateOffset, gtdDateLength, view);
    }

    /** Whether {@link #gtdDate()} equals {@code value}, without allocating (for ASCII values). */
    public boolean gtdDateEquals(final CharSequence value)
    {
        return textEquals(gtdDateOffset, gtdDateLength, value);
    }

    /**
     * Volume condition ({@link VolumeCondition}): any volume, a minimum, or all (FOK).
     * CTP field {@code VolumeCondition}, char.
     */
    public byte volumeCondition()
    {
        return buffer.getByte(offset + volumeConditionOffset);
    }

    /**
     * Writes {@code VolumeCondition}: volume condition ({@link VolumeCondition}): any volume, a minimum, or all (FOK).
     *
     * @return this
     */
    public InputOrderFlyweight volumeCondition(final byte value)
    {
        writable().putByte(offset + volumeConditionOffset, value);
        return this;
    }

    /**
     * Minimum volume in lots, when VolumeCondition is {@link VolumeCondition#MINIMUM}.
     * CTP field {@code MinVolume}, int.
     */
    public int minVolume()
    {
        return buffer.getInt(offset + minVolumeOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code MinVolume}: minimum volume in lots, when VolumeCondition is {@link VolumeCondition#MINIMUM}.
     *
     * @return this
     */
    public InputOrderFlyweight minVolume(final int value)
    {
        writable().putInt(offset + minVolumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * When the order becomes active ({@link ContingentCondition}): {@link ContingentCondition#IMMEDIATELY} for
     * exchange orders.
     * CTP field {@code ContingentCondition}, char.
     */
    public byte contingentCondition()
    {
        return buffer.getByte(offset + contingentConditionOffset);
    }

    /**
     * Writes {@code ContingentCondition}: when the order becomes active ({@link ContingentCondition}):
     * {@link ContingentCondition#IMMEDIATELY} for exchange orders.
     *
     * @return this
     */
    public InputOrderFlyweight contingentCondition(final byte value)
    {
        writable().putByte(offset + contingentConditionOffset, value);
        return this;
    }

    /**
     * Stop (trigger) price for conditional orders, yuan per unit of quotation (multiply by VolumeMultiple for the
     * value of one lot).
     * CTP field {@code StopPrice}, double.
     */
    public double stopPrice()
    {
        return buffer.getDouble(offset + stopPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code StopPrice}: stop (trigger) price for conditional orders, yuan per unit of quotation (multiply by
     * VolumeMultiple for the value of one lot).
     *
     * @return this
     */
    public InputOrderFlyweight stopPrice(final double value)
    {
        writable().putDouble(offset + stopPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Why this is a forced close ({@link ForceCloseReason}); {@link ForceCloseReason#NOT_FORCE_CLOSE} for a strategy's
     * orders.
     * CTP field {@code ForceCloseReason}, char.
     */
    public byte forceCloseReason()
    {
        return buffer.getByte(offset + forceCloseReasonOffset);
    }

    /**
     * Writes {@code ForceCloseReason}: why this is a forced close ({@link ForceCloseReason});
     * {@link ForceCloseReason#NOT_FORCE_CLOSE} for a strategy's orders.
     *
     * @return this
     */
    public InputOrderFlyweight forceCloseReason(final byte value)
    {
        writable().putByte(offset + forceCloseReasonOffset, value);
        return this;
    }

    /** Whether the order is suspended automatically (boolean as int, 0 or 1).
CTP field {@code IsAutoSuspend}, int. */
    public int isAutoSuspend()
    {
        return buffer.getInt(offset + isAutoSuspendOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code IsAutoSuspend}: whether the order is suspended automatically (boolean as int, 0 or 1).
     *
     * @return this
     */
    public InputOrderFlyweight isAutoSuspend(final int value)
    {
        writable().putInt(offset + isAutoSuspendOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Business unit, free text chosen by the client and echoed back; ASCII.
     * CTP field {@code BusinessUnit}, char[21]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapBusinessUnit} or {@link #businessUnitEquals}.
     */
    public String businessUnit()
    {
        return getText(businessUnitOffset, businessUnitLength);
    }

    /**
     * Writes {@code BusinessUnit}: business unit, free text chosen by the client and echoed back; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 20 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderFlyweight businessUnit(final CharSequence value)
    {
        putText(businessUnitOffset, businessUnitLength, "BusinessUnit", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #businessUnit()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapBusinessUnit(final AsciiSequenceView view)
    {
        return wrapText(businessUnitOffset, businessUnitLength, view);
    }

    /** Whether {@link #businessUnit()} equals {@code value}, without allocating (for ASCII values). */
    public boolean businessUnitEquals(final CharSequence value)
    {
        return textEquals(businessUnitOffset, businessUnitLength, value);
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
    public InputOrderFlyweight requestId(final int value)
    {
        writable().putInt(offset + requestIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Whether the user forces the close (boolean as int, 0 or 1).
CTP field {@code UserForceClose}, int. */
    public int userForceClose()
    {
        return buffer.getInt(offset + userForceCloseOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code UserForceClose}: whether the user forces the close (boolean as int, 0 or 1).
@return this */
    public InputOrderFlyweight userForceClose(final int value)
    {
        writable().putInt(offset + userForceCloseOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Whether this is a swap order (boolean as int, 0 or 1).
CTP field {@code IsSwapOrder}, int. */
    public int isSwapOrder()
    {
        return buffer.getInt(offset + isSwapOrderOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code IsSwapOrder}: whether this is a swap order (boolean as int, 0 or 1).
@return this */
    public InputOrderFlyweight isSwapOrder(final int value)
    {
        writable().putInt(offset + isSwapOrderOffset, value, LITTLE_ENDIAN);
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
    public InputOrderFlyweight exchangeId(final CharSequence value)
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
    public InputOrderFlyweight investUnitId(final CharSequence value)
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
     * Fund account; usually equal to InvestorID; ASCII.
     * CTP field {@code AccountID}, char[13]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapAccountId} or {@link #accountIdEquals}.
     */
    public String accountId()
    {
        return getText(accountIdOffset, accountIdLength);
    }

    /**
     * Writes {@code AccountID}: fund account; usually equal to InvestorID; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 12 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderFlyweight accountId(final CharSequence value)
    {
        putText(accountIdOffset, accountIdLength, "AccountID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #accountId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapAccountId(final AsciiSequenceView view)
    {
        return wrapText(accountIdOffset, accountIdLength, view);
    }

    /** Whether {@link #accountId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean accountIdEquals(final CharSequence value)
    {
        return textEquals(accountIdOffset, accountIdLength, value);
    }

    /**
     * Currency code, e.g. {@code CNY}; ASCII.
     * CTP field {@code CurrencyID}, char[4]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapCurrencyId} or {@link #currencyIdEquals}.
     */
    public String currencyId()
    {
        return getText(currencyIdOffset, currencyIdLength);
    }

    /**
     * Writes {@code CurrencyID}: currency code, e.g. {@code CNY}; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 3 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderFlyweight currencyId(final CharSequence value)
    {
        putText(currencyIdOffset, currencyIdLength, "CurrencyID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #currencyId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapCurrencyId(final AsciiSequenceView view)
    {
        return wrapText(currencyIdOffset, currencyIdLength, view);
    }

    /** Whether {@link #currencyId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean currencyIdEquals(final CharSequence value)
    {
        return textEquals(currencyIdOffset, currencyIdLength, value);
    }

    /**
     * Trading code (client ID) at the exchange; ASCII.
     * CTP field {@code ClientID}, char[11]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapClientId} or {@link #clientIdEquals}.
     */
    public String clientId()
    {
        return getText(clientIdOffset, clientIdLength);
    }

    /**
     * Writes {@code ClientID}: trading code (client ID) at the exchange; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 10 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InputOrderFlyweight clientId(final CharSequence value)
    {
        putText(clientIdOffset, clientIdLength, "ClientID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #clientId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapClientId(final AsciiSequenceView view)
    {
        return wrapText(clientIdOffset, clientIdLength, view);
    }

    /** Whether {@link #clientId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean clientIdEquals(final CharSequence value)
    {
        return textEquals(clientIdOffset, clientIdLength, value);
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
    public InputOrderFlyweight macAddress(final CharSequence value)
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
    public InputOrderFlyweight instrumentId(final CharSequence value)
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
    public InputOrderFlyweight ipAddress(final CharSequence value)
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

    /** Whether the bound profile's {@code CThostFtdcInputOrderField} has {@code OrderMemo} (6.7.x and later). */
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
    public InputOrderFlyweight orderMemo(final CharSequence value)
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

    /** Whether the bound profile's {@code CThostFtdcInputOrderField} has {@code SessionReqSeq} (6.7.x and later). */
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
    public InputOrderFlyweight sessionReqSeq(final int value)
    {
        writable().putInt(offset + present(sessionReqSeqOffset, "SessionReqSeq"), value, LITTLE_ENDIAN);
        return this;
    }


    /**
     * Writes a single-leg {@code CombOffsetFlag}: {@code flag} followed by NUL, allocation-free.
     *
     * @param flag a {@link OffsetFlag} code
     * @return this
     */
    public InputOrderFlyweight combOffsetFlag(final byte flag)
    {
        final MutableDirectBuffer out = writable();
        final int index = offset + combOffsetFlagOffset;
        out.setMemory(index, combOffsetFlagLength, (byte)0);
        out.putByte(index, flag);
        return this;
    }

    /**
     * The {@link OffsetFlag} code of one leg of {@code CombOffsetFlag}: leg 0 for a single instrument, NUL when unset.
     *
     * @param leg 0-based, less than the field's length
     */
    public byte combOffsetFlagAt(final int leg)
    {
        if (leg < 0 || leg >= combOffsetFlagLength)
        {
            throw new IndexOutOfBoundsException("CombOffsetFlag leg " + leg + " of char[" + combOffsetFlagLength + "]");
        }
        return buffer.getByte(offset + combOffsetFlagOffset + leg);
    }

    /**
     * Writes a single-leg {@code CombHedgeFlag}: {@code flag} followed by NUL, allocation-free.
     *
     * @param flag a {@link HedgeFlag} code
     * @return this
     */
    public InputOrderFlyweight combHedgeFlag(final byte flag)
    {
        final MutableDirectBuffer out = writable();
        final int index = offset + combHedgeFlagOffset;
        out.setMemory(index, combHedgeFlagLength, (byte)0);
        out.putByte(index, flag);
        return this;
    }

    /**
     * The {@link HedgeFlag} code of one leg of {@code CombHedgeFlag}: leg 0 for a single instrument, NUL when unset.
     *
     * @param leg 0-based, less than the field's length
     */
    public byte combHedgeFlagAt(final int leg)
    {
        if (leg < 0 || leg >= combHedgeFlagLength)
        {
            throw new IndexOutOfBoundsException("CombHedgeFlag leg " + leg + " of char[" + combHedgeFlagLength + "]");
        }
        return buffer.getByte(offset + combHedgeFlagOffset + leg);
    }
}
