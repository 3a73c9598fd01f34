package org.ctpengine.adapter.codes;

/**
 * Where an order is in its life (field {@code OrderStatus} of the Order struct). Terminal states:
 * {@link #ALL_TRADED}, {@link #CANCELED}, and the NotQueueing states.
 * <p>
 * Values of SFIT's {@code TThostFtdcOrderStatusType}, macros {@code THOST_FTDC_OST_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class OrderStatus
{
    /** Fully filled (terminal). {@code THOST_FTDC_OST_AllTraded} = '0'. */
    @CtpCode("THOST_FTDC_OST_AllTraded")
    public static final byte ALL_TRADED = '0';

    /** Partly filled, rest still in the book. {@code THOST_FTDC_OST_PartTradedQueueing} = '1'. */
    @CtpCode("THOST_FTDC_OST_PartTradedQueueing")
    public static final byte PART_TRADED_QUEUEING = '1';

    /** Partly filled, rest not in the book (terminal). {@code THOST_FTDC_OST_PartTradedNotQueueing} = '2'. */
    @CtpCode("THOST_FTDC_OST_PartTradedNotQueueing")
    public static final byte PART_TRADED_NOT_QUEUEING = '2';

    /** Not filled, in the book. {@code THOST_FTDC_OST_NoTradeQueueing} = '3'. */
    @CtpCode("THOST_FTDC_OST_NoTradeQueueing")
    public static final byte NO_TRADE_QUEUEING = '3';

    /** Not filled, not in the book (terminal). {@code THOST_FTDC_OST_NoTradeNotQueueing} = '4'. */
    @CtpCode("THOST_FTDC_OST_NoTradeNotQueueing")
    public static final byte NO_TRADE_NOT_QUEUEING = '4';

    /**
     * Cancelled, by request or by the exchange/counter (terminal; {@code StatusMsg} says why).
     * {@code THOST_FTDC_OST_Canceled} = '5'.
     */
    @CtpCode("THOST_FTDC_OST_Canceled")
    public static final byte CANCELED = '5';

    /** Accepted by the counter, not yet acknowledged by the exchange. {@code THOST_FTDC_OST_Unknown} = 'a'. */
    @CtpCode("THOST_FTDC_OST_Unknown")
    public static final byte UNKNOWN = 'a';

    /** Conditional order not yet triggered. {@code THOST_FTDC_OST_NotTouched} = 'b'. */
    @CtpCode("THOST_FTDC_OST_NotTouched")
    public static final byte NOT_TOUCHED = 'b';

    /** Conditional order triggered. {@code THOST_FTDC_OST_Touched} = 'c'. */
    @CtpCode("THOST_FTDC_OST_Touched")
    public static final byte TOUCHED = 'c';

    private static final CodeNames NAMES = CodeNames.of(OrderStatus.class);

    private OrderStatus()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code AllTraded};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
