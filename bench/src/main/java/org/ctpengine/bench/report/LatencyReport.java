package org.ctpengine.bench.report;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the scenarios of one benchmark run and prints them as one table, each scenario with its
 * percentiles, throughput and ratios against the peers named for it, and writes each histogram's percentile
 * distribution (HdrHistogram's text format) and one percentile chart of them all for a reader to look at.
 */
public final class LatencyReport
{
    /** The percentiles every table shows, in order. */
    static final double[] PERCENTILES = {50, 90, 99, 99.9};

    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private boolean chartPerPhase;

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
        addCompared(name, histogram, perSecond, peerName == null ? List.of() : List.of(peerName));
    }

    /** Adds a scenario compared with each of {@code peerNames} (empty for a peer itself). */
    public void addCompared(final String name, final Histogram histogram, final double perSecond,
        final List<String> peerNames)
    {
        rows.add(new Row(name, histogram.copy(), perSecond, List.copyOf(peerNames)));
    }

    /**
     * Draws one chart per phase, the text of a scenario name before its first ", " (e.g. "100k/s", "max rate"),
     * instead of one for all: curves of different loads do not belong on one chart.
     */
    public LatencyReport chartPerPhase()
    {
        chartPerPhase = true;
        return this;
    }

    public String title()
    {
        return title;
    }

    /** The histogram of a scenario, or null. */
    public Histogram histogram(final String name)
    {
        final Row row = row(name);
        return row == null ? null : row.histogram;
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

    /** The table: p50/p90/p99/p99.9/max in ns, events/s, and p50 and p99 as a ratio of each peer's. */
    public void print(final PrintStream out)
    {
        out.println();
        out.println(title);
        int width = 52;
        for (final Row row : rows)
        {
            width = Math.max(width, row.name.length());
        }
        out.printf(Locale.ROOT, "%-" + width + "s %9s %9s %9s %9s %10s %12s %s%n",
            "scenario", "p50 ns", "p90 ns", "p99 ns", "p99.9 ns", "max ns", "events/s", "vs peer (p50, p99)");
        for (final Row row : rows)
        {
            final Histogram h = row.histogram;
            out.printf(Locale.ROOT, "%-" + width + "s %9d %9d %9d %9d %10d %12.0f %s%n", row.name,
                h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9), h.getMaxValue(), row.perSecond, ratios(row));
        }
        out.println();
    }

    /** "0.54x, 0.12x of A; 1.10x, 0.90x of B", or "(peer)" for a row compared with nothing. */
    String ratios(final Row row)
    {
        if (row.peerNames.isEmpty())
        {
            return "(peer)";
        }
        final StringBuilder text = new StringBuilder();
        for (final String peerName : row.peerNames)
        {
            final Row peer = row(peerName);
            if (text.length() > 0)
            {
                text.append("; ");
            }
            if (peer == null)
            {
                text.append("no ").append(peerName);
                continue;
            }
            text.append(String.format(Locale.ROOT, "%.2fx, %.2fx of %s",
                Ratio.of(row.histogram.getValueAtPercentile(50), peer.histogram.getValueAtPercentile(50)),
                Ratio.of(row.histogram.getValueAtPercentile(99), peer.histogram.getValueAtPercentile(99)), peer.name));
        }
        return text.toString();
    }

    /** The ratio column of one scenario, as printed. */
    public String ratios(final String name)
    {
        return ratios(row(name));
    }

    /**
     * Writes {@code <dir>/<scenario>.hgrm} percentile distributions (values in ns) and the charts: {@code latency.svg}
     * with every scenario's percentile curve, or {@code latency-<phase>.svg} per phase (see {@link #chartPerPhase}).
     */
    public void writeHistograms(final Path dir) throws IOException
    {
        Files.createDirectories(dir);
        final Map<String, List<PercentileChart.Series>> charts = new LinkedHashMap<>();
        for (final Row row : rows)
        {
            try (PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve(fileName(row.name) + ".hgrm")), false,
                "UTF-8"))
            {
                row.histogram.outputPercentileDistribution(out, 1.0);
            }
            if (row.histogram.getTotalCount() > 0)
            {
                charts.computeIfAbsent(chartOf(row.name), c -> new ArrayList<>())
                    .add(new PercentileChart.Series(row.name, row.histogram));
            }
        }
        for (final Map.Entry<String, List<PercentileChart.Series>> chart : charts.entrySet())
        {
            final String suffix = chart.getKey().isEmpty() ? "" : "-" + fileName(chart.getKey());
            Files.writeString(dir.resolve("latency" + suffix + ".svg"),
                new PercentileChart(title, chart.getValue()).toSvg());
        }
    }

    /** The chart a scenario is drawn on: "" for the one chart, else its phase. */
    String chartOf(final String scenario)
    {
        final int comma = scenario.indexOf(", ");
        return !chartPerPhase || comma < 0 ? "" : scenario.substring(0, comma);
    }

    /** A scenario name as a file name: letters, digits, '.', '_' and '-' only. */
    static String fileName(final String scenario)
    {
        return scenario.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    record Row(String name, Histogram histogram, double perSecond, List<String> peerNames)
    {
    }
}
