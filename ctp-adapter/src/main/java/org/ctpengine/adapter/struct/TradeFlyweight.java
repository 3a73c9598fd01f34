package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.HedgeFlag;
import org.ctpengine.adapter.codes.OffsetFlag;

/**
 * View over {@code CThostFtdcTradeField}. A fill, pushed in {@code OnRtnTrade} and returned by {@code ReqQryTrade}.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class TradeFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcTradeField";

    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int investorIdOffset = field("InvestorID", CType.CHAR_ARRAY);
    private final int investorIdLength = length("InvestorID");
    private final int orderRefOffset = field("OrderRef", CType.CHAR_ARRAY);
    private final int orderRefLength = length("OrderRef");
    private final int userIdOffset = field("UserID", CType.CHAR_ARRAY);
    private final int userIdLength = length("UserID");
    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int tradeIdOffset = field("TradeID", CType.CHAR_ARRAY);
    private final int tradeIdLength = length("TradeID");
    private final int directionOffset = field("Direction", CType.CHAR);
    private final int orderSysIdOffset = field("OrderSysID", CType.CHAR_ARRAY);
    private final int orderSysIdLength = length("OrderSysID");
    private final int participantIdOffset = field("ParticipantID", CType.CHAR_ARRAY);
    private final int participantIdLength = length("ParticipantID");
    private final int clientIdOffset = field("ClientID", CType.CHAR_ARRAY);
    private final int clientIdLength = length("ClientID");
    private final int tradingRoleOffset = field("TradingRole", CType.CHAR);
    private final int offsetFlagOffset = field("OffsetFlag", CType.CHAR);
    private final int hedgeFlagOffset = field("HedgeFlag", CType.CHAR);
    private final int priceOffset = field("Price", CType.DOUBLE);
    private final int volumeOffset = field("Volume", CType.INT);
    private final int tradeDateOffset = field("TradeDate", CType.CHAR_ARRAY);
    private final int tradeDateLength = length("TradeDate");
    private final int tradeTimeOffset = field("TradeTime", CType.CHAR_ARRAY);
    private final int tradeTimeLength = length("TradeTime");
    private final int tradeTypeOffset = field("TradeType", CType.CHAR);
    private final int priceSourceOffset = field("PriceSource", CType.CHAR);
    private final int traderIdOffset = field("TraderID", CType.CHAR_ARRAY);
    private final int traderIdLength = length("TraderID");
    private final int orderLocalIdOffset = field("OrderLocalID", CType.CHAR_ARRAY);
    private final int orderLocalIdLength = length("OrderLocalID");
    private final int clearingPartIdOffset = field("ClearingPartID", CType.CHAR_ARRAY);
    private final int clearingPartIdLength = length("ClearingPartID");
    private final int businessUnitOffset = field("BusinessUnit", CType.CHAR_ARRAY);
    private final int businessUnitLength = length("BusinessUnit");
    private final int sequenceNoOffset = field("SequenceNo", CType.INT);
    private final int tradingDayOffset = field("TradingDay", CType.CHAR_ARRAY);
    private final int tradingDayLength = length("TradingDay");
    private final int settlementIdOffset = field("SettlementID", CType.INT);
    private final int brokerOrderSeqOffset = field("BrokerOrderSeq", CType.INT);
    private final int tradeSourceOffset = field("TradeSource", CType.CHAR);
    private final int investUnitIdOffset = field("InvestUnitID", CType.CHAR_ARRAY);
    private final int investUnitIdLength = length("InvestUnitID");
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");
    private final int exchangeInstIdOffset = field("ExchangeInstID", CType.CHAR_ARRAY);
    private final int exchangeInstIdLength = length("ExchangeInstID");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcTradeField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public TradeFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public TradeFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public TradeFlyweight clear()
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
    public TradeFlyweight brokerId(final CharSequence value)
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
    public TradeFlyweight investorId(final CharSequence value)
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
    public TradeFlyweight orderRef(final CharSequence value)
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
    public TradeFlyweight userId(final CharSequence value)
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
    public TradeFlyweight exchangeId(final CharSequence value)
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
     * Trade number given by the exchange; with ExchangeID and Direction it identifies a trade (unique per side on most
     * exchanges).
     * CTP field {@code TradeID}, char[21]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapTradeId} or {@link #tradeIdEquals}.
     */
    public String tradeId()
    {
        return getText(tradeIdOffset, tradeIdLength);
    }

    /**
     * Writes {@code TradeID}: trade number given by the exchange; with ExchangeID and Direction it identifies a trade
     * (unique per side on most exchanges).
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 20 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public TradeFlyweight tradeId(final CharSequence value)
    {
        putText(tradeIdOffset, tradeIdLength, "TradeID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #tradeId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapTradeId(final AsciiSequenceView view)
    {
        return wrapText(tradeIdOffset, tradeIdLength, view);
    }

    /** Whether {@link #tradeId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean tradeIdEquals(final CharSequence value)
    {
        return textEquals(tradeIdOffset, tradeIdLength, value);
    }

    /** Buy or sell ({@link Direction}).
CTP field {@code Direction}, char. */
    public byte direction()
    {
        return buffer.getByte(offset + directionOffset);
    }

    /** Writes {@code Direction}: buy or sell ({@link Direction}).
@return this */
    public TradeFlyweight direction(final byte value)
    {
        writable().putByte(offset + directionOffset, value);
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
    public TradeFlyweight orderSysId(final CharSequence value)
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
    public TradeFlyweight participantId(final CharSequence value)
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
    public TradeFlyweight clientId(final CharSequence value)
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

    /** Trading role: {@code THOST_FTDC_ER_*} ('1' broker, '2' host, '3' maker).
CTP field {@code TradingRole}, char. */
    public byte tradingRole()
    {
        return buffer.getByte(offset + tradingRoleOffset);
    }

    /**
     * Writes {@code TradingRole}: trading role: {@code THOST_FTDC_ER_*} ('1' broker, '2' host, '3' maker).
     *
     * @return this
     */
    public TradeFlyweight tradingRole(final byte value)
    {
        writable().putByte(offset + tradingRoleOffset, value);
        return this;
    }

    /** Open or close ({@link OffsetFlag}).
CTP field {@code OffsetFlag}, char. */
    public byte offsetFlag()
    {
        return buffer.getByte(offset + offsetFlagOffset);
    }

    /** Writes {@code OffsetFlag}: open or close ({@link OffsetFlag}).
@return this */
    public TradeFlyweight offsetFlag(final byte value)
    {
        writable().putByte(offset + offsetFlagOffset, value);
        return this;
    }

    /** Speculation or hedge ({@link HedgeFlag}).
CTP field {@code HedgeFlag}, char. */
    public byte hedgeFlag()
    {
        return buffer.getByte(offset + hedgeFlagOffset);
    }

    /** Writes {@code HedgeFlag}: speculation or hedge ({@link HedgeFlag}).
@return this */
    public TradeFlyweight hedgeFlag(final byte value)
    {
        writable().putByte(offset + hedgeFlagOffset, value);
        return this;
    }

    /**
     * Trade price, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot).
     * CTP field {@code Price}, double.
     */
    public double price()
    {
        return buffer.getDouble(offset + priceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code Price}: trade price, yuan per unit of quotation (multiply by VolumeMultiple for the value of one
     * lot).
     *
     * @return this
     */
    public TradeFlyweight price(final double value)
    {
        writable().putDouble(offset + priceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Traded volume of this trade, in lots.
CTP field {@code Volume}, int. */
    public int volume()
    {
        return buffer.getInt(offset + volumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Volume}: traded volume of this trade, in lots.
@return this */
    public TradeFlyweight volume(final int value)
    {
        writable().putInt(offset + volumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Date of the trade, {@code yyyyMMdd}.
     * CTP field {@code TradeDate}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapTradeDate} or {@link #tradeDateEquals}.
     */
    public String tradeDate()
    {
        return getText(tradeDateOffset, tradeDateLength);
    }

    /**
     * Writes {@code TradeDate}: date of the trade, {@code yyyyMMdd}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public TradeFlyweight tradeDate(final CharSequence value)
    {
        putText(tradeDateOffset, tradeDateLength, "TradeDate", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #tradeDate()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapTradeDate(final AsciiSequenceView view)
    {
        return wrapText(tradeDateOffset, tradeDateLength, view);
    }

    /** Whether {@link #tradeDate()} equals {@code value}, without allocating (for ASCII values). */
    public boolean tradeDateEquals(final CharSequence value)
    {
        return textEquals(tradeDateOffset, tradeDateLength, value);
    }

    /**
     * Time of the trade, {@code HH:mm:ss}.
     * CTP field {@code TradeTime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapTradeTime} or {@link #tradeTimeEquals}.
     */
    public String tradeTime()
    {
        return getText(tradeTimeOffset, tradeTimeLength);
    }

    /**
     * Writes {@code TradeTime}: time of the trade, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public TradeFlyweight tradeTime(final CharSequence value)
    {
        putText(tradeTimeOffset, tradeTimeLength, "TradeTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #tradeTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapTradeTime(final AsciiSequenceView view)
    {
        return wrapText(tradeTimeOffset, tradeTimeLength, view);
    }

    /** Whether {@link #tradeTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean tradeTimeEquals(final CharSequence value)
    {
        return textEquals(tradeTimeOffset, tradeTimeLength, value);
    }

    /** Kind of trade: {@code THOST_FTDC_TRDT_*} ('0' common).
CTP field {@code TradeType}, char. */
    public byte tradeType()
    {
        return buffer.getByte(offset + tradeTypeOffset);
    }

    /** Writes {@code TradeType}: kind of trade: {@code THOST_FTDC_TRDT_*} ('0' common).
@return this */
    public TradeFlyweight tradeType(final byte value)
    {
        writable().putByte(offset + tradeTypeOffset, value);
        return this;
    }

    /** Where the trade price came from: {@code THOST_FTDC_PSRC_*}.
CTP field {@code PriceSource}, char. */
    public byte priceSource()
    {
        return buffer.getByte(offset + priceSourceOffset);
    }

    /** Writes {@code PriceSource}: where the trade price came from: {@code THOST_FTDC_PSRC_*}.
@return this */
    public TradeFlyweight priceSource(final byte value)
    {
        writable().putByte(offset + priceSourceOffset, value);
        return this;
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
    public TradeFlyweight traderId(final CharSequence value)
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
    public TradeFlyweight orderLocalId(final CharSequence value)
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
    public TradeFlyweight clearingPartId(final CharSequence value)
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
    public TradeFlyweight businessUnit(final CharSequence value)
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

    /** Sequence number of the record at the exchange.
CTP field {@code SequenceNo}, int. */
    public int sequenceNo()
    {
        return buffer.getInt(offset + sequenceNoOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SequenceNo}: sequence number of the record at the exchange.
@return this */
    public TradeFlyweight sequenceNo(final int value)
    {
        writable().putInt(offset + sequenceNoOffset, value, LITTLE_ENDIAN);
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
    public TradeFlyweight tradingDay(final CharSequence value)
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
    public TradeFlyweight settlementId(final int value)
    {
        writable().putInt(offset + settlementIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Broker-wide order sequence number.
CTP field {@code BrokerOrderSeq}, int. */
    public int brokerOrderSeq()
    {
        return buffer.getInt(offset + brokerOrderSeqOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code BrokerOrderSeq}: broker-wide order sequence number.
@return this */
    public TradeFlyweight brokerOrderSeq(final int value)
    {
        writable().putInt(offset + brokerOrderSeqOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Where the trade record came from: {@code THOST_FTDC_TSRC_*} ('0' normal, '1' query).
     * CTP field {@code TradeSource}, char.
     */
    public byte tradeSource()
    {
        return buffer.getByte(offset + tradeSourceOffset);
    }

    /**
     * Writes {@code TradeSource}: where the trade record came from: {@code THOST_FTDC_TSRC_*} ('0' normal, '1' query).
     *
     * @return this
     */
    public TradeFlyweight tradeSource(final byte value)
    {
        writable().putByte(offset + tradeSourceOffset, value);
        return this;
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
    public TradeFlyweight investUnitId(final CharSequence value)
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
    public TradeFlyweight instrumentId(final CharSequence value)
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
    public TradeFlyweight exchangeInstId(final CharSequence value)
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
}
