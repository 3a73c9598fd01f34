package org.ctpengine.journal.tools;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Type, instrument and time options shared by the tools that show any event (a picocli mixin). */
public final class FilterOptions
{
    @Option(names = "--type", split = ",", paramLabel = "TYPE",
        description = "only these event types, e.g. rtn_depth_market_data,RTN_ORDER or OnRtnTrade (repeatable)")
    List<String> types = new ArrayList<>();

    @Mixin
    SelectionOptions selection;

    /**
     * @throws IllegalArgumentException naming an unknown type or an unreadable time
     */
    public EventFilter toFilter()
    {
        return selection.toFilter(EventFilter.parseTypes(types));
    }

    /**
     * A filter whose times of day ({@code --from 21:00}) are their first occurrence at or after {@code anchorEpochNanos}
     * (asked only then).
     *
     * @throws IllegalArgumentException naming an unknown type or an unreadable time
     */
    public EventFilter toFilter(final LongSupplier anchorEpochNanos)
    {
        return selection.toFilter(EventFilter.parseTypes(types), anchorEpochNanos);
    }
}
