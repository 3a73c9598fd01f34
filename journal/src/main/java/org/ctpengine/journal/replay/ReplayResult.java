package org.ctpengine.journal.replay;

import org.ctpengine.journal.tools.ChinaTime;

/**
 * The outcome of replaying one run of a journal: identical, or the first divergence.
 *
 * @param run              which run of the journal (1 for the first)
 * @param start            how the run started: {@code cold start}, or {@code warm start, restored ...} with what the
 *                         replay took back from the runs before it, as the live engine did
 * @param events           journal events fed to the strategies
 * @param recordedCommands commands the journal holds
 * @param replayedCommands commands the strategies issued again
 * @param divergence       null when every command is identical, in order
 * @param journalEnd       where the replayed run ends in the journal (a torn tail after a crash is said here)
 * @param scope            null for the whole run; else the filter and what was compared under it
 */
public record ReplayResult(int run, String start, long events, int recordedCommands, int replayedCommands,
    Divergence divergence, String journalEnd, String scope)
{
    public boolean identical()
    {
        return divergence == null;
    }

    /**
     * The first command that differs.
     *
     * @param commandIndex 0-based position among the run's commands
     * @param journalIndex Chronicle index of the event that caused it
     * @param epochNanos   event-clock time of the recorded command (or of the replayed one when extra)
     * @param expected     the recorded command, field by field (or "(none)")
     * @param actual       the replayed command, field by field (or "(none)")
     */
    public record Divergence(int commandIndex, long journalIndex, long epochNanos, String expected, String actual)
    {
    }

    /** The verdict: {@code identical: ...} or {@code DIVERGED at command ...} with both commands field by field. */
    @Override
    public String toString()
    {
        final String filtered = scope == null ? "" : "\n  " + scope;
        if (identical())
        {
            return "identical: " + events + " events, " + replayedCommands + " commands; " + journalEnd + filtered;
        }
        return "DIVERGED at command " + divergence.commandIndex() + " (journal index " +
            Long.toHexString(divergence.journalIndex()) + ", event time " + ChinaTime.format(divergence.epochNanos()) +
            " China time, " + divergence.epochNanos() + " ns)\n" +
            "  expected: " + divergence.expected() + "\n  actual:   " + divergence.actual() + "\n  " + journalEnd + filtered;
    }
}
