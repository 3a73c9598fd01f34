package org.ctpengine.journal.tools;

import org.ctpengine.engine.ring.EventType;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Instrument and time options shared by the tools (a picocli mixin). */
public final class SelectionOptions
{
    @Option(names = "--instrument", split = ",", paramLabel = "ID",
        description = "only events about these instruments, e.g. rb2605,au2606 (repeatable)")
    List<String> instruments = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TIME",
        description = "only events received at or after TIME: 2026-03-02T21:00:00 (China time), ...Z for UTC, or a date")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "only events received before TIME (same formats as --from)")
    String to;

    /**
     * A filter of these options and the given types.
     *
     * @throws IllegalArgumentException naming an unreadable time
     */
    public EventFilter toFilter(final Set<EventType> types)
    {
        return new EventFilter(
            types,
            new HashSet<>(instruments),
            from == null ? Long.MIN_VALUE : ChinaTime.parse(from),
            to == null ? Long.MAX_VALUE : ChinaTime.parse(to));
    }
}
