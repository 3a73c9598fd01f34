package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;

/**
 * View over {@code CThostFtdcTradingAccountField}. The fund account ({@code OnRspQryTradingAccount}): balance, margin,
 * available funds. Amounts in yuan.
 * <p>
 * Offsets come from the ABI profile given to the constructor; see {@link StructFlyweight}. Reserved slots
 * ({@code reserveN}, the old char[31] InstrumentID and friends) have no accessors.
 */
public final class TradingAccountFlyweight extends StructFlyweight
{
    /** SFIT's name of the struct. */
    public static final String STRUCT_NAME = "CThostFtdcTradingAccountField";

    private final int brokerIdOffset = field("BrokerID", CType.CHAR_ARRAY);
    private final int brokerIdLength = length("BrokerID");
    private final int accountIdOffset = field("AccountID", CType.CHAR_ARRAY);
    private final int accountIdLength = length("AccountID");
    private final int preMortgageOffset = field("PreMortgage", CType.DOUBLE);
    private final int preCreditOffset = field("PreCredit", CType.DOUBLE);
    private final int preDepositOffset = field("PreDeposit", CType.DOUBLE);
    private final int preBalanceOffset = field("PreBalance", CType.DOUBLE);
    private final int preMarginOffset = field("PreMargin", CType.DOUBLE);
    private final int interestBaseOffset = field("InterestBase", CType.DOUBLE);
    private final int interestOffset = field("Interest", CType.DOUBLE);
    private final int depositOffset = field("Deposit", CType.DOUBLE);
    private final int withdrawOffset = field("Withdraw", CType.DOUBLE);
    private final int frozenMarginOffset = field("FrozenMargin", CType.DOUBLE);
    private final int frozenCashOffset = field("FrozenCash", CType.DOUBLE);
    private final int frozenCommissionOffset = field("FrozenCommission", CType.DOUBLE);
    private final int currMarginOffset = field("CurrMargin", CType.DOUBLE);
    private final int cashInOffset = field("CashIn", CType.DOUBLE);
    private final int commissionOffset = field("Commission", CType.DOUBLE);
    private final int closeProfitOffset = field("CloseProfit", CType.DOUBLE);
    private final int positionProfitOffset = field("PositionProfit", CType.DOUBLE);
    private final int balanceOffset = field("Balance", CType.DOUBLE);
    private final int availableOffset = field("Available", CType.DOUBLE);
    private final int withdrawQuotaOffset = field("WithdrawQuota", CType.DOUBLE);
    private final int reserveOffset = field("Reserve", CType.DOUBLE);
    private final int tradingDayOffset = field("TradingDay", CType.CHAR_ARRAY);
    private final int tradingDayLength = length("TradingDay");
    private final int settlementIdOffset = field("SettlementID", CType.INT);
    private final int creditOffset = field("Credit", CType.DOUBLE);
    private final int mortgageOffset = field("Mortgage", CType.DOUBLE);
    private final int exchangeMarginOffset = field("ExchangeMargin", CType.DOUBLE);
    private final int deliveryMarginOffset = field("DeliveryMargin", CType.DOUBLE);
    private final int exchangeDeliveryMarginOffset = field("ExchangeDeliveryMargin", CType.DOUBLE);
    private final int reserveBalanceOffset = field("ReserveBalance", CType.DOUBLE);
    private final int currencyIdOffset = field("CurrencyID", CType.CHAR_ARRAY);
    private final int currencyIdLength = length("CurrencyID");
    private final int preFundMortgageInOffset = field("PreFundMortgageIn", CType.DOUBLE);
    private final int preFundMortgageOutOffset = field("PreFundMortgageOut", CType.DOUBLE);
    private final int fundMortgageInOffset = field("FundMortgageIn", CType.DOUBLE);
    private final int fundMortgageOutOffset = field("FundMortgageOut", CType.DOUBLE);
    private final int fundMortgageAvailableOffset = field("FundMortgageAvailable", CType.DOUBLE);
    private final int mortgageableFundOffset = field("MortgageableFund", CType.DOUBLE);
    private final int specProductMarginOffset = field("SpecProductMargin", CType.DOUBLE);
    private final int specProductFrozenMarginOffset = field("SpecProductFrozenMargin", CType.DOUBLE);
    private final int specProductCommissionOffset = field("SpecProductCommission", CType.DOUBLE);
    private final int specProductFrozenCommissionOffset = field("SpecProductFrozenCommission", CType.DOUBLE);
    private final int specProductPositionProfitOffset = field("SpecProductPositionProfit", CType.DOUBLE);
    private final int specProductCloseProfitOffset = field("SpecProductCloseProfit", CType.DOUBLE);
    private final int specProductPositionProfitByAlgOffset = field("SpecProductPositionProfitByAlg", CType.DOUBLE);
    private final int specProductExchangeMarginOffset = field("SpecProductExchangeMargin", CType.DOUBLE);
    private final int bizTypeOffset = field("BizType", CType.CHAR);
    private final int frozenSwapOffset = field("FrozenSwap", CType.DOUBLE);
    private final int remainSwapOffset = field("RemainSwap", CType.DOUBLE);
    private final int optionValueOffset = optionalField("OptionValue", CType.DOUBLE);

