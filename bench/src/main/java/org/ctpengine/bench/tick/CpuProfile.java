package org.ctpengine.bench.tick;

import org.ctpengine.bench.report.ThreadSchedule;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the CPU went during the paced bursts, per scenario and per thread role: share of the window on a CPU, share
 * runnable but waiting for a CPU (what a 2-core machine's oversubscription costs), and context switches per 1000
 * ticks (a blocked consumer woken per tick shows here as one or more).
 */
final class CpuProfile
{
    /** What a thread does in the tick's path, recognised by its name. */
    enum Role
    {
        MD("md callback thread"),
        STRATEGY("strategy thread"),
        ENGINE("engine thread"),
        JOURNAL("journal thread"),
        OTHER("other threads");

        final String label;

        Role(final String label)
        {
            this.label = label;
        }
    }

    private static final class Row
    {
        final ThreadSchedule.Sample[] roles = new ThreadSchedule.Sample[Role.values().length];
        long windowNanos;
        long ticks;
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    /**
     * Adds one window's accounting.
     *
     * @param strategyThread the strategy's thread name (the kernel's, the same as Java's up to 15 characters)
     * @param journalThread  the journal's thread name, null without a journal
     */
    void record(final String row, final Map<Integer, ThreadSchedule.Sample> window, final long windowNanos, final long ticks,
        final String strategyThread, final String journalThread)
    {
        final Row totals = rows.computeIfAbsent(row, r -> new Row());
        totals.windowNanos += windowNanos;
        totals.ticks += ticks;
        for (final ThreadSchedule.Sample sample : window.values())
        {
            final int role = roleOf(sample.name(), strategyThread, journalThread).ordinal();
            totals.roles[role] = totals.roles[role] == null ? sample : totals.roles[role].plus(sample);
        }
    }

    private static Role roleOf(final String name, final String strategyThread, final String journalThread)
    {
        if (name.startsWith("ctpsim-md"))
        {
            return Role.MD;
        }
        if (strategyThread != null && strategyThread.startsWith(name))
        {
            return Role.STRATEGY;
        }
        if (journalThread != null && journalThread.startsWith(name))
        {
            return Role.JOURNAL;
        }
        // polling engine thread, or the blocking one (Disruptor's processor threads)
        return name.equals("ctp-engine") || name.startsWith("ctp-ring") ? Role.ENGINE : Role.OTHER;
    }

    /** One line per scenario; each cell: % on CPU / % waiting for a CPU / switches per 1000 ticks. */
    void print(final PrintStream out, final String title)
    {
        if (rows.isEmpty())
        {
            return;
        }
        out.println(title);
        out.printf(Locale.ROOT, "%-44s", "scenario");
        for (final Role role : Role.values())
        {
            out.printf(Locale.ROOT, " %20s", role.label);
        }
        out.println();
        for (final Map.Entry<String, Row> entry : rows.entrySet())
        {
            final Row row = entry.getValue();
            out.printf(Locale.ROOT, "%-44s", entry.getKey());
            for (final ThreadSchedule.Sample sample : row.roles)
            {
                out.printf(Locale.ROOT, " %20s", sample == null ? "-" : String.format(Locale.ROOT, "%.0f%% / %.0f%% / %.0f",
                    100.0 * sample.runNanos() / row.windowNanos, 100.0 * sample.waitNanos() / row.windowNanos,
                    1000.0 * sample.switches() / Math.max(1, row.ticks)));
            }
            out.println();
        }
        out.println("(each cell: % of the window on a CPU / % runnable but waiting for a CPU / context switches per " +
            "1000 ticks; 2 CPUs = 200%)");
        out.println();
    }
}
