package org.ctpengine.adapter.struct;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcQrySettlementInfoField}. Settlement statement query ({@code ReqQrySettlementInfo}).
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class QrySettlementInfoFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcQrySettlementInfoField";

    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int investorIdOffset = field("InvestorID", CType.CHAR_ARRAY);
    private final int investorIdLength = length("InvestorID");
    private final int tradingDayOffset = field("TradingDay", CType.CHAR_ARRAY);
    private final int tradingDayLength = length("TradingDay");
    private final int accountIdOffset = field("AccountID", CType.CHAR_ARRAY);
    private final int accountIdLength = length("AccountID");
    private final int currencyIdOffset = field("CurrencyID", CType.CHAR_ARRAY);
    private final int currencyIdLength = length("CurrencyID");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcQrySettlementInfoField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public QrySettlementInfoFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public QrySettlementInfoFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public QrySettlementInfoFlyweight clear()
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
    public QrySettlementInfoFlyweight brokerId(final CharSequence value)
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
     * Investor (account) number at the broker; ASCII.
     * CTP field {@code InvestorID}, char[13]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapInvestorId} or {@link #investorIdEquals}.
     */
    public String investorId()
    {
        return getText(investorIdOffset, investorIdLength);
    }

    /**
     * Writes {@code InvestorID}: investor (account) number at the broker; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 12 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public QrySettlementInfoFlyweight investorId(final CharSequence value)
    {
        putText(investorIdOffset, investorIdLength, "InvestorID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #investorId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapInvestorId(final AsciiSequenceView view)
    {
        return wrapText(investorIdOffset, investorIdLength, view);
    }

    /** Whether {@link #investorId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean investorIdEquals(final CharSequence value)
    {
        return textEquals(investorIdOffset, investorIdLength, value);
    }

    /**
     * Trading day of the settlement statement, {@code yyyyMMdd}; empty = the latest.
     * CTP field {@code TradingDay}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapTradingDay} or {@link #tradingDayEquals}.
     */
    public String tradingDay()
    {
        return getText(tradingDayOffset, tradingDayLength);
    }

    /**
     * Writes {@code TradingDay}: trading day of the settlement statement, {@code yyyyMMdd}; empty = the latest.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public QrySettlementInfoFlyweight tradingDay(final CharSequence value)
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
     * Query filter: fund account; empty = all.
     * CTP field {@code AccountID}, char[13]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapAccountId} or {@link #accountIdEquals}.
     */
    public String accountId()
    {
        return getText(accountIdOffset, accountIdLength);
    }

    /**
     * Writes {@code AccountID}: query filter: fund account; empty = all.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 12 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public QrySettlementInfoFlyweight accountId(final CharSequence value)
    {
        putText(accountIdOffset, accountIdLength, "AccountID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #accountId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapAccountId(final AsciiSequenceView view)
    {
        return wrapText(accountIdOffset, accountIdLength, view);
    }

    /** Whether {@link #accountId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean accountIdEquals(final CharSequence value)
    {
        return textEquals(accountIdOffset, accountIdLength, value);
    }

    /**
     * Query filter: currency code, e.g. {@code CNY}; empty = all.
     * CTP field {@code CurrencyID}, char[4]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapCurrencyId} or {@link #currencyIdEquals}.
     */
    public String currencyId()
    {
        return getText(currencyIdOffset, currencyIdLength);
    }

    /**
     * Writes {@code CurrencyID}: query filter: currency code, e.g. {@code CNY}; empty = all.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 3 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public QrySettlementInfoFlyweight currencyId(final CharSequence value)
    {
        putText(currencyIdOffset, currencyIdLength, "CurrencyID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #currencyId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapCurrencyId(final AsciiSequenceView view)
    {
        return wrapText(currencyIdOffset, currencyIdLength, view);
    }

    /** Whether {@link #currencyId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean currencyIdEquals(final CharSequence value)
    {
        return textEquals(currencyIdOffset, currencyIdLength, value);
    }
}
