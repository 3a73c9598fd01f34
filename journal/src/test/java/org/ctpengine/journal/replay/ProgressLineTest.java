package org.ctpengine.journal.replay;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest
{
    private static final long MS = 1_000_000L;

    private long now;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ProgressLine line(final boolean terminal, final long intervalNanos)
    {
        return new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, () -> now, intervalNanos);
    }

    private String output()
    {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rateIsEventsOverElapsedTimeAndEtaIsWhatIsLeftAtThatRate()
    {
        assertThat(ProgressLine.rate(1_000, 500 * MS)).isEqualTo(2_000.0);
        assertThat(ProgressLine.etaSeconds(1_000, 5_000, 500 * MS)).isEqualTo(2);
        assertThat(ProgressLine.etaSeconds(1_000, 5_001, 500 * MS)).as("rounds up").isEqualTo(3);
        assertThat(ProgressLine.etaSeconds(5_000, 5_000, 500 * MS)).isZero();
    }

    @Test
    void etaIsUnknownWithoutATotalOrBeforeTimeHasPassed()
    {
        assertThat(ProgressLine.etaSeconds(1_000, -1, 500 * MS)).isEqualTo(-1);
        assertThat(ProgressLine.etaSeconds(0, 5_000, 0)).isEqualTo(-1);
        assertThat(ProgressLine.rate(10, 0)).isZero();
    }

    @Test
    void printsDoneOfTotalPercentRateAndEtaWhenTheIntervalHasPassed()
    {
        final ProgressLine progress = line(false, 500 * MS);
        progress.onStart(10_000);
        now = 100 * MS;
        progress.onEvents(100);
        assertThat(output()).as("before the first interval").isEmpty();

        now = 500 * MS;
        progress.onEvents(2_500);

        assertThat(output()).isEqualTo("replay 2,500 / 10,000 events  25.0%  5,000 events/s  ETA 0:00:02\n");
    }

    @Test
    void aTerminalLineIsRewrittenInPlaceAndEndsWithANewline()
    {
        final ProgressLine progress = line(true, 500 * MS);
        progress.onStart(3_600_000);
        now = 500 * MS;
        progress.onEvents(1_000);
        now = 1_000 * MS;
        progress.onEvents(2_000);
        progress.onEnd(2_000);

        assertThat(output()).isEqualTo(
            "\rreplay 1,000 / 3,600,000 events  0.0%  2,000 events/s  ETA 0:30:00" +
            "\rreplay 2,000 / 3,600,000 events  0.1%  2,000 events/s  ETA 0:29:59" +
            "\rreplay 2,000 / 3,600,000 events  0.1%  2,000 events/s  ETA 0:29:59\n");
    }

    @Test
    void readsTheClockOnlyEverySoManyEventsAtAHighRate()
    {
        final long[] reads = { 0 };
        final ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false,
            () ->
            {
                reads[0]++;
                return now;
            }, 500 * MS);
        progress.onStart(-1);
        now = 10 * MS;
        for (long events = 1; events <= 1_000_000; events++)
        {
            now = 10 * MS + events * 100; // 10 M events/s
            progress.onEvents(events);
        }
        progress.onEnd(1_000_000);

        assertThat(reads[0]).isLessThan(1_000);
        assertThat(output()).contains("events/s  ETA ?");
    }
}
