package org.ctpengine.journal;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A damaged or foreign journal is an error that names the file and the position, never a crash or a hang. */
class JournalCorruptionTest
{
    @TempDir
    Path dir;

    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));

    /** Writes a journal of JOURNAL_START and {@code ticks} ticks; returns the byte position of tick {@code mark}. */
    private long writeJournal(final Path journalDir, final int ticks, final int mark)
    {
        final TestEvents events = new TestEvents();
        try (Journal journal = Journal.open(journalDir); JournalWriter writer = journal.newWriter())
        {
            writer.append(events.buffer(), 0, events.start());
            for (int i = 0; i < ticks; i++)
            {
                writer.append(events.buffer(), 0, events.tick(i, TestEvents.BASE_EPOCH_NANOS, "rb2605", 3500));
            }
        }
        try (Journal journal = Journal.openExisting(journalDir); JournalReader reader = journal.newReader())
        {
            for (int i = 0; i <= mark + 1; i++)
            {
                reader.next(buffer);
            }
            return reader.lastPosition();
        }
    }

    private static Path onlyQueueFile(final Path journalDir)
    {
        return JournalInspector.queueFiles(journalDir).get(0);
    }

    private static void overwrite(final Path file, final long position, final ByteBuffer bytes) throws IOException
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE))
        {
            channel.write(bytes, position);
        }
    }

    @Test
    void eventWithAnUnknownTypeNamesFileAndBytePosition() throws IOException
    {
        final Path journalDir = dir.resolve("j");
        final long position = writeJournal(journalDir, 10, 5);
        final Path file = onlyQueueFile(journalDir);
        overwrite(file, position + 4 + EventHeader.TYPE_OFFSET,
            ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort(0, (short)777));

        assertThatThrownBy(() -> JournalInspector.inspect(journalDir))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining(file.getFileName().toString())
            .hasMessageContaining("at byte " + position)
            .hasMessageContaining("is damaged: its checksum"); // the checksum finds it before the type does
    }

    @Test
    void excerptWhoseLengthDisagreesWithItsHeaderIsNamed() throws IOException
    {
        final Path journalDir = dir.resolve("j");
        final long position = writeJournal(journalDir, 10, 3);
        overwrite(onlyQueueFile(journalDir), position + 4 + EventHeader.PAYLOAD_LENGTH_OFFSET,
            ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 100));

        assertThatThrownBy(() -> JournalInspector.inspect(journalDir))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining("at byte " + position)
            .hasMessageContaining("header says 292 bytes");
    }

    @Test
    void foreignQueueFileIsAnErrorNamingIt() throws IOException
    {
        final Path journalDir = Files.createDirectories(dir.resolve("foreign"));
        final byte[] noise = new byte[1 << 16];
        new Random(7).nextBytes(noise);
        Files.write(journalDir.resolve("20260302F.cq4"), noise);

        assertThatThrownBy(() -> JournalInspector.inspect(journalDir))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining("20260302F.cq4");
    }

    @Test
    void corruptedChronicleLengthWordIsAnErrorNamingTheFile() throws IOException
    {
        final Path journalDir = dir.resolve("j");
        final long position = writeJournal(journalDir, 10, 4);
        final Path file = onlyQueueFile(journalDir);
        overwrite(file, position, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 0x3000_0000));

        assertThatThrownBy(() -> JournalInspector.inspect(journalDir))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining(file.getFileName().toString());
    }

    @Test
    void emptyDirectoryIsNotAJournal() throws IOException
    {
        final Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> JournalInspector.inspect(empty))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining("no journal at")
            .hasMessageContaining("no .cq4 files");
        assertThat(empty).isEmptyDirectory();
    }
}
