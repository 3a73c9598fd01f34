package org.ctpengine.adapter.codes;

/**
 * When an order becomes active (field {@code ContingentCondition}); exchange orders use {@link #IMMEDIATELY},
 * the others are broker-side conditional orders compared with {@code StopPrice}.
 * <p>
 * Values of SFIT's {@code TThostFtdcContingentConditionType}, macros {@code THOST_FTDC_CC_*}. They restate the
 * ABI profiles; {@code CtpCodesTest} fails when they drift from either built-in profile.
 */
public final class ContingentCondition
{
    /** Active at once: the normal case. {@code THOST_FTDC_CC_Immediately} = '1'. */
    @CtpCode("THOST_FTDC_CC_Immediately")
    public static final byte IMMEDIATELY = '1';

    /** Stop loss. {@code THOST_FTDC_CC_Touch} = '2'. */
    @CtpCode("THOST_FTDC_CC_Touch")
    public static final byte TOUCH = '2';

    /** Take profit. {@code THOST_FTDC_CC_TouchProfit} = '3'. */
    @CtpCode("THOST_FTDC_CC_TouchProfit")
    public static final byte TOUCH_PROFIT = '3';

    /** Parked order. {@code THOST_FTDC_CC_ParkedOrder} = '4'. */
    @CtpCode("THOST_FTDC_CC_ParkedOrder")
    public static final byte PARKED_ORDER = '4';

    /** Last price above the stop price. {@code THOST_FTDC_CC_LastPriceGreaterThanStopPrice} = '5'. */
    @CtpCode("THOST_FTDC_CC_LastPriceGreaterThanStopPrice")
    public static final byte LAST_PRICE_GREATER_THAN_STOP_PRICE = '5';

    /** Last price at or above the stop price. {@code THOST_FTDC_CC_LastPriceGreaterEqualStopPrice} = '6'. */
    @CtpCode("THOST_FTDC_CC_LastPriceGreaterEqualStopPrice")
    public static final byte LAST_PRICE_GREATER_EQUAL_STOP_PRICE = '6';

    /** Last price below the stop price. {@code THOST_FTDC_CC_LastPriceLesserThanStopPrice} = '7'. */
    @CtpCode("THOST_FTDC_CC_LastPriceLesserThanStopPrice")
    public static final byte LAST_PRICE_LESSER_THAN_STOP_PRICE = '7';

    /** Last price at or below the stop price. {@code THOST_FTDC_CC_LastPriceLesserEqualStopPrice} = '8'. */
    @CtpCode("THOST_FTDC_CC_LastPriceLesserEqualStopPrice")
    public static final byte LAST_PRICE_LESSER_EQUAL_STOP_PRICE = '8';

    /** Ask price above the stop price. {@code THOST_FTDC_CC_AskPriceGreaterThanStopPrice} = '9'. */
    @CtpCode("THOST_FTDC_CC_AskPriceGreaterThanStopPrice")
    public static final byte ASK_PRICE_GREATER_THAN_STOP_PRICE = '9';

    /** Ask price at or above the stop price. {@code THOST_FTDC_CC_AskPriceGreaterEqualStopPrice} = 'A'. */
    @CtpCode("THOST_FTDC_CC_AskPriceGreaterEqualStopPrice")
    public static final byte ASK_PRICE_GREATER_EQUAL_STOP_PRICE = 'A';

    /** Ask price below the stop price. {@code THOST_FTDC_CC_AskPriceLesserThanStopPrice} = 'B'. */
    @CtpCode("THOST_FTDC_CC_AskPriceLesserThanStopPrice")
    public static final byte ASK_PRICE_LESSER_THAN_STOP_PRICE = 'B';

    /** Ask price at or below the stop price. {@code THOST_FTDC_CC_AskPriceLesserEqualStopPrice} = 'C'. */
    @CtpCode("THOST_FTDC_CC_AskPriceLesserEqualStopPrice")
    public static final byte ASK_PRICE_LESSER_EQUAL_STOP_PRICE = 'C';

    /** Bid price above the stop price. {@code THOST_FTDC_CC_BidPriceGreaterThanStopPrice} = 'D'. */
    @CtpCode("THOST_FTDC_CC_BidPriceGreaterThanStopPrice")
    public static final byte BID_PRICE_GREATER_THAN_STOP_PRICE = 'D';

    /** Bid price at or above the stop price. {@code THOST_FTDC_CC_BidPriceGreaterEqualStopPrice} = 'E'. */
    @CtpCode("THOST_FTDC_CC_BidPriceGreaterEqualStopPrice")
    public static final byte BID_PRICE_GREATER_EQUAL_STOP_PRICE = 'E';

    /** Bid price below the stop price. {@code THOST_FTDC_CC_BidPriceLesserThanStopPrice} = 'F'. */
    @CtpCode("THOST_FTDC_CC_BidPriceLesserThanStopPrice")
    public static final byte BID_PRICE_LESSER_THAN_STOP_PRICE = 'F';

    /** Bid price at or below the stop price. {@code THOST_FTDC_CC_BidPriceLesserEqualStopPrice} = 'H'. */
    @CtpCode("THOST_FTDC_CC_BidPriceLesserEqualStopPrice")
    public static final byte BID_PRICE_LESSER_EQUAL_STOP_PRICE = 'H';

    private static final CodeNames NAMES = CodeNames.of(ContingentCondition.class);

    private ContingentCondition()
    {
    }

    /**
     * Human name of a code for logs and dumps: the macro's suffix, e.g. {@code Immediately};
     * {@link CodeNames#UNKNOWN} for a value this class does not define. Allocation-free.
     */
    public static String describe(final byte code)
    {
        return NAMES.describe(code);
    }
}
