package org.ctpengine.adapter;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OrderPriceType;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.internal.SpiDriver;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two hot paths allocate nothing once warm, measured with the JVM's per-thread allocation counter: a request
 * into a real, initialised SFIT library (ReqOrderInsert/ReqOrderAction and the generic slot call), and a callback
 * from a native thread through a trampoline into a sink that copies the 584-byte DepthMarketData out.
 */
class AllocationFreePathsTest
{
    private static final int WARM_UP = 200_000;
    private static final int MEASURED = 100_000;
    /** Zero is expected; the bound only tolerates the counter's granularity (thread-local allocation buffers). */
    private static final long BOUND_BYTES = 1024;

    private static com.sun.management.ThreadMXBean threads;

    @TempDir
    Path flowRoot;

    @BeforeAll
    static void allocationCounterIsAvailable()
    {
        threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        // The first reading initialises the counter's own machinery, which allocates: not part of any path.
        allocatedByThisThread();
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void orderInsertAndActionAllocateNothing(final String version)
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(version));
        final InputOrderFlyweight order = new InputOrderFlyweight(library.profile());
        final UnsafeBuffer orderMemory = new UnsafeBuffer(ByteBuffer.allocateDirect(order.sizeInBytes()));
        order.wrap(orderMemory, 0).clear();
        order.brokerId("9999").investorId("000001").instrumentId("rb2510").orderRef("1")
            .direction(Direction.BUY).orderPriceType(OrderPriceType.LIMIT_PRICE).limitPrice(3712.0).volumeTotalOriginal(1);
        final InputOrderActionFlyweight action = new InputOrderActionFlyweight(library.profile());
        final UnsafeBuffer actionMemory = new UnsafeBuffer(ByteBuffer.allocateDirect(action.sizeInBytes()));
        action.wrap(actionMemory, 0).clear();
        action.brokerId("9999").investorId("000001").instrumentId("rb2510").orderRef("1");
        final long orderAddress = orderMemory.addressOffset();
        final long actionAddress = actionMemory.addressOffset();

        try (TraderApi api = TraderApi.create(library, "orders", flowRoot.resolve("td"), callback -> { }))
        {
            // Live library threads, nothing listening: requests are refused with NETWORK_FAILURE, as before login.
            api.registerFront("tcp://127.0.0.1:1");
            api.init();
            final int insertSlot = api.slotIndex("ReqOrderInsert");

            long results = 0;
            for (int i = 0; i < WARM_UP; i++)
            {
                results += api.reqOrderInsert(orderAddress, i) + api.reqOrderAction(actionAddress, i) +
                    api.invoke(insertSlot, orderAddress, i);
            }
            final long before = allocatedByThisThread();
            for (int i = 0; i < MEASURED; i++)
            {
                results += api.reqOrderInsert(orderAddress, i) + api.reqOrderAction(actionAddress, i) +
                    api.invoke(insertSlot, orderAddress, i);
            }
            final long allocated = allocatedByThisThread() - before;

            System.out.printf("order path, %s: %d bytes allocated over %d x (insert + action + generic insert)%n",
                version, allocated, MEASURED);
            assertThat(allocated).isLessThanOrEqualTo(BOUND_BYTES);
            assertThat(results).isEqualTo(3L * (WARM_UP + MEASURED) * ApiResult.NETWORK_FAILURE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void trampolineWithStructCopyAllocatesNothing(final String version)
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.MD, RealCtpLibraries.md(version));
        final SpiSlot tick = SpiSlot.of(library.profile().slot(ApiTable.MD_SPI, "OnRtnDepthMarketData"), library.profile());
        assertThat(tick.structSize()).isEqualTo(584);
        final Memory data = new Memory(tick.structSize());
        data.clear();
        final UnsafeBuffer ring = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
        final AllocationProbe probe = new AllocationProbe(WARM_UP, WARM_UP + MEASURED - 1);

        try (MdApi api = MdApi.create(library, "ticks", flowRoot.resolve("md"), callback ->
        {
            ring.putLong(0, callback.receiveNanos());
            callback.copyStruct(ring, 8);
            probe.onCall();
        }))
        {
            SpiDriver.drive(api.spiAddress(), tick, Pointer.nativeValue(data), 0, 0, WARM_UP + MEASURED);

            System.out.printf("trampoline path, %s: %d bytes allocated over %d callbacks with a 584-byte copy%n",
                version, probe.allocated(), MEASURED - 1);
            assertThat(probe.calls()).isEqualTo(WARM_UP + MEASURED);
            assertThat(probe.allocated()).isBetween(0L, BOUND_BYTES);
            assertThat(api.spiErrorCount()).isZero();
        }
    }

    private static long allocatedByThisThread()
    {
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /** Reads the callback thread's allocation counter at two call numbers, from inside the callbacks. */
    private static final class AllocationProbe
    {
        private final int startCall;
        private final int endCall;
        private int calls;
        private long start = -1;
        private long end = -1;

        AllocationProbe(final int startCall, final int endCall)
        {
            this.startCall = startCall;
            this.endCall = endCall;
        }

        void onCall()
        {
            if (calls == startCall)
            {
                start = allocatedByThisThread();
            }
            else if (calls == endCall)
            {
                end = allocatedByThisThread();
            }
            calls++;
        }

        int calls()
        {
            return calls;
        }

        long allocated()
        {
            return start < 0 || end < 0 ? -1 : end - start;
        }
    }
}
