package org.ctpengine.adapter.codes;

/**
 * How an order's price is determined (field {@code OrderPriceType}). Most exchanges accept only
 * {@link #LIMIT_PRICE} and, for some products, {@link #ANY_PRICE}.
 * <p>
 * Values of SFIT's {@code TThostFtdcOrderPriceTypeType}, macros {@code THOST_FTDC_OPT_*}. They restate the ABI
 * profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class OrderPriceType
{
    /**
     * Market order: any price (with {@code TimeCondition} IOC and {@code LimitPrice} 0).
     * {@code THOST_FTDC_OPT_AnyPrice} = '1'.
     */
    @CtpCode("THOST_FTDC_OPT_AnyPrice")
    public static final byte ANY_PRICE = '1';

    /** Limit order at {@code LimitPrice}. {@code THOST_FTDC_OPT_LimitPrice} = '2'. */
    @CtpCode("THOST_FTDC_OPT_LimitPrice")
    public static final byte LIMIT_PRICE = '2';

    /** Best price. {@code THOST_FTDC_OPT_BestPrice} = '3'. */
    @CtpCode("THOST_FTDC_OPT_BestPrice")
    public static final byte BEST_PRICE = '3';

    /** Last traded price. {@code THOST_FTDC_OPT_LastPrice} = '4'. */
    @CtpCode("THOST_FTDC_OPT_LastPrice")
    public static final byte LAST_PRICE = '4';

    /** Last price plus one tick. {@code THOST_FTDC_OPT_LastPricePlusOneTicks} = '5'. */
    @CtpCode("THOST_FTDC_OPT_LastPricePlusOneTicks")
    public static final byte LAST_PRICE_PLUS_ONE_TICKS = '5';

    /** Last price plus two ticks. {@code THOST_FTDC_OPT_LastPricePlusTwoTicks} = '6'. */
    @CtpCode("THOST_FTDC_OPT_LastPricePlusTwoTicks")
    public static final byte LAST_PRICE_PLUS_TWO_TICKS = '6';

    /** Last price plus three ticks. {@code THOST_FTDC_OPT_LastPricePlusThreeTicks} = '7'. */
    @CtpCode("THOST_FTDC_OPT_LastPricePlusThreeTicks")
    public static final byte LAST_PRICE_PLUS_THREE_TICKS = '7';

    /** Best ask price. {@code THOST_FTDC_OPT_AskPrice1} = '8'. */
    @CtpCode("THOST_FTDC_OPT_AskPrice1")
    public static final byte ASK_PRICE1 = '8';

    /** Best ask plus one tick. {@code THOST_FTDC_OPT_AskPrice1PlusOneTicks} = '9'. */
    @CtpCode("THOST_FTDC_OPT_AskPrice1PlusOneTicks")
    public static final byte ASK_PRICE1_PLUS_ONE_TICKS = '9';

    /** Best ask plus two ticks. {@code THOST_FTDC_OPT_AskPrice1PlusTwoTicks} = 'A'. */
    @CtpCode("THOST_FTDC_OPT_AskPrice1PlusTwoTicks")
    public static final byte ASK_PRICE1_PLUS_TWO_TICKS = 'A';

    /** Best ask plus three ticks. {@code THOST_FTDC_OPT_AskPrice1PlusThreeTicks} = 'B'. */
    @CtpCode("THOST_FTDC_OPT_AskPrice1PlusThreeTicks")
    public static final byte ASK_PRICE1_PLUS_THREE_TICKS = 'B';

    /** Best bid price. {@code THOST_FTDC_OPT_BidPrice1} = 'C'. */
    @CtpCode("THOST_FTDC_OPT_BidPrice1")
    public static final byte BID_PRICE1 = 'C';

    /** Best bid plus one tick. {@code THOST_FTDC_OPT_BidPrice1PlusOneTicks} = 'D'. */
    @CtpCode("THOST_FTDC_OPT_BidPrice1PlusOneTicks")
    public static final byte BID_PRICE1_PLUS_ONE_TICKS = 'D';

    /** Best bid plus two ticks. {@code THOST_FTDC_OPT_BidPrice1PlusTwoTicks} = 'E'. */
    @CtpCode("THOST_FTDC_OPT_BidPrice1PlusTwoTicks")
    public static final byte BID_PRICE1_PLUS_TWO_TICKS = 'E';

    /** Best bid plus three ticks. {@code THOST_FTDC_OPT_BidPrice1PlusThreeTicks} = 'F'. */
    @CtpCode("THOST_FTDC_OPT_BidPrice1PlusThreeTicks")
    public static final byte BID_PRICE1_PLUS_THREE_TICKS = 'F';

    /** Best five levels (CFFEX market order, remainder cancelled). {@code THOST_FTDC_OPT_FiveLevelPrice} = 'G'. */
    @CtpCode("THOST_FTDC_OPT_FiveLevelPrice")
    public static final byte FIVE_LEVEL_PRICE = 'G';

    private static final CodeNames NAMES = CodeNames.of(OrderPriceType.class);

    private OrderPriceType()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code AnyPrice};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
