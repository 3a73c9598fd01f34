package org.ctpengine.adapter.codes;

/**
 * Whether a position row counts today's or earlier positions (field {@code PositionDate}); SHFE/INE report
 * them as separate rows.
 * <p>
 * Values of SFIT's {@code TThostFtdcPositionDateType}, macros {@code THOST_FTDC_PSD_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class PositionDate
{
    /** Today's position. {@code THOST_FTDC_PSD_Today} = '1'. */
    @CtpCode("THOST_FTDC_PSD_Today")
    public static final byte TODAY = '1';

    /** Position opened before today. {@code THOST_FTDC_PSD_History} = '2'. */
    @CtpCode("THOST_FTDC_PSD_History")
    public static final byte HISTORY = '2';

    private static final CodeNames NAMES = CodeNames.of(PositionDate.class);

    private PositionDate()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code Today};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
