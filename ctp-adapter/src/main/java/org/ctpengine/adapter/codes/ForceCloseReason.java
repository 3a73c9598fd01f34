package org.ctpengine.adapter.codes;

/**
 * Why an order is a forced close (field {@code ForceCloseReason}); a strategy's own orders use
 * {@link #NOT_FORCE_CLOSE}.
 * <p>
 * Values of SFIT's {@code TThostFtdcForceCloseReasonType}, macros {@code THOST_FTDC_FCC_*}. They restate the
 * ABI profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class ForceCloseReason
{
    /** Not a forced close: the normal case. {@code THOST_FTDC_FCC_NotForceClose} = '0'. */
    @CtpCode("THOST_FTDC_FCC_NotForceClose")
    public static final byte NOT_FORCE_CLOSE = '0';

    /** Insufficient funds. {@code THOST_FTDC_FCC_LackDeposit} = '1'. */
    @CtpCode("THOST_FTDC_FCC_LackDeposit")
    public static final byte LACK_DEPOSIT = '1';

    /** Client over its position limit. {@code THOST_FTDC_FCC_ClientOverPositionLimit} = '2'. */
    @CtpCode("THOST_FTDC_FCC_ClientOverPositionLimit")
    public static final byte CLIENT_OVER_POSITION_LIMIT = '2';

    /** Member over its position limit. {@code THOST_FTDC_FCC_MemberOverPositionLimit} = '3'. */
    @CtpCode("THOST_FTDC_FCC_MemberOverPositionLimit")
    public static final byte MEMBER_OVER_POSITION_LIMIT = '3';

    /** Position not a multiple of the required lot. {@code THOST_FTDC_FCC_NotMultiple} = '4'. */
    @CtpCode("THOST_FTDC_FCC_NotMultiple")
    public static final byte NOT_MULTIPLE = '4';

    /** Rule violation. {@code THOST_FTDC_FCC_Violation} = '5'. */
    @CtpCode("THOST_FTDC_FCC_Violation")
    public static final byte VIOLATION = '5';

    /** Other reason. {@code THOST_FTDC_FCC_Other} = '6'. */
    @CtpCode("THOST_FTDC_FCC_Other")
    public static final byte OTHER = '6';

    /** Natural person approaching delivery. {@code THOST_FTDC_FCC_PersonDeliv} = '7'. */
    @CtpCode("THOST_FTDC_FCC_PersonDeliv")
    public static final byte PERSON_DELIV = '7';

    /** Forced close without capital check (added in 6.6.9). {@code THOST_FTDC_FCC_Notverifycapital} = '8'. */
    @CtpCode(value = "THOST_FTDC_FCC_Notverifycapital",
        absentIn = { "6.6.7", "6.6.1_P1", "6.5.1", "6.3.19_P1", "6.3.15" })
    public static final byte NOT_VERIFY_CAPITAL = '8';

    /** Broker-side: insufficient funds (added in 6.7.x, after 6.7.2). {@code THOST_FTDC_FCC_LocalLackDeposit} = '9'. */
    @CtpCode(value = "THOST_FTDC_FCC_LocalLackDeposit",
        absentIn = { "6.7.2", "6.6.9", "6.6.7", "6.6.1_P1", "6.5.1", "6.3.19_P1", "6.3.15" })
    public static final byte LOCAL_LACK_DEPOSIT = '9';

    /**
     * Broker-side: violation, without check (added in 6.7.x, after 6.7.2). {@code THOST_FTDC_FCC_LocalViolationNocheck} =
     * 'a'.
     */
    @CtpCode(value = "THOST_FTDC_FCC_LocalViolationNocheck",
        absentIn = { "6.7.2", "6.6.9", "6.6.7", "6.6.1_P1", "6.5.1", "6.3.19_P1", "6.3.15" })
    public static final byte LOCAL_VIOLATION_NOCHECK = 'a';

    /** Broker-side: violation (added in 6.7.x, after 6.7.2). {@code THOST_FTDC_FCC_LocalViolation} = 'b'. */
    @CtpCode(value = "THOST_FTDC_FCC_LocalViolation",
        absentIn = { "6.7.2", "6.6.9", "6.6.7", "6.6.1_P1", "6.5.1", "6.3.19_P1", "6.3.15" })
    public static final byte LOCAL_VIOLATION = 'b';

    private static final CodeNames NAMES = CodeNames.of(ForceCloseReason.class);

    private ForceCloseReason()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code NotForceClose};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
