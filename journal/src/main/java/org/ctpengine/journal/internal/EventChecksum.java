package org.ctpengine.journal.internal;

import org.agrona.DirectBuffer;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The CRC32C every journaled event carries after its bytes, so that a reader finds an event damaged after it was
 * written (a flipped bit, bytes overwritten) instead of replaying a wrong price. The JDK's CRC32C uses the CPU's CRC
 * instruction; nothing is allocated once the buffers an owner checks have been seen (a view per memory region).
 * Confined to one thread.
 */
public final class EventChecksum
{
    /** Bytes the checksum takes after the event, little-endian. */
    public static final int LENGTH = 4;

    private final CRC32C crc = new CRC32C();
    private ByteBuffer lastRegion;
    private ByteBuffer lastView;

    /** CRC32C of {@code length} bytes at {@code offset} of {@code buffer}. */
    public int compute(final DirectBuffer buffer, final int offset, final int length)
    {
        crc.reset();
        final byte[] array = buffer.byteArray();
        if (array != null)
        {
            crc.update(array, buffer.wrapAdjustment() + offset, length);
            return (int)crc.getValue();
        }
        final ByteBuffer region = buffer.byteBuffer();
        if (region == null)
        {
            // Memory wrapped by address alone: copy out (not a path the engine's own buffers take).
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            crc.update(copy, 0, length);
            return (int)crc.getValue();
        }
        if (region != lastRegion)
        {
            lastRegion = region;
            lastView = region.duplicate(); // our own position and limit: the region may be shared with other threads
        }
        final int start = buffer.wrapAdjustment() + offset;
        lastView.limit(start + length).position(start);
        crc.update(lastView);
        return (int)crc.getValue();
    }
}
