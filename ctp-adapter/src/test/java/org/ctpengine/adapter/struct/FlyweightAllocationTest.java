package org.ctpengine.adapter.struct;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.function.IntToLongFunction;

import org.agrona.AsciiSequenceView;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.codes.ContingentCondition;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.ForceCloseReason;
import org.ctpengine.adapter.codes.HedgeFlag;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderPriceType;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.codes.TimeCondition;
import org.ctpengine.adapter.codes.VolumeCondition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hot fields of a tick and of an order request are read and written with no allocation at all, measured with
 * the JVM's per-thread allocation counter over a million iterations after a warm-up that lets the JIT compile the
 * loop. The bound is small rather than zero only to tolerate the counter's own granularity.
 */
class FlyweightAllocationTest
{
    private static final int ITERATIONS = 1_000_000;
    private static final long BOUND_BYTES = 1024;

    private static com.sun.management.ThreadMXBean threads;

    /** Results are summed here so the JIT cannot drop the reads. */
    private long sink;

    @BeforeAll
    static void allocationCounterIsAvailable()
    {
        threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    static Iterable<String> profileIds()
    {
        return AbiProfiles.BUILT_IN;
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void depthMarketDataHotFieldsAllocateNothing(final String profileId)
    {
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(AbiProfiles.byId(profileId));
        tick.wrap(new UnsafeBuffer(ByteBuffer.allocateDirect(tick.sizeInBytes())), 0).clear();
        final AsciiSequenceView view = new AsciiSequenceView();
        final StringBuilder text = new StringBuilder(64);
        final String instrument = "rb2501";
        final String time = "09:30:01";

        final long allocated = measure("DepthMarketData write+read, " + profileId, i ->
        {
            tick.instrumentId(instrument).exchangeId("SHFE").tradingDay("20250102").actionDay("20250102")
                .updateTime(time).updateMillisec(i % 1000)
                .lastPrice(3712.0 + (i & 7)).volume(i).turnover(1.0e9 + i).openInterest(150_000.0)
                .upperLimitPrice(3900.0).lowerLimitPrice(3500.0);
            for (int level = 1; level <= 5; level++)
            {
                tick.bidPrice(level, 3711.0 - level).bidVolume(level, level * 10)
                    .askPrice(level, 3712.0 + level).askVolume(level, level * 11);
            }

            long sum = 0;
            if (tick.instrumentIdEquals(instrument) && tick.exchangeIdEquals("SHFE"))
            {
                sum += tick.wrapInstrumentId(view).length();
            }
            text.setLength(0);
            text.append(tick.wrapUpdateTime(view)).append('.').append(tick.updateMillisec());
            sum += text.length() + tick.wrapTradingDay(view).charAt(7) + tick.wrapActionDay(view).length();
            sum += (long)tick.lastPrice() + tick.volume() + (long)tick.turnover() + (long)tick.openInterest();
            sum += (long)tick.bidPrice1() + tick.bidVolume1() + (long)tick.askPrice1() + tick.askVolume1();
            for (int level = 1; level <= 5; level++)
            {
                sum += (long)tick.bidPrice(level) + tick.bidVolume(level) + (long)tick.askPrice(level) + tick.askVolume(level);
            }
            sum += StructFlyweight.isNoValue(tick.closePrice()) ? 1 : 0;
            sum += (long)tick.upperLimitPrice() + (long)tick.lowerLimitPrice();
            return sum;
        });

        assertThat(allocated).isLessThan(BOUND_BYTES);
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void inputOrderHotFieldsAllocateNothing(final String profileId)
    {
        final InputOrderFlyweight order = new InputOrderFlyweight(AbiProfiles.byId(profileId));
        order.wrap(new UnsafeBuffer(ByteBuffer.allocateDirect(order.sizeInBytes())), 0);
        final AsciiSequenceView view = new AsciiSequenceView();
        final StringBuilder orderRef = new StringBuilder(16);

        final long allocated = measure("InputOrder write+read, " + profileId, i ->
        {
            orderRef.setLength(0);
            orderRef.append(100_000 + (i & 0xFFFF));
            order.clear()
                .brokerId("9999").investorId("123456").userId("123456")
                .instrumentId("rb2501").exchangeId("SHFE").orderRef(orderRef)
                .orderPriceType(OrderPriceType.LIMIT_PRICE).direction((i & 1) == 0 ? Direction.BUY : Direction.SELL)
                .combOffsetFlag(OffsetFlag.OPEN).combHedgeFlag(HedgeFlag.SPECULATION)
                .limitPrice(3712.0).volumeTotalOriginal(1 + (i & 3))
                .timeCondition(TimeCondition.GFD).volumeCondition(VolumeCondition.ANY).minVolume(1)
                .contingentCondition(ContingentCondition.IMMEDIATELY).stopPrice(0.0)
                .forceCloseReason(ForceCloseReason.NOT_FORCE_CLOSE).isAutoSuspend(0).userForceClose(0)
                .requestId(i);

            long sum = order.direction() + order.combOffsetFlagAt(0) + order.combHedgeFlagAt(0) + order.orderPriceType();
            sum += (long)order.limitPrice() + order.volumeTotalOriginal() + order.timeCondition() + order.volumeCondition();
            sum += order.minVolume() + order.contingentCondition() + order.forceCloseReason() + order.requestId();
            sum += order.wrapOrderRef(view).length() + order.wrapInstrumentId(view).length();
            sum += order.orderRefEquals(orderRef) ? 1 : 0;
            sum += order.brokerIdEquals("9999") && order.investorIdEquals("123456") && order.exchangeIdEquals("SHFE") ? 1 : 0;
            return sum;
        });

        assertThat(allocated).isLessThan(BOUND_BYTES);
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void orderAndTradeCallbackFieldsAllocateNothing(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final OrderFlyweight order = new OrderFlyweight(profile);
        final TradeFlyweight trade = new TradeFlyweight(profile);
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(order.sizeInBytes() + trade.sizeInBytes()));
        order.wrap(buffer, 0).clear().orderSysId("      123456").orderRef("100001").instrumentId("rb2501")
            .exchangeId("SHFE").frontId(1).sessionId(12345).orderStatus(OrderStatus.PART_TRADED_QUEUEING)
            .volumeTraded(1).volumeTotal(2).statusMsg("部分成交");
        trade.wrap(buffer, order.sizeInBytes()).clear().tradeId("      7890").orderSysId("      123456")
            .price(3712.0).volume(1).direction(Direction.BUY).offsetFlag(OffsetFlag.OPEN);
        final AsciiSequenceView view = new AsciiSequenceView();

        final long allocated = measure("Order+Trade read, " + profileId, i ->
        {
            long sum = order.orderStatus() + order.volumeTraded() + order.volumeTotal() + order.frontId() + order.sessionId();
            sum += order.wrapOrderSysId(view).length() + order.wrapOrderRef(view).charAt(0);
            sum += order.orderRefEquals("100001") && order.instrumentIdEquals("rb2501") ? 1 : 0;
            sum += trade.wrapTradeId(view).length() + (long)trade.price() + trade.volume() + trade.direction() + trade.offsetFlag();
            sum += trade.orderSysIdEquals("      123456") ? 1 : 0;
            order.orderStatus(OrderStatus.ALL_TRADED).volumeTraded(i & 3);
            return sum;
        });

        assertThat(allocated).isLessThan(BOUND_BYTES);
    }

    /** Runs the body for warm-up, then measures the bytes the current thread allocates over {@link #ITERATIONS}. */
    private long measure(final String what, final IntToLongFunction body)
    {
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < ITERATIONS; i++)
            {
                sink += body.applyAsLong(i);
            }
        }
        final long before = threads.getCurrentThreadAllocatedBytes();
        final long start = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++)
        {
            sink += body.applyAsLong(i);
        }
        final long nanos = System.nanoTime() - start;
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        System.out.printf("%s: %d bytes allocated over %d iterations (%.1f ns/iteration), sink %d%n",
            what, allocated, ITERATIONS, (double)nanos / ITERATIONS, sink);
        return allocated;
    }
}
