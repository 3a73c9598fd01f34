package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.codes.HedgeFlag;
import org.ctpengine.adapter.codes.PosiDirection;
import org.ctpengine.adapter.codes.PositionDate;

/**
 * View over {@code CThostFtdcInvestorPositionField}. One position row ({@code OnRspQryInvestorPosition}) per
 * instrument, direction, hedge flag and (SHFE/INE) position date.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class InvestorPositionFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcInvestorPositionField";

    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int investorIdOffset = field("InvestorID", CType.CHAR_ARRAY);
    private final int investorIdLength = length("InvestorID");
    private final int posiDirectionOffset = field("PosiDirection", CType.CHAR);
    private final int hedgeFlagOffset = field("HedgeFlag", CType.CHAR);
    private final int positionDateOffset = field("PositionDate", CType.CHAR);
    private final int ydPositionOffset = field("YdPosition", CType.INT);
    private final int positionOffset = field("Position", CType.INT);
    private final int longFrozenOffset = field("LongFrozen", CType.INT);
    private final int shortFrozenOffset = field("ShortFrozen", CType.INT);
    private final int longFrozenAmountOffset = field("LongFrozenAmount", CType.DOUBLE);
    private final int shortFrozenAmountOffset = field("ShortFrozenAmount", CType.DOUBLE);
    private final int openVolumeOffset = field("OpenVolume", CType.INT);
    private final int closeVolumeOffset = field("CloseVolume", CType.INT);
    private final int openAmountOffset = field("OpenAmount", CType.DOUBLE);
    private final int closeAmountOffset = field("CloseAmount", CType.DOUBLE);
    private final int positionCostOffset = field("PositionCost", CType.DOUBLE);
    private final int preMarginOffset = field("PreMargin", CType.DOUBLE);
    private final int useMarginOffset = field("UseMargin", CType.DOUBLE);
    private final int frozenMarginOffset = field("FrozenMargin", CType.DOUBLE);
    private final int frozenCashOffset = field("FrozenCash", CType.DOUBLE);
    private final int frozenCommissionOffset = field("FrozenCommission", CType.DOUBLE);
    private final int cashInOffset = field("CashIn", CType.DOUBLE);
    private final int commissionOffset = field("Commission", CType.DOUBLE);
    private final int closeProfitOffset = field("CloseProfit", CType.DOUBLE);
    private final int positionProfitOffset = field("PositionProfit", CType.DOUBLE);
    private final int preSettlementPriceOffset = field("PreSettlementPrice", CType.DOUBLE);
    private final int settlementPriceOffset = field("SettlementPrice", CType.DOUBLE);
    private final int tradingDayOffset = field("TradingDay", CType.CHAR_ARRAY);
    private final int tradingDayLength = length("TradingDay");
    private final int settlementIdOffset = field("SettlementID", CType.INT);
    private final int openCostOffset = field("OpenCost", CType.DOUBLE);
    private final int exchangeMarginOffset = field("ExchangeMargin", CType.DOUBLE);
    private final int combPositionOffset = field("CombPosition", CType.INT);
    private final int combLongFrozenOffset = field("CombLongFrozen", CType.INT);
    private final int combShortFrozenOffset = field("CombShortFrozen", CType.INT);
    private final int closeProfitByDateOffset = field("CloseProfitByDate", CType.DOUBLE);
    private final int closeProfitByTradeOffset = field("CloseProfitByTrade", CType.DOUBLE);
    private final int todayPositionOffset = field("TodayPosition", CType.INT);
    private final int marginRateByMoneyOffset = field("MarginRateByMoney", CType.DOUBLE);
    private final int marginRateByVolumeOffset = field("MarginRateByVolume", CType.DOUBLE);
    private final int strikeFrozenOffset = field("StrikeFrozen", CType.INT);
    private final int strikeFrozenAmountOffset = field("StrikeFrozenAmount", CType.DOUBLE);
    private final int abandonFrozenOffset = field("AbandonFrozen", CType.INT);
    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int ydStrikeFrozenOffset = field("YdStrikeFrozen", CType.INT);
    private final int investUnitIdOffset = field("InvestUnitID", CType.CHAR_ARRAY);
    private final int investUnitIdLength = length("InvestUnitID");
    private final int positionCostOffsetOffset = field("PositionCostOffset", CType.DOUBLE);
    private final int tasPositionOffset = optionalField("TasPosition", CType.INT);
    private final int tasPositionCostOffset = optionalField("TasPositionCost", CType.DOUBLE);
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");
    private final int optionValueOffset = optionalField("OptionValue", CType.DOUBLE);

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcInvestorPositionField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public InvestorPositionFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public InvestorPositionFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public InvestorPositionFlyweight clear()
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
    public InvestorPositionFlyweight brokerId(final CharSequence value)
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
    public InvestorPositionFlyweight investorId(final CharSequence value)
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

    /** Side of the position ({@link PosiDirection}).
CTP field {@code PosiDirection}, char. */
    public byte posiDirection()
    {
        return buffer.getByte(offset + posiDirectionOffset);
    }

    /** Writes {@code PosiDirection}: side of the position ({@link PosiDirection}).
@return this */
    public InvestorPositionFlyweight posiDirection(final byte value)
    {
        writable().putByte(offset + posiDirectionOffset, value);
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
    public InvestorPositionFlyweight hedgeFlag(final byte value)
    {
        writable().putByte(offset + hedgeFlagOffset, value);
        return this;
    }

    /**
     * Today's or earlier positions ({@link PositionDate}); SHFE/INE report separate rows.
     * CTP field {@code PositionDate}, char.
     */
    public byte positionDate()
    {
        return buffer.getByte(offset + positionDateOffset);
    }

    /**
     * Writes {@code PositionDate}: today's or earlier positions ({@link PositionDate}); SHFE/INE report separate rows.
     *
     * @return this
     */
    public InvestorPositionFlyweight positionDate(final byte value)
    {
        writable().putByte(offset + positionDateOffset, value);
        return this;
    }

    /**
     * Yesterday's position at the start of the day, in lots (not reduced by today's closes).
     * CTP field {@code YdPosition}, int.
     */
    public int ydPosition()
    {
        return buffer.getInt(offset + ydPositionOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code YdPosition}: yesterday's position at the start of the day, in lots (not reduced by today's
     * closes).
     *
     * @return this
     */
    public InvestorPositionFlyweight ydPosition(final int value)
    {
        writable().putInt(offset + ydPositionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Current total position, in lots.
CTP field {@code Position}, int. */
    public int position()
    {
        return buffer.getInt(offset + positionOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Position}: current total position, in lots.
@return this */
    public InvestorPositionFlyweight position(final int value)
    {
        writable().putInt(offset + positionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Lots frozen by pending long (buy) orders.
CTP field {@code LongFrozen}, int. */
    public int longFrozen()
    {
        return buffer.getInt(offset + longFrozenOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code LongFrozen}: lots frozen by pending long (buy) orders.
@return this */
    public InvestorPositionFlyweight longFrozen(final int value)
    {
        writable().putInt(offset + longFrozenOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Lots frozen by pending short (sell) orders.
CTP field {@code ShortFrozen}, int. */
    public int shortFrozen()
    {
        return buffer.getInt(offset + shortFrozenOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code ShortFrozen}: lots frozen by pending short (sell) orders.
@return this */
    public InvestorPositionFlyweight shortFrozen(final int value)
    {
        writable().putInt(offset + shortFrozenOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Amount frozen for long orders, in yuan.
CTP field {@code LongFrozenAmount}, double. */
    public double longFrozenAmount()
    {
        return buffer.getDouble(offset + longFrozenAmountOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code LongFrozenAmount}: amount frozen for long orders, in yuan.
@return this */
    public InvestorPositionFlyweight longFrozenAmount(final double value)
    {
        writable().putDouble(offset + longFrozenAmountOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Amount frozen for short orders, in yuan.
CTP field {@code ShortFrozenAmount}, double. */
    public double shortFrozenAmount()
    {
        return buffer.getDouble(offset + shortFrozenAmountOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code ShortFrozenAmount}: amount frozen for short orders, in yuan.
@return this */
    public InvestorPositionFlyweight shortFrozenAmount(final double value)
    {
        writable().putDouble(offset + shortFrozenAmountOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Lots opened today.
CTP field {@code OpenVolume}, int. */
    public int openVolume()
    {
        return buffer.getInt(offset + openVolumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code OpenVolume}: lots opened today.
@return this */
    public InvestorPositionFlyweight openVolume(final int value)
    {
        writable().putInt(offset + openVolumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Lots closed today.
CTP field {@code CloseVolume}, int. */
    public int closeVolume()
    {
        return buffer.getInt(offset + closeVolumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CloseVolume}: lots closed today.
@return this */
    public InvestorPositionFlyweight closeVolume(final int value)
    {
        writable().putInt(offset + closeVolumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Value opened today, in yuan.
CTP field {@code OpenAmount}, double. */
    public double openAmount()
    {
        return buffer.getDouble(offset + openAmountOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code OpenAmount}: value opened today, in yuan.
@return this */
    public InvestorPositionFlyweight openAmount(final double value)
    {
        writable().putDouble(offset + openAmountOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Value closed today, in yuan.
CTP field {@code CloseAmount}, double. */
    public double closeAmount()
    {
        return buffer.getDouble(offset + closeAmountOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CloseAmount}: value closed today, in yuan.
@return this */
    public InvestorPositionFlyweight closeAmount(final double value)
    {
        writable().putDouble(offset + closeAmountOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Position cost, in yuan (at the previous settlement price for yesterday's lots).
     * CTP field {@code PositionCost}, double.
     */
    public double positionCost()
    {
        return buffer.getDouble(offset + positionCostOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code PositionCost}: position cost, in yuan (at the previous settlement price for yesterday's lots).
     *
     * @return this
     */
    public InvestorPositionFlyweight positionCost(final double value)
    {
        writable().putDouble(offset + positionCostOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin of the previous trading day, in yuan.
CTP field {@code PreMargin}, double. */
    public double preMargin()
    {
        return buffer.getDouble(offset + preMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PreMargin}: margin of the previous trading day, in yuan.
@return this */
    public InvestorPositionFlyweight preMargin(final double value)
    {
        writable().putDouble(offset + preMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin in use, in yuan.
CTP field {@code UseMargin}, double. */
    public double useMargin()
    {
        return buffer.getDouble(offset + useMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code UseMargin}: margin in use, in yuan.
@return this */
    public InvestorPositionFlyweight useMargin(final double value)
    {
        writable().putDouble(offset + useMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin frozen by pending orders, in yuan.
CTP field {@code FrozenMargin}, double. */
    public double frozenMargin()
    {
        return buffer.getDouble(offset + frozenMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FrozenMargin}: margin frozen by pending orders, in yuan.
@return this */
    public InvestorPositionFlyweight frozenMargin(final double value)
    {
        writable().putDouble(offset + frozenMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Cash frozen, in yuan.
CTP field {@code FrozenCash}, double. */
    public double frozenCash()
    {
        return buffer.getDouble(offset + frozenCashOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FrozenCash}: cash frozen, in yuan.
@return this */
    public InvestorPositionFlyweight frozenCash(final double value)
    {
        writable().putDouble(offset + frozenCashOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Commission frozen by pending orders, in yuan.
CTP field {@code FrozenCommission}, double. */
    public double frozenCommission()
    {
        return buffer.getDouble(offset + frozenCommissionOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FrozenCommission}: commission frozen by pending orders, in yuan.
@return this */
    public InvestorPositionFlyweight frozenCommission(final double value)
    {
        writable().putDouble(offset + frozenCommissionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Cash difference (cash in), in yuan.
CTP field {@code CashIn}, double. */
    public double cashIn()
    {
        return buffer.getDouble(offset + cashInOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CashIn}: cash difference (cash in), in yuan.
@return this */
    public InvestorPositionFlyweight cashIn(final double value)
    {
        writable().putDouble(offset + cashInOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Commission charged today, in yuan.
CTP field {@code Commission}, double. */
    public double commission()
    {
        return buffer.getDouble(offset + commissionOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Commission}: commission charged today, in yuan.
@return this */
    public InvestorPositionFlyweight commission(final double value)
    {
        writable().putDouble(offset + commissionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Realised profit from closing today, in yuan.
CTP field {@code CloseProfit}, double. */
    public double closeProfit()
    {
        return buffer.getDouble(offset + closeProfitOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CloseProfit}: realised profit from closing today, in yuan.
@return this */
    public InvestorPositionFlyweight closeProfit(final double value)
    {
        writable().putDouble(offset + closeProfitOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Floating (mark-to-market) profit of the open position, in yuan.
CTP field {@code PositionProfit}, double. */
    public double positionProfit()
    {
        return buffer.getDouble(offset + positionProfitOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PositionProfit}: floating (mark-to-market) profit of the open position, in yuan.
@return this */
    public InvestorPositionFlyweight positionProfit(final double value)
    {
        writable().putDouble(offset + positionProfitOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Previous trading day's settlement price, yuan per unit of quotation (multiply by VolumeMultiple for the value of
     * one lot).
     * CTP field {@code PreSettlementPrice}, double.
     */
    public double preSettlementPrice()
    {
        return buffer.getDouble(offset + preSettlementPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code PreSettlementPrice}: previous trading day's settlement price, yuan per unit of quotation (multiply
     * by VolumeMultiple for the value of one lot).
     *
     * @return this
     */
    public InvestorPositionFlyweight preSettlementPrice(final double value)
    {
        writable().putDouble(offset + preSettlementPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Settlement price of the trading day, yuan per unit of quotation (multiply by VolumeMultiple for the value of one
     * lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange has none (before settlement).
     * CTP field {@code SettlementPrice}, double.
     */
    public double settlementPrice()
    {
        return buffer.getDouble(offset + settlementPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code SettlementPrice}: settlement price of the trading day, yuan per unit of quotation (multiply by
     * VolumeMultiple for the value of one lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange
     * has none (before settlement).
     *
     * @return this
     */
    public InvestorPositionFlyweight settlementPrice(final double value)
    {
        writable().putDouble(offset + settlementPriceOffset, value, LITTLE_ENDIAN);
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
    public InvestorPositionFlyweight tradingDay(final CharSequence value)
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
    public InvestorPositionFlyweight settlementId(final int value)
    {
        writable().putInt(offset + settlementIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Opening cost, in yuan (at the open prices).
CTP field {@code OpenCost}, double. */
    public double openCost()
    {
        return buffer.getDouble(offset + openCostOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code OpenCost}: opening cost, in yuan (at the open prices).
@return this */
    public InvestorPositionFlyweight openCost(final double value)
    {
        writable().putDouble(offset + openCostOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin required by the exchange, in yuan.
CTP field {@code ExchangeMargin}, double. */
    public double exchangeMargin()
    {
        return buffer.getDouble(offset + exchangeMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code ExchangeMargin}: margin required by the exchange, in yuan.
@return this */
    public InvestorPositionFlyweight exchangeMargin(final double value)
    {
        writable().putDouble(offset + exchangeMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Lots in combination positions.
CTP field {@code CombPosition}, int. */
    public int combPosition()
    {
        return buffer.getInt(offset + combPositionOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CombPosition}: lots in combination positions.
@return this */
    public InvestorPositionFlyweight combPosition(final int value)
    {
        writable().putInt(offset + combPositionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Lots frozen by pending long combination orders.
CTP field {@code CombLongFrozen}, int. */
    public int combLongFrozen()
    {
        return buffer.getInt(offset + combLongFrozenOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CombLongFrozen}: lots frozen by pending long combination orders.
@return this */
    public InvestorPositionFlyweight combLongFrozen(final int value)
    {
        writable().putInt(offset + combLongFrozenOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Lots frozen by pending short combination orders.
CTP field {@code CombShortFrozen}, int. */
    public int combShortFrozen()
    {
        return buffer.getInt(offset + combShortFrozenOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CombShortFrozen}: lots frozen by pending short combination orders.
@return this */
    public InvestorPositionFlyweight combShortFrozen(final int value)
    {
        writable().putInt(offset + combShortFrozenOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Realised profit, marked to market day by day, in yuan.
CTP field {@code CloseProfitByDate}, double. */
    public double closeProfitByDate()
    {
        return buffer.getDouble(offset + closeProfitByDateOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CloseProfitByDate}: realised profit, marked to market day by day, in yuan.
@return this */
    public InvestorPositionFlyweight closeProfitByDate(final double value)
    {
        writable().putDouble(offset + closeProfitByDateOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Realised profit, trade against trade, in yuan.
CTP field {@code CloseProfitByTrade}, double. */
    public double closeProfitByTrade()
    {
        return buffer.getDouble(offset + closeProfitByTradeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CloseProfitByTrade}: realised profit, trade against trade, in yuan.
@return this */
    public InvestorPositionFlyweight closeProfitByTrade(final double value)
    {
        writable().putDouble(offset + closeProfitByTradeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Today's position, in lots.
CTP field {@code TodayPosition}, int. */
    public int todayPosition()
    {
        return buffer.getInt(offset + todayPositionOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code TodayPosition}: today's position, in lots.
@return this */
    public InvestorPositionFlyweight todayPosition(final int value)
    {
        writable().putInt(offset + todayPositionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin rate by money (fraction of value).
CTP field {@code MarginRateByMoney}, double. */
    public double marginRateByMoney()
    {
        return buffer.getDouble(offset + marginRateByMoneyOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code MarginRateByMoney}: margin rate by money (fraction of value).
@return this */
    public InvestorPositionFlyweight marginRateByMoney(final double value)
    {
        writable().putDouble(offset + marginRateByMoneyOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin by volume, in yuan per lot.
CTP field {@code MarginRateByVolume}, double. */
    public double marginRateByVolume()
    {
        return buffer.getDouble(offset + marginRateByVolumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code MarginRateByVolume}: margin by volume, in yuan per lot.
@return this */
    public InvestorPositionFlyweight marginRateByVolume(final double value)
    {
        writable().putDouble(offset + marginRateByVolumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Lots frozen for option exercise.
CTP field {@code StrikeFrozen}, int. */
    public int strikeFrozen()
    {
        return buffer.getInt(offset + strikeFrozenOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code StrikeFrozen}: lots frozen for option exercise.
@return this */
    public InvestorPositionFlyweight strikeFrozen(final int value)
    {
        writable().putInt(offset + strikeFrozenOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Amount frozen for option exercise, in yuan.
CTP field {@code StrikeFrozenAmount}, double. */
    public double strikeFrozenAmount()
    {
        return buffer.getDouble(offset + strikeFrozenAmountOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code StrikeFrozenAmount}: amount frozen for option exercise, in yuan.
@return this */
    public InvestorPositionFlyweight strikeFrozenAmount(final double value)
    {
        writable().putDouble(offset + strikeFrozenAmountOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Lots frozen for abandoning exercise.
CTP field {@code AbandonFrozen}, int. */
    public int abandonFrozen()
    {
        return buffer.getInt(offset + abandonFrozenOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code AbandonFrozen}: lots frozen for abandoning exercise.
@return this */
    public InvestorPositionFlyweight abandonFrozen(final int value)
    {
        writable().putInt(offset + abandonFrozenOffset, value, LITTLE_ENDIAN);
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
    public InvestorPositionFlyweight exchangeId(final CharSequence value)
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

    /** Yesterday's lots frozen for option exercise.
CTP field {@code YdStrikeFrozen}, int. */
    public int ydStrikeFrozen()
    {
        return buffer.getInt(offset + ydStrikeFrozenOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code YdStrikeFrozen}: yesterday's lots frozen for option exercise.
@return this */
    public InvestorPositionFlyweight ydStrikeFrozen(final int value)
    {
        writable().putInt(offset + ydStrikeFrozenOffset, value, LITTLE_ENDIAN);
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
    public InvestorPositionFlyweight investUnitId(final CharSequence value)
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

    /** Position cost difference (offset), in yuan.
CTP field {@code PositionCostOffset}, double. */
    public double positionCostOffset()
    {
        return buffer.getDouble(offset + positionCostOffsetOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PositionCostOffset}: position cost difference (offset), in yuan.
@return this */
    public InvestorPositionFlyweight positionCostOffset(final double value)
    {
        writable().putDouble(offset + positionCostOffsetOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Whether the bound profile's {@code CThostFtdcInvestorPositionField} has {@code TasPosition}. */
    public boolean hasTasPosition()
    {
        return tasPositionOffset != ABSENT;
    }

    /** TAS (trade at settlement) position, in lots.
CTP field {@code TasPosition}, int. Absent before 6.3.19_P1 (e.g. 6.3.15): check {@link #hasTasPosition()}, else
     * {@link FieldAbsentException}. */
    public int tasPosition()
    {
        return buffer.getInt(offset + present(tasPositionOffset, "TasPosition"), LITTLE_ENDIAN);
    }

    /** Writes {@code TasPosition}: tAS (trade at settlement) position, in lots.
@return this */
    public InvestorPositionFlyweight tasPosition(final int value)
    {
        writable().putInt(offset + present(tasPositionOffset, "TasPosition"), value, LITTLE_ENDIAN);
        return this;
    }

    /** Whether the bound profile's {@code CThostFtdcInvestorPositionField} has {@code TasPositionCost}. */
    public boolean hasTasPositionCost()
    {
        return tasPositionCostOffset != ABSENT;
    }

    /** TAS position cost, in yuan.
CTP field {@code TasPositionCost}, double. Absent before 6.3.19_P1 (e.g. 6.3.15): check {@link #hasTasPositionCost()}, else
     * {@link FieldAbsentException}. */
    public double tasPositionCost()
    {
        return buffer.getDouble(offset + present(tasPositionCostOffset, "TasPositionCost"), LITTLE_ENDIAN);
    }

    /** Writes {@code TasPositionCost}: tAS position cost, in yuan.
@return this */
    public InvestorPositionFlyweight tasPositionCost(final double value)
    {
        writable().putDouble(offset + present(tasPositionCostOffset, "TasPositionCost"), value, LITTLE_ENDIAN);
        return this;
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
    public InvestorPositionFlyweight instrumentId(final CharSequence value)
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

    /** Whether the bound profile's {@code CThostFtdcInvestorPositionField} has {@code OptionValue}. */
    public boolean hasOptionValue()
    {
        return optionValueOffset != ABSENT;
    }

    /**
     * Option market value of the position, in yuan (6.7.11).
     * CTP field {@code OptionValue}, double. Absent from 6.7.8 and older: check {@link #hasOptionValue()}, else {@link FieldAbsentException}.
     */
    public double optionValue()
    {
        return buffer.getDouble(offset + present(optionValueOffset, "OptionValue"), LITTLE_ENDIAN);
    }

    /**
     * Writes {@code OptionValue}: option market value of the position, in yuan (6.7.11).
     *
     * @return this
     */
    public InvestorPositionFlyweight optionValue(final double value)
    {
        writable().putDouble(offset + present(optionValueOffset, "OptionValue"), value, LITTLE_ENDIAN);
        return this;
    }
}
