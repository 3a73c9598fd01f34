package org.ctpengine.adapter.codes;

/**
 * Whether an order opens or closes a position (fields {@code OffsetFlag}, and each char of
 * {@code CombOffsetFlag}). SHFE and INE distinguish closing today's position from yesterday's; other exchanges
 * accept {@link #CLOSE}.
 * <p>
 * Values of SFIT's {@code TThostFtdcOffsetFlagType}, macros {@code THOST_FTDC_OF_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class OffsetFlag
{
    /** Open a new position. {@code THOST_FTDC_OF_Open} = '0'. */
    @CtpCode("THOST_FTDC_OF_Open")
    public static final byte OPEN = '0';

    /** Close a position (SHFE/INE: closes yesterday's position first). {@code THOST_FTDC_OF_Close} = '1'. */
    @CtpCode("THOST_FTDC_OF_Close")
    public static final byte CLOSE = '1';

    /** Forced close by the broker or exchange. {@code THOST_FTDC_OF_ForceClose} = '2'. */
    @CtpCode("THOST_FTDC_OF_ForceClose")
    public static final byte FORCE_CLOSE = '2';

    /** Close today's position (SHFE/INE). {@code THOST_FTDC_OF_CloseToday} = '3'. */
    @CtpCode("THOST_FTDC_OF_CloseToday")
    public static final byte CLOSE_TODAY = '3';

    /** Close yesterday's position (SHFE/INE). {@code THOST_FTDC_OF_CloseYesterday} = '4'. */
    @CtpCode("THOST_FTDC_OF_CloseYesterday")
    public static final byte CLOSE_YESTERDAY = '4';

    /** Forced reduction. {@code THOST_FTDC_OF_ForceOff} = '5'. */
    @CtpCode("THOST_FTDC_OF_ForceOff")
    public static final byte FORCE_OFF = '5';

    /** Forced close decided locally by the broker. {@code THOST_FTDC_OF_LocalForceClose} = '6'. */
    @CtpCode("THOST_FTDC_OF_LocalForceClose")
    public static final byte LOCAL_FORCE_CLOSE = '6';

    private static final CodeNames NAMES = CodeNames.of(OffsetFlag.class);

    private OffsetFlag()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code Open};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
