package org.ctpengine.cli;

import org.ctpengine.adapter.ProcessExit;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.journal.JournalException;
import org.ctpengine.journal.tools.JournalCommand;
import org.ctpengine.strategies.params.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.IOException;

/** {@code ctp-engine}: the host CLI. Errors in what the user gave print as one line naming the problem. */
@Command(name = "ctp-engine", mixinStandardHelpOptions = true,
    description = "Event-driven trading engine for China's futures markets over the CTP API.",
    subcommands = { RunCommand.class, ReplayCommand.class })
public final class CtpEngineCommand implements Runnable
{
    @Override
    public void run()
    {
        new CommandLine(this).usage(System.out);
    }

    public static CommandLine commandLine()
    {
        final CommandLine commandLine = new CommandLine(new CtpEngineCommand());
        commandLine.addSubcommand("journal", JournalCommand.commandLine());
        ToolCommands.addTo(commandLine);
        commandLine.getSubcommands().get("run").getCommandSpec().usageMessage().footer(ExitStatus.table());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) ->
        {
            if (e instanceof ConfigException)
            {
                cmd.getErr().println(e.getMessage()); // already "config error: FILE: KEY: problem"
                return CommandLine.ExitCode.USAGE;
            }
            if (e instanceof IllegalArgumentException || e instanceof JournalException ||
                e instanceof AbiProfileException || e instanceof IOException)
            {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine;
    }

    /** The one entry point of every command ({@code ctp-engine} launches it with the class path the command needs). */
    public static void main(final String[] args)
    {
        if (args.length > 0 && args[0].equals("journal") && System.getProperty("logback.configurationFile") == null)
        {
            System.setProperty("logback.configurationFile", JournalCommand.LOGBACK_CONFIGURATION); // quiet tools
        }
        final int status = commandLine().execute(args);
        if (RunCommand.endedBySignal)
        {
            return; // the shutdown under way ends the process, with the signal's status (RunCommand's hook)
        }
        if (RunCommand.endWithoutLibraryTeardown)
        {
            ProcessExit.now(status); // a library left reconnecting would crash in its teardown at exit
        }
        System.exit(status);
    }
}
