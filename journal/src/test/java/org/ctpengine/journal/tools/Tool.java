package org.ctpengine.journal.tools;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code journal ...} in this JVM as the CLI would, capturing what it prints. */
record Tool(int exitCode, String out, String err)
{
    static Tool run(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine commandLine = JournalCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        final int exitCode = commandLine.execute(args);
        return new Tool(exitCode, out.toString(), err.toString());
    }
}
