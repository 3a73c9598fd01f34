package org.ctpengine.journal;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.RspInfoFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Builds real engine events (header + CTP struct of profile 6.7.8, written through the adapter's flyweights) in
 * one off-heap buffer, as the ring would hold them. Shared by the journal and tools tests and the child JVM.
 * One instance per thread.
 */
public final class TestEvents
{
    public static final AbiProfile PROFILE = AbiProfiles.byId("6.7.8");
    public static final int PROFILE_INDEX = 0;
    public static final int MD_CHANNEL = 0;
    public static final int TD_CHANNEL = 1;
    /** 2026-03-02 09:30:00 China time (01:30 UTC). */
    public static final long BASE_EPOCH_NANOS = 1_772_415_000_000_000_000L;

    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(8192));
    private final EventHeader header = new EventHeader().wrap(buffer, 0);
    private final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(PROFILE);
    private final OrderFlyweight order = new OrderFlyweight(PROFILE);
    private final TradeFlyweight trade = new TradeFlyweight(PROFILE);
    private final InputOrderFlyweight inputOrder = new InputOrderFlyweight(PROFILE);
    private final RspInfoFlyweight rspInfo = new RspInfoFlyweight(PROFILE);

    public UnsafeBuffer buffer()
    {
        return buffer;
    }

    public static JournalMetadata metadata()
    {
        return JournalMetadata.builder()
            .engineVersion("test")
            .profile(PROFILE_INDEX, PROFILE.id())
            .channel(MD_CHANNEL, "md0", "md", "/opt/ctp/libthostmduserapi_se.so", PROFILE.apiVersion())
            .channel(TD_CHANNEL, "td0", "td", "/opt/ctp/libthosttraderapi_se.so", PROFILE.apiVersion())
            .instruments(List.of("rb2605", "au2606"))
            .build();
    }

    /** A JOURNAL_START event for {@link #metadata()}, sequence -1. */
    public int start()
    {
        return metadata().encode(buffer, 0, -1, BASE_EPOCH_NANOS);
    }

    /** An OnRtnDepthMarketData event; the tick's Volume is the sequence, so that a reader can check the payload. */
    public int tick(final long sequence, final long epochNanos, final String instrument, final double lastPrice)
    {
        callback(EventType.RTN_DEPTH_MARKET_DATA, EventSource.MD, MD_CHANNEL, ApiTable.MD_SPI, sequence, epochNanos);
        tick.wrap(buffer, EventHeader.PAYLOAD_OFFSET);
        tick.clear();
        tick.tradingDay("20260302").actionDay("20260302").instrumentId(instrument).exchangeId("SHFE")
            .updateTime("09:30:01").updateMillisec(500)
            .lastPrice(lastPrice).bidPrice1(lastPrice - 1).bidVolume1(12).askPrice1(lastPrice + 1).askVolume1(7)
            .volume((int)sequence).turnover(lastPrice * 10 * sequence).openInterest(123456)
            .preSettlementPrice(3500).preClosePrice(3501).preOpenInterest(120000).openPrice(3502)
            .highestPrice(lastPrice + 5).lowestPrice(lastPrice - 5)
            .closePrice(DepthMarketDataFlyweight.NO_VALUE).settlementPrice(DepthMarketDataFlyweight.NO_VALUE)
            .upperLimitPrice(3800).lowerLimitPrice(3200).averagePrice(35000);
        return payload(tick.sizeInBytes());
    }

    /** An OnRtnOrder event. */
    public int order(
        final long sequence, final long epochNanos, final String instrument, final String orderRef, final byte status,
        final String statusMsg)
    {
        callback(EventType.RTN_ORDER, EventSource.TD, TD_CHANNEL, ApiTable.TRADER_SPI, sequence, epochNanos);
        order.wrap(buffer, EventHeader.PAYLOAD_OFFSET);
        order.clear();
        order.brokerId("9999").investorId("000001").instrumentId(instrument).exchangeId("SHFE").orderRef(orderRef)
            .direction(Direction.BUY).combOffsetFlag(String.valueOf((char)OffsetFlag.OPEN)).combHedgeFlag("1")
            .limitPrice(3550).volumeTotalOriginal(2).volumeTraded(1).volumeTotal(1)
            .orderSysId("      123456").orderStatus(status).statusMsg(statusMsg)
            .frontId(1).sessionId(42).insertDate("20260302").insertTime("09:30:02").updateTime("09:30:03");
        return payload(order.sizeInBytes());
    }

    /** An OnRtnTrade event. */
    public int trade(final long sequence, final long epochNanos, final String instrument, final String tradeId, final double price)
    {
        callback(EventType.RTN_TRADE, EventSource.TD, TD_CHANNEL, ApiTable.TRADER_SPI, sequence, epochNanos);
        trade.wrap(buffer, EventHeader.PAYLOAD_OFFSET);
        trade.clear();
        trade.brokerId("9999").investorId("000001").instrumentId(instrument).exchangeId("SHFE").orderRef("7")
            .tradeId(tradeId).direction(Direction.SELL).offsetFlag(OffsetFlag.CLOSE).hedgeFlag((byte)'1')
            .orderSysId("      123456").price(price).volume(1).tradeDate("20260302").tradeTime("09:30:04")
            .tradingDay("20260302");
        return payload(trade.sizeInBytes());
    }

    /** An OnRspOrderInsert refusal: the InputOrder back, with RspInfo (ErrorID and a GB18030 message). */
    public int rspOrderInsert(
        final long sequence, final long epochNanos, final String instrument, final int errorId, final String errorMsg)
    {
        callback(EventType.RSP_ORDER_INSERT, EventSource.TD, TD_CHANNEL, ApiTable.TRADER_SPI, sequence, epochNanos);
        header.flags((byte)(EventHeader.FLAG_IS_LAST | EventHeader.FLAG_HAS_RSP_INFO)).errorId(errorId).requestId(9);
        rspInfo.wrap(buffer, EventHeader.RSP_INFO_OFFSET);
        rspInfo.clear();
        rspInfo.errorId(errorId).errorMsg(errorMsg);
        inputOrder.wrap(buffer, EventHeader.PAYLOAD_OFFSET);
        inputOrder.clear();
        inputOrder.brokerId("9999").investorId("000001").instrumentId(instrument).orderRef("8")
            .direction(Direction.BUY).combOffsetFlag("0").combHedgeFlag("1").limitPrice(3550).volumeTotalOriginal(1)
            .requestId(9);
        return payload(inputOrder.sizeInBytes());
    }

    private void callback(
        final EventType type, final EventSource source, final int channel, final ApiTable table, final long sequence,
        final long epochNanos)
    {
        header.clear()
            .type(type.code())
            .source(source)
            .profile((short)PROFILE_INDEX)
            .channel((short)channel)
            .spiSlot((short)PROFILE.slot(table, type.spiMethod()).index())
            .sequence(sequence)
            .receiveNanos(System.nanoTime())
            .epochNanos(epochNanos)
            .publishNanos(System.nanoTime());
    }

    private int payload(final int length)
    {
        header.payloadLength(length);
        return header.totalLength();
    }
}
