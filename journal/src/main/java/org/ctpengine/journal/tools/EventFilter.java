package org.ctpengine.journal.tools;

import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which events a tool shows: by type, instrument and wall-clock range. An empty criterion lets everything
 * through. Immutable.
 */
public final class EventFilter
{
    /** Lets every event through. */
    public static final EventFilter ALL = new EventFilter(Set.of(), Set.of(), Long.MIN_VALUE, Long.MAX_VALUE);

    private final Set<EventType> types;
    private final Set<String> instruments;
    private final long fromEpochNanos;
    private final long toEpochNanos;

    /**
     * @param types          types to keep, empty for all
     * @param instruments    instrument ids to keep (events without one are dropped when given), empty for all
     * @param fromEpochNanos keep events at or after this wall-clock time
     * @param toEpochNanos   keep events before this wall-clock time
     */
    public EventFilter(
        final Set<EventType> types, final Set<String> instruments, final long fromEpochNanos, final long toEpochNanos)
    {
        this.types = types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
        this.instruments = Set.copyOf(instruments);
        this.fromEpochNanos = fromEpochNanos;
        this.toEpochNanos = toEpochNanos;
    }

    /**
     * Event types by name as the user types them: {@code RTN_ORDER}, {@code rtn_order} or the SPI method
     * {@code OnRtnOrder}.
     *
     * @throws IllegalArgumentException naming the unknown name
     */
    public static Set<EventType> parseTypes(final List<String> names)
    {
        final Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (final String name : names)
        {
            types.add(parseType(name.trim()));
        }
        return types;
    }

    private static EventType parseType(final String name)
    {
        for (final EventType type : EventType.values())
        {
            if (type.name().equalsIgnoreCase(name) || name.equals(type.spiMethod()))
            {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event type '" + name + "'; types: " +
            String.join(", ", EnumSet.allOf(EventType.class).stream().map(Enum::name).toList()).toLowerCase(Locale.ROOT));
    }

    /** The instrument ids kept, empty for all. */
    public Set<String> instruments()
    {
        return instruments;
    }

    /** Start of the time range (inclusive), ns since 1970; {@link Long#MIN_VALUE} when open. */
    public long fromEpochNanos()
    {
        return fromEpochNanos;
    }

    /** End of the time range (exclusive), ns since 1970; {@link Long#MAX_VALUE} when open. */
    public long toEpochNanos()
    {
        return toEpochNanos;
    }

    /** Whether a time lies in the range. */
    public boolean inTimeRange(final long epochNanos)
    {
        return epochNanos >= fromEpochNanos && epochNanos < toEpochNanos;
    }

    /** Whether anything but the type and time needs the payload decoded. */
    public boolean needsInstrument()
    {
        return !instruments.isEmpty();
    }

    /** Whether the event passes type and time (the cheap checks, from the header alone). */
    public boolean matchesHeader(final EventHeader header)
    {
        final long epochNanos = header.epochNanos();
        if (epochNanos < fromEpochNanos || epochNanos >= toEpochNanos)
        {
            return false;
        }
        return types.isEmpty() || types.contains(EventType.fromCode(header.type()));
    }

    /** Whether the event passes every criterion; {@code instrument} is the event's, or null. */
    public boolean matches(final EventHeader header, final String instrument)
    {
        return matchesHeader(header) && (instruments.isEmpty() || instrument != null && instruments.contains(instrument));
    }
}
