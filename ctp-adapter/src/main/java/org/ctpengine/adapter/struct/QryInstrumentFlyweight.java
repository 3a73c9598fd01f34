package org.ctpengine.adapter.struct;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcQryInstrumentField}. Instrument query ({@code ReqQryInstrument}); empty fields match
 * everything.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class QryInstrumentFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcQryInstrumentField";

    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");
    private final int exchangeInstIdOffset = field("ExchangeInstID", CType.CHAR_ARRAY);
    private final int exchangeInstIdLength = length("ExchangeInstID");
    private final int productIdOffset = field("ProductID", CType.CHAR_ARRAY);
    private final int productIdLength = length("ProductID");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcQryInstrumentField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public QryInstrumentFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public QryInstrumentFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public QryInstrumentFlyweight clear()
    {
        super.clear();
        return this;
    }

    /**
     * Query filter: exchange code; empty = all.
     * CTP field {@code ExchangeID}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapExchangeId} or {@link #exchangeIdEquals}.
     */
    public String exchangeId()
    {
        return getText(exchangeIdOffset, exchangeIdLength);
    }

    /**
     * Writes {@code ExchangeID}: query filter: exchange code; empty = all.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public QryInstrumentFlyweight exchangeId(final CharSequence value)
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
     * Query filter: instrument code; empty = all.
     * CTP field {@code InstrumentID}, char[81]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapInstrumentId} or {@link #instrumentIdEquals}.
     */
    public String instrumentId()
    {
        return getText(instrumentIdOffset, instrumentIdLength);
    }

    /**
     * Writes {@code InstrumentID}: query filter: instrument code; empty = all.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 80 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public QryInstrumentFlyweight instrumentId(final CharSequence value)
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
     * Query filter: exchange's instrument code; empty = all.
     * CTP field {@code ExchangeInstID}, char[81]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapExchangeInstId} or {@link #exchangeInstIdEquals}.
     */
    public String exchangeInstId()
    {
        return getText(exchangeInstIdOffset, exchangeInstIdLength);
    }

    /**
     * Writes {@code ExchangeInstID}: query filter: exchange's instrument code; empty = all.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 80 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public QryInstrumentFlyweight exchangeInstId(final CharSequence value)
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
     * Query filter: product code; empty = all.
     * CTP field {@code ProductID}, char[81]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapProductId} or {@link #productIdEquals}.
     */
    public String productId()
    {
        return getText(productIdOffset, productIdLength);
    }

    /**
     * Writes {@code ProductID}: query filter: product code; empty = all.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 80 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public QryInstrumentFlyweight productId(final CharSequence value)
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
}
