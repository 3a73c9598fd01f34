package org.ctpengine.journal.replay;

/**
 * The outcome of a replay: identical, or the first divergence.
 *
 * @param events           journal events fed to the strategies
 * @param recordedCommands commands the journal holds
 * @param replayedCommands commands the strategies issued again
 * @param divergence       null when every command is identical, in order
 * @param journalEnd       where the replayed run ends in the journal (a torn tail after a crash is said here)
 * @param scope            null for the whole run; else the filter and what was compared under it
 */
public record ReplayResult(long events, int recordedCommands, int replayedCommands, Divergence divergence,
    String journalEnd, String scope)
{
    public boolean identical()
    {
        return divergence == null;
    }

    /**
     * The first command that differs.
     *
     * @param commandIndex 0-based position among the run's commands
     * @param epochNanos   event-clock time of the recorded command (or of the replayed one when extra)
     * @param expected     the recorded command, field by field (or "(none)")
     * @param actual       the replayed command, field by field (or "(none)")
     */
    public record Divergence(int commandIndex, long journalIndex, long epochNanos, String expected, String actual)
    {
    }

    @Override
    public String toString()
    {
        final String filtered = scope == null ? "" : "\n  " + scope;
        if (identical())
        {
            return "identical: " + events + " events, " + replayedCommands + " commands; " + journalEnd + filtered;
        }
        return "DIVERGED at command " + divergence.commandIndex() + " (journal index " +
            Long.toHexString(divergence.journalIndex()) + ", event time " + divergence.epochNanos() + " ns)\n" +
            "  expected: " + divergence.expected() + "\n  actual:   " + divergence.actual() + "\n" + journalEnd + filtered;
    }
}
