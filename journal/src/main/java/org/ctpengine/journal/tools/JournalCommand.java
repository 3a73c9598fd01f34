package org.ctpengine.journal.tools;

import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.journal.JournalException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code journal}: the journal tools. Runnable on its own ({@link #main}); the engine's CLI mounts it as a
 * subcommand through {@link #commandLine()}.
 */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    description = {
        "Journal tools: read a journal of engine events (read-only, safe on a live journal); import writes a new one.",
        "Times are China time (UTC+8). A torn tail (an event cut short by a crash) is reported, not an error."
    },
    subcommands = { DumpCommand.class, StatsCommand.class, ExportCommand.class, TailCommand.class, ImportCommand.class, ReportCommand.class })
public final class JournalCommand implements Runnable
{
    /** Exit status when the journal cannot be read (missing, foreign, damaged). */
    public static final int EXIT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line whose errors print as one line naming the problem, not a stack trace. */
    public static CommandLine commandLine()
    {
        final CommandLine commandLine = new CommandLine(new JournalCommand());
        commandLine.setParameterExceptionHandler((e, args) ->
        {
            final CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("error: " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            cmd.getErr().flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) ->
        {
            if (e instanceof JournalException || e instanceof AbiProfileException || e instanceof IOException ||
                e instanceof UncheckedIOException || e instanceof IllegalArgumentException)
            {
                cmd.getErr().println("error: " + e.getMessage());
                cmd.getErr().flush();
                return EXIT_ERROR;
            }
            throw e;
        });
        return commandLine;
    }

    /** Logging for the standalone tools; an embedding application's own configuration, when given, wins. */
    public static final String LOGBACK_CONFIGURATION = "org/ctpengine/journal/tools/logback-tools.xml";

}
