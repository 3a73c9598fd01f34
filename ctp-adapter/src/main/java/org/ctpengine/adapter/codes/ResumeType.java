package org.ctpengine.adapter.codes;

/**
 * Where a private or public topic resumes after login
 * ({@code SubscribePrivateTopic}/{@code SubscribePublicTopic}); a C enum, so the values are small numbers, not
 * chars.
 * <p>
 * Values of SFIT's {@code THOST_TE_RESUME_TYPE}, macros {@code THOST_TERT_*}. They restate the ABI profiles;
 * {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class ResumeType
{
    /** Replay the topic from the start of the trading day. {@code THOST_TERT_RESTART} = 0. */
    @CtpCode("THOST_TERT_RESTART")
    public static final byte RESTART = 0;

    /**
     * Resume from where the last session stopped (the library keeps the position in its flow directory).
     * {@code THOST_TERT_RESUME} = 1.
     */
    @CtpCode("THOST_TERT_RESUME")
    public static final byte RESUME = 1;

    /** Only what is published after login. {@code THOST_TERT_QUICK} = 2. */
    @CtpCode("THOST_TERT_QUICK")
    public static final byte QUICK = 2;

    /** Do not receive the topic at all. {@code THOST_TERT_NONE} = 3. */
    @CtpCode("THOST_TERT_NONE")
    public static final byte NONE = 3;

    private static final CodeNames NAMES = CodeNames.of(ResumeType.class);

    private ResumeType()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code RESTART};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
