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
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.codes.OrderSubmitStatus;
import org.ctpengine.adapter.codes.TimeCondition;
import org.ctpengine.adapter.codes.VolumeCondition;

/**
 * View over {@code CThostFtdcOrderField}. The state of an order, pushed in {@code OnRtnOrder} on every change and
 * returned by {@code ReqQryOrder}.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Fields absent before 6.7.x
 * (6.6.1_P1 lacks them): {@code OrderMemo}, {@code SessionReqSeq}; each has a {@code hasX()}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class OrderFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcOrderField";

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
    private final int orderLocalIdOffset = field("OrderLocalID", CType.CHAR_ARRAY);
    private final int orderLocalIdLength = length("OrderLocalID");
    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int participantIdOffset = field("ParticipantID", CType.CHAR_ARRAY);
    private final int participantIdLength = length("ParticipantID");
    private final int clientIdOffset = field("ClientID", CType.CHAR_ARRAY);
    private final int clientIdLength = length("ClientID");
    private final int traderIdOffset = field("TraderID", CType.CHAR_ARRAY);
    private final int traderIdLength = length("TraderID");
    private final int installIdOffset = field("InstallID", CType.INT);
    private final int orderSubmitStatusOffset = field("OrderSubmitStatus", CType.CHAR);
    private final int notifySequenceOffset = field("NotifySequence", CType.INT);
    private final int tradingDayOffset = field("TradingDay", CType.CHAR_ARRAY);
    private final int tradingDayLength = length("TradingDay");
    private final int settlementIdOffset = field("SettlementID", CType.INT);
    private final int orderSysIdOffset = field("OrderSysID", CType.CHAR_ARRAY);
    private final int orderSysIdLength = length("OrderSysID");
    private final int orderSourceOffset = field("OrderSource", CType.CHAR);
    private final int orderStatusOffset = field("OrderStatus", CType.CHAR);
    private final int orderTypeOffset = field("OrderType", CType.CHAR);
    private final int volumeTradedOffset = field("VolumeTraded", CType.INT);
    private final int volumeTotalOffset = field("VolumeTotal", CType.INT);
    private final int insertDateOffset = field("InsertDate", CType.CHAR_ARRAY);
    private final int insertDateLength = length("InsertDate");
    private final int insertTimeOffset = field("InsertTime", CType.CHAR_ARRAY);
    private final int insertTimeLength = length("InsertTime");
    private final int activeTimeOffset = field("ActiveTime", CType.CHAR_ARRAY);
    private final int activeTimeLength = length("ActiveTime");
    private final int suspendTimeOffset = field("SuspendTime", CType.CHAR_ARRAY);
    private final int suspendTimeLength = length("SuspendTime");
    private final int updateTimeOffset = field("UpdateTime", CType.CHAR_ARRAY);
    private final int updateTimeLength = length("UpdateTime");
    private final int cancelTimeOffset = field("CancelTime", CType.CHAR_ARRAY);
    private final int cancelTimeLength = length("CancelTime");
    private final int activeTraderIdOffset = field("ActiveTraderID", CType.CHAR_ARRAY);
    private final int activeTraderIdLength = length("ActiveTraderID");
    private final int clearingPartIdOffset = field("ClearingPartID", CType.CHAR_ARRAY);
    private final int clearingPartIdLength = length("ClearingPartID");
    private final int sequenceNoOffset = field("SequenceNo", CType.INT);
    private final int frontIdOffset = field("FrontID", CType.INT);
    private final int sessionIdOffset = field("SessionID", CType.INT);
    private final int userProductInfoOffset = field("UserProductInfo", CType.CHAR_ARRAY);
    private final int userProductInfoLength = length("UserProductInfo");
    private final int statusMsgOffset = field("StatusMsg", CType.CHAR_ARRAY);
    private final int statusMsgLength = length("StatusMsg");
    private final int userForceCloseOffset = field("UserForceClose", CType.INT);
    private final int activeUserIdOffset = field("ActiveUserID", CType.CHAR_ARRAY);
    private final int activeUserIdLength = length("ActiveUserID");
    private final int brokerOrderSeqOffset = field("BrokerOrderSeq", CType.INT);
    private final int relativeOrderSysIdOffset = field("RelativeOrderSysID", CType.CHAR_ARRAY);
    private final int relativeOrderSysIdLength = length("RelativeOrderSysID");
    private final int zceTotalTradedVolumeOffset = field("ZCETotalTradedVolume", CType.INT);
    private final int isSwapOrderOffset = field("IsSwapOrder", CType.INT);
    private final int branchIdOffset = field("BranchID", CType.CHAR_ARRAY);
    private final int branchIdLength = length("BranchID");
    private final int investUnitIdOffset = field("InvestUnitID", CType.CHAR_ARRAY);
    private final int investUnitIdLength = length("InvestUnitID");
    private final int accountIdOffset = field("AccountID", CType.CHAR_ARRAY);
    private final int accountIdLength = length("AccountID");
    private final int currencyIdOffset = field("CurrencyID", CType.CHAR_ARRAY);
    private final int currencyIdLength = length("CurrencyID");
    private final int macAddressOffset = field("MacAddress", CType.CHAR_ARRAY);
    private final int macAddressLength = length("MacAddress");
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");
    private final int exchangeInstIdOffset = field("ExchangeInstID", CType.CHAR_ARRAY);
    private final int exchangeInstIdLength = length("ExchangeInstID");
    private final int ipAddressOffset = field("IPAddress", CType.CHAR_ARRAY);
    private final int ipAddressLength = length("IPAddress");
    private final int orderMemoOffset = optionalField("OrderMemo", CType.CHAR_ARRAY);
    private final int orderMemoLength = length("OrderMemo");
    private final int sessionReqSeqOffset = optionalField("SessionReqSeq", CType.INT);

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcOrderField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public OrderFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public OrderFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public OrderFlyweight clear()
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
    public OrderFlyweight brokerId(final CharSequence value)
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
    public OrderFlyweight investorId(final CharSequence value)
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
    public OrderFlyweight orderRef(final CharSequence value)
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
    public OrderFlyweight userId(final CharSequence value)
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
    public OrderFlyweight orderPriceType(final byte value)
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
    public OrderFlyweight direction(final byte value)
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
    public OrderFlyweight combOffsetFlag(final CharSequence value)
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
    public OrderFlyweight combHedgeFlag(final CharSequence value)
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
    public OrderFlyweight limitPrice(final double value)
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
    public OrderFlyweight volumeTotalOriginal(final int value)
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
    public OrderFlyweight timeCondition(final byte value)
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
    public OrderFlyweight gtdDate(final CharSequence value)
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
    public OrderFlyweight volumeCondition(final byte value)
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
    public OrderFlyweight minVolume(final int value)
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
    public OrderFlyweight contingentCondition(final byte value)
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
    public OrderFlyweight stopPrice(final double value)
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
    public OrderFlyweight forceCloseReason(final byte value)
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
    public OrderFlyweight isAutoSuspend(final int value)
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
    public OrderFlyweight businessUnit(final CharSequence value)
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
    public OrderFlyweight requestId(final int value)
    {
        writable().putInt(offset + requestIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Local order number given by the counter to the exchange.
     * CTP field {@code OrderLocalID}, char[13]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapOrderLocalId} or {@link #orderLocalIdEquals}.
     */
    public String orderLocalId()
    {
        return getText(orderLocalIdOffset, orderLocalIdLength);
    }

    /**
     * Writes {@code OrderLocalID}: local order number given by the counter to the exchange.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 12 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight orderLocalId(final CharSequence value)
    {
        putText(orderLocalIdOffset, orderLocalIdLength, "OrderLocalID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #orderLocalId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapOrderLocalId(final AsciiSequenceView view)
    {
        return wrapText(orderLocalIdOffset, orderLocalIdLength, view);
    }

    /** Whether {@link #orderLocalId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean orderLocalIdEquals(final CharSequence value)
    {
        return textEquals(orderLocalIdOffset, orderLocalIdLength, value);
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
    public OrderFlyweight exchangeId(final CharSequence value)
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
     * Exchange member (participant) code of the broker; ASCII.
     * CTP field {@code ParticipantID}, char[11]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapParticipantId} or {@link #participantIdEquals}.
     */
    public String participantId()
    {
        return getText(participantIdOffset, participantIdLength);
    }

    /**
     * Writes {@code ParticipantID}: exchange member (participant) code of the broker; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 10 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight participantId(final CharSequence value)
    {
        putText(participantIdOffset, participantIdLength, "ParticipantID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #participantId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapParticipantId(final AsciiSequenceView view)
    {
        return wrapText(participantIdOffset, participantIdLength, view);
    }

    /** Whether {@link #participantId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean participantIdEquals(final CharSequence value)
    {
        return textEquals(participantIdOffset, participantIdLength, value);
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
    public OrderFlyweight clientId(final CharSequence value)
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
     * Exchange trader (seat) code through which the order went; ASCII.
     * CTP field {@code TraderID}, char[21]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapTraderId} or {@link #traderIdEquals}.
     */
    public String traderId()
    {
        return getText(traderIdOffset, traderIdLength);
    }

    /**
     * Writes {@code TraderID}: exchange trader (seat) code through which the order went; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 20 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight traderId(final CharSequence value)
    {
        putText(traderIdOffset, traderIdLength, "TraderID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #traderId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapTraderId(final AsciiSequenceView view)
    {
        return wrapText(traderIdOffset, traderIdLength, view);
    }

    /** Whether {@link #traderId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean traderIdEquals(final CharSequence value)
    {
        return textEquals(traderIdOffset, traderIdLength, value);
    }

    /** Installation number of the exchange trader (seat).
CTP field {@code InstallID}, int. */
    public int installId()
    {
        return buffer.getInt(offset + installIdOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code InstallID}: installation number of the exchange trader (seat).
@return this */
    public OrderFlyweight installId(final int value)
    {
        writable().putInt(offset + installIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Progress of the latest submission to the exchange ({@link OrderSubmitStatus}).
     * CTP field {@code OrderSubmitStatus}, char.
     */
    public byte orderSubmitStatus()
    {
        return buffer.getByte(offset + orderSubmitStatusOffset);
    }

    /**
     * Writes {@code OrderSubmitStatus}: progress of the latest submission to the exchange ({@link OrderSubmitStatus}).
     *
     * @return this
     */
    public OrderFlyweight orderSubmitStatus(final byte value)
    {
        writable().putByte(offset + orderSubmitStatusOffset, value);
        return this;
    }

    /** Sequence number of the status notification for this order.
CTP field {@code NotifySequence}, int. */
    public int notifySequence()
    {
        return buffer.getInt(offset + notifySequenceOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code NotifySequence}: sequence number of the status notification for this order.
@return this */
    public OrderFlyweight notifySequence(final int value)
    {
        writable().putInt(offset + notifySequenceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Trading day as {@code yyyyMMdd}; during the night session it is the next trading day.
     * CTP field {@code TradingDay}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapTradingDay} or {@link #tradingDayEquals}.
     */
    public String tradingDay()
    {
        return getText(tradingDayOffset, tradingDayLength);
    }

    /**
     * Writes {@code TradingDay}: trading day as {@code yyyyMMdd}; during the night session it is the next trading day.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight tradingDay(final CharSequence value)
    {
        putText(tradingDayOffset, tradingDayLength, "TradingDay", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #tradingDay()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapTradingDay(final AsciiSequenceView view)
    {
        return wrapText(tradingDayOffset, tradingDayLength, view);
    }

    /** Whether {@link #tradingDay()} equals {@code value}, without allocating (for ASCII values). */
    public boolean tradingDayEquals(final CharSequence value)
    {
        return textEquals(tradingDayOffset, tradingDayLength, value);
    }

    /** Settlement number within the trading day.
CTP field {@code SettlementID}, int. */
    public int settlementId()
    {
        return buffer.getInt(offset + settlementIdOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SettlementID}: settlement number within the trading day.
@return this */
    public OrderFlyweight settlementId(final int value)
    {
        writable().putInt(offset + settlementIdOffset, value, LITTLE_ENDIAN);
        return this;
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
    public OrderFlyweight orderSysId(final CharSequence value)
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
     * Who entered the order: {@code THOST_FTDC_OSRC_*} ('0' participant, '1' administrator).
     * CTP field {@code OrderSource}, char.
     */
    public byte orderSource()
    {
        return buffer.getByte(offset + orderSourceOffset);
    }

    /**
     * Writes {@code OrderSource}: who entered the order: {@code THOST_FTDC_OSRC_*} ('0' participant, '1'
     * administrator).
     *
     * @return this
     */
    public OrderFlyweight orderSource(final byte value)
    {
        writable().putByte(offset + orderSourceOffset, value);
        return this;
    }

    /** Where the order is in its life ({@link OrderStatus}).
CTP field {@code OrderStatus}, char. */
    public byte orderStatus()
    {
        return buffer.getByte(offset + orderStatusOffset);
    }

    /** Writes {@code OrderStatus}: where the order is in its life ({@link OrderStatus}).
@return this */
    public OrderFlyweight orderStatus(final byte value)
    {
        writable().putByte(offset + orderStatusOffset, value);
        return this;
    }

    /** Kind of order: {@code THOST_FTDC_ORDT_*} ('0' normal).
CTP field {@code OrderType}, char. */
    public byte orderType()
    {
        return buffer.getByte(offset + orderTypeOffset);
    }

    /** Writes {@code OrderType}: kind of order: {@code THOST_FTDC_ORDT_*} ('0' normal).
@return this */
    public OrderFlyweight orderType(final byte value)
    {
        writable().putByte(offset + orderTypeOffset, value);
        return this;
    }

    /** Volume traded so far, in lots.
CTP field {@code VolumeTraded}, int. */
    public int volumeTraded()
    {
        return buffer.getInt(offset + volumeTradedOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code VolumeTraded}: volume traded so far, in lots.
@return this */
    public OrderFlyweight volumeTraded(final int value)
    {
        writable().putInt(offset + volumeTradedOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Volume still in the book (remaining), in lots.
CTP field {@code VolumeTotal}, int. */
    public int volumeTotal()
    {
        return buffer.getInt(offset + volumeTotalOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code VolumeTotal}: volume still in the book (remaining), in lots.
@return this */
    public OrderFlyweight volumeTotal(final int value)
    {
        writable().putInt(offset + volumeTotalOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Date the order was inserted, {@code yyyyMMdd}.
     * CTP field {@code InsertDate}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapInsertDate} or {@link #insertDateEquals}.
     */
    public String insertDate()
    {
        return getText(insertDateOffset, insertDateLength);
    }

    /**
     * Writes {@code InsertDate}: date the order was inserted, {@code yyyyMMdd}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight insertDate(final CharSequence value)
    {
        putText(insertDateOffset, insertDateLength, "InsertDate", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #insertDate()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapInsertDate(final AsciiSequenceView view)
    {
        return wrapText(insertDateOffset, insertDateLength, view);
    }

    /** Whether {@link #insertDate()} equals {@code value}, without allocating (for ASCII values). */
    public boolean insertDateEquals(final CharSequence value)
    {
        return textEquals(insertDateOffset, insertDateLength, value);
    }

    /**
     * Time the order was inserted, {@code HH:mm:ss}.
     * CTP field {@code InsertTime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapInsertTime} or {@link #insertTimeEquals}.
     */
    public String insertTime()
    {
        return getText(insertTimeOffset, insertTimeLength);
    }

    /**
     * Writes {@code InsertTime}: time the order was inserted, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight insertTime(final CharSequence value)
    {
        putText(insertTimeOffset, insertTimeLength, "InsertTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #insertTime()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapInsertTime(final AsciiSequenceView view)
    {
        return wrapText(insertTimeOffset, insertTimeLength, view);
    }

    /** Whether {@link #insertTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean insertTimeEquals(final CharSequence value)
    {
        return textEquals(insertTimeOffset, insertTimeLength, value);
    }

    /**
     * Time the order was activated (conditional orders), {@code HH:mm:ss}.
     * CTP field {@code ActiveTime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapActiveTime} or {@link #activeTimeEquals}.
     */
    public String activeTime()
    {
        return getText(activeTimeOffset, activeTimeLength);
    }

    /**
     * Writes {@code ActiveTime}: time the order was activated (conditional orders), {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight activeTime(final CharSequence value)
    {
        putText(activeTimeOffset, activeTimeLength, "ActiveTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #activeTime()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapActiveTime(final AsciiSequenceView view)
    {
        return wrapText(activeTimeOffset, activeTimeLength, view);
    }

    /** Whether {@link #activeTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean activeTimeEquals(final CharSequence value)
    {
        return textEquals(activeTimeOffset, activeTimeLength, value);
    }

    /**
     * Time the order was suspended, {@code HH:mm:ss}.
     * CTP field {@code SuspendTime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapSuspendTime} or {@link #suspendTimeEquals}.
     */
    public String suspendTime()
    {
        return getText(suspendTimeOffset, suspendTimeLength);
    }

    /**
     * Writes {@code SuspendTime}: time the order was suspended, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight suspendTime(final CharSequence value)
    {
        putText(suspendTimeOffset, suspendTimeLength, "SuspendTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #suspendTime()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapSuspendTime(final AsciiSequenceView view)
    {
        return wrapText(suspendTimeOffset, suspendTimeLength, view);
    }

    /** Whether {@link #suspendTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean suspendTimeEquals(final CharSequence value)
    {
        return textEquals(suspendTimeOffset, suspendTimeLength, value);
    }

    /**
     * Exchange time of the last update as {@code HH:mm:ss}.
     * CTP field {@code UpdateTime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapUpdateTime} or {@link #updateTimeEquals}.
     */
    public String updateTime()
    {
        return getText(updateTimeOffset, updateTimeLength);
    }

    /**
     * Writes {@code UpdateTime}: exchange time of the last update as {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight updateTime(final CharSequence value)
    {
        putText(updateTimeOffset, updateTimeLength, "UpdateTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #updateTime()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapUpdateTime(final AsciiSequenceView view)
    {
        return wrapText(updateTimeOffset, updateTimeLength, view);
    }

    /** Whether {@link #updateTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean updateTimeEquals(final CharSequence value)
    {
        return textEquals(updateTimeOffset, updateTimeLength, value);
    }

    /**
     * Time the order was cancelled, {@code HH:mm:ss}.
     * CTP field {@code CancelTime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapCancelTime} or {@link #cancelTimeEquals}.
     */
    public String cancelTime()
    {
        return getText(cancelTimeOffset, cancelTimeLength);
    }

    /**
     * Writes {@code CancelTime}: time the order was cancelled, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight cancelTime(final CharSequence value)
    {
        putText(cancelTimeOffset, cancelTimeLength, "CancelTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #cancelTime()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapCancelTime(final AsciiSequenceView view)
    {
        return wrapText(cancelTimeOffset, cancelTimeLength, view);
    }

    /** Whether {@link #cancelTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean cancelTimeEquals(final CharSequence value)
    {
        return textEquals(cancelTimeOffset, cancelTimeLength, value);
    }

    /**
     * Exchange trader code that last acted on the order; ASCII.
     * CTP field {@code ActiveTraderID}, char[21]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapActiveTraderId} or {@link #activeTraderIdEquals}.
     */
    public String activeTraderId()
    {
        return getText(activeTraderIdOffset, activeTraderIdLength);
    }

    /**
     * Writes {@code ActiveTraderID}: exchange trader code that last acted on the order; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 20 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight activeTraderId(final CharSequence value)
    {
        putText(activeTraderIdOffset, activeTraderIdLength, "ActiveTraderID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #activeTraderId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapActiveTraderId(final AsciiSequenceView view)
    {
        return wrapText(activeTraderIdOffset, activeTraderIdLength, view);
    }

    /** Whether {@link #activeTraderId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean activeTraderIdEquals(final CharSequence value)
    {
        return textEquals(activeTraderIdOffset, activeTraderIdLength, value);
    }

    /**
     * Clearing member code; ASCII.
     * CTP field {@code ClearingPartID}, char[11]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapClearingPartId} or {@link #clearingPartIdEquals}.
     */
    public String clearingPartId()
    {
        return getText(clearingPartIdOffset, clearingPartIdLength);
    }

    /**
     * Writes {@code ClearingPartID}: clearing member code; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 10 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight clearingPartId(final CharSequence value)
    {
        putText(clearingPartIdOffset, clearingPartIdLength, "ClearingPartID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #clearingPartId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapClearingPartId(final AsciiSequenceView view)
    {
        return wrapText(clearingPartIdOffset, clearingPartIdLength, view);
    }

    /** Whether {@link #clearingPartId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean clearingPartIdEquals(final CharSequence value)
    {
        return textEquals(clearingPartIdOffset, clearingPartIdLength, value);
    }

    /** Sequence number of the record at the exchange.
CTP field {@code SequenceNo}, int. */
    public int sequenceNo()
    {
        return buffer.getInt(offset + sequenceNoOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SequenceNo}: sequence number of the record at the exchange.
@return this */
    public OrderFlyweight sequenceNo(final int value)
    {
        writable().putInt(offset + sequenceNoOffset, value, LITTLE_ENDIAN);
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
    public OrderFlyweight frontId(final int value)
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
    public OrderFlyweight sessionId(final int value)
    {
        writable().putInt(offset + sessionIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Client product name reported by the client (free text); ASCII.
     * CTP field {@code UserProductInfo}, char[11]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapUserProductInfo} or {@link #userProductInfoEquals}.
     */
    public String userProductInfo()
    {
        return getText(userProductInfoOffset, userProductInfoLength);
    }

    /**
     * Writes {@code UserProductInfo}: client product name reported by the client (free text); ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 10 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight userProductInfo(final CharSequence value)
    {
        putText(userProductInfoOffset, userProductInfoLength, "UserProductInfo", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #userProductInfo()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapUserProductInfo(final AsciiSequenceView view)
    {
        return wrapText(userProductInfoOffset, userProductInfoLength, view);
    }

    /** Whether {@link #userProductInfo()} equals {@code value}, without allocating (for ASCII values). */
    public boolean userProductInfoEquals(final CharSequence value)
    {
        return textEquals(userProductInfoOffset, userProductInfoLength, value);
    }

    /**
     * Order status message, Chinese GB18030, e.g. {@code 全部成交} or the rejection reason.
     * CTP field {@code StatusMsg}, char[81]. Decodes GB18030; allocates.
     */
    public String statusMsg()
    {
        return getText(statusMsgOffset, statusMsgLength);
    }

    /**
     * Writes {@code StatusMsg}: order status message, Chinese GB18030, e.g. {@code 全部成交} or the rejection reason.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 80 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight statusMsg(final CharSequence value)
    {
        putText(statusMsgOffset, statusMsgLength, "StatusMsg", value);
        return this;
    }

    /**
     * Appends {@link #statusMsg()} to {@code destination}; allocation-free only when the text is ASCII.
     *
     * @return destination
     */
    public StringBuilder appendStatusMsg(final StringBuilder destination)
    {
        return appendText(statusMsgOffset, statusMsgLength, destination);
    }

    /** Whether the user forces the close (boolean as int, 0 or 1).
CTP field {@code UserForceClose}, int. */
    public int userForceClose()
    {
        return buffer.getInt(offset + userForceCloseOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code UserForceClose}: whether the user forces the close (boolean as int, 0 or 1).
@return this */
    public OrderFlyweight userForceClose(final int value)
    {
        writable().putInt(offset + userForceCloseOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * User who last acted on the order (e.g. who cancelled it).
     * CTP field {@code ActiveUserID}, char[16]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapActiveUserId} or {@link #activeUserIdEquals}.
     */
    public String activeUserId()
    {
        return getText(activeUserIdOffset, activeUserIdLength);
    }

    /**
     * Writes {@code ActiveUserID}: user who last acted on the order (e.g. who cancelled it).
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 15 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight activeUserId(final CharSequence value)
    {
        putText(activeUserIdOffset, activeUserIdLength, "ActiveUserID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #activeUserId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapActiveUserId(final AsciiSequenceView view)
    {
        return wrapText(activeUserIdOffset, activeUserIdLength, view);
    }

    /** Whether {@link #activeUserId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean activeUserIdEquals(final CharSequence value)
    {
        return textEquals(activeUserIdOffset, activeUserIdLength, value);
    }

    /** Broker-wide order sequence number.
CTP field {@code BrokerOrderSeq}, int. */
    public int brokerOrderSeq()
    {
        return buffer.getInt(offset + brokerOrderSeqOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code BrokerOrderSeq}: broker-wide order sequence number.
@return this */
    public OrderFlyweight brokerOrderSeq(final int value)
    {
        writable().putInt(offset + brokerOrderSeqOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Exchange order number of the related order (e.g. the conditional order that produced this one).
     * CTP field {@code RelativeOrderSysID}, char[21]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapRelativeOrderSysId} or {@link #relativeOrderSysIdEquals}.
     */
    public String relativeOrderSysId()
    {
        return getText(relativeOrderSysIdOffset, relativeOrderSysIdLength);
    }

    /**
     * Writes {@code RelativeOrderSysID}: exchange order number of the related order (e.g. the conditional order that
     * produced this one).
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 20 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight relativeOrderSysId(final CharSequence value)
    {
        putText(relativeOrderSysIdOffset, relativeOrderSysIdLength, "RelativeOrderSysID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #relativeOrderSysId()} in the buffer, without copying or allocating; valid until
     * the buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapRelativeOrderSysId(final AsciiSequenceView view)
    {
        return wrapText(relativeOrderSysIdOffset, relativeOrderSysIdLength, view);
    }

    /** Whether {@link #relativeOrderSysId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean relativeOrderSysIdEquals(final CharSequence value)
    {
        return textEquals(relativeOrderSysIdOffset, relativeOrderSysIdLength, value);
    }

    /** CZCE: total traded volume of a combination order, in lots.
CTP field {@code ZCETotalTradedVolume}, int. */
    public int zceTotalTradedVolume()
    {
        return buffer.getInt(offset + zceTotalTradedVolumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code ZCETotalTradedVolume}: cZCE: total traded volume of a combination order, in lots.
@return this */
    public OrderFlyweight zceTotalTradedVolume(final int value)
    {
        writable().putInt(offset + zceTotalTradedVolumeOffset, value, LITTLE_ENDIAN);
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
    public OrderFlyweight isSwapOrder(final int value)
    {
        writable().putInt(offset + isSwapOrderOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Broker branch code; ASCII.
     * CTP field {@code BranchID}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapBranchId} or {@link #branchIdEquals}.
     */
    public String branchId()
    {
        return getText(branchIdOffset, branchIdLength);
    }

    /**
     * Writes {@code BranchID}: broker branch code; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight branchId(final CharSequence value)
    {
        putText(branchIdOffset, branchIdLength, "BranchID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #branchId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapBranchId(final AsciiSequenceView view)
    {
        return wrapText(branchIdOffset, branchIdLength, view);
    }

    /** Whether {@link #branchId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean branchIdEquals(final CharSequence value)
    {
        return textEquals(branchIdOffset, branchIdLength, value);
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
    public OrderFlyweight investUnitId(final CharSequence value)
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
    public OrderFlyweight accountId(final CharSequence value)
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
    public OrderFlyweight currencyId(final CharSequence value)
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
    public OrderFlyweight macAddress(final CharSequence value)
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
    public OrderFlyweight instrumentId(final CharSequence value)
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
     * Instrument code as the exchange names it; ASCII.
     * CTP field {@code ExchangeInstID}, char[81]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapExchangeInstId} or {@link #exchangeInstIdEquals}.
     */
    public String exchangeInstId()
    {
        return getText(exchangeInstIdOffset, exchangeInstIdLength);
    }

    /**
     * Writes {@code ExchangeInstID}: instrument code as the exchange names it; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 80 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public OrderFlyweight exchangeInstId(final CharSequence value)
    {
        putText(exchangeInstIdOffset, exchangeInstIdLength, "ExchangeInstID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #exchangeInstId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapExchangeInstId(final AsciiSequenceView view)
    {
        return wrapText(exchangeInstIdOffset, exchangeInstIdLength, view);
    }

    /** Whether {@link #exchangeInstId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean exchangeInstIdEquals(final CharSequence value)
    {
        return textEquals(exchangeInstIdOffset, exchangeInstIdLength, value);
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
    public OrderFlyweight ipAddress(final CharSequence value)
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

    /** Whether the bound profile's {@code CThostFtdcOrderField} has {@code OrderMemo} (6.7.x and later). */
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
    public OrderFlyweight orderMemo(final CharSequence value)
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

    /** Whether the bound profile's {@code CThostFtdcOrderField} has {@code SessionReqSeq} (6.7.x and later). */
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
    public OrderFlyweight sessionReqSeq(final int value)
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
    public OrderFlyweight combOffsetFlag(final byte flag)
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
    public OrderFlyweight combHedgeFlag(final byte flag)
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
