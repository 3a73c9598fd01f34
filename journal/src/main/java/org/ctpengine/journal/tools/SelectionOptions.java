package org.ctpengine.journal.tools;

import org.ctpengine.engine.ring.EventType;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/** Instrument and time options shared by the tools (a picocli mixin). */
public final class SelectionOptions
{
    @Option(names = "--instrument", split = ",", paramLabel = "ID",
        description = "only events about these instruments, e.g. rb2605,au2606 (repeatable)")
    List<String> instruments = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TIME",
        description = "only events received at or after TIME: 2026-03-02T21:00:00 (China time), ...Z for UTC, a date, " +
            "or a time of day such as 21:00: its first occurrence at or after the journal's start")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "only events received before TIME (same formats as --from)")
    String to;

    /** The instruments given, in order (empty for all). */
    public List<String> instruments()
    {
        return List.copyOf(instruments);
    }

    /**
     * A filter of these options and the given types.
     *
     * @throws IllegalArgumentException naming an unreadable time
     */
    public EventFilter toFilter(final Set<EventType> types)
    {
        return toFilter(types, () ->
        {
            throw new IllegalArgumentException("a time of day ('" + (from != null && ChinaTime.isTimeOfDay(from) ? from : to) +
                "') needs a date here: give 2026-03-02T21:00:00");
        });
    }

    /**
     * A filter of these options and the given types; a time of day ({@code --from 21:00}) is its first occurrence at
     * or after {@code anchorEpochNanos} (asked only then).
     *
     * @throws IllegalArgumentException naming an unreadable time
     */
    public EventFilter toFilter(final Set<EventType> types, final LongSupplier anchorEpochNanos)
    {
        return new EventFilter(
            types,
            new HashSet<>(instruments),
            from == null ? Long.MIN_VALUE : parse(from, anchorEpochNanos),
            to == null ? Long.MAX_VALUE : parse(to, anchorEpochNanos));
    }

    private static long parse(final String text, final LongSupplier anchorEpochNanos)
    {
        return ChinaTime.isTimeOfDay(text) ? ChinaTime.parse(text, anchorEpochNanos.getAsLong()) : ChinaTime.parse(text);
    }
}
