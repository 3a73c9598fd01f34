package org.ctpengine.journal.tools;

import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalEnd;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code journal dump DIR}: every event, human-readable, header and CTP struct field by field. */
@Command(
    name = "dump",
    mixinStandardHelpOptions = true,
    description = {
        "Print every event, human-readable.",
        "Header fields by name, then the CTP struct field by field (GB18030 text decoded, codes named) in the",
        "ABI profile its run recorded in JOURNAL_START. Ends with where the journal ends (torn tail or clean)."
    })
public final class DumpCommand implements Callable<Integer>
{
    @Mixin
    JournalSource source;

    @Mixin
    FilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", description = "print at most N events")
    long limit = Long.MAX_VALUE;

    @Option(names = "--brief", description = "one line per event")
    boolean brief;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        filters.toFilter(() -> 0L); // an unknown type or unreadable time fails before the journal opens
        final EventDecoder decoder = source.decoder();
        final EventFormatter formatter = new EventFormatter(decoder);
        final PrintWriter out = spec.commandLine().getOut();
        final StringBuilder text = new StringBuilder(4096);
        final long[] printed = { 0 };
        final JournalEnd end;
        try (Journal journal = source.open())
        {
            try
            {
                final EventFilter filter = filters.toFilter(() -> JournalScan.startEpochNanos(journal));
                end = JournalScan.scan(journal, decoder, (number, index, header) ->
                {
                    if (!filter.matchesHeader(header) ||
                        filter.needsInstrument() && !filter.matches(header, decoder.instrument(header)))
                    {
                        return true;
                    }
                    text.setLength(0);
                    if (brief)
                    {
                        formatter.appendLine(header, text).append('\n');
                    }
                    else
                    {
                        formatter.appendFull(number, index, header, text).append('\n');
                    }
                    out.print(text);
                    return ++printed[0] < limit;
                });
            }
            finally
            {
                out.flush(); // what was printed before a damaged event reaches the user whole
            }
        }
        out.println(printed[0] + " event" + (printed[0] == 1 ? "" : "s") + " printed; " +
            (end == null ? "stopped at --limit" : "journal: " + end.describe()));
        out.flush();
        return 0;
    }
}