    /**
     * Binds to {@code profile}'s layout of {@code CThostFtdcTradingAccountField}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when the profile lacks a field this view needs, or types
     * it differently
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public TradingAccountFlyweight(final AbiProfile profile)
    {
        super(profile, STRUCT_NAME);
    }

    @Override
    public TradingAccountFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        super.wrap(buffer, offset);
        return this;
    }

    @Override
    public TradingAccountFlyweight clear()
    {
        super.clear();
        return this;
    }

    /**
     * Broker (futures company) code assigned by SFIT, e.g. {@code 9999} for SimNow; ASCII.
     * CTP field {@code BrokerID}, char[11]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapBrokerId} or {@link #brokerIdEquals}.
     */
    public String brokerId()
    {
        return getText(brokerIdOffset, brokerIdLength);
    }

    /**
     * Writes {@code BrokerID}: broker (futures company) code assigned by SFIT, e.g. {@code 9999} for SimNow; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 10 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public TradingAccountFlyweight brokerId(final CharSequence value)
    {
        putText(brokerIdOffset, brokerIdLength, "BrokerID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #brokerId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapBrokerId(final AsciiSequenceView view)
    {
        return wrapText(brokerIdOffset, brokerIdLength, view);
    }

    /** Whether {@link #brokerId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean brokerIdEquals(final CharSequence value)
    {
        return textEquals(brokerIdOffset, brokerIdLength, value);
    }

    /**
     * Fund account; usually equal to InvestorID; ASCII.
     * CTP field {@code AccountID}, char[13]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapAccountId} or {@link #accountIdEquals}.
     */
    public String accountId()
    {
        return getText(accountIdOffset, accountIdLength);
    }

