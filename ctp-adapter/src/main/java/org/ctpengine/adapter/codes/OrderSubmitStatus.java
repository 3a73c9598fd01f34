package org.ctpengine.adapter.codes;

/**
 * Progress of the latest submission of an order to the exchange (field {@code OrderSubmitStatus}).
 * <p>
 * Values of SFIT's {@code TThostFtdcOrderSubmitStatusType}, macros {@code THOST_FTDC_OSS_*}. They restate the
 * ABI profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class OrderSubmitStatus
{
    /** Insert sent to the exchange. {@code THOST_FTDC_OSS_InsertSubmitted} = '0'. */
    @CtpCode("THOST_FTDC_OSS_InsertSubmitted")
    public static final byte INSERT_SUBMITTED = '0';

    /** Cancel sent to the exchange. {@code THOST_FTDC_OSS_CancelSubmitted} = '1'. */
    @CtpCode("THOST_FTDC_OSS_CancelSubmitted")
    public static final byte CANCEL_SUBMITTED = '1';

    /** Modify sent to the exchange. {@code THOST_FTDC_OSS_ModifySubmitted} = '2'. */
    @CtpCode("THOST_FTDC_OSS_ModifySubmitted")
    public static final byte MODIFY_SUBMITTED = '2';

    /** Accepted by the exchange. {@code THOST_FTDC_OSS_Accepted} = '3'. */
    @CtpCode("THOST_FTDC_OSS_Accepted")
    public static final byte ACCEPTED = '3';

    /** Insert rejected by the exchange. {@code THOST_FTDC_OSS_InsertRejected} = '4'. */
    @CtpCode("THOST_FTDC_OSS_InsertRejected")
    public static final byte INSERT_REJECTED = '4';

    /** Cancel rejected by the exchange. {@code THOST_FTDC_OSS_CancelRejected} = '5'. */
    @CtpCode("THOST_FTDC_OSS_CancelRejected")
    public static final byte CANCEL_REJECTED = '5';

    /** Modify rejected by the exchange. {@code THOST_FTDC_OSS_ModifyRejected} = '6'. */
    @CtpCode("THOST_FTDC_OSS_ModifyRejected")
    public static final byte MODIFY_REJECTED = '6';

    private static final CodeNames NAMES = CodeNames.of(OrderSubmitStatus.class);

    private OrderSubmitStatus()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code InsertSubmitted};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
