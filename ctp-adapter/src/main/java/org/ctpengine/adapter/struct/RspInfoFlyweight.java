package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcRspInfoField}. Outcome of a request ({@code pRspInfo} of every {@code OnRsp*} callback):
 * ErrorID 0 means success. The pointer itself may be null for success.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class RspInfoFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcRspInfoField";

    private final int errorIdOffset = field("ErrorID", CType.INT);
    private final int errorMsgOffset = field("ErrorMsg", CType.CHAR_ARRAY);
    private final int errorMsgLength = length("ErrorMsg");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcRspInfoField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public RspInfoFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public RspInfoFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public RspInfoFlyweight clear()
    {
        super.clear();
        return this;
    }

    /**
     * Error number: 0 means success; otherwise CTP's error code (see CTP's error table).
     * CTP field {@code ErrorID}, int.
     */
    public int errorId()
    {
        return buffer.getInt(offset + errorIdOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code ErrorID}: error number: 0 means success; otherwise CTP's error code (see CTP's error table).
     *
     * @return this
     */
    public RspInfoFlyweight errorId(final int value)
    {
        writable().putInt(offset + errorIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Error message text, Chinese GB18030, e.g. {@code CTP:报单字段有误}.
     * CTP field {@code ErrorMsg}, char[81]. Decodes GB18030; allocates.
     */
    public String errorMsg()
    {
        return getText(errorMsgOffset, errorMsgLength);
    }

    /**
     * Writes {@code ErrorMsg}: error message text, Chinese GB18030, e.g. {@code CTP:报单字段有误}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 80 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspInfoFlyweight errorMsg(final CharSequence value)
    {
        putText(errorMsgOffset, errorMsgLength, "ErrorMsg", value);
        return this;
    }

    /**
     * Appends {@link #errorMsg()} to {@code destination}; allocation-free only when the text is ASCII.
     *
     * @return destination
     */
    public StringBuilder appendErrorMsg(final StringBuilder destination)
    {
        return appendText(errorMsgOffset, errorMsgLength, destination);
    }
}
