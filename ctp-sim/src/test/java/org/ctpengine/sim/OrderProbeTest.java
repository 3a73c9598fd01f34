package org.ctpengine.sim;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.sim.testing.SimMd;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tick-to-order probe: orders stamped on arrival, the k-th paired with the k-th probe tick of the last burst.
 * The orders here are sent after the burst, so every arrival is later than every send stamp.
 */
class OrderProbeTest extends SimFrontTest
{
    private SimTrader trader;

    private void startTradingAndMarketData(final String profile)
    {
        start(profile);
        final SimMd md = front.md("probe-md");
        md.login();
        md.subscribe(RB);
        trader = front.trader("probe-td");
        trader.login();
    }

    private void burst(final int ticks)
    {
        front.control().burst(RB, ticks);
        assertThat(front.control().awaitBurst(60_000)).isEqualTo(ticks);
    }

    private void order(final int orderRef)
    {
        assertThat(trader.insertOrder(orderRef, RB, Direction.BUY, OffsetFlag.OPEN, 3000, 1, Integer.toString(orderRef)))
            .isZero();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void pairsTheKthOrderWithTheKthProbeTickOfTheBurst(final String profile)
    {
        startTradingAndMarketData(profile);
        front.control().armOrderProbe(2);
        burst(5);
        final long afterBurst = System.nanoTime();
        order(1);
        order(2);

        final long[] sent = front.control().burstTimestamps();
        final SimControl.OrderProbePairs pairs = front.control().orderProbePairs();
        assertThat(pairs.size()).isEqualTo(2);
        assertThat(pairs.tickSentNanos()).containsExactly(sent[1], sent[3]); // ticks numbered 2 and 4
        assertThat(pairs.orderArrivalNanos()[0]).isGreaterThanOrEqualTo(afterBurst);
        assertThat(pairs.orderArrivalNanos()[1]).isGreaterThanOrEqualTo(pairs.orderArrivalNanos()[0]);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void leavesOutArrivalsBeyondTheBurstsProbeTicks(final String profile)
    {
        startTradingAndMarketData(profile);
        front.control().armOrderProbe(2);
        burst(3);
        order(1);
        order(2);

        assertThat(front.control().orderProbeArrivals()).isEqualTo(2);
        assertThat(front.control().orderProbePairs().size()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void armingClearsEarlierArrivalsAndDisarmingStopsStamping(final String profile)
    {
        startTradingAndMarketData(profile);
        front.control().armOrderProbe(1);
        order(1);
        front.control().armOrderProbe(1);
        assertThat(front.control().orderProbeArrivals()).isZero();

        front.control().armOrderProbe(0);
        order(2);
        assertThat(front.control().orderProbeArrivals()).isZero();
        assertThatThrownBy(() -> front.control().orderProbePairs()).hasMessageContaining("not armed");
    }
}
