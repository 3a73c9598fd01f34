package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.codes.ProductClass;

/**
 * View over {@code CThostFtdcQryDepthMarketDataField}. Market data snapshot query ({@code ReqQryDepthMarketData});
 * empty filters match everything.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Fields absent before 6.7.x
 * (6.6.1_P1 lacks them): {@code ProductClass}; each has a {@code hasX()}. Reserved slots ({@code reserveN}, the old
 * char[31] InstrumentID and friends) have no accessors.
 */
public final class QryDepthMarketDataFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcQryDepthMarketDataField";

    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");
    private final int productClassOffset = optionalField("ProductClass", CType.CHAR);

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcQryDepthMarketDataField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public QryDepthMarketDataFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public QryDepthMarketDataFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public QryDepthMarketDataFlyweight clear()
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
    public QryDepthMarketDataFlyweight exchangeId(final CharSequence value)
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
    public QryDepthMarketDataFlyweight instrumentId(final CharSequence value)
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
     * Whether the bound profile's {@code CThostFtdcQryDepthMarketDataField} has {@code ProductClass} (6.7.x and
     * later).
     */
    public boolean hasProductClass()
    {
        return productClassOffset != ABSENT;
    }

    /**
     * Query filter: product class ({@link ProductClass}); 0 = all.
     * CTP field {@code ProductClass}, char. Absent before 6.7.x (e.g. 6.6.1_P1): check {@link #hasProductClass()},
     * else {@link FieldAbsentException}.
     */
    public byte productClass()
    {
        return buffer.getByte(offset + present(productClassOffset, "ProductClass"));
    }

    /** Writes {@code ProductClass}: query filter: product class ({@link ProductClass}); 0 = all.
@return this */
    public QryDepthMarketDataFlyweight productClass(final byte value)
    {
        writable().putByte(offset + present(productClassOffset, "ProductClass"), value);
        return this;
    }
}
