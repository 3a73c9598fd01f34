package org.ctpengine.cli;

import org.ctpengine.abitools.extract.AbiCommand;
import org.ctpengine.bench.BenchMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code abi} and {@code bench}: offline tools and benchmarks, compiled against but kept off {@code run}'s class path
 * (the cli module depends on them as provided). The launcher adds them for these two commands; anywhere else the
 * command says what is missing instead of failing to link.
 */
final class ToolCommands
{
    static final String ABI_CLASS = "org.ctpengine.abitools.extract.AbiCommand";
    static final String BENCH_CLASS = "org.ctpengine.bench.BenchMain";

    private ToolCommands()
    {
    }

    static void addTo(final CommandLine commandLine)
    {
        commandLine.addSubcommand("abi", present(ABI_CLASS) ? AbiCommand.commandLine() : absent("abi", "ctp-abi-tools"));
        commandLine.addSubcommand("bench", present(BENCH_CLASS) ? new CommandLine(new BenchMain()) : absent("bench", "bench"));
    }

    static boolean present(final String className)
    {
        try
        {
            Class.forName(className, false, ToolCommands.class.getClassLoader());
            return true;
        }
        catch (final ClassNotFoundException e)
        {
            return false;
        }
    }

    private static CommandLine absent(final String name, final String module)
    {
        final CommandLine line = new CommandLine(new Absent(name, module));
        line.setUnmatchedArgumentsAllowed(true);
        return line;
    }

    /** Stands in for a tool whose module is not on the class path: one line, exit 2. */
    @Command(description = "not on this class path")
    static final class Absent implements Callable<Integer>
    {
        private final String name;
        private final String module;

        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> ignored;

        Absent(final String name, final String module)
        {
            this.name = name;
            this.module = module;
        }

        @Override
        public Integer call()
        {
            spec.commandLine().getErr().println("error: '" + name + "' needs the " + module +
                " module on the class path: run it as ./ctp-engine " + name);
            return 2;
        }
    }
}
