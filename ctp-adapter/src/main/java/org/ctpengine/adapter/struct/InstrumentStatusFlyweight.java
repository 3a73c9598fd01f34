package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.codes.InstrumentStatus;

/**
 * View over {@code CThostFtdcInstrumentStatusField}. A trading phase change of an instrument or product, pushed in
 * {@code OnRtnInstrumentStatus}.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class InstrumentStatusFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcInstrumentStatusField";

    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int settlementGroupIdOffset = field("SettlementGroupID", CType.CHAR_ARRAY);
    private final int settlementGroupIdLength = length("SettlementGroupID");
    private final int instrumentStatusOffset = field("InstrumentStatus", CType.CHAR);
    private final int tradingSegmentSnOffset = field("TradingSegmentSN", CType.INT);
    private final int enterTimeOffset = field("EnterTime", CType.CHAR_ARRAY);
    private final int enterTimeLength = length("EnterTime");
    private final int enterReasonOffset = field("EnterReason", CType.CHAR);
    private final int exchangeInstIdOffset = field("ExchangeInstID", CType.CHAR_ARRAY);
    private final int exchangeInstIdLength = length("ExchangeInstID");
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcInstrumentStatusField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public InstrumentStatusFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public InstrumentStatusFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public InstrumentStatusFlyweight clear()
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
    public InstrumentStatusFlyweight exchangeId(final CharSequence value)
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
     * Settlement group code at the exchange; ASCII.
     * CTP field {@code SettlementGroupID}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapSettlementGroupId} or {@link #settlementGroupIdEquals}.
     */
    public String settlementGroupId()
    {
        return getText(settlementGroupIdOffset, settlementGroupIdLength);
    }

    /**
     * Writes {@code SettlementGroupID}: settlement group code at the exchange; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentStatusFlyweight settlementGroupId(final CharSequence value)
    {
        putText(settlementGroupIdOffset, settlementGroupIdLength, "SettlementGroupID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #settlementGroupId()} in the buffer, without copying or allocating; valid until
     * the buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapSettlementGroupId(final AsciiSequenceView view)
    {
        return wrapText(settlementGroupIdOffset, settlementGroupIdLength, view);
    }

    /** Whether {@link #settlementGroupId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean settlementGroupIdEquals(final CharSequence value)
    {
        return textEquals(settlementGroupIdOffset, settlementGroupIdLength, value);
    }

    /** Trading phase ({@link InstrumentStatus}).
CTP field {@code InstrumentStatus}, char. */
    public byte instrumentStatus()
    {
        return buffer.getByte(offset + instrumentStatusOffset);
    }

    /** Writes {@code InstrumentStatus}: trading phase ({@link InstrumentStatus}).
@return this */
    public InstrumentStatusFlyweight instrumentStatus(final byte value)
    {
        writable().putByte(offset + instrumentStatusOffset, value);
        return this;
    }

    /** Trading segment number.
CTP field {@code TradingSegmentSN}, int. */
    public int tradingSegmentSn()
    {
        return buffer.getInt(offset + tradingSegmentSnOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code TradingSegmentSN}: trading segment number.
@return this */
    public InstrumentStatusFlyweight tradingSegmentSn(final int value)
    {
        writable().putInt(offset + tradingSegmentSnOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Time the instrument entered this status, {@code HH:mm:ss}.
     * CTP field {@code EnterTime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapEnterTime} or {@link #enterTimeEquals}.
     */
    public String enterTime()
    {
        return getText(enterTimeOffset, enterTimeLength);
    }

    /**
     * Writes {@code EnterTime}: time the instrument entered this status, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public InstrumentStatusFlyweight enterTime(final CharSequence value)
    {
        putText(enterTimeOffset, enterTimeLength, "EnterTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #enterTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapEnterTime(final AsciiSequenceView view)
    {
        return wrapText(enterTimeOffset, enterTimeLength, view);
    }

    /** Whether {@link #enterTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean enterTimeEquals(final CharSequence value)
    {
        return textEquals(enterTimeOffset, enterTimeLength, value);
    }

    /**
     * Why the status was entered: {@code THOST_FTDC_IER_*} ('1' automatic, '2' manual, '3' fuse).
     * CTP field {@code EnterReason}, char.
     */
    public byte enterReason()
    {
        return buffer.getByte(offset + enterReasonOffset);
    }

    /**
     * Writes {@code EnterReason}: why the status was entered: {@code THOST_FTDC_IER_*} ('1' automatic, '2' manual, '3'
     * fuse).
     *
     * @return this
     */
    public InstrumentStatusFlyweight enterReason(final byte value)
    {
        writable().putByte(offset + enterReasonOffset, value);
        return this;
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
    public InstrumentStatusFlyweight exchangeInstId(final CharSequence value)
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
    public InstrumentStatusFlyweight instrumentId(final CharSequence value)
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
}
