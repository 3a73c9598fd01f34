package org.ctpengine.journal.internal;

import net.openhft.chronicle.wire.Wires;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Walks the excerpt framing of one Chronicle Queue file (a {@code .cq4}) from a position, reading the file
 * with plain positional reads so that nothing is mapped, locked or "recovered" by inspecting it.
 *
 * <p>The framing (Chronicle Wire's, read through {@link Wires}' static predicates): every excerpt starts at a
 * 4-byte-aligned offset with a little-endian length word; bits 0..29 are the length of what follows, bit 30
 * marks metadata (store header, index arrays), bit 31 marks a document still being written (older writers
 * set it first; Chronicle Queue 2026.4 instead writes the whole body first and the length word last, with a
 * release store). A zero word is where the next excerpt will go. {@link Wires#END_OF_DATA} closes a rolled file.
 *
 * <p>So after a crash mid-write the file holds, beyond the last complete excerpt, a zero (or not-complete)
 * length word followed by part of a body: a torn tail. Readers never see it; this class does.
 */
public final class QueueFrames
{
    /** How far past the end to look for bytes of a torn excerpt: beyond any event the engine writes. */
    public static final int TORN_SCAN_WINDOW = 1 << 20;

    private static final int WORD = 4;
    private static final int STORE_HEADER_SCAN = 512;
    private static final String STORE_TYPE = "SCQStore";

    /** What lies at the end of a file's excerpts. */
    public enum Kind
    {
        /** Nothing follows the last complete excerpt. */
        CLEAN,
        /** Bytes of an excerpt whose length word was never completed follow the last complete excerpt. */
        TORN,
        /** The file was closed by an end-of-data marker (it rolled); the journal continues in the next file. */
        END_OF_FILE,
        /** A complete data excerpt follows: the caller expected none there (damaged file or a concurrent writer). */
        DATA
    }

    /**
     * Where a walk stopped.
     *
     * @param kind        why it stopped
     * @param position    byte offset of the length word it stopped at
     * @param header      the length word read there
     * @param tornLength  for {@link Kind#TORN}: bytes from {@code position + 4} to the last non-zero byte found
     * @param fileLength  the file's size when read
     */
    public record Stop(Kind kind, long position, int header, long tornLength, long fileLength)
    {
    }

    private QueueFrames()
    {
    }

    /**
     * Walks complete metadata excerpts from {@code position} (the offset just after a complete excerpt, or 0)
     * until something else: the end, a torn excerpt, an end-of-file marker, or a complete data excerpt.
     *
     * @throws IOException when the file cannot be read
     */
    public static Stop walk(final Path file, final long position) throws IOException
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            final long size = channel.size();
            final ByteBuffer word = ByteBuffer.allocate(WORD).order(ByteOrder.LITTLE_ENDIAN);
            long at = align(position);
            while (at + WORD <= size)
            {
                word.clear();
                readFully(channel, word, at);
                final int header = word.getInt(0);
                if (header == Wires.END_OF_DATA)
                {
                    return new Stop(Kind.END_OF_FILE, at, header, 0, size);
                }
                if (header == 0 || (header & Wires.NOT_COMPLETE) != 0)
                {
                    final long torn = lastNonZero(channel, at + WORD, size);
                    final boolean markedIncomplete = header != 0;
                    return new Stop(torn > 0 || markedIncomplete ? Kind.TORN : Kind.CLEAN, at, header, torn, size);
                }
                if (!Wires.isReadyMetaData(header))
                {
                    return new Stop(Kind.DATA, at, header, 0, size);
                }
                at = align(at + WORD + Wires.lengthOf(header));
            }
            return new Stop(Kind.CLEAN, at, 0, 0, size);
        }
    }

    /** Whether a file holds at least its first word: a writer creates a queue file empty, then maps and grows it. */
    public static boolean hasStarted(final Path file) throws IOException
    {
        return Files.size(file) >= WORD;
    }

    /**
     * Walks every excerpt of a file from its start and says whether the file was cut short: a queue file is always
     * created larger than what is written in it (its writer maps it ahead), so its excerpts end at a zero length word
     * or an end-of-file marker well before its last byte. A file whose bytes run out inside an excerpt, or right after
     * one, was truncated (a copy cut short, a disk or file system fault): the queue library would read beyond its
     * end and fault. Reads in large blocks, maps nothing.
     *
     * @return null when the file is whole, otherwise one phrase saying where it was cut
     * @throws IOException when the file cannot be read
     */
    public static String truncation(final Path file) throws IOException
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            final long size = channel.size();
            final ByteBuffer block = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            long blockStart = -1;
            long at = 0;
            long events = 0;
            while (true)
            {
                if (at + WORD > size)
                {
                    return "the file ends at byte " + size + (events == 0 ? "" : ", right after its event " + events) +
                        ", with no free space after its data (cut short)";
                }
                if (blockStart < 0 || at + WORD > blockStart + block.limit())
                {
                    block.clear();
                    blockStart = at;
                    block.limit((int)Math.min(block.capacity(), size - at));
                    readFully(channel, block, at);
                }
                final int header = block.getInt((int)(at - blockStart));
                if (header == 0 || header == Wires.END_OF_DATA || (header & Wires.NOT_COMPLETE) != 0)
                {
                    return null; // the end of what was written: free (zero) space follows, or the file rolled
                }
                final boolean event = !Wires.isReadyMetaData(header);
                final long end = at + WORD + Wires.lengthOf(header);
                if (end > size)
                {
                    return (event ? "its event " + (events + 1) : "an index record") + " at byte " + at + " is " +
                        Wires.lengthOf(header) + " bytes long but the file ends at byte " + size + " (cut short)";
                }
                if (event)
                {
                    events++;
                }
                at = align(end);
            }
        }
    }

    /**
     * Checks that a file starts as every Chronicle Queue file does: a complete metadata excerpt holding the
     * store header (type {@code SCQStore}).
     *
     * @param mayBeUnstarted accept a file whose store header is not complete yet: the newest file of a live journal
     *                       exists before its header is written (and a writer may die in between)
     * @return null when it does, otherwise what is wrong, for an error message
     * @throws IOException when the file cannot be read
     */
    public static String storeHeaderProblem(final Path file, final boolean mayBeUnstarted) throws IOException
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            if (channel.size() < WORD)
            {
                if (mayBeUnstarted)
                {
                    return null;
                }
                return "file of " + channel.size() + " bytes has no queue header";
            }
            final ByteBuffer start = ByteBuffer.allocate((int)Math.min(channel.size(), STORE_HEADER_SCAN)).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, start, 0);
            final int header = start.getInt(0);
            final String text = new String(start.array(), 0, start.limit(), StandardCharsets.ISO_8859_1);
            final boolean storeType = text.contains(STORE_TYPE);
            if (header == 0 || (header & Wires.NOT_COMPLETE) != 0)
            {
                // Being created (or its creator died): the header is marked incomplete and its body is empty or
                // the store header being written. Anything else is not a queue file.
                final boolean unstarted = storeType || allZero(start, WORD);
                if (mayBeUnstarted && unstarted)
                {
                    return null;
                }
                return unstarted ? "queue header at byte 0 was never completed (the writer died creating the file)" :
                    String.format("word at byte 0 is %08x, not a Chronicle Queue store header", header);
            }
            if (!Wires.isReadyMetaData(header))
            {
                return String.format("word at byte 0 is %08x, not a Chronicle Queue store header", header);
            }
            return storeType ? null : "no " + STORE_TYPE + " store header at byte 0";
        }
    }

    private static boolean allZero(final ByteBuffer bytes, final int from)
    {
        for (int i = from; i < bytes.limit(); i++)
        {
            if (bytes.get(i) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /** Bytes from {@code from} up to and including the last non-zero byte within the scan window; 0 when all zero. */
    private static long lastNonZero(final FileChannel channel, final long from, final long size) throws IOException
    {
        final long end = Math.min(size, from + TORN_SCAN_WINDOW);
        if (end <= from)
        {
            return 0;
        }
        final ByteBuffer bytes = ByteBuffer.allocate((int)(end - from));
        readFully(channel, bytes, from);
        for (int i = bytes.limit() - 1; i >= 0; i--)
        {
            if (bytes.get(i) != 0)
            {
                return i + 1;
            }
        }
        return 0;
    }

    private static void readFully(final FileChannel channel, final ByteBuffer buffer, final long position)
        throws IOException
    {
        long at = position;
        while (buffer.hasRemaining())
        {
            final int read = channel.read(buffer, at);
            if (read < 0)
            {
                throw new IOException("unexpected end of file at byte " + at);
            }
            at += read;
        }
        buffer.flip();
    }

    private static long align(final long position)
    {
        return (position + WORD - 1) & -WORD;
    }
}
