package org.ctpengine.journal.tools;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalException;
import org.ctpengine.journal.JournalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Damage done to a journal after it was written is found, and said in one line naming where it is. */
class JournalIntegrityTest
{
    @TempDir
    Path dir;

    /** Where each event of the journal starts (its length word), in order, and the file they are in. */
    private record Layout(Path file, List<Long> positions, List<Long> ends)
    {
    }

    private static Layout layout(final Path journal)
    {
        final List<Long> positions = new ArrayList<>();
        final List<Long> ends = new ArrayList<>();
        Path file = null;
        try (Journal opened = Journal.openExisting(journal); JournalReader reader = opened.newReader())
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
            while (reader.next(buffer) >= 0)
            {
                positions.add(reader.lastPosition());
                ends.add(reader.lastEndPosition());
                file = reader.lastFile();
            }
        }
        return new Layout(file, positions, ends);
    }

    private static void overwrite(final Path file, final long position, final byte[] bytes) throws IOException
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE))
        {
            channel.write(ByteBuffer.wrap(bytes), position);
        }
    }

    private static void truncate(final Path file, final long size) throws IOException
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE))
        {
            channel.truncate(size);
        }
    }

    @Test
    void aByteChangedInsideAnEventIsReportedAtThatEventAndWhatCameBeforeIsPrinted() throws IOException
    {
        final Path journal = SmallJournals.mixed(dir.resolve("journal"));
        final Layout layout = layout(journal);
        assertThat(layout.positions()).hasSize(6);
        // The third event is the second tick: a byte of its price field, well inside the payload.
        final long position = layout.positions().get(2);
        overwrite(layout.file(), position + 4 + 200, new byte[] { 0x7f, 0x7f, 0x7f, 0x7f });

        final Tool dump = Tool.run("dump", journal.toString());

        assertThat(dump.exitCode()).isNotZero();
        assertThat(dump.err()).contains("event 3 is damaged").contains("checksum")
            .contains(layout.file().getFileName().toString()).contains("at byte " + position)
            .doesNotContain("\tat ").hasLineCount(1);
        assertThat(dump.out()).as("the two events before it, whole").contains("JOURNAL_START").contains("rb2605");
    }

    @Test
    void randomBytesOverAnEventNeverPassAsAnEvent() throws IOException
    {
        final Path journal = SmallJournals.mixed(dir.resolve("journal"));
        final Layout layout = layout(journal);
        final byte[] noise = new byte[64];
        new Random(42).nextBytes(noise);
        overwrite(layout.file(), layout.positions().get(4) + 4 + 40, noise);

        assertThatThrownBy(() -> layout(journal)).isInstanceOf(JournalException.class)
            .hasMessageContaining("event 5 is damaged").hasMessageContaining("at byte " + layout.positions().get(4));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 7 })
    void aFileCutShortInsideAnEventIsRefusedInOneLineNamingWhere(final int intoTheEvent) throws IOException
    {
        final Path journal = SmallJournals.mixed(dir.resolve("journal"));
        final Layout layout = layout(journal);
        final long position = layout.positions().get(3);
        truncate(layout.file(), position + 4 + 20 + intoTheEvent);

        assertThatThrownBy(() -> Journal.openExisting(journal)).isInstanceOf(JournalException.class)
            .hasMessageContaining(layout.file().getFileName().toString())
            .hasMessageContaining("event 4 at byte " + position).hasMessageContaining("cut short");
        final Tool stats = Tool.run("stats", journal.toString());
        assertThat(stats.exitCode()).isNotZero();
        assertThat(stats.err()).contains("cut short").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void aFileCutRightAfterAnEventIsRefusedToo() throws IOException
    {
        final Path journal = SmallJournals.mixed(dir.resolve("journal"));
        final Layout layout = layout(journal);
        truncate(layout.file(), layout.ends().get(3));

        assertThatThrownBy(() -> Journal.openExisting(journal)).isInstanceOf(JournalException.class)
            .hasMessageContaining("right after its event 4").hasMessageContaining("cut short");
        assertThatThrownBy(() -> Journal.open(journal)).as("nor appended to")
            .isInstanceOf(JournalException.class).hasMessageContaining("cut short");
    }
}
