package org.ctpengine.bench.tick;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a tick's time goes, hop by hop, per scenario: the simulator's send stamp (the planned time when paced) →
 * callback entry (the trampoline's {@code receiveNanos}) → ring publish ({@code publishNanos}, taken by the callback
 * thread) → the strategy's first clock reading in {@code onTick}. Percentiles of different hops do not add up; each
 * says how that hop behaves on its own.
 */
final class HopBreakdown
{
    /** The hops, in path order. */
    enum Hop
    {
        SEND_TO_ENTRY("send -> callback entry"),
        ENTRY_TO_PUBLISH("entry -> ring publish"),
        PUBLISH_TO_TICK("publish -> onTick"),
        TOTAL("total");

        final String label;

        Hop(final String label)
        {
            this.label = label;
        }
    }

    private static final long HIGHEST_NS = 60_000_000_000L;

    private final Map<String, Histogram[]> rows = new LinkedHashMap<>();

    /** Records one tick's stamps (ns, one clock) under {@code row}. */
    void record(final String row, final long sent, final long receive, final long publish, final long handled)
    {
        final Histogram[] hops = rows.computeIfAbsent(row, r -> newHops());
        hops[Hop.SEND_TO_ENTRY.ordinal()].recordValue(clamp(receive - sent));
        hops[Hop.ENTRY_TO_PUBLISH.ordinal()].recordValue(clamp(publish - receive));
        hops[Hop.PUBLISH_TO_TICK.ordinal()].recordValue(clamp(handled - publish));
        hops[Hop.TOTAL.ordinal()].recordValue(clamp(handled - sent));
    }

    Histogram histogram(final String row, final Hop hop)
    {
        return rows.get(row)[hop.ordinal()];
    }

    /** One line per scenario; each cell p50 / p99 / p99.9 in ns. */
    void print(final PrintStream out, final String title)
    {
        out.println(title);
        out.printf(Locale.ROOT, "%-44s", "scenario");
        for (final Hop hop : Hop.values())
        {
            out.printf(Locale.ROOT, " %24s", hop.label);
        }
        out.println();
        for (final Map.Entry<String, Histogram[]> row : rows.entrySet())
        {
            out.printf(Locale.ROOT, "%-44s", row.getKey());
            for (final Histogram h : row.getValue())
            {
                out.printf(Locale.ROOT, " %24s", h.getValueAtPercentile(50) + " / " + h.getValueAtPercentile(99) + " / " +
                    h.getValueAtPercentile(99.9));
            }
            out.println();
        }
        out.println("(each cell: p50 / p99 / p99.9 ns)");
        out.println();
    }

    private static Histogram[] newHops()
    {
        final Histogram[] hops = new Histogram[Hop.values().length];
        for (int i = 0; i < hops.length; i++)
        {
            hops[i] = new Histogram(HIGHEST_NS, 3);
        }
        return hops;
    }

    private static long clamp(final long nanos)
    {
        return Math.min(HIGHEST_NS, Math.max(0, nanos));
    }
}
