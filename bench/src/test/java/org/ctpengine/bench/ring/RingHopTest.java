package org.ctpengine.bench.ring;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every contender delivers every event once, in order, whatever its wait discipline (not a timing test). */
class RingHopTest
{
    private static void deliversInOrder(final Hop hop) throws Exception
    {
        final HopRecorder recorder = new HopRecorder();
        final Histogram histogram = new Histogram(3);
        hop.start(recorder);
        try
        {
            recorder.expect(histogram);
            for (int i = 0; i < 10_000; i++)
            {
                hop.publish(i, System.nanoTime());
            }
            while (recorder.received() < 10_000)
            {
                Thread.onSpinWait();
            }
        }
        finally
        {
            hop.stop();
        }
        assertThat(recorder.outOfOrder()).as(hop.name()).isZero();
        assertThat(histogram.getTotalCount()).isEqualTo(10_000);
    }

    @Test
    void disruptorDeliversEveryEventInOrder() throws Exception
    {
        deliversInOrder(new DisruptorHop(WaitDiscipline.YIELDING, 1024));
        deliversInOrder(new DisruptorHop(WaitDiscipline.BLOCKING, 1024));
        deliversInOrder(new DisruptorHop(WaitDiscipline.BUSY_SPIN, 1024));
    }

    @Test
    void queuesDeliverEveryEventInOrderEvenWhenFull() throws Exception
    {
        deliversInOrder(QueueHop.arrayBlockingQueue(16, WaitDiscipline.YIELDING));
        deliversInOrder(QueueHop.arrayBlockingQueue(16, WaitDiscipline.BLOCKING));
        deliversInOrder(QueueHop.agronaOneToOne(16, WaitDiscipline.YIELDING));
        deliversInOrder(QueueHop.agronaOneToOne(16, WaitDiscipline.BUSY_SPIN));
    }

    @Test
    void labelsRatesTheWayTheTableDoes()
    {
        assertThat(RingHopBenchmark.rateLabel(100_000)).isEqualTo("100k/s");
        assertThat(RingHopBenchmark.rateLabel(1_000_000)).isEqualTo("1M/s");
        assertThat(RingHopBenchmark.rateLabel(1234)).isEqualTo("1234/s");
    }
}
