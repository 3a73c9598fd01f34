package org.ctpengine.journal.tools;

import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.FrontStormEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a journal, fed one event at a time in journal order: events by type and by instrument, events
 * per minute of wall clock, and the engine sequence's gaps and reversals.
 *
 * <p>Sequences are checked per run: each {@link EventType#JOURNAL_START} with sequence {@code s} says the next
 * event is {@code s + 1} (a JOURNAL_START written beside the ring has -1, so the ring's first event, 0, follows).
 * A jump forward is a gap (events missing); a step back is out of order. A reconnect storm leaves its front events
 * out on purpose (its {@link EventType#FRONT_STORM} events count them): {@link #coalesced()}. Confined to one thread.
 */
public final class JournalStats
{
    /** How many gaps and reversals are described individually. */
    public static final int EXAMPLES = 10;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final Map<EventType, Long> byType = new EnumMap<>(EventType.class);
    private final Map<String, Long> byInstrument = new TreeMap<>();
    private final TreeMap<Long, Long> byMinute = new TreeMap<>();
    private final List<String> gapExamples = new ArrayList<>();
    private final List<String> outOfOrderExamples = new ArrayList<>();
    private long events;
    private long runs;
    private long gaps;
    private long missing;
    private long outOfOrder;
    private long coalesced;
    private long firstEpochNanos = Long.MAX_VALUE;
    private long lastEpochNanos = Long.MIN_VALUE;
    private long expected = UNKNOWN;

    /**
     * @param number     the event's ordinal in the journal, from 1
     * @param instrument the instrument the event is about, or null
     */
    public void add(final long number, final EventHeader header, final String instrument)
    {
        events++;
        final EventType type = EventType.fromCode(header.type());
        byType.merge(type, 1L, Long::sum);
        if (instrument != null)
        {
            byInstrument.merge(instrument, 1L, Long::sum);
        }
        final long epochNanos = header.epochNanos();
        if (epochNanos > 0)
        {
            firstEpochNanos = Math.min(firstEpochNanos, epochNanos);
            lastEpochNanos = Math.max(lastEpochNanos, epochNanos);
            byMinute.merge(Math.floorDiv(epochNanos, NANOS_PER_MINUTE), 1L, Long::sum);
        }
        if (type == EventType.FRONT_STORM && header.payloadLength() >= FrontStormEvent.LENGTH)
        {
            coalesced += FrontStormEvent.connects(header.buffer(), header.payloadOffset()) +
                FrontStormEvent.disconnects(header.buffer(), header.payloadOffset());
        }
        checkSequence(number, type, header.sequence());
    }

    /** Front events reconnect storms left out of the journal on purpose (counted in FRONT_STORM events). */
    public long coalesced()
    {
        return coalesced;
    }

    private void checkSequence(final long number, final EventType type, final long sequence)
    {
        if (type == EventType.JOURNAL_START)
        {
            runs++;
            expected = sequence + 1;
            return;
        }
        if (expected == UNKNOWN || sequence == expected)
        {
            expected = sequence + 1;
            return;
        }
        if (sequence > expected)
        {
            gaps++;
            missing += sequence - expected;
            if (gapExamples.size() < EXAMPLES)
            {
                gapExamples.add("event #" + number + ": sequence " + sequence + " where " + expected + " was due (" +
                    (sequence - expected) + " missing)");
            }
            expected = sequence + 1;
            return;
        }
        outOfOrder++;
        if (outOfOrderExamples.size() < EXAMPLES)
        {
            outOfOrderExamples.add("event #" + number + ": sequence " + sequence + " after " + (expected - 1));
        }
    }

    public long events()
    {
        return events;
    }

    /** JOURNAL_START events: engine runs recorded. */
    public long runs()
    {
        return runs;
    }

    public Map<EventType, Long> byType()
    {
        return Collections.unmodifiableMap(byType);
    }

    /** Events whose struct has an InstrumentID, by that instrument (sorted). */
    public Map<String, Long> byInstrument()
    {
        return Collections.unmodifiableMap(byInstrument);
    }

    /** Events per wall-clock minute, keyed by minutes since 1970 (sorted). */
    public Map<Long, Long> byMinute()
    {
        return Collections.unmodifiableMap(byMinute);
    }

    /** Jumps forward in the sequence. */
    public long gaps()
    {
        return gaps;
    }

    /** Sequence numbers skipped by the gaps. */
    public long missing()
    {
        return missing;
    }

    /** Steps back in the sequence. */
    public long outOfOrder()
    {
        return outOfOrder;
    }

    public List<String> gapExamples()
    {
        return Collections.unmodifiableList(gapExamples);
    }

    public List<String> outOfOrderExamples()
    {
        return Collections.unmodifiableList(outOfOrderExamples);
    }

    /** Earliest wall-clock time seen, or {@link Long#MAX_VALUE} when none. */
    public long firstEpochNanos()
    {
        return firstEpochNanos;
    }

    /** Latest wall-clock time seen, or {@link Long#MIN_VALUE} when none. */
    public long lastEpochNanos()
    {
        return lastEpochNanos;
    }
}
