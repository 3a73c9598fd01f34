package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcRspUserLoginField}. Login response ({@code OnRspUserLogin}): the session's FrontID and
 * SessionID, which become part of every order key, and MaxOrderRef.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Fields absent before 6.7.x
 * (6.6.1_P1 lacks them): {@code SysVersion}, {@code GFEXTime}, {@code LoginDRIdentityID}, {@code UserDRIdentityID};
 * each has a {@code hasX()}. Reserved slots ({@code reserveN}, the old char[31] InstrumentID and friends) have no
 * accessors.
 */
public final class RspUserLoginFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcRspUserLoginField";

    private final int tradingDayOffset = field("TradingDay", CType.CHAR_ARRAY);
    private final int tradingDayLength = length("TradingDay");
    private final int loginTimeOffset = field("LoginTime", CType.CHAR_ARRAY);
    private final int loginTimeLength = length("LoginTime");
    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int userIdOffset = field("UserID", CType.CHAR_ARRAY);
    private final int userIdLength = length("UserID");
    private final int systemNameOffset = field("SystemName", CType.CHAR_ARRAY);
    private final int systemNameLength = length("SystemName");
    private final int frontIdOffset = field("FrontID", CType.INT);
    private final int sessionIdOffset = field("SessionID", CType.INT);
    private final int maxOrderRefOffset = field("MaxOrderRef", CType.CHAR_ARRAY);
    private final int maxOrderRefLength = length("MaxOrderRef");
    private final int shfeTimeOffset = field("SHFETime", CType.CHAR_ARRAY);
    private final int shfeTimeLength = length("SHFETime");
    private final int dceTimeOffset = field("DCETime", CType.CHAR_ARRAY);
    private final int dceTimeLength = length("DCETime");
    private final int czceTimeOffset = field("CZCETime", CType.CHAR_ARRAY);
    private final int czceTimeLength = length("CZCETime");
    private final int ffexTimeOffset = field("FFEXTime", CType.CHAR_ARRAY);
    private final int ffexTimeLength = length("FFEXTime");
    private final int ineTimeOffset = field("INETime", CType.CHAR_ARRAY);
    private final int ineTimeLength = length("INETime");
    private final int sysVersionOffset = optionalField("SysVersion", CType.CHAR_ARRAY);
    private final int sysVersionLength = length("SysVersion");
    private final int gfexTimeOffset = optionalField("GFEXTime", CType.CHAR_ARRAY);
    private final int gfexTimeLength = length("GFEXTime");
    private final int loginDrIdentityIdOffset = optionalField("LoginDRIdentityID", CType.INT);
    private final int userDrIdentityIdOffset = optionalField("UserDRIdentityID", CType.INT);
    private final int lastLoginTimeOffset = optionalField("LastLoginTime", CType.CHAR_ARRAY);
    private final int lastLoginTimeLength = length("LastLoginTime");
    private final int reserveInfoOffset = optionalField("ReserveInfo", CType.CHAR_ARRAY);
    private final int reserveInfoLength = length("ReserveInfo");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcRspUserLoginField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public RspUserLoginFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public RspUserLoginFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public RspUserLoginFlyweight clear()
    {
        super.clear();
        return this;
    }

    /**
     * Trading day of the session as {@code yyyyMMdd}; during the night session it is the next trading day.
     * CTP field {@code TradingDay}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapTradingDay} or {@link #tradingDayEquals}.
     */
    public String tradingDay()
    {
        return getText(tradingDayOffset, tradingDayLength);
    }

    /**
     * Writes {@code TradingDay}: trading day of the session as {@code yyyyMMdd}; during the night session it is the
     * next trading day.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight tradingDay(final CharSequence value)
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
     * Time of the login as {@code HH:mm:ss}.
     * CTP field {@code LoginTime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapLoginTime} or {@link #loginTimeEquals}.
     */
    public String loginTime()
    {
        return getText(loginTimeOffset, loginTimeLength);
    }

    /**
     * Writes {@code LoginTime}: time of the login as {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight loginTime(final CharSequence value)
    {
        putText(loginTimeOffset, loginTimeLength, "LoginTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #loginTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapLoginTime(final AsciiSequenceView view)
    {
        return wrapText(loginTimeOffset, loginTimeLength, view);
    }

    /** Whether {@link #loginTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean loginTimeEquals(final CharSequence value)
    {
        return textEquals(loginTimeOffset, loginTimeLength, value);
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
    public RspUserLoginFlyweight brokerId(final CharSequence value)
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
    public RspUserLoginFlyweight userId(final CharSequence value)
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
     * Name of the trading system (e.g. {@code TradingHosting}); may be Chinese.
     * CTP field {@code SystemName}, char[41]. Decodes GB18030; allocates.
     */
    public String systemName()
    {
        return getText(systemNameOffset, systemNameLength);
    }

    /**
     * Writes {@code SystemName}: name of the trading system (e.g. {@code TradingHosting}); may be Chinese.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 40 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight systemName(final CharSequence value)
    {
        putText(systemNameOffset, systemNameLength, "SystemName", value);
        return this;
    }

    /**
     * Appends {@link #systemName()} to {@code destination}; allocation-free only when the text is ASCII.
     *
     * @return destination
     */
    public StringBuilder appendSystemName(final StringBuilder destination)
    {
        return appendText(systemNameOffset, systemNameLength, destination);
    }

    /**
     * Front (gateway) number of the session that placed the order; part of the order key (FrontID, SessionID,
     * OrderRef).
     * CTP field {@code FrontID}, int.
     */
    public int frontId()
    {
        return buffer.getInt(offset + frontIdOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code FrontID}: front (gateway) number of the session that placed the order; part of the order key
     * (FrontID, SessionID, OrderRef).
     *
     * @return this
     */
    public RspUserLoginFlyweight frontId(final int value)
    {
        writable().putInt(offset + frontIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Session number of the connection that placed the order; part of the order key (FrontID, SessionID, OrderRef).
     * CTP field {@code SessionID}, int.
     */
    public int sessionId()
    {
        return buffer.getInt(offset + sessionIdOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code SessionID}: session number of the connection that placed the order; part of the order key
     * (FrontID, SessionID, OrderRef).
     *
     * @return this
     */
    public RspUserLoginFlyweight sessionId(final int value)
    {
        writable().putInt(offset + sessionIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Largest OrderRef used so far in this session; the next order's OrderRef must be greater.
     * CTP field {@code MaxOrderRef}, char[13]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapMaxOrderRef} or {@link #maxOrderRefEquals}.
     */
    public String maxOrderRef()
    {
        return getText(maxOrderRefOffset, maxOrderRefLength);
    }

    /**
     * Writes {@code MaxOrderRef}: largest OrderRef used so far in this session; the next order's OrderRef must be
     * greater.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 12 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight maxOrderRef(final CharSequence value)
    {
        putText(maxOrderRefOffset, maxOrderRefLength, "MaxOrderRef", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #maxOrderRef()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapMaxOrderRef(final AsciiSequenceView view)
    {
        return wrapText(maxOrderRefOffset, maxOrderRefLength, view);
    }

    /** Whether {@link #maxOrderRef()} equals {@code value}, without allocating (for ASCII values). */
    public boolean maxOrderRefEquals(final CharSequence value)
    {
        return textEquals(maxOrderRefOffset, maxOrderRefLength, value);
    }

    /**
     * SHFE's time at login, {@code HH:mm:ss}.
     * CTP field {@code SHFETime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapShfeTime} or {@link #shfeTimeEquals}.
     */
    public String shfeTime()
    {
        return getText(shfeTimeOffset, shfeTimeLength);
    }

    /**
     * Writes {@code SHFETime}: sHFE's time at login, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight shfeTime(final CharSequence value)
    {
        putText(shfeTimeOffset, shfeTimeLength, "SHFETime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #shfeTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapShfeTime(final AsciiSequenceView view)
    {
        return wrapText(shfeTimeOffset, shfeTimeLength, view);
    }

    /** Whether {@link #shfeTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean shfeTimeEquals(final CharSequence value)
    {
        return textEquals(shfeTimeOffset, shfeTimeLength, value);
    }

    /**
     * DCE's time at login, {@code HH:mm:ss}.
     * CTP field {@code DCETime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapDceTime} or {@link #dceTimeEquals}.
     */
    public String dceTime()
    {
        return getText(dceTimeOffset, dceTimeLength);
    }

    /**
     * Writes {@code DCETime}: dCE's time at login, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight dceTime(final CharSequence value)
    {
        putText(dceTimeOffset, dceTimeLength, "DCETime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #dceTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapDceTime(final AsciiSequenceView view)
    {
        return wrapText(dceTimeOffset, dceTimeLength, view);
    }

    /** Whether {@link #dceTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean dceTimeEquals(final CharSequence value)
    {
        return textEquals(dceTimeOffset, dceTimeLength, value);
    }

    /**
     * CZCE's time at login, {@code HH:mm:ss}.
     * CTP field {@code CZCETime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapCzceTime} or {@link #czceTimeEquals}.
     */
    public String czceTime()
    {
        return getText(czceTimeOffset, czceTimeLength);
    }

    /**
     * Writes {@code CZCETime}: cZCE's time at login, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight czceTime(final CharSequence value)
    {
        putText(czceTimeOffset, czceTimeLength, "CZCETime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #czceTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapCzceTime(final AsciiSequenceView view)
    {
        return wrapText(czceTimeOffset, czceTimeLength, view);
    }

    /** Whether {@link #czceTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean czceTimeEquals(final CharSequence value)
    {
        return textEquals(czceTimeOffset, czceTimeLength, value);
    }

    /**
     * CFFEX's time at login, {@code HH:mm:ss}.
     * CTP field {@code FFEXTime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapFfexTime} or {@link #ffexTimeEquals}.
     */
    public String ffexTime()
    {
        return getText(ffexTimeOffset, ffexTimeLength);
    }

    /**
     * Writes {@code FFEXTime}: cFFEX's time at login, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight ffexTime(final CharSequence value)
    {
        putText(ffexTimeOffset, ffexTimeLength, "FFEXTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #ffexTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapFfexTime(final AsciiSequenceView view)
    {
        return wrapText(ffexTimeOffset, ffexTimeLength, view);
    }

    /** Whether {@link #ffexTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean ffexTimeEquals(final CharSequence value)
    {
        return textEquals(ffexTimeOffset, ffexTimeLength, value);
    }

    /**
     * INE's time at login, {@code HH:mm:ss}.
     * CTP field {@code INETime}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapIneTime} or {@link #ineTimeEquals}.
     */
    public String ineTime()
    {
        return getText(ineTimeOffset, ineTimeLength);
    }

    /**
     * Writes {@code INETime}: iNE's time at login, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight ineTime(final CharSequence value)
    {
        putText(ineTimeOffset, ineTimeLength, "INETime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #ineTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapIneTime(final AsciiSequenceView view)
    {
        return wrapText(ineTimeOffset, ineTimeLength, view);
    }

    /** Whether {@link #ineTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean ineTimeEquals(final CharSequence value)
    {
        return textEquals(ineTimeOffset, ineTimeLength, value);
    }

    /** Whether the bound profile's {@code CThostFtdcRspUserLoginField} has {@code SysVersion} (6.7.x and later). */
    public boolean hasSysVersion()
    {
        return sysVersionOffset != ABSENT;
    }

    /**
     * Version of the trading system that answered the login.
     * CTP field {@code SysVersion}, char[41]. Absent before 6.7.x (e.g. 6.6.1_P1): check {@link #hasSysVersion()},
     * else {@link FieldAbsentException}. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapSysVersion} or {@link #sysVersionEquals}.
     */
    public String sysVersion()
    {
        return getText(present(sysVersionOffset, "SysVersion"), sysVersionLength);
    }

    /**
     * Writes {@code SysVersion}: version of the trading system that answered the login.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 40 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight sysVersion(final CharSequence value)
    {
        putText(present(sysVersionOffset, "SysVersion"), sysVersionLength, "SysVersion", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #sysVersion()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapSysVersion(final AsciiSequenceView view)
    {
        return wrapText(present(sysVersionOffset, "SysVersion"), sysVersionLength, view);
    }

    /** Whether {@link #sysVersion()} equals {@code value}, without allocating (for ASCII values). */
    public boolean sysVersionEquals(final CharSequence value)
    {
        return textEquals(present(sysVersionOffset, "SysVersion"), sysVersionLength, value);
    }

    /** Whether the bound profile's {@code CThostFtdcRspUserLoginField} has {@code GFEXTime} (6.7.x and later). */
    public boolean hasGfexTime()
    {
        return gfexTimeOffset != ABSENT;
    }

    /**
     * GFEX's time at login, {@code HH:mm:ss}.
     * CTP field {@code GFEXTime}, char[9]. Absent before 6.7.x (e.g. 6.6.1_P1): check {@link #hasGfexTime()}, else
     * {@link FieldAbsentException}. Allocates a String: for logs and tests; the hot path uses {@link #wrapGfexTime} or
     * {@link #gfexTimeEquals}.
     */
    public String gfexTime()
    {
        return getText(present(gfexTimeOffset, "GFEXTime"), gfexTimeLength);
    }

    /**
     * Writes {@code GFEXTime}: gFEX's time at login, {@code HH:mm:ss}.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight gfexTime(final CharSequence value)
    {
        putText(present(gfexTimeOffset, "GFEXTime"), gfexTimeLength, "GFEXTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #gfexTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapGfexTime(final AsciiSequenceView view)
    {
        return wrapText(present(gfexTimeOffset, "GFEXTime"), gfexTimeLength, view);
    }

    /** Whether {@link #gfexTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean gfexTimeEquals(final CharSequence value)
    {
        return textEquals(present(gfexTimeOffset, "GFEXTime"), gfexTimeLength, value);
    }

    /**
     * Whether the bound profile's {@code CThostFtdcRspUserLoginField} has {@code LoginDRIdentityID} (6.7.x and later).
     */
    public boolean hasLoginDrIdentityId()
    {
        return loginDrIdentityIdOffset != ABSENT;
    }

    /**
     * Disaster-recovery centre identity of this login.
     * CTP field {@code LoginDRIdentityID}, int. Absent before 6.7.x (e.g. 6.6.1_P1): check
     * {@link #hasLoginDrIdentityId()}, else {@link FieldAbsentException}.
     */
    public int loginDrIdentityId()
    {
        return buffer.getInt(offset + present(loginDrIdentityIdOffset, "LoginDRIdentityID"), LITTLE_ENDIAN);
    }

    /** Writes {@code LoginDRIdentityID}: disaster-recovery centre identity of this login.
@return this */
    public RspUserLoginFlyweight loginDrIdentityId(final int value)
    {
        writable().putInt(offset + present(loginDrIdentityIdOffset, "LoginDRIdentityID"), value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Whether the bound profile's {@code CThostFtdcRspUserLoginField} has {@code UserDRIdentityID} (6.7.x and later).
     */
    public boolean hasUserDrIdentityId()
    {
        return userDrIdentityIdOffset != ABSENT;
    }

    /**
     * Disaster-recovery centre identity the user belongs to.
     * CTP field {@code UserDRIdentityID}, int. Absent before 6.7.x (e.g. 6.6.1_P1): check
     * {@link #hasUserDrIdentityId()}, else {@link FieldAbsentException}.
     */
    public int userDrIdentityId()
    {
        return buffer.getInt(offset + present(userDrIdentityIdOffset, "UserDRIdentityID"), LITTLE_ENDIAN);
    }

    /** Writes {@code UserDRIdentityID}: disaster-recovery centre identity the user belongs to.
@return this */
    public RspUserLoginFlyweight userDrIdentityId(final int value)
    {
        writable().putInt(offset + present(userDrIdentityIdOffset, "UserDRIdentityID"), value, LITTLE_ENDIAN);
        return this;
    }

    /** Whether the bound profile's {@code CThostFtdcRspUserLoginField} has {@code LastLoginTime}. */
    public boolean hasLastLoginTime()
    {
        return lastLoginTimeOffset != ABSENT;
    }

    /**
     * Time of the user's previous login, as the counter reports it (6.7.11); ASCII.
     * CTP field {@code LastLoginTime}, char[17]. Absent from 6.7.8 and older: check {@link #hasLastLoginTime()}, else {@link FieldAbsentException}.
     * Allocates a String: for logs and tests; the hot path uses {@link #wrapLastLoginTime} or {@link #lastLoginTimeEquals}.
     */
    public String lastLoginTime()
    {
        return getText(present(lastLoginTimeOffset, "LastLoginTime"), lastLoginTimeLength);
    }

    /**
     * Writes {@code LastLoginTime}: time of the user's previous login, as the counter reports it (6.7.11); ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 16 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight lastLoginTime(final CharSequence value)
    {
        putText(present(lastLoginTimeOffset, "LastLoginTime"), lastLoginTimeLength, "LastLoginTime", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #lastLoginTime()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapLastLoginTime(final AsciiSequenceView view)
    {
        return wrapText(present(lastLoginTimeOffset, "LastLoginTime"), lastLoginTimeLength, view);
    }

    /** Whether {@link #lastLoginTime()} equals {@code value}, without allocating (for ASCII values). */
    public boolean lastLoginTimeEquals(final CharSequence value)
    {
        return textEquals(present(lastLoginTimeOffset, "LastLoginTime"), lastLoginTimeLength, value);
    }

    /** Whether the bound profile's {@code CThostFtdcRspUserLoginField} has {@code ReserveInfo}. */
    public boolean hasReserveInfo()
    {
        return reserveInfoOffset != ABSENT;
    }

    /**
     * Reserved information the counter returns at login (6.7.11).
     * CTP field {@code ReserveInfo}, char[65]. Absent from 6.7.8 and older: check {@link #hasReserveInfo()}, else {@link FieldAbsentException}.
     * Allocates a String: for logs and tests; the hot path uses {@link #wrapReserveInfo} or {@link #reserveInfoEquals}.
     */
    public String reserveInfo()
    {
        return getText(present(reserveInfoOffset, "ReserveInfo"), reserveInfoLength);
    }

    /**
     * Writes {@code ReserveInfo}: reserved information the counter returns at login (6.7.11).
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 64 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public RspUserLoginFlyweight reserveInfo(final CharSequence value)
    {
        putText(present(reserveInfoOffset, "ReserveInfo"), reserveInfoLength, "ReserveInfo", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #reserveInfo()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapReserveInfo(final AsciiSequenceView view)
    {
        return wrapText(present(reserveInfoOffset, "ReserveInfo"), reserveInfoLength, view);
    }

    /** Whether {@link #reserveInfo()} equals {@code value}, without allocating (for ASCII values). */
    public boolean reserveInfoEquals(final CharSequence value)
    {
        return textEquals(present(reserveInfoOffset, "ReserveInfo"), reserveInfoLength, value);
    }
}
