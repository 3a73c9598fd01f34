package org.ctpengine.adapter.codes;

/**
 * Side of a position (field {@code PosiDirection} of InvestorPosition).
 * <p>
 * Values of SFIT's {@code TThostFtdcPosiDirectionType}, macros {@code THOST_FTDC_PD_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class PosiDirection
{
    /** Net position (options/stock-like products). {@code THOST_FTDC_PD_Net} = '1'. */
    @CtpCode("THOST_FTDC_PD_Net")
    public static final byte NET = '1';

    /** Long position. {@code THOST_FTDC_PD_Long} = '2'. */
    @CtpCode("THOST_FTDC_PD_Long")
    public static final byte LONG = '2';

    /** Short position. {@code THOST_FTDC_PD_Short} = '3'. */
    @CtpCode("THOST_FTDC_PD_Short")
    public static final byte SHORT = '3';

    private static final CodeNames NAMES = CodeNames.of(PosiDirection.class);

    private PosiDirection()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code Net};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
