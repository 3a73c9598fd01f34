package org.ctpengine.adapter.struct;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcReqAuthenticateField}. Client authentication request ({@code ReqAuthenticate}), required
 * by production fronts before login.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class ReqAuthenticateFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcReqAuthenticateField";

    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int userIdOffset = field("UserID", CType.CHAR_ARRAY);
    private final int userIdLength = length("UserID");
    private final int userProductInfoOffset = field("UserProductInfo", CType.CHAR_ARRAY);
    private final int userProductInfoLength = length("UserProductInfo");
    private final int authCodeOffset = field("AuthCode", CType.CHAR_ARRAY);
    private final int authCodeLength = length("AuthCode");
    private final int appIdOffset = field("AppID", CType.CHAR_ARRAY);
    private final int appIdLength = length("AppID");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcReqAuthenticateField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public ReqAuthenticateFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public ReqAuthenticateFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public ReqAuthenticateFlyweight clear()
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
    public ReqAuthenticateFlyweight brokerId(final CharSequence value)
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
    public ReqAuthenticateFlyweight userId(final CharSequence value)
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
     * Client product name reported by the client (free text); ASCII.
     * CTP field {@code UserProductInfo}, char[11]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapUserProductInfo} or {@link #userProductInfoEquals}.
     */
    public String userProductInfo()
    {
        return getText(userProductInfoOffset, userProductInfoLength);
    }

    /**
     * Writes {@code UserProductInfo}: client product name reported by the client (free text); ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 10 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqAuthenticateFlyweight userProductInfo(final CharSequence value)
    {
        putText(userProductInfoOffset, userProductInfoLength, "UserProductInfo", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #userProductInfo()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapUserProductInfo(final AsciiSequenceView view)
    {
        return wrapText(userProductInfoOffset, userProductInfoLength, view);
    }

    /** Whether {@link #userProductInfo()} equals {@code value}, without allocating (for ASCII values). */
    public boolean userProductInfoEquals(final CharSequence value)
    {
        return textEquals(userProductInfoOffset, userProductInfoLength, value);
    }

    /**
     * Authentication code issued by the broker for this AppID; ASCII.
     * CTP field {@code AuthCode}, char[17]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapAuthCode} or {@link #authCodeEquals}.
     */
    public String authCode()
    {
        return getText(authCodeOffset, authCodeLength);
    }

    /**
     * Writes {@code AuthCode}: authentication code issued by the broker for this AppID; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 16 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqAuthenticateFlyweight authCode(final CharSequence value)
    {
        putText(authCodeOffset, authCodeLength, "AuthCode", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #authCode()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapAuthCode(final AsciiSequenceView view)
    {
        return wrapText(authCodeOffset, authCodeLength, view);
    }

    /** Whether {@link #authCode()} equals {@code value}, without allocating (for ASCII values). */
    public boolean authCodeEquals(final CharSequence value)
    {
        return textEquals(authCodeOffset, authCodeLength, value);
    }

    /**
     * Application ID registered with the broker (e.g. {@code client_xxx_1.0}); ASCII.
     * CTP field {@code AppID}, char[33]. Allocates a String: for logs and tests; the hot path uses {@link #wrapAppId}
     * or {@link #appIdEquals}.
     */
    public String appId()
    {
        return getText(appIdOffset, appIdLength);
    }

    /**
     * Writes {@code AppID}: application ID registered with the broker (e.g. {@code client_xxx_1.0}); ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 32 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqAuthenticateFlyweight appId(final CharSequence value)
    {
        putText(appIdOffset, appIdLength, "AppID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #appId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapAppId(final AsciiSequenceView view)
    {
        return wrapText(appIdOffset, appIdLength, view);
    }

    /** Whether {@link #appId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean appIdEquals(final CharSequence value)
    {
        return textEquals(appIdOffset, appIdLength, value);
    }
}
