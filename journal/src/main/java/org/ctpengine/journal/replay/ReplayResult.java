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
 * @param lostInCrash      commands the replay made for the last events of a run that ended by a crash (no engine
 *                         stop in the journal) which the journal lacks: the process died before they were recorded
 */
public record ReplayResult(int run, String start, long events, int recordedCommands, int replayedCommands,
    Divergence divergence, String journalEnd, String scope, int lostInCrash)
{
    public boolean identical()
    {
        return divergence == null;
    }

    /**
     * The first command that differs.
     *
     * @param strategy     the strategy whose commands differ (each strategy's commands are compared in its own order)
     * @param commandIndex 0-based position among that strategy's commands
     * @param journalIndex Chronicle index of the event that caused it
     * @param epochNanos   event-clock time of the recorded command (or of the replayed one when extra)
     * @param expected     the recorded command, field by field (or "(none)")
     * @param actual       the replayed command, field by field (or "(none)")
     */
    public record Divergence(String strategy, int commandIndex, long journalIndex, long epochNanos, String expected,
        String actual)
    {
    }

    /** The verdict: {@code identical: ...} or {@code DIVERGED at command ...} with both commands field by field. */
    @Override
    public String toString()
    {
        final String filtered = scope == null ? "" : "\n  " + scope;
        if (identical())
        {
            final String crash = lostInCrash == 0 ? "" : " (the run ended by a crash at event " + events + ": " +
                lostInCrash + " command" + (lostInCrash == 1 ? "" : "s") + " the replay made for its last events never " +
                "reached the journal)";
            return "identical: " + events + " events, " + replayedCommands + " commands" + crash + "; " + journalEnd +
                filtered;
        }
        return "DIVERGED at command " + divergence.commandIndex() + " of strategy " + divergence.strategy() +
            " (journal index " +
            Long.toHexString(divergence.journalIndex()) + ", event time " + ChinaTime.format(divergence.epochNanos()) +
            " China time, " + divergence.epochNanos() + " ns)\n" +
            "  expected: " + divergence.expected() + "\n  actual:   " + divergence.actual() + "\n  " + journalEnd + filtered;
    }
}
