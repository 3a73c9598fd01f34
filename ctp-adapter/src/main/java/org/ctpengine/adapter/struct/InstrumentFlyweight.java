package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.codes.ProductClass;

/**
 * View over {@code CThostFtdcInstrumentField}. An instrument's static data ({@code OnRspQryInstrument}): exchange,
 * product, multiplier, tick size, dates, limits.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class InstrumentFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcInstrumentField";

    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int instrumentNameOffset = field("InstrumentName", CType.CHAR_ARRAY);
    private final int instrumentNameLength = length("InstrumentName");
    private final int productClassOffset = field("ProductClass", CType.CHAR);
    private final int deliveryYearOffset = field("DeliveryYear", CType.INT);
    private final int deliveryMonthOffset = field("DeliveryMonth", CType.INT);
    private final int maxMarketOrderVolumeOffset = field("MaxMarketOrderVolume", CType.INT);
    private final int minMarketOrderVolumeOffset = field("MinMarketOrderVolume", CType.INT);
    private final int maxLimitOrderVolumeOffset = field("MaxLimitOrderVolume", CType.INT);
    private final int minLimitOrderVolumeOffset = field("MinLimitOrderVolume", CType.INT);
    private final int volumeMultipleOffset = field("VolumeMultiple", CType.INT);
    private final int priceTickOffset = field("PriceTick", CType.DOUBLE);
    private final int createDateOffset = field("CreateDate", CType.CHAR_ARRAY);
    private final int createDateLength = length("CreateDate");
    private final int openDateOffset = field("OpenDate", CType.CHAR_ARRAY);
    private final int openDateLength = length("OpenDate");
    private final int expireDateOffset = field("ExpireDate", CType.CHAR_ARRAY);
    private final int expireDateLength = length("ExpireDate");
    private final int startDelivDateOffset = field("StartDelivDate", CType.CHAR_ARRAY);
    private final int startDelivDateLength = length("StartDelivDate");
    private final int endDelivDateOffset = field("EndDelivDate", CType.CHAR_ARRAY);
    private final int endDelivDateLength = length("EndDelivDate");
    private final int instLifePhaseOffset = field("InstLifePhase", CType.CHAR);
    private final int isTradingOffset = field("IsTrading", CType.INT);
    private final int positionTypeOffset = field("PositionType", CType.CHAR);
    private final int positionDateTypeOffset = field("PositionDateType", CType.CHAR);
    private final int longMarginRatioOffset = field("LongMarginRatio", CType.DOUBLE);
    private final int shortMarginRatioOffset = field("ShortMarginRatio", CType.DOUBLE);
    private final int maxMarginSideAlgorithmOffset = field("MaxMarginSideAlgorithm", CType.CHAR);
    private final int strikePriceOffset = field("StrikePrice", CType.DOUBLE);
    private final int optionsTypeOffset = field("OptionsType", CType.CHAR);
    private final int underlyingMultipleOffset = field("UnderlyingMultiple", CType.DOUBLE);
    private final int combinationTypeOffset = field("CombinationType", CType.CHAR);
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");
    private final int exchangeInstIdOffset = field("ExchangeInstID", CType.CHAR_ARRAY);
    private final int exchangeInstIdLength = length("ExchangeInstID");
    private final int productIdOffset = field("ProductID", CType.CHAR_ARRAY);
    private final int productIdLength = length("ProductID");
    private final int underlyingInstrIdOffset = field("UnderlyingInstrID", CType.CHAR_ARRAY);
    private final int underlyingInstrIdLength = length("UnderlyingInstrID");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcInstrumentField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public InstrumentFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public InstrumentFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public InstrumentFlyweight clear()
    {
        super.clear();
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
    public InstrumentFlyweight exchangeId(final CharSequence value)
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
     * Instrument name, Chinese GB18030, e.g. {@code 螺纹钢2501}.
     * CTP field {@code InstrumentName}, char[21]. Decodes GB18030; allocates.
     */
    public String instrumentName()
    {
        return getText(instrumentNameOffset, instrumentNameLength);
    }

    /**
     * Writes {@code InstrumentName}: instrument name, Chinese GB18030, e.g. {@code 螺纹钢2501}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 20 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentFlyweight instrumentName(final CharSequence value)
    {
        putText(instrumentNameOffset, instrumentNameLength, "InstrumentName", value);
        return this;
    }

    /**
     * Appends {@link #instrumentName()} to {@code destination}; allocation-free only when the text is ASCII.
     *
     * @return destination
     */
    public StringBuilder appendInstrumentName(final StringBuilder destination)
    {
        return appendText(instrumentNameOffset, instrumentNameLength, destination);
    }

    /** Kind of product ({@link ProductClass}).
CTP field {@code ProductClass}, char. */
    public byte productClass()
    {
        return buffer.getByte(offset + productClassOffset);
    }

    /** Writes {@code ProductClass}: kind of product ({@link ProductClass}).
@return this */
    public InstrumentFlyweight productClass(final byte value)
    {
        writable().putByte(offset + productClassOffset, value);
        return this;
    }

    /** Delivery year, e.g. 2025.
CTP field {@code DeliveryYear}, int. */
    public int deliveryYear()
    {
        return buffer.getInt(offset + deliveryYearOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code DeliveryYear}: delivery year, e.g. 2025.
@return this */
    public InstrumentFlyweight deliveryYear(final int value)
    {
        writable().putInt(offset + deliveryYearOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Delivery month, 1..12.
CTP field {@code DeliveryMonth}, int. */
    public int deliveryMonth()
    {
        return buffer.getInt(offset + deliveryMonthOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code DeliveryMonth}: delivery month, 1..12.
@return this */
    public InstrumentFlyweight deliveryMonth(final int value)
    {
        writable().putInt(offset + deliveryMonthOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Largest market order, in lots.
CTP field {@code MaxMarketOrderVolume}, int. */
    public int maxMarketOrderVolume()
    {
        return buffer.getInt(offset + maxMarketOrderVolumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code MaxMarketOrderVolume}: largest market order, in lots.
@return this */
    public InstrumentFlyweight maxMarketOrderVolume(final int value)
    {
        writable().putInt(offset + maxMarketOrderVolumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Smallest market order, in lots.
CTP field {@code MinMarketOrderVolume}, int. */
    public int minMarketOrderVolume()
    {
        return buffer.getInt(offset + minMarketOrderVolumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code MinMarketOrderVolume}: smallest market order, in lots.
@return this */
    public InstrumentFlyweight minMarketOrderVolume(final int value)
    {
        writable().putInt(offset + minMarketOrderVolumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Largest limit order, in lots.
CTP field {@code MaxLimitOrderVolume}, int. */
    public int maxLimitOrderVolume()
    {
        return buffer.getInt(offset + maxLimitOrderVolumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code MaxLimitOrderVolume}: largest limit order, in lots.
@return this */
    public InstrumentFlyweight maxLimitOrderVolume(final int value)
    {
        writable().putInt(offset + maxLimitOrderVolumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Smallest limit order, in lots.
CTP field {@code MinLimitOrderVolume}, int. */
    public int minLimitOrderVolume()
    {
        return buffer.getInt(offset + minLimitOrderVolumeOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code MinLimitOrderVolume}: smallest limit order, in lots.
@return this */
    public InstrumentFlyweight minLimitOrderVolume(final int value)
    {
        writable().putInt(offset + minLimitOrderVolumeOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Contract multiplier: units of quotation per lot (e.g. 10 tons for rb).
CTP field {@code VolumeMultiple}, int. */
    public int volumeMultiple()
    {
        return buffer.getInt(offset + volumeMultipleOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code VolumeMultiple}: contract multiplier: units of quotation per lot (e.g. 10 tons for rb).
     *
     * @return this
     */
    public InstrumentFlyweight volumeMultiple(final int value)
    {
        writable().putInt(offset + volumeMultipleOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Minimum price increment (tick size), yuan per unit of quotation (multiply by VolumeMultiple for the value of one
     * lot).
     * CTP field {@code PriceTick}, double.
     */
    public double priceTick()
    {
        return buffer.getDouble(offset + priceTickOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code PriceTick}: minimum price increment (tick size), yuan per unit of quotation (multiply by
     * VolumeMultiple for the value of one lot).
     *
     * @return this
     */
    public InstrumentFlyweight priceTick(final double value)
    {
        writable().putDouble(offset + priceTickOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Listing creation date, {@code yyyyMMdd}.
     * CTP field {@code CreateDate}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapCreateDate} or {@link #createDateEquals}.
     */
    public String createDate()
    {
        return getText(createDateOffset, createDateLength);
    }

    /**
     * Writes {@code CreateDate}: listing creation date, {@code yyyyMMdd}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentFlyweight createDate(final CharSequence value)
    {
        putText(createDateOffset, createDateLength, "CreateDate", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #createDate()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapCreateDate(final AsciiSequenceView view)
    {
        return wrapText(createDateOffset, createDateLength, view);
    }

    /** Whether {@link #createDate()} equals {@code value}, without allocating (for ASCII values). */
    public boolean createDateEquals(final CharSequence value)
    {
        return textEquals(createDateOffset, createDateLength, value);
    }

    /**
     * First trading date, {@code yyyyMMdd}.
     * CTP field {@code OpenDate}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapOpenDate} or {@link #openDateEquals}.
     */
    public String openDate()
    {
        return getText(openDateOffset, openDateLength);
    }

    /**
     * Writes {@code OpenDate}: first trading date, {@code yyyyMMdd}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentFlyweight openDate(final CharSequence value)
    {
        putText(openDateOffset, openDateLength, "OpenDate", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #openDate()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapOpenDate(final AsciiSequenceView view)
    {
        return wrapText(openDateOffset, openDateLength, view);
    }

    /** Whether {@link #openDate()} equals {@code value}, without allocating (for ASCII values). */
    public boolean openDateEquals(final CharSequence value)
    {
        return textEquals(openDateOffset, openDateLength, value);
    }

    /**
     * Expiry (last trading) date, {@code yyyyMMdd}.
     * CTP field {@code ExpireDate}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapExpireDate} or {@link #expireDateEquals}.
     */
    public String expireDate()
    {
        return getText(expireDateOffset, expireDateLength);
    }

    /**
     * Writes {@code ExpireDate}: expiry (last trading) date, {@code yyyyMMdd}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentFlyweight expireDate(final CharSequence value)
    {
        putText(expireDateOffset, expireDateLength, "ExpireDate", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #expireDate()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapExpireDate(final AsciiSequenceView view)
    {
        return wrapText(expireDateOffset, expireDateLength, view);
    }

    /** Whether {@link #expireDate()} equals {@code value}, without allocating (for ASCII values). */
    public boolean expireDateEquals(final CharSequence value)
    {
        return textEquals(expireDateOffset, expireDateLength, value);
    }

    /**
     * First delivery date, {@code yyyyMMdd}.
     * CTP field {@code StartDelivDate}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapStartDelivDate} or {@link #startDelivDateEquals}.
     */
    public String startDelivDate()
    {
        return getText(startDelivDateOffset, startDelivDateLength);
    }

    /**
     * Writes {@code StartDelivDate}: first delivery date, {@code yyyyMMdd}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentFlyweight startDelivDate(final CharSequence value)
    {
        putText(startDelivDateOffset, startDelivDateLength, "StartDelivDate", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #startDelivDate()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapStartDelivDate(final AsciiSequenceView view)
    {
        return wrapText(startDelivDateOffset, startDelivDateLength, view);
    }

    /** Whether {@link #startDelivDate()} equals {@code value}, without allocating (for ASCII values). */
    public boolean startDelivDateEquals(final CharSequence value)
    {
        return textEquals(startDelivDateOffset, startDelivDateLength, value);
    }

    /**
     * Last delivery date, {@code yyyyMMdd}.
     * CTP field {@code EndDelivDate}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapEndDelivDate} or {@link #endDelivDateEquals}.
     */
    public String endDelivDate()
    {
        return getText(endDelivDateOffset, endDelivDateLength);
    }

    /**
     * Writes {@code EndDelivDate}: last delivery date, {@code yyyyMMdd}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentFlyweight endDelivDate(final CharSequence value)
    {
        putText(endDelivDateOffset, endDelivDateLength, "EndDelivDate", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #endDelivDate()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapEndDelivDate(final AsciiSequenceView view)
    {
        return wrapText(endDelivDateOffset, endDelivDateLength, view);
    }

    /** Whether {@link #endDelivDate()} equals {@code value}, without allocating (for ASCII values). */
    public boolean endDelivDateEquals(final CharSequence value)
    {
        return textEquals(endDelivDateOffset, endDelivDateLength, value);
    }

    /**
     * Life phase of the instrument: {@code THOST_FTDC_IP_*} ('0' not started, '1' started, '2' paused, '3' expired).
     * CTP field {@code InstLifePhase}, char.
     */
    public byte instLifePhase()
    {
        return buffer.getByte(offset + instLifePhaseOffset);
    }

    /**
     * Writes {@code InstLifePhase}: life phase of the instrument: {@code THOST_FTDC_IP_*} ('0' not started, '1'
     * started, '2' paused, '3' expired).
     *
     * @return this
     */
    public InstrumentFlyweight instLifePhase(final byte value)
    {
        writable().putByte(offset + instLifePhaseOffset, value);
        return this;
    }

    /** Whether the instrument is tradable now (boolean as int, 0 or 1).
CTP field {@code IsTrading}, int. */
    public int isTrading()
    {
        return buffer.getInt(offset + isTradingOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code IsTrading}: whether the instrument is tradable now (boolean as int, 0 or 1).
@return this */
    public InstrumentFlyweight isTrading(final int value)
    {
        writable().putInt(offset + isTradingOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Position type: {@code THOST_FTDC_PT_*} ('1' net, '2' gross).
CTP field {@code PositionType}, char. */
    public byte positionType()
    {
        return buffer.getByte(offset + positionTypeOffset);
    }

    /** Writes {@code PositionType}: position type: {@code THOST_FTDC_PT_*} ('1' net, '2' gross).
@return this */
    public InstrumentFlyweight positionType(final byte value)
    {
        writable().putByte(offset + positionTypeOffset, value);
        return this;
    }

    /**
     * Whether positions distinguish today from history: {@code THOST_FTDC_PDT_*} ('1' use history, '2' do not).
     * CTP field {@code PositionDateType}, char.
     */
    public byte positionDateType()
    {
        return buffer.getByte(offset + positionDateTypeOffset);
    }

    /**
     * Writes {@code PositionDateType}: whether positions distinguish today from history: {@code THOST_FTDC_PDT_*} ('1'
     * use history, '2' do not).
     *
     * @return this
     */
    public InstrumentFlyweight positionDateType(final byte value)
    {
        writable().putByte(offset + positionDateTypeOffset, value);
        return this;
    }

    /**
     * Long margin ratio set by the exchange (fraction of contract value, e.g. 0.07).
     * CTP field {@code LongMarginRatio}, double.
     */
    public double longMarginRatio()
    {
        return buffer.getDouble(offset + longMarginRatioOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code LongMarginRatio}: long margin ratio set by the exchange (fraction of contract value, e.g. 0.07).
     *
     * @return this
     */
    public InstrumentFlyweight longMarginRatio(final double value)
    {
        writable().putDouble(offset + longMarginRatioOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Short margin ratio set by the exchange (fraction of contract value).
     * CTP field {@code ShortMarginRatio}, double.
     */
    public double shortMarginRatio()
    {
        return buffer.getDouble(offset + shortMarginRatioOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code ShortMarginRatio}: short margin ratio set by the exchange (fraction of contract value).
     *
     * @return this
     */
    public InstrumentFlyweight shortMarginRatio(final double value)
    {
        writable().putDouble(offset + shortMarginRatioOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Whether the larger side's margin is charged for locked positions: {@code THOST_FTDC_MMSA_*}.
     * CTP field {@code MaxMarginSideAlgorithm}, char.
     */
    public byte maxMarginSideAlgorithm()
    {
        return buffer.getByte(offset + maxMarginSideAlgorithmOffset);
    }

    /**
     * Writes {@code MaxMarginSideAlgorithm}: whether the larger side's margin is charged for locked positions:
     * {@code THOST_FTDC_MMSA_*}.
     *
     * @return this
     */
    public InstrumentFlyweight maxMarginSideAlgorithm(final byte value)
    {
        writable().putByte(offset + maxMarginSideAlgorithmOffset, value);
        return this;
    }

    /**
     * Option strike price, yuan per unit of quotation (multiply by VolumeMultiple for the value of one lot).
     * CTP field {@code StrikePrice}, double.
     */
    public double strikePrice()
    {
        return buffer.getDouble(offset + strikePriceOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code StrikePrice}: option strike price, yuan per unit of quotation (multiply by VolumeMultiple for the
     * value of one lot).
     *
     * @return this
     */
    public InstrumentFlyweight strikePrice(final double value)
    {
        writable().putDouble(offset + strikePriceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Call or put: {@code THOST_FTDC_CP_*} ('1' call, '2' put).
CTP field {@code OptionsType}, char. */
    public byte optionsType()
    {
        return buffer.getByte(offset + optionsTypeOffset);
    }

    /** Writes {@code OptionsType}: call or put: {@code THOST_FTDC_CP_*} ('1' call, '2' put).
@return this */
    public InstrumentFlyweight optionsType(final byte value)
    {
        writable().putByte(offset + optionsTypeOffset, value);
        return this;
    }

    /** Contract multiplier of the underlying.
CTP field {@code UnderlyingMultiple}, double. */
    public double underlyingMultiple()
    {
        return buffer.getDouble(offset + underlyingMultipleOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code UnderlyingMultiple}: contract multiplier of the underlying.
@return this */
    public InstrumentFlyweight underlyingMultiple(final double value)
    {
        writable().putDouble(offset + underlyingMultipleOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Combination type: {@code THOST_FTDC_COMBT_*}.
CTP field {@code CombinationType}, char. */
    public byte combinationType()
    {
        return buffer.getByte(offset + combinationTypeOffset);
    }

    /** Writes {@code CombinationType}: combination type: {@code THOST_FTDC_COMBT_*}.
@return this */
    public InstrumentFlyweight combinationType(final byte value)
    {
        writable().putByte(offset + combinationTypeOffset, value);
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
    public InstrumentFlyweight instrumentId(final CharSequence value)
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
    public InstrumentFlyweight exchangeInstId(final CharSequence value)
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
     * Product code, e.g. {@code rb}; ASCII.
     * CTP field {@code ProductID}, char[81]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapProductId} or {@link #productIdEquals}.
     */
    public String productId()
    {
        return getText(productIdOffset, productIdLength);
    }

    /**
     * Writes {@code ProductID}: product code, e.g. {@code rb}; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 80 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentFlyweight productId(final CharSequence value)
    {
        putText(productIdOffset, productIdLength, "ProductID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #productId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapProductId(final AsciiSequenceView view)
    {
        return wrapText(productIdOffset, productIdLength, view);
    }

    /** Whether {@link #productId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean productIdEquals(final CharSequence value)
    {
        return textEquals(productIdOffset, productIdLength, value);
    }

    /**
     * Underlying instrument of an option; ASCII.
     * CTP field {@code UnderlyingInstrID}, char[81]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapUnderlyingInstrId} or {@link #underlyingInstrIdEquals}.
     */
    public String underlyingInstrId()
    {
        return getText(underlyingInstrIdOffset, underlyingInstrIdLength);
    }

    /**
     * Writes {@code UnderlyingInstrID}: underlying instrument of an option; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 80 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentFlyweight underlyingInstrId(final CharSequence value)
    {
        putText(underlyingInstrIdOffset, underlyingInstrIdLength, "UnderlyingInstrID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #underlyingInstrId()} in the buffer, without copying or allocating; valid until
     * the buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapUnderlyingInstrId(final AsciiSequenceView view)
    {
        return wrapText(underlyingInstrIdOffset, underlyingInstrIdLength, view);
    }

    /** Whether {@link #underlyingInstrId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean underlyingInstrIdEquals(final CharSequence value)
    {
        return textEquals(underlyingInstrIdOffset, underlyingInstrIdLength, value);
    }
}
