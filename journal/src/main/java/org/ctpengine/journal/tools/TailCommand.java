package org.ctpengine.journal.tools;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.ctpengine.journal.Journal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** {@code journal tail DIR}: follow a live journal from another process, printing events as they are appended. */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = {
        "Follow a live journal, printing events as they are appended.",
        "The journal may be written by another process (the engine). One line per event, until Ctrl-C or",
        "--count events. Starts at the end unless --from-start."
    })
public final class TailCommand implements Callable<Integer>
{
    /** Longest pause between polls when the journal is quiet: what a person watching notices least. */
    private static final long MAX_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    @Mixin
    JournalSource source;

    @Option(names = "--from-start", description = "print the journal's existing events first")
    boolean fromStart;

    @Option(names = "--count", paramLabel = "N", description = "stop after N events")
    long count = Long.MAX_VALUE;

    @Option(names = "--full", description = "every field on its own line, as dump prints them")
    boolean full;

    @Mixin
    FilterOptions filters;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        filters.toFilter(() -> 0L); // an unknown type or unreadable time fails before the journal opens
        final EventDecoder decoder = source.decoder();
        final EventFormatter formatter = new EventFormatter(decoder);
        final PrintWriter out = spec.commandLine().getOut();
        final StringBuilder text = new StringBuilder(2048);
        final long[] number = { 0 };
        final IdleStrategy idle = new BackoffIdleStrategy(10, 20, 1_000, MAX_IDLE_NANOS);
        try (Journal journal = source.open())
        {
            final EventFilter filter = filters.toFilter(() -> JournalScan.startEpochNanos(journal));
            final JournalFollower follower = new JournalFollower(journal, fromStart, decoder, filter, count, (index, header) ->
            {
                text.setLength(0);
                if (full)
                {
                    formatter.appendFull(++number[0], index, header, text).append('\n');
                }
                else
                {
                    formatter.appendLine(header, text).append('\n');
                }
                out.print(text);
                out.flush();
            });
            try
            {
                while (!follower.isDone() && !Thread.currentThread().isInterrupted())
                {
                    idle.idle(follower.doWork());
                }
            }
            finally
            {
                follower.onClose();
            }
        }
        return 0;
    }
}
