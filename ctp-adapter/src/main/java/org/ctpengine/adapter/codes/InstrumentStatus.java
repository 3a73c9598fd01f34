package org.ctpengine.adapter.codes;

/**
 * Trading phase of an instrument or product (field {@code InstrumentStatus} of InstrumentStatus).
 * <p>
 * Values of SFIT's {@code TThostFtdcInstrumentStatusType}, macros {@code THOST_FTDC_IS_*}. They restate the
 * ABI profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class InstrumentStatus
{
    /** Before trading. {@code THOST_FTDC_IS_BeforeTrading} = '0'. */
    @CtpCode("THOST_FTDC_IS_BeforeTrading")
    public static final byte BEFORE_TRADING = '0';

    /** Not trading (break). {@code THOST_FTDC_IS_NoTrading} = '1'. */
    @CtpCode("THOST_FTDC_IS_NoTrading")
    public static final byte NO_TRADING = '1';

    /** Continuous trading (SFIT's macro is spelled {@code Continous}). {@code THOST_FTDC_IS_Continous} = '2'. */
    @CtpCode("THOST_FTDC_IS_Continous")
    public static final byte CONTINUOUS = '2';

    /** Call auction: order entry. {@code THOST_FTDC_IS_AuctionOrdering} = '3'. */
    @CtpCode("THOST_FTDC_IS_AuctionOrdering")
    public static final byte AUCTION_ORDERING = '3';

    /** Call auction: balancing. {@code THOST_FTDC_IS_AuctionBalance} = '4'. */
    @CtpCode("THOST_FTDC_IS_AuctionBalance")
    public static final byte AUCTION_BALANCE = '4';

    /** Call auction: matching. {@code THOST_FTDC_IS_AuctionMatch} = '5'. */
    @CtpCode("THOST_FTDC_IS_AuctionMatch")
    public static final byte AUCTION_MATCH = '5';

    /** Closed. {@code THOST_FTDC_IS_Closed} = '6'. */
    @CtpCode("THOST_FTDC_IS_Closed")
    public static final byte CLOSED = '6';

    /** Transaction processing (added in 6.7.x, after 6.7.2). {@code THOST_FTDC_IS_TransactionProcessing} = '7'. */
    @CtpCode(value = "THOST_FTDC_IS_TransactionProcessing",
        absentIn = { "6.7.2", "6.6.9", "6.6.7", "6.6.1_P1", "6.5.1", "6.3.19_P1", "6.3.15" })
    public static final byte TRANSACTION_PROCESSING = '7';

    private static final CodeNames NAMES = CodeNames.of(InstrumentStatus.class);

    private InstrumentStatus()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code BeforeTrading};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
