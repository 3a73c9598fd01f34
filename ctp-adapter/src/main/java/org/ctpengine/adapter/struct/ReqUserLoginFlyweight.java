package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcReqUserLoginField}. Login request ({@code ReqUserLogin}) for the trader and the market
 * data API.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class ReqUserLoginFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcReqUserLoginField";

    private final int tradingDayOffset = field("TradingDay", CType.CHAR_ARRAY);
    private final int tradingDayLength = length("TradingDay");
    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int userIdOffset = field("UserID", CType.CHAR_ARRAY);
    private final int userIdLength = length("UserID");
    private final int passwordOffset = field("Password", CType.CHAR_ARRAY);
    private final int passwordLength = length("Password");
    private final int userProductInfoOffset = field("UserProductInfo", CType.CHAR_ARRAY);
    private final int userProductInfoLength = length("UserProductInfo");
    private final int interfaceProductInfoOffset = field("InterfaceProductInfo", CType.CHAR_ARRAY);
    private final int interfaceProductInfoLength = length("InterfaceProductInfo");
    private final int protocolInfoOffset = field("ProtocolInfo", CType.CHAR_ARRAY);
    private final int protocolInfoLength = length("ProtocolInfo");
    private final int macAddressOffset = field("MacAddress", CType.CHAR_ARRAY);
    private final int macAddressLength = length("MacAddress");
    private final int oneTimePasswordOffset = field("OneTimePassword", CType.CHAR_ARRAY);
    private final int oneTimePasswordLength = length("OneTimePassword");
    private final int loginRemarkOffset = field("LoginRemark", CType.CHAR_ARRAY);
    private final int loginRemarkLength = length("LoginRemark");
    private final int clientIpPortOffset = field("ClientIPPort", CType.INT);
    private final int clientIpAddressOffset = field("ClientIPAddress", CType.CHAR_ARRAY);
    private final int clientIpAddressLength = length("ClientIPAddress");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcReqUserLoginField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public ReqUserLoginFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public ReqUserLoginFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public ReqUserLoginFlyweight clear()
    {
        super.clear();
        return this;
    }

    /**
     * Trading day, {@code yyyyMMdd}; leave empty.
     * CTP field {@code TradingDay}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapTradingDay} or {@link #tradingDayEquals}.
     */
    public String tradingDay()
    {
        return getText(tradingDayOffset, tradingDayLength);
    }

    /**
     * Writes {@code TradingDay}: trading day, {@code yyyyMMdd}; leave empty.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqUserLoginFlyweight tradingDay(final CharSequence value)
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
    public ReqUserLoginFlyweight brokerId(final CharSequence value)
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
    public ReqUserLoginFlyweight userId(final CharSequence value)
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
     * Login password; ASCII. Never log it.
     * CTP field {@code Password}, char[41]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapPassword} or {@link #passwordEquals}.
     */
    public String password()
    {
        return getText(passwordOffset, passwordLength);
    }

    /**
     * Writes {@code Password}: login password; ASCII. Never log it.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 40 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqUserLoginFlyweight password(final CharSequence value)
    {
        putText(passwordOffset, passwordLength, "Password", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #password()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapPassword(final AsciiSequenceView view)
    {
        return wrapText(passwordOffset, passwordLength, view);
    }

    /** Whether {@link #password()} equals {@code value}, without allocating (for ASCII values). */
    public boolean passwordEquals(final CharSequence value)
    {
        return textEquals(passwordOffset, passwordLength, value);
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
    public ReqUserLoginFlyweight userProductInfo(final CharSequence value)
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
     * Interface product name; ASCII.
     * CTP field {@code InterfaceProductInfo}, char[11]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapInterfaceProductInfo} or {@link #interfaceProductInfoEquals}.
     */
    public String interfaceProductInfo()
    {
        return getText(interfaceProductInfoOffset, interfaceProductInfoLength);
    }

    /**
     * Writes {@code InterfaceProductInfo}: interface product name; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 10 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqUserLoginFlyweight interfaceProductInfo(final CharSequence value)
    {
        putText(interfaceProductInfoOffset, interfaceProductInfoLength, "InterfaceProductInfo", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #interfaceProductInfo()} in the buffer, without copying or allocating; valid until
     * the buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapInterfaceProductInfo(final AsciiSequenceView view)
    {
        return wrapText(interfaceProductInfoOffset, interfaceProductInfoLength, view);
    }

    /** Whether {@link #interfaceProductInfo()} equals {@code value}, without allocating (for ASCII values). */
    public boolean interfaceProductInfoEquals(final CharSequence value)
    {
        return textEquals(interfaceProductInfoOffset, interfaceProductInfoLength, value);
    }

    /**
     * Protocol information; ASCII.
     * CTP field {@code ProtocolInfo}, char[11]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapProtocolInfo} or {@link #protocolInfoEquals}.
     */
    public String protocolInfo()
    {
        return getText(protocolInfoOffset, protocolInfoLength);
    }

    /**
     * Writes {@code ProtocolInfo}: protocol information; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 10 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqUserLoginFlyweight protocolInfo(final CharSequence value)
    {
        putText(protocolInfoOffset, protocolInfoLength, "ProtocolInfo", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #protocolInfo()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapProtocolInfo(final AsciiSequenceView view)
    {
        return wrapText(protocolInfoOffset, protocolInfoLength, view);
    }

    /** Whether {@link #protocolInfo()} equals {@code value}, without allocating (for ASCII values). */
    public boolean protocolInfoEquals(final CharSequence value)
    {
        return textEquals(protocolInfoOffset, protocolInfoLength, value);
    }

    /**
     * Client MAC address (reporting requirement); ASCII.
     * CTP field {@code MacAddress}, char[21]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapMacAddress} or {@link #macAddressEquals}.
     */
    public String macAddress()
    {
        return getText(macAddressOffset, macAddressLength);
    }

    /**
     * Writes {@code MacAddress}: client MAC address (reporting requirement); ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 20 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqUserLoginFlyweight macAddress(final CharSequence value)
    {
        putText(macAddressOffset, macAddressLength, "MacAddress", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #macAddress()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapMacAddress(final AsciiSequenceView view)
    {
        return wrapText(macAddressOffset, macAddressLength, view);
    }

    /** Whether {@link #macAddress()} equals {@code value}, without allocating (for ASCII values). */
    public boolean macAddressEquals(final CharSequence value)
    {
        return textEquals(macAddressOffset, macAddressLength, value);
    }

    /**
     * Dynamic (one-time) password, when the broker requires one; ASCII.
     * CTP field {@code OneTimePassword}, char[41]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapOneTimePassword} or {@link #oneTimePasswordEquals}.
     */
    public String oneTimePassword()
    {
        return getText(oneTimePasswordOffset, oneTimePasswordLength);
    }

    /**
     * Writes {@code OneTimePassword}: dynamic (one-time) password, when the broker requires one; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 40 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqUserLoginFlyweight oneTimePassword(final CharSequence value)
    {
        putText(oneTimePasswordOffset, oneTimePasswordLength, "OneTimePassword", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #oneTimePassword()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapOneTimePassword(final AsciiSequenceView view)
    {
        return wrapText(oneTimePasswordOffset, oneTimePasswordLength, view);
    }

    /** Whether {@link #oneTimePassword()} equals {@code value}, without allocating (for ASCII values). */
    public boolean oneTimePasswordEquals(final CharSequence value)
    {
        return textEquals(oneTimePasswordOffset, oneTimePasswordLength, value);
    }

    /**
     * Login remark (free text, may be Chinese).
     * CTP field {@code LoginRemark}, char[36]. Decodes GB18030; allocates.
     */
    public String loginRemark()
    {
        return getText(loginRemarkOffset, loginRemarkLength);
    }

    /**
     * Writes {@code LoginRemark}: login remark (free text, may be Chinese).
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 35 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqUserLoginFlyweight loginRemark(final CharSequence value)
    {
        putText(loginRemarkOffset, loginRemarkLength, "LoginRemark", value);
        return this;
    }

    /**
     * Appends {@link #loginRemark()} to {@code destination}; allocation-free only when the text is ASCII.
     *
     * @return destination
     */
    public StringBuilder appendLoginRemark(final StringBuilder destination)
    {
        return appendText(loginRemarkOffset, loginRemarkLength, destination);
    }

    /** Client public port, for relay (intermediary) logins.
CTP field {@code ClientIPPort}, int. */
    public int clientIpPort()
    {
        return buffer.getInt(offset + clientIpPortOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code ClientIPPort}: client public port, for relay (intermediary) logins.
@return this */
    public ReqUserLoginFlyweight clientIpPort(final int value)
    {
        writable().putInt(offset + clientIpPortOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Client public IP address, for relay (intermediary) logins; ASCII.
     * CTP field {@code ClientIPAddress}, char[33]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapClientIpAddress} or {@link #clientIpAddressEquals}.
     */
    public String clientIpAddress()
    {
        return getText(clientIpAddressOffset, clientIpAddressLength);
    }

    /**
     * Writes {@code ClientIPAddress}: client public IP address, for relay (intermediary) logins; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 32 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public ReqUserLoginFlyweight clientIpAddress(final CharSequence value)
    {
        putText(clientIpAddressOffset, clientIpAddressLength, "ClientIPAddress", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #clientIpAddress()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapClientIpAddress(final AsciiSequenceView view)
    {
        return wrapText(clientIpAddressOffset, clientIpAddressLength, view);
    }

    /** Whether {@link #clientIpAddress()} equals {@code value}, without allocating (for ASCII values). */
    public boolean clientIpAddressEquals(final CharSequence value)
    {
        return textEquals(clientIpAddressOffset, clientIpAddressLength, value);
    }
}
