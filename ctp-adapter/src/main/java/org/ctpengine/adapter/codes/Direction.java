package org.ctpengine.adapter.codes;

/**
 * Buy or sell side of an order or trade (fields {@code Direction}).
 * <p>
 * Values of SFIT's {@code TThostFtdcDirectionType}, macros {@code THOST_FTDC_D_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class Direction
{
    /** Buy. {@code THOST_FTDC_D_Buy} = '0'. */
    @CtpCode("THOST_FTDC_D_Buy")
    public static final byte BUY = '0';

    /** Sell. {@code THOST_FTDC_D_Sell} = '1'. */
    @CtpCode("THOST_FTDC_D_Sell")
    public static final byte SELL = '1';

    private static final CodeNames NAMES = CodeNames.of(Direction.class);

    private Direction()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code Buy};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
