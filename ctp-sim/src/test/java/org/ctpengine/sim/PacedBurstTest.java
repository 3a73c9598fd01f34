package org.ctpengine.sim;

import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimMd;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Paced bursts through ctp-adapter: the rate is a lower bound on the duration (a tick is never sent before it is
 * due), so the assertions are one-sided and hold however busy the machine is; the stamps are the planned times.
 */
class PacedBurstTest extends SimFrontTest
{
    private static final int COUNT = 20_000;
    private static final int RATE = 100_000;
    private static final long INTERVAL_NS = 1_000_000_000L / RATE;

    private SimMd subscribedMd()
    {
        final SimMd md = front.md("paced");
        md.login();
        md.subscribe(RB);
        return md;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void stampsPlannedSendTimesExactlyOneIntervalApart(final String profile)
    {
        start(profile);
        subscribedMd();
        final long before = System.nanoTime();
        front.control().burst(RB, COUNT, RATE);
        assertThat(front.control().awaitBurst(60_000)).isEqualTo(COUNT);

        final long[] planned = front.control().burstTimestamps();
        assertThat(planned).hasSize(COUNT);
        assertThat(planned[0]).isGreaterThanOrEqualTo(before);
        for (int i = 1; i < COUNT; i++)
        {
            assertThat(planned[i] - planned[i - 1]).as("gap before tick %d", i).isEqualTo(INTERVAL_NS);
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void sendsNoTickBeforeItIsDueSoTheBurstLastsAsLongAsItsRateSays(final String profile)
    {
        start(profile);
        final SimMd md = subscribedMd();
        final long before = System.nanoTime();
        front.control().burst(RB, COUNT, RATE);
        front.control().awaitBurst(60_000);
        final long elapsed = System.nanoTime() - before;

        assertThat(elapsed).as("burst duration, ns").isGreaterThanOrEqualTo(150_000_000L);
        final long[] planned = front.control().burstTimestamps();
        final List<RecordedCallback> ticks = md.drain();
        assertThat(ticks).hasSize(COUNT);
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(front.profile());
        for (int i = 0; i < COUNT; i++)
        {
            final RecordedCallback callback = ticks.get(i);
            assertThat(callback.method()).isEqualTo("OnRtnDepthMarketData");
            assertThat(callback.struct(tick).volume()).as("number of tick %d", i).isEqualTo(i + 1);
            assertThat(callback.receiveNanos()).as("arrival of tick %d", i).isGreaterThanOrEqualTo(planned[i]);
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void refusesARateThatIsNotPositive(final String profile)
    {
        start(profile);
        subscribedMd();
        assertThatThrownBy(() -> front.control().burst(RB, COUNT, 0))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("positive rate");
    }
}
