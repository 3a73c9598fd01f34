package org.ctpengine.adapter.struct;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcQryInvestorPositionField}. Position query ({@code ReqQryInvestorPosition}); empty filters
 * match everything.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class QryInvestorPositionFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcQryInvestorPositionField";

    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int investorIdOffset = field("InvestorID", CType.CHAR_ARRAY);
    private final int investorIdLength = length("InvestorID");
    private final int exchangeIdOffset = field("ExchangeID", CType.CHAR_ARRAY);
    private final int exchangeIdLength = length("ExchangeID");
    private final int investUnitIdOffset = field("InvestUnitID", CType.CHAR_ARRAY);
    private final int investUnitIdLength = length("InvestUnitID");
    private final int instrumentIdOffset = field("InstrumentID", CType.CHAR_ARRAY);
    private final int instrumentIdLength = length("InstrumentID");

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcQryInvestorPositionField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public QryInvestorPositionFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public QryInvestorPositionFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public QryInvestorPositionFlyweight clear()
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
    public QryInvestorPositionFlyweight brokerId(final CharSequence value)
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
    public QryInvestorPositionFlyweight investorId(final CharSequence value)
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
    public QryInvestorPositionFlyweight exchangeId(final CharSequence value)
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
     * Query filter: investment unit; empty = all.
     * CTP field {@code InvestUnitID}, char[17]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapInvestUnitId} or {@link #investUnitIdEquals}.
     */
    public String investUnitId()
    {
        return getText(investUnitIdOffset, investUnitIdLength);
    }

    /**
     * Writes {@code InvestUnitID}: query filter: investment unit; empty = all.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 16 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public QryInvestorPositionFlyweight investUnitId(final CharSequence value)
    {
        putText(investUnitIdOffset, investUnitIdLength, "InvestUnitID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #investUnitId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapInvestUnitId(final AsciiSequenceView view)
    {
        return wrapText(investUnitIdOffset, investUnitIdLength, view);
    }

    /** Whether {@link #investUnitId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean investUnitIdEquals(final CharSequence value)
    {
        return textEquals(investUnitIdOffset, investUnitIdLength, value);
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
    public QryInvestorPositionFlyweight instrumentId(final CharSequence value)
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
