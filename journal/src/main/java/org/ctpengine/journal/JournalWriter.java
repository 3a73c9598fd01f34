package org.ctpengine.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.ctpengine.journal.internal.EventChecksum;

/**
 * Appends events to a {@link Journal}. Confined to the thread that created it. Copies straight from the
 * event's memory (ring slot or heap) into the memory-mapped queue: no intermediate object.
 */
public final class JournalWriter implements JournalAppender, AutoCloseable
{
    private final ExcerptAppender appender;
    private final EventChecksum checksum = new EventChecksum();

    JournalWriter(final ExcerptAppender appender)
    {
        this.appender = appender;
    }

    /**
     * Appends {@code length} bytes at {@code offset} of {@code buffer} as one excerpt, followed by their CRC32C
     * ({@link EventChecksum}), which every reader checks.
     */
    @Override
    public void append(final DirectBuffer buffer, final int offset, final int length)
    {
        final int crc = checksum.compute(buffer, offset, length);
        try (DocumentContext document = appender.writingDocument())
        {
            final Bytes<?> bytes = document.wire().bytes();
            final byte[] array = buffer.byteArray();
            if (array != null)
            {
                bytes.write(array, buffer.wrapAdjustment() + offset, length);
            }
            else
            {
                final long position = bytes.writePosition();
                bytes.writeSkip(length);
                bytes.nativeWrite(buffer.addressOffset() + offset, position, length);
            }
            bytes.writeByte((byte)crc).writeByte((byte)(crc >>> 8)).writeByte((byte)(crc >>> 16)).writeByte((byte)(crc >>> 24));
        }
    }

    /** Index of the last excerpt this writer appended. */
    public long lastIndex()
    {
        return appender.lastIndexAppended();
    }

    @Override
    public void close()
    {
        appender.close();
    }
}
