package org.ctpengine.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.MutableDirectBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;

/**
 * Reads a {@link Journal}'s events in order, checking each one's framing so that a corrupt or foreign
 * excerpt is an error naming the journal and the index, never a crash or a silent skip.
 */
public final class JournalReader implements AutoCloseable
{
    private final Journal journal;
    private final ExcerptTailer tailer;
    private final EventHeader header = new EventHeader();
    private long lastIndex = -1;

    JournalReader(final Journal journal, final ExcerptTailer tailer)
    {
        this.journal = journal;
        this.tailer = tailer;
    }

    /**
     * Copies the next event into {@code target} at offset 0.
     *
     * @return the event's length in bytes, or -1 when there is no complete event (yet)
     * @throws JournalException when the excerpt is not a well-formed event or does not fit {@code target}
     */
    public int next(final MutableDirectBuffer target)
    {
        try (DocumentContext document = tailer.readingDocument())
        {
            if (!document.isPresent())
            {
                return -1;
            }
            final long index = document.index();
            final Bytes<?> bytes = document.wire().bytes();
            final long length = bytes.readRemaining();
            if (length < EventHeader.LENGTH)
            {
                throw corrupt(index, "excerpt of " + length + " bytes is shorter than an event header");
            }
            if (length > target.capacity())
            {
                throw corrupt(index, "event of " + length + " bytes does not fit a buffer of " + target.capacity());
            }
            final byte[] array = target.byteArray();
            if (array != null)
            {
                bytes.read(array, target.wrapAdjustment(), (int)length);
            }
            else
            {
                bytes.nativeRead(bytes.readPosition(), target.addressOffset(), length);
                bytes.readSkip(length);
            }
            header.wrap(target, 0);
            validate(index, (int)length);
            lastIndex = index;
            return (int)length;
        }
    }

    private void validate(final long index, final int length)
    {
        if (header.totalLength() != length)
        {
            throw corrupt(index, "header says " + header.totalLength() + " bytes, excerpt has " + length);
        }
        try
        {
            EventType.fromCode(header.type());
            EventSource.fromCode(header.source());
        }
        catch (final IllegalArgumentException e)
        {
            throw corrupt(index, e.getMessage());
        }
    }

    private JournalException corrupt(final long index, final String what)
    {
        return new JournalException("journal " + journal.directory().toAbsolutePath() + ", index " +
            Long.toHexString(index) + " (cycle " + journal.queue().rollCycle().toCycle(index) + ", excerpt " +
            journal.queue().rollCycle().toSequenceNumber(index) + "): " + what);
    }

    /** Chronicle index of the last event read, or -1. */
    public long lastIndex()
    {
        return lastIndex;
    }

    /** Positions the reader at the end, to follow new events only. */
    public JournalReader toEnd()
    {
        tailer.toEnd();
        return this;
    }

    /** Reads backwards from here on (for finding the last event). */
    public JournalReader backwards()
    {
        tailer.direction(TailerDirection.BACKWARD);
        return this;
    }

    @Override
    public void close()
    {
        tailer.close();
    }
}
