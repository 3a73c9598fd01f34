package org.ctpengine.bench.jctp;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeerRowTest
{
    @Test
    void survivesTheTripFromChildToParentWithItsHistogramIntact()
    {
        final Histogram histogram = new Histogram(60_000_000_000L, 3);
        for (long v = 1; v <= 10_000; v++)
        {
            histogram.recordValue(v * 997);
        }
        final PeerRow sent = new PeerRow("paced", 61_143.5, 200_000, 1, 2, 3, histogram);

        final PeerRow received = PeerRow.fromLine(sent.toLine());

        assertThat(received.name()).isEqualTo("paced");
        assertThat(received.perSecond()).isEqualTo(61_143.5);
        assertThat(received.sent()).isEqualTo(200_000);
        assertThat(received.missing()).isEqualTo(1);
        assertThat(received.duplicates()).isEqualTo(2);
        assertThat(received.outOfOrder()).isEqualTo(3);
        assertThat(received.histogram()).isEqualTo(histogram);
    }

    @Test
    void refusesALineThatIsNotARow()
    {
        assertThatThrownBy(() -> PeerRow.fromLine("Exception in thread main")).hasMessageContaining("not a peer row");
    }
}
