package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static org.assertj.core.api.Assertions.assertThat;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.codes.ContingentCondition;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.ForceCloseReason;
import org.ctpengine.adapter.codes.HedgeFlag;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderPriceType;
import org.ctpengine.adapter.codes.TimeCondition;
import org.ctpengine.adapter.codes.VolumeCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StructPrinterTest
{
    private static final String TICK_LINE = "TradingDay=20250102 ExchangeID=SHFE LastPrice=3712.0 PreSettlementPrice=3700.0 " +
        "PreClosePrice=3698.0 PreOpenInterest=1500000.0 OpenPrice=3705.0 HighestPrice=3720.0 LowestPrice=3701.0 " +
        "Volume=123456 Turnover=4567891200.0 OpenInterest=1498765.0 ClosePrice=- SettlementPrice=- " +
        "UpperLimitPrice=3996.0 LowerLimitPrice=3404.0 PreDelta=- CurrDelta=- UpdateTime=09:30:01 UpdateMillisec=500 " +
        "BidPrice1=3711.0 BidVolume1=25 AskPrice1=3712.0 AskVolume1=31 " +
        "BidPrice2=- BidVolume2=0 AskPrice2=- AskVolume2=0 BidPrice3=- BidVolume3=0 AskPrice3=- AskVolume3=0 " +
        "BidPrice4=- BidVolume4=0 AskPrice4=- AskVolume4=0 BidPrice5=- BidVolume5=0 AskPrice5=- AskVolume5=0 " +
        "AveragePrice=37125.5 ActionDay=20250102 InstrumentID=rb2501 ExchangeInstID=rb2501 " +
        "BandingUpperPrice=- BandingLowerPrice=-";

    /**
     * The profiles with the 6.6.x+ layouts these lines pin (InstrumentID moved to the end, Banding*, reserve1); the
     * older layouts are printed by {@link #printsAnOldLayoutInItsOwnFieldOrderWithoutTheFieldsItLacks}.
     */
    static Iterable<String> profileIds()
    {
        return AbiProfiles.BUILT_IN.stream()
            .filter(id -> AbiProfiles.byId(id).struct(DepthMarketDataFlyweight.STRUCT_NAME).hasField("BandingUpperPrice"))
            .toList();
    }

    @Test
    void printsAnOldLayoutInItsOwnFieldOrderWithoutTheFieldsItLacks()
    {
        final AbiProfile profile = AbiProfiles.byId("6.3.15");
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(profile);
        tick.wrap(new UnsafeBuffer(new byte[tick.sizeInBytes()]), 0).tradingDay("20250102").instrumentId("rb2501")
            .lastPrice(3712.0);

        assertThat(tick.hasBandingUpperPrice()).isFalse();
        assertThat(tick.toString()).startsWith("TradingDay=20250102 InstrumentID=rb2501 ExchangeID= ExchangeInstID= " +
            "LastPrice=3712.0 ").doesNotContain("Banding", "reserve");
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void printsAKnownDepthMarketDataOnOneLine(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[600]);
        writeTick(new DepthMarketDataFlyweight(profile).wrap(buffer, 8));

        assertThat(StructPrinter.forProfile(profile).line(DepthMarketDataFlyweight.STRUCT_NAME, buffer, 8))
            .isEqualTo(TICK_LINE);
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void flyweightToStringIsTheOneLineForm(final String profileId)
    {
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(AbiProfiles.byId(profileId));
        writeTick(tick.wrap(new UnsafeBuffer(new byte[584]), 0));

        assertThat(tick).hasToString(TICK_LINE);
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void printsAKnownDepthMarketDataOneFieldPerLine(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(profile);
        writeTick(tick.wrap(new UnsafeBuffer(new byte[584]), 0));

        final String lines = StructPrinter.forProfile(profile).lines(tick.layout(), tick.buffer(), 0);

        assertThat(lines).startsWith(
            "CThostFtdcDepthMarketDataField (584 bytes, profile " + profileId + ")\n" +
            "  TradingDay         = 20250102\n" +
            "  ExchangeID         = SHFE\n" +
            "  LastPrice          = 3712.0\n");
        assertThat(lines).contains(
            "  ClosePrice         = -\n",
            "  UpdateTime         = 09:30:01\n",
            "  UpdateMillisec     = 500\n",
            "  InstrumentID       = rb2501\n");
        assertThat(lines).endsWith("  BandingLowerPrice  = -\n");
        assertThat(lines.split("\n")).hasSize(1 + 46);
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void printsChineseTextDecodedAndTheMultiLineFormExactly(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final RspInfoFlyweight rspInfo = new RspInfoFlyweight(profile);
        rspInfo.wrap(new UnsafeBuffer(new byte[rspInfo.sizeInBytes()]), 0).errorId(16).errorMsg("CTP:合约不存在");

        assertThat(StructPrinter.forProfile(profile).lines(rspInfo.layout(), rspInfo.buffer(), 0)).isEqualTo(
            "CThostFtdcRspInfoField (88 bytes, profile " + profileId + ")\n" +
            "  ErrorID  = 16\n" +
            "  ErrorMsg = CTP:合约不存在\n");
        assertThat(rspInfo).hasToString("ErrorID=16 ErrorMsg=CTP:合约不存在");
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void namesCharCodesByTheProfilesMacros(final String profileId)
    {
        final InputOrderFlyweight order = new InputOrderFlyweight(AbiProfiles.byId(profileId));
        order.wrap(new UnsafeBuffer(new byte[order.sizeInBytes()]), 0)
            .direction(Direction.SELL).combOffsetFlag("03").combHedgeFlag(HedgeFlag.SPECULATION)
            .orderPriceType(OrderPriceType.LIMIT_PRICE).timeCondition(TimeCondition.IOC)
            .volumeCondition(VolumeCondition.COMPLETE).contingentCondition(ContingentCondition.IMMEDIATELY)
            .forceCloseReason(ForceCloseReason.NOT_FORCE_CLOSE);

        assertThat(order.toString()).contains(
            " Direction=1(Sell) ",
            " CombOffsetFlag=03(Open,CloseToday) ",
            " CombHedgeFlag=1(Speculation) ",
            " OrderPriceType=2(LimitPrice) ",
            " TimeCondition=1(IOC) ",
            " VolumeCondition=3(CV) ",
            " ContingentCondition=1(Immediately) ",
            " ForceCloseReason=0(NotForceClose) ");
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void showsUnsetAndUnknownCodesQuotesTextWithSpacesAndNonEmptyReserveSlots(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final OrderFlyweight order = new OrderFlyweight(profile);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[order.sizeInBytes()]);
        order.wrap(buffer, 0).orderSysId("      123456").orderStatus((byte)'~').businessUnit("a=b");
        buffer.putStringWithoutLengthAscii(profile.struct(OrderFlyweight.STRUCT_NAME).field("reserve1").offset(), "rb2501");

        final String line = order.toString();

        assertThat(line).startsWith("BrokerID= InvestorID= reserve1=rb2501 OrderRef= ");
        assertThat(line).contains(" Direction=\\0 ", " OrderSysID=\"      123456\" ", " OrderStatus=~ ",
            " BusinessUnit=\"a=b\" ");
        assertThat(line).doesNotContain("reserve2", "reserve3");
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void printsAStructThatHasNoFlyweight(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[40]);
        buffer.putStringWithoutLengthAscii(0, "9999");
        buffer.putStringWithoutLengthAscii(11, "USD");
        buffer.putDouble(16, 1.0, LITTLE_ENDIAN);
        buffer.putStringWithoutLengthAscii(24, "CNY");
        buffer.putDouble(32, 7.1234, LITTLE_ENDIAN);

        assertThat(StructPrinter.forProfile(profile).line("CThostFtdcExchangeRateField", buffer, 0)).isEqualTo(
            "BrokerID=9999 FromCurrencyID=USD FromCurrencyUnit=1.0 ToCurrencyID=CNY ExchangeRate=7.1234");
    }

    @Test
    void printsDoublesWithoutExponent()
    {
        assertThat(StructPrinter.appendDouble(1.0e-5, new StringBuilder())).hasToString("0.00001");
        assertThat(StructPrinter.appendDouble(2.5e10, new StringBuilder())).hasToString("25000000000.0");
        assertThat(StructPrinter.appendDouble(-3712.5, new StringBuilder())).hasToString("-3712.5");
        assertThat(StructPrinter.appendDouble(Double.MAX_VALUE, new StringBuilder())).hasToString("-");
    }

    private static void writeTick(final DepthMarketDataFlyweight tick)
    {
        final double none = StructFlyweight.NO_VALUE;
        tick.clear().tradingDay("20250102").exchangeId("SHFE").lastPrice(3712.0).preSettlementPrice(3700.0)
            .preClosePrice(3698.0).preOpenInterest(1_500_000.0).openPrice(3705.0).highestPrice(3720.0).lowestPrice(3701.0)
            .volume(123_456).turnover(4.5678912e9).openInterest(1_498_765.0).closePrice(none).settlementPrice(none)
            .upperLimitPrice(3996.0).lowerLimitPrice(3404.0).preDelta(none).currDelta(none)
            .updateTime("09:30:01").updateMillisec(500)
            .bidPrice1(3711.0).bidVolume1(25).askPrice1(3712.0).askVolume1(31)
            .averagePrice(37125.5).actionDay("20250102").instrumentId("rb2501").exchangeInstId("rb2501")
            .bandingUpperPrice(none).bandingLowerPrice(none);
        for (int level = 2; level <= 5; level++)
        {
            tick.bidPrice(level, none).askPrice(level, none);
        }
    }
}
