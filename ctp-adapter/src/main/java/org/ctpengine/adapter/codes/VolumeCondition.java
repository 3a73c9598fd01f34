package org.ctpengine.adapter.codes;

/**
 * Volume a trade must reach (field {@code VolumeCondition}); with IOC: FAK = {@link #ANY}, FOK =
 * {@link #COMPLETE}.
 * <p>
 * Values of SFIT's {@code TThostFtdcVolumeConditionType}, macros {@code THOST_FTDC_VC_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class VolumeCondition
{
    /** Any volume. {@code THOST_FTDC_VC_AV} = '1'. */
    @CtpCode("THOST_FTDC_VC_AV")
    public static final byte ANY = '1';

    /** At least {@code MinVolume} lots. {@code THOST_FTDC_VC_MV} = '2'. */
    @CtpCode("THOST_FTDC_VC_MV")
    public static final byte MINIMUM = '2';

    /** The whole volume (fill or kill). {@code THOST_FTDC_VC_CV} = '3'. */
    @CtpCode("THOST_FTDC_VC_CV")
    public static final byte COMPLETE = '3';

    private static final CodeNames NAMES = CodeNames.of(VolumeCondition.class);

    private VolumeCondition()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code AV};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
