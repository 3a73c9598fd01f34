package org.ctpengine.bench.report;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyReportTest
{
    /** 1..100 µs, one sample each: p50 = 50 µs, p99 = 99 µs. */
    private static Histogram oneToHundredMicros(final long scale)
    {
        final Histogram h = new Histogram(3_600_000_000_000L, 3);
        for (long v = 1; v <= 100; v++)
        {
            h.recordValue(v * 1000 * scale);
        }
        return h;
    }

    @Test
    void ratiosAreOursOverEachPeerAtP50AndP99()
    {
        final LatencyReport report = new LatencyReport("t");
        report.addCompared("ours", oneToHundredMicros(1), 1, List.of("slow peer", "fast peer"));
        report.add("slow peer", oneToHundredMicros(4), 1, null);
        report.add("fast peer", oneToHundredMicros(1), 1, null);

        assertThat(report.ratios("ours")).isEqualTo("0.25x, 0.25x of slow peer; 1.00x, 1.00x of fast peer");
        assertThat(report.ratios("slow peer")).isEqualTo("(peer)");
    }

    @Test
    void namesAPeerThatDidNotRunInsteadOfInventingARatio()
    {
        final LatencyReport report = new LatencyReport("t");
        report.add("ours", oneToHundredMicros(1), 1, "absent");

        assertThat(report.ratios("ours")).isEqualTo("no absent");
    }

    @Test
    void ratioAgainstAZeroPeerStaysFinite()
    {
        assertThat(Ratio.of(500, 0)).isEqualTo(500.0);
        assertThat(Ratio.of(500, 1000)).isEqualTo(0.5);
    }

    @Test
    void printsEveryPercentileMaxAndRatePerScenario()
    {
        final LatencyReport report = new LatencyReport("Title");
        final Histogram h = oneToHundredMicros(1);
        report.add("ours", h, 123_456, null);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        final String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("Title", "p50 ns", "p90 ns", "p99 ns", "p99.9 ns", "max ns", "events/s");
        assertThat(table).containsPattern("ours +" + h.getValueAtPercentile(50) + " +" + h.getValueAtPercentile(90) + " +" +
            h.getValueAtPercentile(99) + " +" + h.getValueAtPercentile(99.9) + " +" + h.getMaxValue() + " +123456 \\(peer\\)");
        assertThat(h.getValueAtPercentile(50)).isBetween(49_950L, 50_050L); // HdrHistogram's 3 digits
    }

    @Test
    void writesOneHgrmPerScenarioAndOneChart(@TempDir final Path dir) throws Exception
    {
        final LatencyReport report = new LatencyReport("t");
        report.add("100k/s, ring + journal", oneToHundredMicros(1), 1, null);
        report.add("max rate, ring", oneToHundredMicros(2), 1, null);
        report.writeHistograms(dir);

        assertThat(dir.resolve("100k_s_ring_journal.hgrm")).exists();
        final String hgrm = Files.readString(dir.resolve("max_rate_ring.hgrm"));
        assertThat(hgrm).contains("Value     Percentile TotalCount 1/(1-Percentile)", "Total count    =          100");
        assertThat(dir.resolve("latency.svg")).exists();
    }

    @Test
    void drawsOneChartPerPhaseWhenAsked(@TempDir final Path dir) throws Exception
    {
        final LatencyReport report = new LatencyReport("t").chartPerPhase();
        report.add("100k/s, a", oneToHundredMicros(1), 1, null);
        report.add("100k/s, b", oneToHundredMicros(1), 1, null);
        report.add("max rate, a", oneToHundredMicros(1), 1, null);
        report.writeHistograms(dir);

        assertThat(dir.resolve("latency-100k_s.svg")).exists();
        assertThat(dir.resolve("latency-max_rate.svg")).exists();
        assertThat(dir.resolve("latency.svg")).doesNotExist();
    }
}
