package org.ctpengine.adapter.struct;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcSpecificInstrumentField}. An instrument named in a (un)subscription request and its
 * responses ({@code OnRspSubMarketData} and friends).
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class SpecificInstrumentFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcSpecificInstrumentField";

    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcSpecificInstrumentField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public SpecificInstrumentFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public SpecificInstrumentFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public SpecificInstrumentFlyweight clear()
    {
        super.clear();
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
    public SpecificInstrumentFlyweight instrumentId(final CharSequence value)
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
