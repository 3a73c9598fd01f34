package org.ctpengine.journal.tools;

import java.nio.file.Path;
import org.ctpengine.journal.Journal;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The journal a tool reads and how its events are decoded: the {@code DIR} argument and {@code --profile}, the same
 * for every journal tool (a picocli mixin).
 */
final class JournalSource
{
    @Parameters(index = "0", paramLabel = "DIR", description = "journal directory")
    Path directory;

    @Option(names = "--profile", paramLabel = "ID",
        description = "ABI profile for events no JOURNAL_START describes, e.g. 6.7.8")
    String profile;

    EventDecoder decoder()
    {
        return new EventDecoder(profile);
    }

    Journal open()
    {
        return Journal.openExisting(directory);
    }
}
