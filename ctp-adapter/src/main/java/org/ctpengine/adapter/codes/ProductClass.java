package org.ctpengine.adapter.codes;

/**
 * Kind of product (field {@code ProductClass} of Instrument and QryDepthMarketData).
 * <p>
 * Values of SFIT's {@code TThostFtdcProductClassType}, macros {@code THOST_FTDC_PC_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class ProductClass
{
    /** Futures. {@code THOST_FTDC_PC_Futures} = '1'. */
    @CtpCode("THOST_FTDC_PC_Futures")
    public static final byte FUTURES = '1';

    /** Options on futures. {@code THOST_FTDC_PC_Options} = '2'. */
    @CtpCode("THOST_FTDC_PC_Options")
    public static final byte OPTIONS = '2';

    /** Combination (spread) instrument. {@code THOST_FTDC_PC_Combination} = '3'. */
    @CtpCode("THOST_FTDC_PC_Combination")
    public static final byte COMBINATION = '3';

    /** Spot. {@code THOST_FTDC_PC_Spot} = '4'. */
    @CtpCode("THOST_FTDC_PC_Spot")
    public static final byte SPOT = '4';

    /** Exchange for physical. {@code THOST_FTDC_PC_EFP} = '5'. */
    @CtpCode("THOST_FTDC_PC_EFP")
    public static final byte EFP = '5';

    /** Options on spot (e.g. index options). {@code THOST_FTDC_PC_SpotOption} = '6'. */
    @CtpCode("THOST_FTDC_PC_SpotOption")
    public static final byte SPOT_OPTION = '6';

    /** Trade at settlement. {@code THOST_FTDC_PC_TAS} = '7'. */
    @CtpCode(value = "THOST_FTDC_PC_TAS", absentIn = "6.3.15")
    public static final byte TAS = '7';

    /** Index (market indicator). {@code THOST_FTDC_PC_MI} = 'I'. */
    @CtpCode(value = "THOST_FTDC_PC_MI", absentIn = "6.3.15")
    public static final byte MI = 'I';

    private static final CodeNames NAMES = CodeNames.of(ProductClass.class);

    private ProductClass()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code Futures};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
