package org.ctpengine.adapter.codes;

/**
 * What an order action does (field {@code ActionFlag} of InputOrderAction).
 * <p>
 * Values of SFIT's {@code TThostFtdcActionFlagType}, macros {@code THOST_FTDC_AF_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class ActionFlag
{
    /** Cancel the order. {@code THOST_FTDC_AF_Delete} = '0'. */
    @CtpCode("THOST_FTDC_AF_Delete")
    public static final byte DELETE = '0';

    /** Modify the order (not supported by Chinese futures exchanges). {@code THOST_FTDC_AF_Modify} = '3'. */
    @CtpCode("THOST_FTDC_AF_Modify")
    public static final byte MODIFY = '3';

    private static final CodeNames NAMES = CodeNames.of(ActionFlag.class);

    private ActionFlag()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code Delete};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
