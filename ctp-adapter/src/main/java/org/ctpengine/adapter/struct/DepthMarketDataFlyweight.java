package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcDepthMarketDataField}. A market data snapshot (tick) pushed by the market data front in
 * {@code OnRtnDepthMarketData}, or returned by {@code ReqQryDepthMarketData}. SHFE/INE send 2 snapshots a second per
 * instrument, with five levels for some products; others send one level.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class DepthMarketDataFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcDepthMarketDataField";

    private final int tradingDayOffset = field("TradingDay", CType.CHAR_ARRAY);
    private final int tradingDayLength = length("TradingDay");
    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int lastPriceOffset = field("LastPrice", CType.DOUBLE);
    private final int preSettlementPriceOffset = field("PreSettlementPrice", CType.DOUBLE);
    private final int preClosePriceOffset = field("PreClosePrice", CType.DOUBLE);
    private final int preOpenInterestOffset = field("PreOpenInterest", CType.DOUBLE);
    private final int openPriceOffset = field("OpenPrice", CType.DOUBLE);
    private final int highestPriceOffset = field("HighestPrice", CType.DOUBLE);
    private final int lowestPriceOffset = field("LowestPrice", CType.DOUBLE);
    private final int volumeOffset = field("Volume", CType.INT);
    private final int turnoverOffset = field("Turnover", CType.DOUBLE);
    private final int openInterestOffset = field("OpenInterest", CType.DOUBLE);
    private final int closePriceOffset = field("ClosePrice", CType.DOUBLE);
    private final int settlementPriceOffset = field("SettlementPrice", CType.DOUBLE);
    private final int upperLimitPriceOffset = field("UpperLimitPrice", CType.DOUBLE);
    private final int lowerLimitPriceOffset = field("LowerLimitPrice", CType.DOUBLE);
    private final int preDeltaOffset = field("PreDelta", CType.DOUBLE);
    private final int currDeltaOffset = field("CurrDelta", CType.DOUBLE);
    private final int updateTimeOffset = field("UpdateTime", CType.CHAR_ARRAY);
    private final int updateTimeLength = length("UpdateTime");
    private final int updateMillisecOffset = field("UpdateMillisec", CType.INT);
    private final int bidPrice1Offset = field("BidPrice1", CType.DOUBLE);
    private final int bidVolume1Offset = field("BidVolume1", CType.INT);
    private final int askPrice1Offset = field("AskPrice1", CType.DOUBLE);
    private final int askVolume1Offset = field("AskVolume1", CType.INT);
    private final int bidPrice2Offset = field("BidPrice2", CType.DOUBLE);
    private final int bidVolume2Offset = field("BidVolume2", CType.INT);
    private final int askPrice2Offset = field("AskPrice2", CType.DOUBLE);
    private final int askVolume2Offset = field("AskVolume2", CType.INT);
    private final int bidPrice3Offset = field("BidPrice3", CType.DOUBLE);
    private final int bidVolume3Offset = field("BidVolume3", CType.INT);
    private final int askPrice3Offset = field("AskPrice3", CType.DOUBLE);
    private final int askVolume3Offset = field("AskVolume3", CType.INT);
    private final int bidPrice4Offset = field("BidPrice4", CType.DOUBLE);
    private final int bidVolume4Offset = field("BidVolume4", CType.INT);
    private final int askPrice4Offset = field("AskPrice4", CType.DOUBLE);
    private final int askVolume4Offset = field("AskVolume4", CType.INT);
    private final int bidPrice5Offset = field("BidPrice5", CType.DOUBLE);
    private final int bidVolume5Offset = field("BidVolume5", CType.INT);
    private final int askPrice5Offset = field("AskPrice5", CType.DOUBLE);
    private final int askVolume5Offset = field("AskVolume5", CType.INT);
    private final int averagePriceOffset = field("AveragePrice", CType.DOUBLE);
    private final int actionDayOffset = field("ActionDay", CType.CHAR_ARRAY);
    private final int actionDayLength = length("ActionDay");
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");
    private final int exchangeInstIdOffset = field("ExchangeInstID", CType.CHAR_ARRAY);
    private final int exchangeInstIdLength = length("ExchangeInstID");
    private final int bandingUpperPriceOffset = optionalField("BandingUpperPrice", CType.DOUBLE);
    private final int bandingLowerPriceOffset = optionalField("BandingLowerPrice", CType.DOUBLE);

    // Book levels 1..5 at index level - 1, for loops over the book (a bad level fails the array bounds check).
    private final int[] bidPriceOffsets = levelOffsets("BidPrice");
    private final int[] bidVolumeOffsets = levelOffsets("BidVolume");
    private final int[] askPriceOffsets = levelOffsets("AskPrice");
    private final int[] askVolumeOffsets = levelOffsets("AskVolume");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcDepthMarketDataField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public DepthMarketDataFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public DepthMarketDataFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public DepthMarketDataFlyweight clear()
    {
        super.clear();
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
    public DepthMarketDataFlyweight tradingDay(final CharSequence value)
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
    public DepthMarketDataFlyweight exchangeId(final CharSequence value)
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
     * Last traded price, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange has none.
     * CTP field {@code LastPrice}, double.
     */
    public double lastPrice()
    {
        return buffer.getDouble(offset + lastPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code LastPrice}: last traded price, yuan per unit of quotation (multiply by VolumeMultiple for the
     * value of one lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange has none.
     *
     * @return this
     */
    public DepthMarketDataFlyweight lastPrice(final double value)
    {
        writable().putDouble(offset + lastPriceOffset, value, LITTLE_ENDIAN);
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
    public DepthMarketDataFlyweight preSettlementPrice(final double value)
    {
        writable().putDouble(offset + preSettlementPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Previous trading day's closing price, yuan per unit of quotation (multiply by VolumeMultiple for the value of
     * one lot).
     * CTP field {@code PreClosePrice}, double.
     */
    public double preClosePrice()
    {
        return buffer.getDouble(offset + preClosePriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code PreClosePrice}: previous trading day's closing price, yuan per unit of quotation (multiply by
     * VolumeMultiple for the value of one lot).
     *
     * @return this
     */
    public DepthMarketDataFlyweight preClosePrice(final double value)
    {
        writable().putDouble(offset + preClosePriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Previous trading day's open interest, in lots.
CTP field {@code PreOpenInterest}, double. */
    public double preOpenInterest()
    {
        return buffer.getDouble(offset + preOpenInterestOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PreOpenInterest}: previous trading day's open interest, in lots.
@return this */
    public DepthMarketDataFlyweight preOpenInterest(final double value)
    {
        writable().putDouble(offset + preOpenInterestOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Opening price of the trading day, yuan per unit of quotation (multiply by VolumeMultiple for the value of one
     * lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange has none.
     * CTP field {@code OpenPrice}, double.
     */
    public double openPrice()
    {
        return buffer.getDouble(offset + openPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code OpenPrice}: opening price of the trading day, yuan per unit of quotation (multiply by
     * VolumeMultiple for the value of one lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange
     * has none.
     *
     * @return this
     */
    public DepthMarketDataFlyweight openPrice(final double value)
    {
        writable().putDouble(offset + openPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Highest price of the trading day, yuan per unit of quotation (multiply by VolumeMultiple for the value of one
     * lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange has none.
     * CTP field {@code HighestPrice}, double.
     */
    public double highestPrice()
    {
        return buffer.getDouble(offset + highestPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code HighestPrice}: highest price of the trading day, yuan per unit of quotation (multiply by
     * VolumeMultiple for the value of one lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange
     * has none.
     *
     * @return this
     */
    public DepthMarketDataFlyweight highestPrice(final double value)
    {
        writable().putDouble(offset + highestPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Lowest price of the trading day, yuan per unit of quotation (multiply by VolumeMultiple for the value of one
     * lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange has none.
     * CTP field {@code LowestPrice}, double.
     */
    public double lowestPrice()
    {
        return buffer.getDouble(offset + lowestPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code LowestPrice}: lowest price of the trading day, yuan per unit of quotation (multiply by
     * VolumeMultiple for the value of one lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange
     * has none.
     *
     * @return this
     */
    public DepthMarketDataFlyweight lowestPrice(final double value)
    {
        writable().putDouble(offset + lowestPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Cumulative traded volume of the trading day, in lots (one side).
CTP field {@code Volume}, int. */
    public int volume()
    {
        return buffer.getInt(offset + volumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Volume}: cumulative traded volume of the trading day, in lots (one side).
@return this */
    public DepthMarketDataFlyweight volume(final int value)
    {
        writable().putInt(offset + volumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Cumulative turnover of the trading day, in yuan (CZCE: per unit of quotation, not multiplied).
     * CTP field {@code Turnover}, double.
     */
    public double turnover()
    {
        return buffer.getDouble(offset + turnoverOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code Turnover}: cumulative turnover of the trading day, in yuan (CZCE: per unit of quotation, not
     * multiplied).
     *
     * @return this
     */
    public DepthMarketDataFlyweight turnover(final double value)
    {
        writable().putDouble(offset + turnoverOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Open interest, in lots.
CTP field {@code OpenInterest}, double. */
    public double openInterest()
    {
        return buffer.getDouble(offset + openInterestOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code OpenInterest}: open interest, in lots.
@return this */
    public DepthMarketDataFlyweight openInterest(final double value)
    {
        writable().putDouble(offset + openInterestOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Closing price, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange has none (before the close).
     * CTP field {@code ClosePrice}, double.
     */
    public double closePrice()
    {
        return buffer.getDouble(offset + closePriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code ClosePrice}: closing price, yuan per unit of quotation (multiply by VolumeMultiple for the value
     * of one lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange has none (before the close).
     *
     * @return this
     */
    public DepthMarketDataFlyweight closePrice(final double value)
    {
        writable().putDouble(offset + closePriceOffset, value, LITTLE_ENDIAN);
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
    public DepthMarketDataFlyweight settlementPrice(final double value)
    {
        writable().putDouble(offset + settlementPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Upper price limit (limit up) of the trading day, yuan per unit of quotation (multiply by VolumeMultiple for the
     * value of one lot).
     * CTP field {@code UpperLimitPrice}, double.
     */
    public double upperLimitPrice()
    {
        return buffer.getDouble(offset + upperLimitPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code UpperLimitPrice}: upper price limit (limit up) of the trading day, yuan per unit of quotation
     * (multiply by VolumeMultiple for the value of one lot).
     *
     * @return this
     */
    public DepthMarketDataFlyweight upperLimitPrice(final double value)
    {
        writable().putDouble(offset + upperLimitPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Lower price limit (limit down) of the trading day, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot).
     * CTP field {@code LowerLimitPrice}, double.
     */
    public double lowerLimitPrice()
    {
        return buffer.getDouble(offset + lowerLimitPriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code LowerLimitPrice}: lower price limit (limit down) of the trading day, yuan per unit of quotation
     * (multiply by VolumeMultiple for the value of one lot).
     *
     * @return this
     */
    public DepthMarketDataFlyweight lowerLimitPrice(final double value)
    {
        writable().putDouble(offset + lowerLimitPriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Previous day's delta (options 'virtual/real degree'); usually {@link StructFlyweight#NO_VALUE} for futures.
     * CTP field {@code PreDelta}, double.
     */
    public double preDelta()
    {
        return buffer.getDouble(offset + preDeltaOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code PreDelta}: previous day's delta (options 'virtual/real degree'); usually
     * {@link StructFlyweight#NO_VALUE} for futures.
     *
     * @return this
     */
    public DepthMarketDataFlyweight preDelta(final double value)
    {
        writable().putDouble(offset + preDeltaOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Today's delta (options 'virtual/real degree'); usually {@link StructFlyweight#NO_VALUE} for futures.
     * CTP field {@code CurrDelta}, double.
     */
    public double currDelta()
    {
        return buffer.getDouble(offset + currDeltaOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code CurrDelta}: today's delta (options 'virtual/real degree'); usually
     * {@link StructFlyweight#NO_VALUE} for futures.
     *
     * @return this
     */
    public DepthMarketDataFlyweight currDelta(final double value)
    {
        writable().putDouble(offset + currDeltaOffset, value, LITTLE_ENDIAN);
        return this;
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
    public DepthMarketDataFlyweight updateTime(final CharSequence value)
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
     * Milliseconds of UpdateTime, 0..999 (some exchanges always send 0 or 500).
     * CTP field {@code UpdateMillisec}, int.
     */
    public int updateMillisec()
    {
        return buffer.getInt(offset + updateMillisecOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code UpdateMillisec}: milliseconds of UpdateTime, 0..999 (some exchanges always send 0 or 500).
     *
     * @return this
     */
    public DepthMarketDataFlyweight updateMillisec(final int value)
    {
        writable().putInt(offset + updateMillisecOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Bid price at book level 1, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty.
     * CTP field {@code BidPrice1}, double.
     */
    public double bidPrice1()
    {
        return buffer.getDouble(offset + bidPrice1Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code BidPrice1}: bid price at book level 1, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty.
     *
     * @return this
     */
    public DepthMarketDataFlyweight bidPrice1(final double value)
    {
        writable().putDouble(offset + bidPrice1Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Bid volume at book level 1, in lots; 0 when the level is empty.
CTP field {@code BidVolume1}, int. */
    public int bidVolume1()
    {
        return buffer.getInt(offset + bidVolume1Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code BidVolume1}: bid volume at book level 1, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight bidVolume1(final int value)
    {
        writable().putInt(offset + bidVolume1Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Ask price at book level 1, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty.
     * CTP field {@code AskPrice1}, double.
     */
    public double askPrice1()
    {
        return buffer.getDouble(offset + askPrice1Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code AskPrice1}: ask price at book level 1, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty.
     *
     * @return this
     */
    public DepthMarketDataFlyweight askPrice1(final double value)
    {
        writable().putDouble(offset + askPrice1Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Ask volume at book level 1, in lots; 0 when the level is empty.
CTP field {@code AskVolume1}, int. */
    public int askVolume1()
    {
        return buffer.getInt(offset + askVolume1Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code AskVolume1}: ask volume at book level 1, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight askVolume1(final int value)
    {
        writable().putInt(offset + askVolume1Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Bid price at book level 2, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-level data).
     * CTP field {@code BidPrice2}, double.
     */
    public double bidPrice2()
    {
        return buffer.getDouble(offset + bidPrice2Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code BidPrice2}: bid price at book level 2, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-
     * level data).
     *
     * @return this
     */
    public DepthMarketDataFlyweight bidPrice2(final double value)
    {
        writable().putDouble(offset + bidPrice2Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Bid volume at book level 2, in lots; 0 when the level is empty.
CTP field {@code BidVolume2}, int. */
    public int bidVolume2()
    {
        return buffer.getInt(offset + bidVolume2Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code BidVolume2}: bid volume at book level 2, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight bidVolume2(final int value)
    {
        writable().putInt(offset + bidVolume2Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Ask price at book level 2, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-level data).
     * CTP field {@code AskPrice2}, double.
     */
    public double askPrice2()
    {
        return buffer.getDouble(offset + askPrice2Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code AskPrice2}: ask price at book level 2, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-
     * level data).
     *
     * @return this
     */
    public DepthMarketDataFlyweight askPrice2(final double value)
    {
        writable().putDouble(offset + askPrice2Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Ask volume at book level 2, in lots; 0 when the level is empty.
CTP field {@code AskVolume2}, int. */
    public int askVolume2()
    {
        return buffer.getInt(offset + askVolume2Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code AskVolume2}: ask volume at book level 2, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight askVolume2(final int value)
    {
        writable().putInt(offset + askVolume2Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Bid price at book level 3, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-level data).
     * CTP field {@code BidPrice3}, double.
     */
    public double bidPrice3()
    {
        return buffer.getDouble(offset + bidPrice3Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code BidPrice3}: bid price at book level 3, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-
     * level data).
     *
     * @return this
     */
    public DepthMarketDataFlyweight bidPrice3(final double value)
    {
        writable().putDouble(offset + bidPrice3Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Bid volume at book level 3, in lots; 0 when the level is empty.
CTP field {@code BidVolume3}, int. */
    public int bidVolume3()
    {
        return buffer.getInt(offset + bidVolume3Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code BidVolume3}: bid volume at book level 3, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight bidVolume3(final int value)
    {
        writable().putInt(offset + bidVolume3Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Ask price at book level 3, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-level data).
     * CTP field {@code AskPrice3}, double.
     */
    public double askPrice3()
    {
        return buffer.getDouble(offset + askPrice3Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code AskPrice3}: ask price at book level 3, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-
     * level data).
     *
     * @return this
     */
    public DepthMarketDataFlyweight askPrice3(final double value)
    {
        writable().putDouble(offset + askPrice3Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Ask volume at book level 3, in lots; 0 when the level is empty.
CTP field {@code AskVolume3}, int. */
    public int askVolume3()
    {
        return buffer.getInt(offset + askVolume3Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code AskVolume3}: ask volume at book level 3, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight askVolume3(final int value)
    {
        writable().putInt(offset + askVolume3Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Bid price at book level 4, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-level data).
     * CTP field {@code BidPrice4}, double.
     */
    public double bidPrice4()
    {
        return buffer.getDouble(offset + bidPrice4Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code BidPrice4}: bid price at book level 4, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-
     * level data).
     *
     * @return this
     */
    public DepthMarketDataFlyweight bidPrice4(final double value)
    {
        writable().putDouble(offset + bidPrice4Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Bid volume at book level 4, in lots; 0 when the level is empty.
CTP field {@code BidVolume4}, int. */
    public int bidVolume4()
    {
        return buffer.getInt(offset + bidVolume4Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code BidVolume4}: bid volume at book level 4, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight bidVolume4(final int value)
    {
        writable().putInt(offset + bidVolume4Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Ask price at book level 4, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-level data).
     * CTP field {@code AskPrice4}, double.
     */
    public double askPrice4()
    {
        return buffer.getDouble(offset + askPrice4Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code AskPrice4}: ask price at book level 4, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-
     * level data).
     *
     * @return this
     */
    public DepthMarketDataFlyweight askPrice4(final double value)
    {
        writable().putDouble(offset + askPrice4Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Ask volume at book level 4, in lots; 0 when the level is empty.
CTP field {@code AskVolume4}, int. */
    public int askVolume4()
    {
        return buffer.getInt(offset + askVolume4Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code AskVolume4}: ask volume at book level 4, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight askVolume4(final int value)
    {
        writable().putInt(offset + askVolume4Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Bid price at book level 5, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-level data).
     * CTP field {@code BidPrice5}, double.
     */
    public double bidPrice5()
    {
        return buffer.getDouble(offset + bidPrice5Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code BidPrice5}: bid price at book level 5, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-
     * level data).
     *
     * @return this
     */
    public DepthMarketDataFlyweight bidPrice5(final double value)
    {
        writable().putDouble(offset + bidPrice5Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Bid volume at book level 5, in lots; 0 when the level is empty.
CTP field {@code BidVolume5}, int. */
    public int bidVolume5()
    {
        return buffer.getInt(offset + bidVolume5Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code BidVolume5}: bid volume at book level 5, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight bidVolume5(final int value)
    {
        writable().putInt(offset + bidVolume5Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Ask price at book level 5, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot);
     * {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-level data).
     * CTP field {@code AskPrice5}, double.
     */
    public double askPrice5()
    {
        return buffer.getDouble(offset + askPrice5Offset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code AskPrice5}: ask price at book level 5, yuan per unit of quotation (multiply by VolumeMultiple for
     * the value of one lot); {@link StructFlyweight#NO_VALUE} when the level is empty (levels 2..5 only with five-
     * level data).
     *
     * @return this
     */
    public DepthMarketDataFlyweight askPrice5(final double value)
    {
        writable().putDouble(offset + askPrice5Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Ask volume at book level 5, in lots; 0 when the level is empty.
CTP field {@code AskVolume5}, int. */
    public int askVolume5()
    {
        return buffer.getInt(offset + askVolume5Offset, LITTLE_ENDIAN);
    }

    /** Writes {@code AskVolume5}: ask volume at book level 5, in lots; 0 when the level is empty.
@return this */
    public DepthMarketDataFlyweight askVolume5(final int value)
    {
        writable().putInt(offset + askVolume5Offset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Average traded price of the day; SHFE/INE/DCE/CFFEX/GFEX report Turnover/Volume, i.e. multiplied by
     * VolumeMultiple, CZCE reports it per unit of quotation.
     * CTP field {@code AveragePrice}, double.
     */
    public double averagePrice()
    {
        return buffer.getDouble(offset + averagePriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code AveragePrice}: average traded price of the day; SHFE/INE/DCE/CFFEX/GFEX report Turnover/Volume,
     * i.e. multiplied by VolumeMultiple, CZCE reports it per unit of quotation.
     *
     * @return this
     */
    public DepthMarketDataFlyweight averagePrice(final double value)
    {
        writable().putDouble(offset + averagePriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Calendar day of the event as {@code yyyyMMdd} (DCE reports the trading day here during the night session).
     * CTP field {@code ActionDay}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapActionDay} or {@link #actionDayEquals}.
     */
    public String actionDay()
    {
        return getText(actionDayOffset, actionDayLength);
    }

    /**
     * Writes {@code ActionDay}: calendar day of the event as {@code yyyyMMdd} (DCE reports the trading day here during
     * the night session).
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public DepthMarketDataFlyweight actionDay(final CharSequence value)
    {
        putText(actionDayOffset, actionDayLength, "ActionDay", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #actionDay()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapActionDay(final AsciiSequenceView view)
    {
        return wrapText(actionDayOffset, actionDayLength, view);
    }

    /** Whether {@link #actionDay()} equals {@code value}, without allocating (for ASCII values). */
    public boolean actionDayEquals(final CharSequence value)
    {
        return textEquals(actionDayOffset, actionDayLength, value);
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
    public DepthMarketDataFlyweight instrumentId(final CharSequence value)
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
    public DepthMarketDataFlyweight exchangeInstId(final CharSequence value)
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

    /** Whether the bound profile's {@code CThostFtdcDepthMarketDataField} has {@code BandingUpperPrice}. */
    public boolean hasBandingUpperPrice()
    {
        return bandingUpperPriceOffset != ABSENT;
    }

    /**
     * Upper price band for order entry (exchanges with price banding), yuan per unit of quotation (multiply by
     * VolumeMultiple for the value of one lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange
     * has none.
     * CTP field {@code BandingUpperPrice}, double. Absent before 6.6.1_P1 (e.g. 6.5.1): check {@link #hasBandingUpperPrice()}, else
     * {@link FieldAbsentException}.
     */
    public double bandingUpperPrice()
    {
        return buffer.getDouble(offset + present(bandingUpperPriceOffset, "BandingUpperPrice"), LITTLE_ENDIAN);
    }

    /**
     * Writes {@code BandingUpperPrice}: upper price band for order entry (exchanges with price banding), yuan per unit
     * of quotation (multiply by VolumeMultiple for the value of one lot); {@link StructFlyweight#NO_VALUE}
     * (Double.MAX_VALUE) when the exchange has none.
     *
     * @return this
     */
    public DepthMarketDataFlyweight bandingUpperPrice(final double value)
    {
        writable().putDouble(offset + present(bandingUpperPriceOffset, "BandingUpperPrice"), value, LITTLE_ENDIAN);
        return this;
    }

    /** Whether the bound profile's {@code CThostFtdcDepthMarketDataField} has {@code BandingLowerPrice}. */
    public boolean hasBandingLowerPrice()
    {
        return bandingLowerPriceOffset != ABSENT;
    }

    /**
     * Lower price band for order entry (exchanges with price banding), yuan per unit of quotation (multiply by
     * VolumeMultiple for the value of one lot); {@link StructFlyweight#NO_VALUE} (Double.MAX_VALUE) when the exchange
     * has none.
     * CTP field {@code BandingLowerPrice}, double. Absent before 6.6.1_P1 (e.g. 6.5.1): check {@link #hasBandingLowerPrice()}, else
     * {@link FieldAbsentException}.
     */
    public double bandingLowerPrice()
    {
        return buffer.getDouble(offset + present(bandingLowerPriceOffset, "BandingLowerPrice"), LITTLE_ENDIAN);
    }

    /**
     * Writes {@code BandingLowerPrice}: lower price band for order entry (exchanges with price banding), yuan per unit
     * of quotation (multiply by VolumeMultiple for the value of one lot); {@link StructFlyweight#NO_VALUE}
     * (Double.MAX_VALUE) when the exchange has none.
     *
     * @return this
     */
    public DepthMarketDataFlyweight bandingLowerPrice(final double value)
    {
        writable().putDouble(offset + present(bandingLowerPriceOffset, "BandingLowerPrice"), value, LITTLE_ENDIAN);
        return this;
    }


    /**
     * Bid price at a book level, yuan per unit of quotation; {@link StructFlyweight#NO_VALUE} when the
     * level is empty. Same as {@code bidPrice1()} .. {@code bidPrice5()}; levels 2..5 are only
     * filled by exchanges and products with five-level data.
     *
     * @param level 1..5
     */
    public double bidPrice(final int level)
    {
        return buffer.getDouble(offset + bidPriceOffsets[level - 1], LITTLE_ENDIAN);
    }

    /**
     * Writes the bid price of a book level.
     *
     * @param level 1..5
     * @return this
     */
    public DepthMarketDataFlyweight bidPrice(final int level, final double value)
    {
        writable().putDouble(offset + bidPriceOffsets[level - 1], value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Bid volume at a book level, in lots; 0 when the level is empty.
     *
     * @param level 1..5
     */
    public int bidVolume(final int level)
    {
        return buffer.getInt(offset + bidVolumeOffsets[level - 1], LITTLE_ENDIAN);
    }

    /**
     * Writes the bid volume of a book level.
     *
     * @param level 1..5
     * @return this
     */
    public DepthMarketDataFlyweight bidVolume(final int level, final int value)
    {
        writable().putInt(offset + bidVolumeOffsets[level - 1], value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Ask price at a book level, yuan per unit of quotation; {@link StructFlyweight#NO_VALUE} when the
     * level is empty. Same as {@code askPrice1()} .. {@code askPrice5()}; levels 2..5 are only
     * filled by exchanges and products with five-level data.
     *
     * @param level 1..5
     */
    public double askPrice(final int level)
    {
        return buffer.getDouble(offset + askPriceOffsets[level - 1], LITTLE_ENDIAN);
    }

    /**
     * Writes the ask price of a book level.
     *
     * @param level 1..5
     * @return this
     */
    public DepthMarketDataFlyweight askPrice(final int level, final double value)
    {
        writable().putDouble(offset + askPriceOffsets[level - 1], value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Ask volume at a book level, in lots; 0 when the level is empty.
     *
     * @param level 1..5
     */
    public int askVolume(final int level)
    {
        return buffer.getInt(offset + askVolumeOffsets[level - 1], LITTLE_ENDIAN);
    }

    /**
     * Writes the ask volume of a book level.
     *
     * @param level 1..5
     * @return this
     */
    public DepthMarketDataFlyweight askVolume(final int level, final int value)
    {
        writable().putInt(offset + askVolumeOffsets[level - 1], value, LITTLE_ENDIAN);
        return this;
    }

    private int[] levelOffsets(final String prefix)
    {
        final int[] offsets = new int[5];
        for (int level = 1; level <= 5; level++)
        {
            offsets[level - 1] = layout().field(prefix + level).offset();
        }
        return offsets;
    }
}
