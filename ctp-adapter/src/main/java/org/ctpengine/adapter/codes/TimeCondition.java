package org.ctpengine.adapter.codes;

/**
 * How long an order stays valid (field {@code TimeCondition}).
 * <p>
 * Values of SFIT's {@code TThostFtdcTimeConditionType}, macros {@code THOST_FTDC_TC_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class TimeCondition
{
    /**
     * Immediate or cancel: fill what trades now, cancel the rest (FAK/FOK with {@code VolumeCondition}).
     * {@code THOST_FTDC_TC_IOC} = '1'.
     */
    @CtpCode("THOST_FTDC_TC_IOC")
    public static final byte IOC = '1';

    /** Good for this trading session. {@code THOST_FTDC_TC_GFS} = '2'. */
    @CtpCode("THOST_FTDC_TC_GFS")
    public static final byte GFS = '2';

    /** Good for the day: the normal limit order. {@code THOST_FTDC_TC_GFD} = '3'. */
    @CtpCode("THOST_FTDC_TC_GFD")
    public static final byte GFD = '3';

    /** Good till the date in {@code GTDDate}. {@code THOST_FTDC_TC_GTD} = '4'. */
    @CtpCode("THOST_FTDC_TC_GTD")
    public static final byte GTD = '4';

    /** Good till cancelled. {@code THOST_FTDC_TC_GTC} = '5'. */
    @CtpCode("THOST_FTDC_TC_GTC")
    public static final byte GTC = '5';

    /** Good for the call auction. {@code THOST_FTDC_TC_GFA} = '6'. */
    @CtpCode("THOST_FTDC_TC_GFA")
    public static final byte GFA = '6';

    private static final CodeNames NAMES = CodeNames.of(TimeCondition.class);

    private TimeCondition()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code IOC};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