    /**
     * Writes {@code AccountID}: fund account; usually equal to InvestorID; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 12 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public TradingAccountFlyweight accountId(final CharSequence value)
    {
        putText(accountIdOffset, accountIdLength, "AccountID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #accountId()} in the buffer, without copying or allocating; valid until the buffer
     * changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapAccountId(final AsciiSequenceView view)
    {
        return wrapText(accountIdOffset, accountIdLength, view);
    }

    /** Whether {@link #accountId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean accountIdEquals(final CharSequence value)
    {
        return textEquals(accountIdOffset, accountIdLength, value);
    }

    /** Previous day's mortgage, in yuan.
CTP field {@code PreMortgage}, double. */
    public double preMortgage()
    {
        return buffer.getDouble(offset + preMortgageOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PreMortgage}: previous day's mortgage, in yuan.
@return this */
    public TradingAccountFlyweight preMortgage(final double value)
    {
        writable().putDouble(offset + preMortgageOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Previous day's credit line, in yuan.
CTP field {@code PreCredit}, double. */
    public double preCredit()
    {
        return buffer.getDouble(offset + preCreditOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PreCredit}: previous day's credit line, in yuan.
@return this */
    public TradingAccountFlyweight preCredit(final double value)
    {
        writable().putDouble(offset + preCreditOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Previous day's deposit, in yuan.
CTP field {@code PreDeposit}, double. */
    public double preDeposit()
    {
        return buffer.getDouble(offset + preDepositOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PreDeposit}: previous day's deposit, in yuan.
@return this */
    public TradingAccountFlyweight preDeposit(final double value)
    {
        writable().putDouble(offset + preDepositOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Previous day's balance (static equity), in yuan.
CTP field {@code PreBalance}, double. */
    public double preBalance()
    {
        return buffer.getDouble(offset + preBalanceOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PreBalance}: previous day's balance (static equity), in yuan.
@return this */
    public TradingAccountFlyweight preBalance(final double value)
    {
        writable().putDouble(offset + preBalanceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin of the previous trading day, in yuan.
CTP field {@code PreMargin}, double. */
    public double preMargin()
    {
        return buffer.getDouble(offset + preMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PreMargin}: margin of the previous trading day, in yuan.
@return this */
    public TradingAccountFlyweight preMargin(final double value)
    {
        writable().putDouble(offset + preMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Base amount for interest, in yuan.
CTP field {@code InterestBase}, double. */
    public double interestBase()
    {
        return buffer.getDouble(offset + interestBaseOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code InterestBase}: base amount for interest, in yuan.
@return this */
    public TradingAccountFlyweight interestBase(final double value)
    {
        writable().putDouble(offset + interestBaseOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Interest income, in yuan.
CTP field {@code Interest}, double. */
    public double interest()
    {
        return buffer.getDouble(offset + interestOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Interest}: interest income, in yuan.
@return this */
    public TradingAccountFlyweight interest(final double value)
    {
        writable().putDouble(offset + interestOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Deposits today, in yuan.
CTP field {@code Deposit}, double. */
    public double deposit()
    {
        return buffer.getDouble(offset + depositOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Deposit}: deposits today, in yuan.
@return this */
    public TradingAccountFlyweight deposit(final double value)
    {
        writable().putDouble(offset + depositOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Withdrawals today, in yuan.
CTP field {@code Withdraw}, double. */
    public double withdraw()
    {
        return buffer.getDouble(offset + withdrawOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Withdraw}: withdrawals today, in yuan.
@return this */
    public TradingAccountFlyweight withdraw(final double value)
    {
        writable().putDouble(offset + withdrawOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin frozen by pending orders, in yuan.
CTP field {@code FrozenMargin}, double. */
    public double frozenMargin()
    {
        return buffer.getDouble(offset + frozenMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FrozenMargin}: margin frozen by pending orders, in yuan.
@return this */
    public TradingAccountFlyweight frozenMargin(final double value)
    {
        writable().putDouble(offset + frozenMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Cash frozen, in yuan.
CTP field {@code FrozenCash}, double. */
    public double frozenCash()
    {
        return buffer.getDouble(offset + frozenCashOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FrozenCash}: cash frozen, in yuan.
@return this */
    public TradingAccountFlyweight frozenCash(final double value)
    {
        writable().putDouble(offset + frozenCashOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Commission frozen by pending orders, in yuan.
CTP field {@code FrozenCommission}, double. */
    public double frozenCommission()
    {
        return buffer.getDouble(offset + frozenCommissionOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FrozenCommission}: commission frozen by pending orders, in yuan.
@return this */
    public TradingAccountFlyweight frozenCommission(final double value)
    {
        writable().putDouble(offset + frozenCommissionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Current margin in use, in yuan.
CTP field {@code CurrMargin}, double. */
    public double currMargin()
    {
        return buffer.getDouble(offset + currMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CurrMargin}: current margin in use, in yuan.
@return this */
    public TradingAccountFlyweight currMargin(final double value)
    {
        writable().putDouble(offset + currMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Cash difference (cash in), in yuan.
CTP field {@code CashIn}, double. */
    public double cashIn()
    {
        return buffer.getDouble(offset + cashInOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CashIn}: cash difference (cash in), in yuan.
@return this */
    public TradingAccountFlyweight cashIn(final double value)
    {
        writable().putDouble(offset + cashInOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Commission charged today, in yuan.
CTP field {@code Commission}, double. */
    public double commission()
    {
        return buffer.getDouble(offset + commissionOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Commission}: commission charged today, in yuan.
@return this */
    public TradingAccountFlyweight commission(final double value)
    {
        writable().putDouble(offset + commissionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Realised profit from closing today, in yuan.
CTP field {@code CloseProfit}, double. */
    public double closeProfit()
    {
        return buffer.getDouble(offset + closeProfitOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code CloseProfit}: realised profit from closing today, in yuan.
@return this */
    public TradingAccountFlyweight closeProfit(final double value)
    {
        writable().putDouble(offset + closeProfitOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Floating (mark-to-market) profit of the open position, in yuan.
CTP field {@code PositionProfit}, double. */
    public double positionProfit()
    {
        return buffer.getDouble(offset + positionProfitOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PositionProfit}: floating (mark-to-market) profit of the open position, in yuan.
@return this */
    public TradingAccountFlyweight positionProfit(final double value)
    {
        writable().putDouble(offset + positionProfitOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Current balance (dynamic equity), in yuan.
CTP field {@code Balance}, double. */
    public double balance()
    {
        return buffer.getDouble(offset + balanceOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Balance}: current balance (dynamic equity), in yuan.
@return this */
    public TradingAccountFlyweight balance(final double value)
    {
        writable().putDouble(offset + balanceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Available funds for new positions, in yuan.
CTP field {@code Available}, double. */
    public double available()
    {
        return buffer.getDouble(offset + availableOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Available}: available funds for new positions, in yuan.
@return this */
    public TradingAccountFlyweight available(final double value)
    {
        writable().putDouble(offset + availableOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Amount that may be withdrawn, in yuan.
CTP field {@code WithdrawQuota}, double. */
    public double withdrawQuota()
    {
        return buffer.getDouble(offset + withdrawQuotaOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code WithdrawQuota}: amount that may be withdrawn, in yuan.
@return this */
    public TradingAccountFlyweight withdrawQuota(final double value)
    {
        writable().putDouble(offset + withdrawQuotaOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Basic reserve, in yuan.
CTP field {@code Reserve}, double. */
    public double reserve()
    {
        return buffer.getDouble(offset + reserveOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Reserve}: basic reserve, in yuan.
@return this */
    public TradingAccountFlyweight reserve(final double value)
    {
        writable().putDouble(offset + reserveOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Trading day as {@code yyyyMMdd}; during the night session it is the next trading day.
     * CTP field {@code TradingDay}, char[9]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapTradingDay} or {@link #tradingDayEquals}.
     */
    public String tradingDay()
    {
        return getText(tradingDayOffset, tradingDayLength);
    }

    /**
     * Writes {@code TradingDay}: trading day as {@code yyyyMMdd}; during the night session it is the next trading day.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 8 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public TradingAccountFlyweight tradingDay(final CharSequence value)
    {
        putText(tradingDayOffset, tradingDayLength, "TradingDay", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #tradingDay()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapTradingDay(final AsciiSequenceView view)
    {
        return wrapText(tradingDayOffset, tradingDayLength, view);
    }

    /** Whether {@link #tradingDay()} equals {@code value}, without allocating (for ASCII values). */
    public boolean tradingDayEquals(final CharSequence value)
    {
        return textEquals(tradingDayOffset, tradingDayLength, value);
    }

    /** Settlement number within the trading day.
CTP field {@code SettlementID}, int. */
    public int settlementId()
    {
        return buffer.getInt(offset + settlementIdOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SettlementID}: settlement number within the trading day.
@return this */
    public TradingAccountFlyweight settlementId(final int value)
    {
        writable().putInt(offset + settlementIdOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Credit line, in yuan.
CTP field {@code Credit}, double. */
    public double credit()
    {
        return buffer.getDouble(offset + creditOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Credit}: credit line, in yuan.
@return this */
    public TradingAccountFlyweight credit(final double value)
    {
        writable().putDouble(offset + creditOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Mortgage, in yuan.
CTP field {@code Mortgage}, double. */
    public double mortgage()
    {
        return buffer.getDouble(offset + mortgageOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code Mortgage}: mortgage, in yuan.
@return this */
    public TradingAccountFlyweight mortgage(final double value)
    {
        writable().putDouble(offset + mortgageOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin required by the exchange, in yuan.
CTP field {@code ExchangeMargin}, double. */
    public double exchangeMargin()
    {
        return buffer.getDouble(offset + exchangeMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code ExchangeMargin}: margin required by the exchange, in yuan.
@return this */
    public TradingAccountFlyweight exchangeMargin(final double value)
    {
        writable().putDouble(offset + exchangeMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Delivery margin of the investor, in yuan.
CTP field {@code DeliveryMargin}, double. */
    public double deliveryMargin()
    {
        return buffer.getDouble(offset + deliveryMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code DeliveryMargin}: delivery margin of the investor, in yuan.
@return this */
    public TradingAccountFlyweight deliveryMargin(final double value)
    {
        writable().putDouble(offset + deliveryMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Delivery margin required by the exchange, in yuan.
CTP field {@code ExchangeDeliveryMargin}, double. */
    public double exchangeDeliveryMargin()
    {
        return buffer.getDouble(offset + exchangeDeliveryMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code ExchangeDeliveryMargin}: delivery margin required by the exchange, in yuan.
@return this */
    public TradingAccountFlyweight exchangeDeliveryMargin(final double value)
    {
        writable().putDouble(offset + exchangeDeliveryMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Reserved balance (basic reserve), in yuan.
CTP field {@code ReserveBalance}, double. */
    public double reserveBalance()
    {
        return buffer.getDouble(offset + reserveBalanceOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code ReserveBalance}: reserved balance (basic reserve), in yuan.
@return this */
    public TradingAccountFlyweight reserveBalance(final double value)
    {
        writable().putDouble(offset + reserveBalanceOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Currency code, e.g. {@code CNY}; ASCII.
     * CTP field {@code CurrencyID}, char[4]. Allocates a String: for logs and tests; the hot path uses
     * {@link #wrapCurrencyId} or {@link #currencyIdEquals}.
     */
    public String currencyId()
    {
        return getText(currencyIdOffset, currencyIdLength);
    }

    /**
     * Writes {@code CurrencyID}: currency code, e.g. {@code CNY}; ASCII.
     * Encoded as GB18030 with the rest of the field NUL-filled; allocation-free for ASCII text.
     *
     * @param value at most 3 bytes once encoded
     * @return this
     * @throws IllegalArgumentException naming the field, limit and value when the text does not fit (never truncated)
     */
    public TradingAccountFlyweight currencyId(final CharSequence value)
    {
        putText(currencyIdOffset, currencyIdLength, "CurrencyID", value);
        return this;
    }

    /**
     * Points {@code view} at {@link #currencyId()} in the buffer, without copying or allocating; valid until the
     * buffer changes.
     *
     * @return view
     */
    public AsciiSequenceView wrapCurrencyId(final AsciiSequenceView view)
    {
        return wrapText(currencyIdOffset, currencyIdLength, view);
    }

    /** Whether {@link #currencyId()} equals {@code value}, without allocating (for ASCII values). */
    public boolean currencyIdEquals(final CharSequence value)
    {
        return textEquals(currencyIdOffset, currencyIdLength, value);
    }

    /** Previous day's currency mortgage in, in yuan.
CTP field {@code PreFundMortgageIn}, double. */
    public double preFundMortgageIn()
    {
        return buffer.getDouble(offset + preFundMortgageInOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PreFundMortgageIn}: previous day's currency mortgage in, in yuan.
@return this */
    public TradingAccountFlyweight preFundMortgageIn(final double value)
    {
        writable().putDouble(offset + preFundMortgageInOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Previous day's currency mortgage out, in yuan.
CTP field {@code PreFundMortgageOut}, double. */
    public double preFundMortgageOut()
    {
        return buffer.getDouble(offset + preFundMortgageOutOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code PreFundMortgageOut}: previous day's currency mortgage out, in yuan.
@return this */
    public TradingAccountFlyweight preFundMortgageOut(final double value)
    {
        writable().putDouble(offset + preFundMortgageOutOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Currency mortgage in, in yuan.
CTP field {@code FundMortgageIn}, double. */
    public double fundMortgageIn()
    {
        return buffer.getDouble(offset + fundMortgageInOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FundMortgageIn}: currency mortgage in, in yuan.
@return this */
    public TradingAccountFlyweight fundMortgageIn(final double value)
    {
        writable().putDouble(offset + fundMortgageInOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Currency mortgage out, in yuan.
CTP field {@code FundMortgageOut}, double. */
    public double fundMortgageOut()
    {
        return buffer.getDouble(offset + fundMortgageOutOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FundMortgageOut}: currency mortgage out, in yuan.
@return this */
    public TradingAccountFlyweight fundMortgageOut(final double value)
    {
        writable().putDouble(offset + fundMortgageOutOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Currency mortgage remaining, in yuan.
CTP field {@code FundMortgageAvailable}, double. */
    public double fundMortgageAvailable()
    {
        return buffer.getDouble(offset + fundMortgageAvailableOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FundMortgageAvailable}: currency mortgage remaining, in yuan.
@return this */
    public TradingAccountFlyweight fundMortgageAvailable(final double value)
    {
        writable().putDouble(offset + fundMortgageAvailableOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Funds that may be mortgaged, in yuan.
CTP field {@code MortgageableFund}, double. */
    public double mortgageableFund()
    {
        return buffer.getDouble(offset + mortgageableFundOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code MortgageableFund}: funds that may be mortgaged, in yuan.
@return this */
    public TradingAccountFlyweight mortgageableFund(final double value)
    {
        writable().putDouble(offset + mortgageableFundOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Margin of special products, in yuan.
CTP field {@code SpecProductMargin}, double. */
    public double specProductMargin()
    {
        return buffer.getDouble(offset + specProductMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SpecProductMargin}: margin of special products, in yuan.
@return this */
    public TradingAccountFlyweight specProductMargin(final double value)
    {
        writable().putDouble(offset + specProductMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Frozen margin of special products, in yuan.
CTP field {@code SpecProductFrozenMargin}, double. */
    public double specProductFrozenMargin()
    {
        return buffer.getDouble(offset + specProductFrozenMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SpecProductFrozenMargin}: frozen margin of special products, in yuan.
@return this */
    public TradingAccountFlyweight specProductFrozenMargin(final double value)
    {
        writable().putDouble(offset + specProductFrozenMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Commission of special products, in yuan.
CTP field {@code SpecProductCommission}, double. */
    public double specProductCommission()
    {
        return buffer.getDouble(offset + specProductCommissionOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SpecProductCommission}: commission of special products, in yuan.
@return this */
    public TradingAccountFlyweight specProductCommission(final double value)
    {
        writable().putDouble(offset + specProductCommissionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Frozen commission of special products, in yuan.
CTP field {@code SpecProductFrozenCommission}, double. */
    public double specProductFrozenCommission()
    {
        return buffer.getDouble(offset + specProductFrozenCommissionOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SpecProductFrozenCommission}: frozen commission of special products, in yuan.
@return this */
    public TradingAccountFlyweight specProductFrozenCommission(final double value)
    {
        writable().putDouble(offset + specProductFrozenCommissionOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Position profit of special products, in yuan.
CTP field {@code SpecProductPositionProfit}, double. */
    public double specProductPositionProfit()
    {
        return buffer.getDouble(offset + specProductPositionProfitOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SpecProductPositionProfit}: position profit of special products, in yuan.
@return this */
    public TradingAccountFlyweight specProductPositionProfit(final double value)
    {
        writable().putDouble(offset + specProductPositionProfitOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Close profit of special products, in yuan.
CTP field {@code SpecProductCloseProfit}, double. */
    public double specProductCloseProfit()
    {
        return buffer.getDouble(offset + specProductCloseProfitOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SpecProductCloseProfit}: close profit of special products, in yuan.
@return this */
    public TradingAccountFlyweight specProductCloseProfit(final double value)
    {
        writable().putDouble(offset + specProductCloseProfitOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Position profit of special products by the margin algorithm, in yuan.
     * CTP field {@code SpecProductPositionProfitByAlg}, double.
     */
    public double specProductPositionProfitByAlg()
    {
        return buffer.getDouble(offset + specProductPositionProfitByAlgOffset, LITTLE_ENDIAN);
    }

    /**
     * Writes {@code SpecProductPositionProfitByAlg}: position profit of special products by the margin algorithm, in
     * yuan.
     *
     * @return this
     */
    public TradingAccountFlyweight specProductPositionProfitByAlg(final double value)
    {
        writable().putDouble(offset + specProductPositionProfitByAlgOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Exchange margin of special products, in yuan.
CTP field {@code SpecProductExchangeMargin}, double. */
    public double specProductExchangeMargin()
    {
        return buffer.getDouble(offset + specProductExchangeMarginOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code SpecProductExchangeMargin}: exchange margin of special products, in yuan.
@return this */
    public TradingAccountFlyweight specProductExchangeMargin(final double value)
    {
        writable().putDouble(offset + specProductExchangeMarginOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Business type: {@code THOST_FTDC_BZTP_*} ('1' futures, '2' securities).
CTP field {@code BizType}, char. */
    public byte bizType()
    {
        return buffer.getByte(offset + bizTypeOffset);
    }

    /** Writes {@code BizType}: business type: {@code THOST_FTDC_BZTP_*} ('1' futures, '2' securities).
@return this */
    public TradingAccountFlyweight bizType(final byte value)
    {
        writable().putByte(offset + bizTypeOffset, value);
        return this;
    }

    /** Amount frozen for swaps, in yuan.
CTP field {@code FrozenSwap}, double. */
    public double frozenSwap()
    {
        return buffer.getDouble(offset + frozenSwapOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code FrozenSwap}: amount frozen for swaps, in yuan.
@return this */
    public TradingAccountFlyweight frozenSwap(final double value)
    {
        writable().putDouble(offset + frozenSwapOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Remaining swap amount, in yuan.
CTP field {@code RemainSwap}, double. */
    public double remainSwap()
    {
        return buffer.getDouble(offset + remainSwapOffset, LITTLE_ENDIAN);
    }

    /** Writes {@code RemainSwap}: remaining swap amount, in yuan.
@return this */
    public TradingAccountFlyweight remainSwap(final double value)
    {
        writable().putDouble(offset + remainSwapOffset, value, LITTLE_ENDIAN);
        return this;
    }

    /** Whether the bound profile's {@code CThostFtdcTradingAccountField} has {@code OptionValue}. */
    public boolean hasOptionValue()
    {
        return optionValueOffset != ABSENT;
    }

    /**
     * Market value of the account's options, in yuan (6.7.11).
     * CTP field {@code OptionValue}, double. Absent from 6.7.8 and older: check {@link #hasOptionValue()}, else {@link FieldAbsentException}.
     */
    public double optionValue()
    {
        return buffer.getDouble(offset + present(optionValueOffset, "OptionValue"), LITTLE_ENDIAN);
    }

    /**
     * Writes {@code OptionValue}: market value of the account's options, in yuan (6.7.11).
     *
     * @return this
     */
    public TradingAccountFlyweight optionValue(final double value)
    {
        writable().putDouble(offset + present(optionValueOffset, "OptionValue"), value, LITTLE_ENDIAN);
        return this;
    }
}
