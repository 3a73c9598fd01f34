package org.ctpengine.strategies.host;

import org.ctpengine.adapter.ProcessExit;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.journal.JournalException;
import org.ctpengine.journal.tools.JournalCommand;
import org.ctpengine.strategies.host.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
        commandLine.getSubcommands().get("run").getCommandSpec().usageMessage().footer(ExitStatus.table());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) ->
        {
            if (e instanceof ConfigException)
            {
                cmd.getErr().println(e.getMessage()); // already "config error: FILE: KEY: problem"
                return CommandLine.ExitCode.USAGE;
            }
            if (e instanceof IllegalArgumentException || e instanceof JournalException ||
                e instanceof AbiProfileException || e instanceof java.io.IOException)
            {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine;
    }

    public static void main(final String[] args)
    {
        final int status = commandLine().execute(args);
        if (RunCommand.endWithoutLibraryTeardown)
        {
            ProcessExit.now(status); // a library left reconnecting would crash in its teardown at exit
        }
        System.exit(status);
    }
}
