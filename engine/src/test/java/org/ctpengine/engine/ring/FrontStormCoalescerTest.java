package org.ctpengine.engine.ring;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrontStormCoalescerTest
{
    private static final long MS = 1_000_000L;
    private static final int REASON = 0x1001;

    private final FrontStormCoalescer storm = new FrontStormCoalescer(10, 1_000 * MS);
    private final UnsafeBuffer summary = new UnsafeBuffer(new byte[FrontStormEvent.LENGTH]);

    @Test
    void aFewReconnectsASecondAreAllJournaled()
    {
        for (int i = 0; i < 9; i++)
        {
            assertThat(storm.windowEnded(i * MS)).isFalse();
            assertThat(storm.onFrontEvent(false, 0, i * MS, i)).isFalse();
            assertThat(storm.onFrontEvent(true, REASON, i * MS, i)).isFalse();
        }
        assertThat(storm.windowEnded(2_000 * MS)).isFalse();
        assertThat(storm.isCoalescing()).isFalse();
    }

    @Test
    void fromTheThresholdOnFrontEventsAreCoalescedAndTheSecondEndsWithTheirCounts()
    {
        int journaled = 0;
        for (int i = 0; i < 100; i++)
        {
            final long now = i * MS;
            assertThat(storm.windowEnded(now)).isFalse();
            journaled += storm.onFrontEvent(false, 0, now, 1_000 + i) ? 0 : 1;
            journaled += storm.onFrontEvent(true, REASON + i, now, 1_000 + i) ? 0 : 1;
        }
        assertThat(journaled).as("9 pairs and the connect before the 10th disconnect").isEqualTo(19);
        assertThat(storm.isCoalescing()).isTrue();

        assertThat(storm.windowEnded(1_000 * MS)).isTrue();
        assertThat(storm.disconnects()).isEqualTo(91);
        assertThat(storm.summary(summary, 0)).isEqualTo(FrontStormEvent.LENGTH);
        assertThat(FrontStormEvent.connects(summary, 0)).isEqualTo(90);
        assertThat(FrontStormEvent.disconnects(summary, 0)).isEqualTo(91);
        assertThat(FrontStormEvent.firstReason(summary, 0)).isEqualTo(REASON + 9);
        assertThat(FrontStormEvent.lastReason(summary, 0)).isEqualTo(REASON + 99);
        assertThat(FrontStormEvent.firstEpochNanos(summary, 0)).isEqualTo(1_009);
        assertThat(FrontStormEvent.lastEpochNanos(summary, 0)).isEqualTo(1_099);
        assertThat(FrontStormEvent.endedConnected(summary, 0)).isFalse();
        assertThat(storm.isCoalescing()).as("the storm goes on into the next second").isTrue();
        assertThat(storm.onFrontEvent(false, 0, 1_000 * MS, 2_000)).isTrue();
    }

    @Test
    void aStormGoesOnSecondAfterSecondWithOneSummaryEach()
    {
        long now = 0;
        int summaries = 0;
        for (int second = 0; second < 5; second++)
        {
            for (int i = 0; i < 500; i++, now += 2 * MS)
            {
                if (storm.windowEnded(now))
                {
                    summaries++;
                    storm.summary(summary, 0);
                }
                storm.onFrontEvent(false, 0, now, now);
                storm.onFrontEvent(true, REASON, now, now);
            }
        }
        assertThat(summaries).isEqualTo(4);
        assertThat(storm.windowEnded(now)).isTrue();
        storm.summary(summary, 0);
        assertThat(FrontStormEvent.disconnects(summary, 0)).isEqualTo(500);
    }

    @Test
    void aCalmSecondAfterAStormEndsTheCoalescing()
    {
        for (int i = 0; i < 50; i++)
        {
            storm.onFrontEvent(false, 0, i * MS, i);
            storm.onFrontEvent(true, REASON, i * MS, i);
        }
        assertThat(storm.windowEnded(1_000 * MS)).isTrue();
        storm.summary(summary, 0);
        // A calm second: still counted as the storm's tail (it began inside one), then the storm is over.
        assertThat(storm.onFrontEvent(true, REASON, 1_000 * MS, 0)).isTrue();
        assertThat(storm.onFrontEvent(false, 0, 1_500 * MS, 0)).isTrue();
        assertThat(storm.windowEnded(2_000 * MS)).isTrue();
        storm.summary(summary, 0);
        assertThat(FrontStormEvent.connects(summary, 0)).isEqualTo(1);
        assertThat(FrontStormEvent.endedConnected(summary, 0)).isTrue();
        assertThat(storm.isCoalescing()).isFalse();
        assertThat(storm.onFrontEvent(true, REASON, 2_100 * MS, 0)).isFalse();
    }

    @Test
    void aQuietSecondAfterAStormEndsItAtTheNextCallback()
    {
        for (int i = 0; i < 50; i++)
        {
            storm.onFrontEvent(false, 0, i * MS, i);
            storm.onFrontEvent(true, REASON, i * MS, i);
        }
        // Nothing for minutes (the front was down), then the front is back: its connect is journaled as it is.
        assertThat(storm.windowEnded(300_000 * MS)).isTrue();
        storm.summary(summary, 0);
        assertThat(storm.isCoalescing()).isFalse();
        assertThat(storm.onFrontEvent(false, 0, 300_000 * MS, 0)).isFalse();
        assertThat(storm.windowEnded(300_001 * MS)).isFalse();
    }
}
