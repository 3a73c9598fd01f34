package org.ctpengine.journal.recovery;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a closed journal's events of one type, each turned into a value (tests). */
final class JournalEvents
{
    private JournalEvents()
    {
    }

    static <T> List<T> of(final Path directory, final EventType type, final Function<EventHeader, T> value)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(Journal.MAX_EVENT_LENGTH, 64));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        final List<T> values = new ArrayList<>();
        try (Journal journal = Journal.openExisting(directory); JournalReader reader = journal.newReader())
        {
            while (reader.next(buffer) >= 0)
            {
                if (header.type() == type.code())
                {
                    values.add(value.apply(header));
                }
            }
        }
        return values;
    }
}
