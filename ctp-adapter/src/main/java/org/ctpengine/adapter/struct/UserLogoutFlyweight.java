package org.ctpengine.adapter.struct;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcUserLogoutField}. Logout request and response ({@code ReqUserLogout},
 * {@code OnRspUserLogout}).
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class UserLogoutFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcUserLogoutField";

    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int userIdOffset = field("UserID", CType.CHAR_ARRAY);
    private final int userIdLength = length("UserID");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcUserLogoutField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public UserLogoutFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public UserLogoutFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public UserLogoutFlyweight clear()
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
    public UserLogoutFlyweight brokerId(final CharSequence value)
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
    public UserLogoutFlyweight userId(final CharSequence value)
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
}
