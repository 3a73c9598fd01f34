package org.ctpengine.abitools.extract;

import org.ctpengine.adapter.abi.AbiProfileException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.IOException;

/** {@code abi}: the ABI tools. Runnable on its own; the engine's CLI mounts it as a subcommand. */
@Command(
    name = "abi",
    mixinStandardHelpOptions = true,
    description = "CTP ABI profile tools.",
    subcommands = { AbiExtractCommand.class })
public final class AbiCommand implements Runnable
{
    @Override
    public void run()
    {
        new CommandLine(this).usage(System.out);
    }

    /** A command line whose errors print as one line naming the problem, not a stack trace. */
    public static CommandLine commandLine()
    {
        final CommandLine commandLine = new CommandLine(new AbiCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) ->
        {
            if (e instanceof AbiProfileException || e instanceof IOException)
            {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine;
    }

}
