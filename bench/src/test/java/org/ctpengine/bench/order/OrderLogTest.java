package org.ctpengine.bench.order;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderLogTest
{
    @Test
    void countsOnlyTheBurstsTicksInTheirOrder()
    {
        final OrderLog log = new OrderLog(3, 4);

        assertThat(log.isBurstTick(0)).as("the day's volume before any trade").isFalse();
        assertThat(log.isBurstTick(2)).as("a number that skips one").isFalse();
        assertThat(log.isBurstTick(1)).isTrue();
        log.seen(1);
        assertThat(log.isBurstTick(1)).as("the same tick again").isFalse();
        log.seen(2);
        log.seen(3);
        assertThat(log.isBurstTick(4)).as("beyond the burst").isFalse();
        assertThat(log.ticksSeen()).isEqualTo(3);
    }

    @Test
    void keepsEachOrdersTickAndClockAndCountsRefusals()
    {
        final OrderLog log = new OrderLog(100, 2);
        log.ordered(50, 1_000, false);
        log.ordered(100, 2_000, true);

        assertThat(log.orders).isEqualTo(2);
        assertThat(log.tickNumbers).containsExactly(50, 100);
        assertThat(log.onTickNanos).containsExactly(1_000, 2_000);
        assertThat(log.refused).isEqualTo(1);
    }
}
