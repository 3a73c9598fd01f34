package org.ctpengine.sim;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.MdApi;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.ReqUserLoginFlyweight;
import org.ctpengine.sim.testing.SimAccount;
import org.ctpengine.sim.testing.SimFront;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Burst mode through ctp-adapter's loading and SPI trampolines (the production path) into a sink that only stamps
 * arrival times, so that the recording costs nothing measurable: the rate the simulator sustains into the adapter's
 * sink and the send-to-sink latency (System.nanoTime is CLOCK_MONOTONIC on Linux, the clock of the simulator's send
 * stamps).
 */
class AdapterBurstTest extends SimFrontTest
{
    private static final int COUNT = 200_000;

    @ParameterizedTest
    @MethodSource("profiles")
    void burstReachesTheAdaptersSinkInOrderAndMeasuresTheRate(final String profile) throws Exception
    {
        start(profile);
        final long[] received = new long[COUNT];
        final int[] volumes = new int[COUNT];
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(front.profile()); // the callback thread's
        final AtomicInteger ticks = new AtomicInteger();
        final CountDownLatch connected = new CountDownLatch(1);
        final CountDownLatch loggedIn = new CountDownLatch(1);
        final CountDownLatch subscribed = new CountDownLatch(1);
        final CountDownLatch snapshot = new CountDownLatch(1);
        final AtomicBoolean counting = new AtomicBoolean();
        final MdApi md = MdApi.create(front.libraries().md(), "burst", front.flowDirectory("burst"), callback ->
        {
            switch (callback.methodName())
            {
                case "OnFrontConnected" -> connected.countDown();
                case "OnRspUserLogin" -> loggedIn.countDown();
                case "OnRspSubMarketData" -> subscribed.countDown();
                case "OnRtnDepthMarketData" ->
                {
                    if (counting.get())
                    {
                        final int i = ticks.getAndIncrement();
                        if (i < COUNT)
                        {
                            received[i] = System.nanoTime();
                            volumes[i] = tick.wrap(callback.structBuffer(), 0).volume();
                        }
                    }
                    else
                    {
                        snapshot.countDown();
                    }
                }
                default ->
                {
                }
            }
        });
        try
        {
            md.registerFront(SimFront.FRONT_ADDRESS);
            md.init();
            assertThat(connected.await(10, TimeUnit.SECONDS)).isTrue();
            final UnsafeBuffer login = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
            new ReqUserLoginFlyweight(front.profile()).wrap(login, 0).clear()
                .brokerId(SimAccount.DEFAULT.broker())
                .userId(SimAccount.DEFAULT.user());
            assertThat(md.reqUserLogin(login.addressOffset(), 1)).isZero();
            assertThat(loggedIn.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(md.subscribeMarketData("rb2501")).isZero();
            assertThat(subscribed.await(10, TimeUnit.SECONDS)).isTrue();
            // The snapshot a new subscriber gets comes before the burst; counting starts after it.
            assertThat(snapshot.await(10, TimeUnit.SECONDS)).isTrue();
            counting.set(true);

            front.control().burst("rb2501", COUNT);
            assertThat(front.control().awaitBurst(60_000)).isEqualTo(COUNT);
            final long[] sent = front.control().burstTimestamps();
            assertThat(sent).hasSize(COUNT);
            assertThat(ticks.get()).isEqualTo(COUNT);
            // The simulator numbers a burst's ticks in Volume: one more each, so a gap or a swap shows.
            for (int i = 1; i < COUNT; i++)
            {
                assertThat(volumes[i]).as("volume of tick %d", i).isEqualTo(volumes[i - 1] + 1);
            }
            final long[] latency = new long[COUNT];
            for (int i = 0; i < COUNT; i++)
            {
                latency[i] = received[i] - sent[i];
            }
            Arrays.sort(latency);
            assertThat(latency[0]).isPositive();
            final double seconds = (received[COUNT - 1] - received[0]) / 1e9;
            final long rate = (long)((COUNT - 1) / seconds);
            System.out.printf("ctp-sim %s burst into ctp-adapter's sink (JNA trampoline): %d ticks, %,d ticks/s, " +
                "send-to-sink p50 %d ns p99 %d ns%n", profile, COUNT, rate, latency[COUNT / 2], latency[(int)(COUNT * 0.99)]);
            assertThat(rate).isGreaterThan(50_000);
        }
        finally
        {
            md.release();
        }
    }
}
