package org.ctpengine.journal.replay;

import java.util.List;

/**
 * The outcome of replaying a journal's runs: one {@link ReplayResult} per run replayed, in journal order.
 *
 * @param runs          the runs replayed (all of the journal's, or the one asked for)
 * @param runsInJournal how many runs the journal holds; -1 when one run was asked for (the rest was not read)
 */
public record ReplayReport(List<ReplayResult> runs, int runsInJournal)
{
    public ReplayReport
    {
        runs = List.copyOf(runs);
    }

    /** Whether every run replayed is identical. */
    public boolean identical()
    {
        for (final ReplayResult run : runs)
        {
            if (!run.identical())
            {
                return false;
            }
        }
        return true;
    }

    /** The run numbered {@code number} (1 for the journal's first), or null when it was not replayed. */
    public ReplayResult run(final int number)
    {
        for (final ReplayResult run : runs)
        {
            if (run.run() == number)
            {
                return run;
            }
        }
        return null;
    }

    /** Events fed to the strategies over every run. */
    public long events()
    {
        long events = 0;
        for (final ReplayResult run : runs)
        {
            events += run.events();
        }
        return events;
    }

    /** One block per run ({@code run N (cold start): identical: ...}), then the overall verdict. */
    @Override
    public String toString()
    {
        final StringBuilder out = new StringBuilder();
        for (final ReplayResult run : runs)
        {
            out.append("run ").append(run.run()).append(" (").append(run.start()).append("): ")
                .append(run.toString().replace("\n", "\n  ")).append('\n');
        }
        return out.append(verdict()).toString();
    }

    /** {@code all 2 runs identical}, {@code run 3 identical}, or {@code DIVERGED in run 2 (of 3; identical: 1, 3)}. */
    public String verdict()
    {
        final StringBuilder diverged = new StringBuilder();
        final StringBuilder same = new StringBuilder();
        for (final ReplayResult run : runs)
        {
            final StringBuilder list = run.identical() ? same : diverged;
            list.append(list.length() == 0 ? "" : ", ").append(run.run());
        }
        final String of = runsInJournal < 0 ? " of the journal" : " of " + runsInJournal;
        if (diverged.length() == 0)
        {
            return runs.size() == 1 ? "overall: run " + runs.get(0).run() + of + " identical" :
                "overall: all " + runs.size() + " runs identical";
        }
        return "overall: DIVERGED in run " + diverged + of + (same.length() == 0 ? "" : "; identical: run " + same);
    }
}
