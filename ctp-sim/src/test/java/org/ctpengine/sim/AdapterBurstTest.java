package org.ctpengine.sim;

import com.sun.jna.Memory;
import org.ctpengine.adapter.CtpLibraries;
import org.ctpengine.adapter.MdApi;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator through ctp-adapter's own loading and SPI trampolines (the production path): connect, log in,
 * subscribe, then burst ticks into the adapter's sink and measure the rate and send-to-sink latency
 * (System.nanoTime is CLOCK_MONOTONIC on Linux, the clock of the simulator's send stamps).
 */
class AdapterBurstTest
{
    @Test
    void burstReachesTheAdaptersSinkInOrderAndMeasuresTheRate() throws Exception
    {
        final String profile = SimLibrary.DEFAULT_PROFILE;
        final Path library = SimLibrary.path(profile);
        final SimControl control = SimControl.open(library);
        control.reset();
        control.configure("tick_interval_ms 0");

        final int count = 200_000;
        final long[] received = new long[count];
        final AtomicInteger ticks = new AtomicInteger();
        final CountDownLatch connected = new CountDownLatch(1);
        final CountDownLatch loggedIn = new CountDownLatch(1);
        final CountDownLatch subscribed = new CountDownLatch(1);
        final AtomicBoolean counting = new AtomicBoolean();
        final CtpLibraries libraries = CtpLibraries.load(library, library);
        final Path flow = Files.createTempDirectory("ctpsim-adapter");
        final MdApi md = MdApi.create(libraries.md(), "simburst", flow, callback ->
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
                        if (i < count)
                        {
                            received[i] = System.nanoTime();
                        }
                    }
                }
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
                assertThat(md.reqUserLogin(com.sun.jna.Pointer.nativeValue(login), 1)).isZero();
                assertThat(loggedIn.await(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(md.subscribeMarketData("rb2501")).isZero();
            assertThat(subscribed.await(10, TimeUnit.SECONDS)).isTrue();
            control.step(1);
            // Ticks of step(1) may still arrive after counting starts; they come before the burst and are skipped below.
            counting.set(true);

            control.burst("rb2501", count);
            assertThat(control.awaitBurst(60_000)).isEqualTo(count);
            final long[] sent = control.burstTimestamps();
            assertThat(sent).hasSize(count);
            final int got = ticks.get();
            assertThat(got).isGreaterThanOrEqualTo(count);
            final int offset = got - count; // any snapshot tick that slipped in before the burst comes first
            final long[] latency = new long[count];
            for (int i = 0; i < count - offset; i++)
            {
                latency[i] = received[i + offset] - sent[i];
            }
            final long[] sorted = Arrays.copyOf(latency, count - offset);
            Arrays.sort(sorted);
            final double seconds = (received[count - 1] - received[offset]) / 1e9;
            final long rate = (long)((count - 1 - offset) / seconds);
            System.out.printf("ctp-sim %s burst into ctp-adapter's sink (JNA trampoline): %d ticks, %,d ticks/s, " +
                "send-to-sink p50 %d ns p99 %d ns%n", profile, count, rate, sorted[sorted.length / 2],
                sorted[(int)(sorted.length * 0.99)]);
            assertThat(rate).isGreaterThan(50_000);
        }
        finally
        {
            md.release();
        }
    }
}
