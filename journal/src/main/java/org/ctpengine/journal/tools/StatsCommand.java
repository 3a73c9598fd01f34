package org.ctpengine.journal.tools;

import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalEnd;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code journal stats DIR}: what a journal holds, how fast it came, whether anything is missing. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
        "Counts, event rate, sequence gaps, where the journal ends.",
        "Counts by event type and by instrument, events per minute (China time), gaps and out-of-order",
        "sequence numbers (checked per run), and where the journal ends (torn tail or clean)."
    })
public final class StatsCommand implements Callable<Integer>
{
    @Mixin
    JournalSource source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        final EventDecoder decoder = source.decoder();
        final JournalStats stats = new JournalStats();
        final JournalEnd end;
        try (Journal journal = source.open())
        {
            end = JournalScan.scan(journal, decoder, (number, index, header) ->
            {
                stats.add(number, header, decoder.instrument(header));
                return true;
            });
        }
        print(stats, end, spec.commandLine().getOut());
        return 0;
    }

    private void print(final JournalStats stats, final JournalEnd end, final PrintWriter out)
    {
        out.println("journal " + source.directory.toAbsolutePath());
        out.print("events: " + stats.events() + " in " + stats.runs() + " run" + (stats.runs() == 1 ? "" : "s"));
        if (stats.firstEpochNanos() <= stats.lastEpochNanos())
        {
            out.print(", " + ChinaTime.format(stats.firstEpochNanos()) + " .. " + ChinaTime.format(stats.lastEpochNanos()) +
                " (China time)");
        }
        out.println();

        out.println("by type:");
        stats.byType().entrySet().stream()
            .sorted(Map.Entry.<EventType, Long>comparingByValue(Comparator.reverseOrder()))
            .forEach(entry -> out.printf("  %-28s %12d%n", entry.getKey().name(), entry.getValue()));

        out.println("by instrument:" + (stats.byInstrument().isEmpty() ? " none" : ""));
        stats.byInstrument().forEach((instrument, count) -> out.printf("  %-28s %12d%n", instrument, count));

        out.println("events per minute (China time):" + (stats.byMinute().isEmpty() ? " none" : ""));
        long peak = 0;
        long peakMinute = 0;
        for (final Map.Entry<Long, Long> entry : stats.byMinute().entrySet())
        {
            out.printf("  %s %12d%n", ChinaTime.formatMinute(entry.getKey()), entry.getValue());
            if (entry.getValue() > peak)
            {
                peak = entry.getValue();
                peakMinute = entry.getKey();
            }
        }
        if (peak > 0)
        {
            out.printf("  peak %d/min (%.1f/s) at %s%n", peak, peak / 60.0, ChinaTime.formatMinute(peakMinute));
        }

        final long storm = Math.min(stats.coalesced(), stats.missing());
        out.println("sequence: " + stats.gaps() + " gap" + (stats.gaps() == 1 ? "" : "s") + " (" + stats.missing() +
            " missing" + (storm == 0 ? "" : ", " + storm + " of them reconnect-storm front events counted in FRONT_STORM " +
            "events instead") + "), " + stats.outOfOrder() + " out of order");
        if (stats.missing() > storm)
        {
            stats.gapExamples().forEach(example -> out.println("  gap: " + example));
        }
        stats.outOfOrderExamples().forEach(example -> out.println("  out of order: " + example));
        out.println("end: " + end.describe());
        out.flush();
    }
}
