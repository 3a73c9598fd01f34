package org.ctpengine.bench.report;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the scenarios of one benchmark run and prints them as one table, each scenario with its
 * percentiles, throughput and ratio against the peer named for it, and writes each histogram's percentile
 * distribution (HdrHistogram's text format) for plotting.
 */
public final class LatencyReport
{
    private final String title;
    private final List<Row> rows = new ArrayList<>();

    public LatencyReport(final String title)
    {
        this.title = title;
    }

    /**
     * Adds a scenario.
     *
     * @param name        what was measured
     * @param histogram   latencies in nanoseconds
     * @param perSecond   sustained events per second over the measured run
     * @param peerName    the scenario this one is compared with (null for a peer itself)
     */
    public void add(final String name, final Histogram histogram, final double perSecond, final String peerName)
    {
        rows.add(new Row(name, histogram.copy(), perSecond, peerName));
    }

    private Row row(final String name)
    {
        for (final Row row : rows)
        {
            if (row.name.equals(name))
            {
                return row;
            }
        }
        return null;
    }

    /** The table: p50/p90/p99/p99.9/max in ns, events/s, and p50 and p99 as a ratio of the peer's. */
    public void print(final PrintStream out)
    {
        out.println();
        out.println(title);
        out.printf(Locale.ROOT, "%-52s %9s %9s %9s %9s %10s %12s %s%n",
            "scenario", "p50 ns", "p90 ns", "p99 ns", "p99.9 ns", "max ns", "events/s", "vs peer (p50, p99)");
        for (final Row row : rows)
        {
            final Histogram h = row.histogram;
            final Row peer = row.peerName == null ? null : row(row.peerName);
            final String ratio = peer == null ? "(peer)" : String.format(Locale.ROOT, "%.2fx, %.2fx of %s",
                (double)h.getValueAtPercentile(50) / Math.max(1, peer.histogram.getValueAtPercentile(50)),
                (double)h.getValueAtPercentile(99) / Math.max(1, peer.histogram.getValueAtPercentile(99)),
                peer.name);
            out.printf(Locale.ROOT, "%-52s %9d %9d %9d %9d %10d %12.0f %s%n", row.name,
                h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9), h.getMaxValue(), row.perSecond, ratio);
        }
        out.println();
    }

    /** Writes {@code <dir>/<scenario>.hgrm} percentile distributions (values in ns). */
    public void writeHistograms(final Path dir) throws IOException
    {
        Files.createDirectories(dir);
        for (final Row row : rows)
        {
            final Path file = dir.resolve(row.name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".hgrm");
            try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, "UTF-8"))
            {
                row.histogram.outputPercentileDistribution(out, 1.0);
            }
        }
    }

    private record Row(String name, Histogram histogram, double perSecond, String peerName)
    {
    }
}
