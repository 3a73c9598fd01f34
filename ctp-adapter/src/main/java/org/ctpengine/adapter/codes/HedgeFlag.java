package org.ctpengine.adapter.codes;

/**
 * Speculation, hedging or arbitrage purpose of a position (fields {@code HedgeFlag}, and each char of
 * {@code CombHedgeFlag}).
 * <p>
 * Values of SFIT's {@code TThostFtdcHedgeFlagType}, macros {@code THOST_FTDC_HF_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class HedgeFlag
{
    /** Speculation: the usual flag for a strategy's orders. {@code THOST_FTDC_HF_Speculation} = '1'. */
    @CtpCode("THOST_FTDC_HF_Speculation")
    public static final byte SPECULATION = '1';

    /** Arbitrage. {@code THOST_FTDC_HF_Arbitrage} = '2'. */
    @CtpCode("THOST_FTDC_HF_Arbitrage")
    public static final byte ARBITRAGE = '2';

    /** Hedging. {@code THOST_FTDC_HF_Hedge} = '3'. */
    @CtpCode("THOST_FTDC_HF_Hedge")
    public static final byte HEDGE = '3';

    /** Market making. {@code THOST_FTDC_HF_MarketMaker} = '5'. */
    @CtpCode("THOST_FTDC_HF_MarketMaker")
    public static final byte MARKET_MAKER = '5';

    /** First leg speculation, second leg hedge (combination orders). {@code THOST_FTDC_HF_SpecHedge} = '6'. */
    @CtpCode("THOST_FTDC_HF_SpecHedge")
    public static final byte SPEC_HEDGE = '6';

    /** First leg hedge, second leg speculation (combination orders). {@code THOST_FTDC_HF_HedgeSpec} = '7'. */
    @CtpCode("THOST_FTDC_HF_HedgeSpec")
    public static final byte HEDGE_SPEC = '7';

    private static final CodeNames NAMES = CodeNames.of(HedgeFlag.class);

    private HedgeFlag()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code Speculation};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
