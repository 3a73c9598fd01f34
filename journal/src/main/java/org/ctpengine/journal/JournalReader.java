package org.ctpengine.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.MutableDirectBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.internal.EventChecksum;

import java.io.File;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Reads a {@link Journal}'s events in order, checking each one's framing so that a corrupt or foreign
 * excerpt is an error naming the journal, the file, the byte position and the index, never a crash or a
 * silent skip.
 *
 * <p>Only complete excerpts are ever returned: Chronicle Queue writes an excerpt's length word last, so an
 * excerpt torn by a crash mid-write is invisible here ({@link #next} says -1, as at a live journal's end);
 * {@link JournalInspector} tells the two apart. Confined to one thread.
 */
public final class JournalReader implements AutoCloseable
{
    private final Journal journal;
    private final ExcerptTailer tailer;
    /** Chronicle's length word before every excerpt. */
    static final int FRAME_HEADER_LENGTH = 4;

    private final EventHeader header = new EventHeader();
    private final EventChecksum checksum = new EventChecksum();
    private long events;
    private long lastIndex = -1;
    private File lastFile;
    private long lastPosition = -1;
    private long lastEndPosition = -1;

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
            final File file = tailer.currentFile();
            final long position = bytes.readPosition() - FRAME_HEADER_LENGTH;
            if (length < EventHeader.LENGTH)
            {
                throw corrupt(file, position, index, "excerpt of " + length + " bytes is shorter than an event header");
            }
            if (length > target.capacity())
            {
                throw corrupt(file, position, index,
                    "excerpt of " + length + " bytes does not fit a buffer of " + target.capacity() +
                    " (a corrupt length, or not an engine event)");
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
            final int eventLength = validate(target, file, position, index, (int)length);
            events++;
            lastIndex = index;
            lastFile = file;
            lastPosition = position;
            lastEndPosition = position + FRAME_HEADER_LENGTH + length;
            return eventLength;
        }
        catch (final JournalException e)
        {
            throw e;
        }
        catch (final InternalError e)
        {
            // The queue library read a mapped page beyond a file's end (a file cut short after the journal was opened).
            throw new JournalException(where(tailer.currentFile(), -1, -1) + ": the file ends before the event after " +
                (lastIndex < 0 ? "the start" : "index " + Long.toHexString(lastIndex) + " (byte " + lastEndPosition + ", " +
                "event " + events + ")") + ": the file was cut short while being read", e);
        }
        catch (final RuntimeException e)
        {
            // Chronicle's own failures on a damaged file (bad lengths, unreadable store header) carry no file name.
            throw new JournalException(where(tailer.currentFile(), -1, -1) + ": cannot read the next excerpt after " +
                (lastIndex < 0 ? "the start" : "index " + Long.toHexString(lastIndex) + " (byte " + lastEndPosition + ")") +
                ": " + e, e);
        }
    }

    /** @return the event's length: the excerpt's, less the checksum after it (journals before checksums have none) */
    private int validate(final MutableDirectBuffer target, final File file, final long position, final long index,
        final int length)
    {
        final int eventLength = length - EventChecksum.LENGTH;
        if (header.totalLength() == eventLength)
        {
            final int stored = target.getInt(eventLength, ByteOrder.LITTLE_ENDIAN);
            final int computed = checksum.compute(target, 0, eventLength);
            if (stored != computed)
            {
                throw corrupt(file, position, index, String.format("event %d is damaged: its checksum is %08x, its " +
                    "bytes give %08x (changed after it was written)", events + 1, stored, computed));
            }
        }
        else if (header.totalLength() != length)
        {
            throw corrupt(file, position, index, "event " + (events + 1) + " is damaged: its header says " +
                header.totalLength() + " bytes, the excerpt has " + length);
        }
        try
        {
            EventType.fromCode(header.type());
            EventSource.fromCode(header.source());
        }
        catch (final IllegalArgumentException e)
        {
            throw corrupt(file, position, index, e.getMessage() + " (not an engine event)");
        }
        return header.totalLength();
    }

    private JournalException corrupt(final File file, final long position, final long index, final String what)
    {
        return new JournalException(where(file, position, index) + ": " + what);
    }

    private String where(final File file, final long position, final long index)
    {
        final StringBuilder out = new StringBuilder("journal ").append(journal.directory().toAbsolutePath());
        if (file != null)
        {
            out.append(", file ").append(file.getName());
        }
        if (position >= 0)
        {
            out.append(" at byte ").append(position);
        }
        if (index >= 0)
        {
            out.append(", index ").append(Long.toHexString(index)).append(" (cycle ")
                .append(journal.queue().rollCycle().toCycle(index)).append(", excerpt ")
                .append(journal.queue().rollCycle().toSequenceNumber(index)).append(')');
        }
        return out.toString();
    }

    /** Chronicle index of the last event read, or -1. */
    public long lastIndex()
    {
        return lastIndex;
    }

    /** The queue file that holds the last event read, or null. */
    public Path lastFile()
    {
        return lastFile == null ? null : lastFile.toPath();
    }

    /** Byte offset in {@link #lastFile()} of the last event's excerpt (its 4-byte Chronicle length word), or -1. */
    public long lastPosition()
    {
        return lastPosition;
    }

    /** Byte offset in {@link #lastFile()} just after the last event's excerpt, or -1. */
    public long lastEndPosition()
    {
        return lastEndPosition;
    }

    /** Positions the reader at the end, to follow new events only. */
    /** Positions this reader so that {@link #next} returns the event at {@code index}. */
    public JournalReader moveTo(final long index)
    {
        if (!tailer.moveToIndex(index))
        {
            throw new JournalException(where(null, -1, index) + ": no such event");
        }
        return this;
    }

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
