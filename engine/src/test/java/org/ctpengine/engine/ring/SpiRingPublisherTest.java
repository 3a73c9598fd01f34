package org.ctpengine.engine.ring;

import com.lmax.disruptor.EventHandler;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.ctpengine.adapter.CtpLibraries;
import org.ctpengine.adapter.MdApi;
import org.ctpengine.adapter.SpiCallback;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production inbound path end to end: the simulator's md callback thread → ctp-adapter's trampoline →
 * {@link SpiRingPublisher} → the ring → consumers, with the struct bytes and header intact and nothing
 * allocated on the callback thread.
 */
class SpiRingPublisherTest
{
    private static final int BURST = 50_000;

    @TempDir
    Path flow;

    @Test
    void simulatorTicksArriveInTheRingInOrderWithHeaderAndStructIntact() throws Exception
    {
        final Path library = SimLibrary.path(SimLibrary.DEFAULT_PROFILE);
        final SimControl control = SimControl.open(library);
        control.reset();
        control.configure("tick_interval_ms 0");
        final CtpLibraries libraries = CtpLibraries.load(library, library);
        final EngineCounters counters = new EngineCounters(new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(1 << 20)), new UnsafeBuffer(ByteBuffer.allocateDirect(1 << 18)),
            StandardCharsets.UTF_8));
        // Sleeping wait: with the blocking wait every publish takes a lock, and on JDK 17 a publisher that has to
        // park on that lock allocates a queue node; that is contention on the lock, not the publishing path.
        final InboundRing ring = new InboundRing(
            8192, SpiRingPublisher.maxCallbackStructSize(libraries.profile()), WaitStrategyKind.SLEEPING, counters);
        final TickChecker checker = new TickChecker(new DepthMarketDataFlyweight(libraries.profile()));
        ring.addConsumer(checker).start();

        final SpiRingPublisher publisher = new SpiRingPublisher(ring, EventSource.MD, 3, libraries.profile(), 1);
        final CountDownLatch connected = new CountDownLatch(1);
        final CountDownLatch loggedIn = new CountDownLatch(1);
        final CountDownLatch subscribed = new CountDownLatch(1);
        final AtomicLong callbackThread = new AtomicLong();
        final MdApi md = MdApi.create(libraries.md(), "ring", flow, (SpiCallback callback) ->
        {
            callbackThread.set(Thread.currentThread().getId());
            publisher.onCallback(callback);
            switch (callback.methodName())
            {
                case "OnFrontConnected" -> connected.countDown();
                case "OnRspUserLogin" -> loggedIn.countDown();
                case "OnRspSubMarketData" -> subscribed.countDown();
                default ->
                {
                }
            }
        });
        try
        {
            md.registerSpi();
            md.registerFront("tcp://127.0.0.1:41213");
            md.init();
            assertThat(connected.await(10, TimeUnit.SECONDS)).isTrue();
            try (Memory login = new Memory(libraries.profile().struct("CThostFtdcReqUserLoginField").size()))
            {
                login.clear();
                assertThat(md.reqUserLogin(Pointer.nativeValue(login), 1)).isZero();
                assertThat(loggedIn.await(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(md.subscribeMarketData("rb2501")).isZero();
            assertThat(subscribed.await(10, TimeUnit.SECONDS)).isTrue();
            control.burst("rb2501", 20_000); // warm-up: JIT the whole path before allocation is measured
            assertThat(control.awaitBurst(60_000)).isEqualTo(20_000);
            await().atMost(30, TimeUnit.SECONDS).until(() -> checker.ticks >= 20_000);

            final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
            final long allocatedBefore = threads.getThreadAllocatedBytes(callbackThread.get());
            final long ticksBefore = checker.ticks;
            control.burst("rb2501", BURST);
            assertThat(control.awaitBurst(60_000)).isEqualTo(BURST);
            await().atMost(30, TimeUnit.SECONDS).until(() -> checker.ticks >= ticksBefore + BURST);
            final long allocated = threads.getThreadAllocatedBytes(callbackThread.get()) - allocatedBefore;

            assertThat(checker.failure).isNull();
            assertThat(checker.ticks - ticksBefore).isEqualTo(BURST);
            assertThat(counters.eventsIn(EventType.RTN_DEPTH_MARKET_DATA).get()).isEqualTo(checker.ticks);
            // One object per tick would be ≥ 16 B × 50 000 = 800 kB. What remains (0 to ~2 kB, varying run to run) is
            // the JIT re-materialising scalar-replaced objects when it deoptimises, not the path.
            assertThat(allocated).as("bytes allocated on the callback thread over %d ticks", BURST).isLessThan(4096);
        }
        finally
        {
            md.release();
            ring.close();
        }
    }

    /** Checks every tick event on the consumer thread; records the first failure. */
    private static final class TickChecker implements EventHandler<RingEvent>
    {
        private final DepthMarketDataFlyweight tick;
        volatile long ticks;
        volatile String failure;
        private long lastSequence = -1;
        private int lastVolume;

        TickChecker(final DepthMarketDataFlyweight tick)
        {
            this.tick = tick;
        }

        @Override
        public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
        {
            final EventHeader header = event.header();
            if (header.sequence() != lastSequence + 1)
            {
                fail("sequence " + header.sequence() + " after " + lastSequence);
            }
            lastSequence = header.sequence();
            if (EventType.fromCode(header.type()) != EventType.RTN_DEPTH_MARKET_DATA)
            {
                return;
            }
            tick.wrap(event.buffer(), EventHeader.PAYLOAD_OFFSET);
            if (header.payloadLength() != 584 || header.channel() != 3 || header.profile() != 1 ||
                EventSource.fromCode(header.source()) != EventSource.MD || header.publishNanos() < header.receiveNanos())
            {
                fail("bad header at " + sequence);
            }
            if (!tick.instrumentIdEquals("rb2501"))
            {
                fail("instrument " + tick.instrumentId() + " at " + sequence);
            }
            // The simulator numbers burst ticks 1, 2, 3, … in Volume: a gap or repeat among them means loss or
            // reordering. The subscription snapshot comes first, with the market's volume (0, or more when the
            // simulator's market timer ran a round between the test's reset and its tick_interval_ms 0).
            final int volume = tick.volume();
            if (volume > 0 && (lastVolume > 0 || volume == 1))
            {
                if (volume != lastVolume + 1 && volume != 1)
                {
                    fail("tick volume " + volume + " after " + lastVolume);
                }
                lastVolume = volume;
            }
            ticks = ticks + 1;
        }

        private void fail(final String what)
        {
            if (failure == null)
            {
                failure = what;
            }
        }
    }
}
