package org.ctpengine.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The journal writer of the crash and cross-process tests, run in a child JVM by {@link ChildJvm}. Every mode
 * first writes a JOURNAL_START (sequence -1), then ticks with sequences 0, 1, 2, ... and Volume = sequence.
 * <ul>
 *     <li>{@code flood DIR}: appends as fast as it can, forever (until killed).</li>
 *     <li>{@code paced DIR COUNT MICROS}: prints {@code ready}, waits for a line on stdin, appends the first half
 *     of COUNT ticks MICROS apart, prints {@code half}, waits for another line, appends the rest, prints
 *     {@code done}, exits.</li>
 *     <li>{@code tear DIR COUNT}: appends COUNT ticks, then starts one more and stops half way through its
 *     body, prints {@code torn <bytes written>}, and blocks until killed.</li>
 * </ul>
 */
public final class JournalChildProcess
{
    public static final String[] INSTRUMENTS = { "rb2605", "au2606", "ag2606" };

    private JournalChildProcess()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final String mode = args[0];
        final Path dir = Path.of(args[1]);
        final TestEvents events = new TestEvents();
        final UnsafeBuffer buffer = events.buffer();
        try (Journal journal = Journal.open(dir); JournalWriter writer = journal.newWriter())
        {
            writer.append(buffer, 0, events.start());
            switch (mode)
            {
                case "flood" -> flood(writer, events, buffer);
                case "paced" -> paced(writer, events, buffer, Integer.parseInt(args[2]), Long.parseLong(args[3]));
                case "tear" -> tear(journal, writer, events, buffer, Integer.parseInt(args[2]));
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        }
    }

    private static int tick(final TestEvents events, final long sequence)
    {
        return events.tick(sequence, TestEvents.BASE_EPOCH_NANOS + sequence * 1_000_000L,
            INSTRUMENTS[(int)(sequence % INSTRUMENTS.length)], 3500 + sequence % 100);
    }

    private static void flood(final JournalWriter writer, final TestEvents events, final UnsafeBuffer buffer)
    {
        for (long sequence = 0; ; sequence++)
        {
            writer.append(buffer, 0, tick(events, sequence));
        }
    }

    private static void paced(
        final JournalWriter writer, final TestEvents events, final UnsafeBuffer buffer, final int count, final long micros)
        throws Exception
    {
        final BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        stdin.readLine();
        for (long sequence = 0; sequence < count; sequence++)
        {
            if (sequence == count / 2)
            {
                System.out.println("half");
                System.out.flush();
                stdin.readLine();
            }
            writer.append(buffer, 0, tick(events, sequence));
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros)); // pacing a live writer, not synchronisation
        }
        System.out.println("done");
        System.out.flush();
    }

    private static void tear(
        final Journal journal, final JournalWriter writer, final TestEvents events, final UnsafeBuffer buffer,
        final int count)
    {
        for (long sequence = 0; sequence < count; sequence++)
        {
            writer.append(buffer, 0, tick(events, sequence));
        }
        final int length = tick(events, count);
        final int half = length / 2;
        final ExcerptAppender appender = journal.queue().createAppender();
        final DocumentContext document = appender.writingDocument(); // never closed: the process dies inside it
        final Bytes<?> bytes = document.wire().bytes();
        for (int i = 0; i < half; i++)
        {
            bytes.writeByte(buffer.getByte(i));
        }
        System.out.println("torn " + half);
        System.out.flush();
        while (true)
        {
            LockSupport.park();
        }
    }
}
