package org.ctpengine.bench.journal;

import org.HdrHistogram.Histogram;
import org.agrona.BufferUtil;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.bench.report.LatencyReport;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalWriter;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Appending one tick event (192-byte header + 584-byte DepthMarketData) to the journal: Chronicle Queue
 * against the simplest thing that could replace it, a length-prefixed append into one pre-sized memory-mapped
 * file. Closed loop (one append after another): each sample is the service time of one append; throughput is
 * appends over the measured run. Both write to the same disk, in the same process, in alternating rounds.
 */
public final class JournalAppendBenchmark
{
    static final String CHRONICLE = "journal append, 776 B tick event (Chronicle Queue)";
    static final String MMAP = "journal append, 776 B tick event (plain mmap file)";
    private static final int EVENT = EventHeader.PAYLOAD_OFFSET + 584;

    private final int events;
    private final int rounds;

    public JournalAppendBenchmark(final int events, final int rounds)
    {
        this.events = events;
        this.rounds = rounds;
    }

    public LatencyReport run() throws IOException
    {
        final UnsafeBuffer event = new UnsafeBuffer(BufferUtil.allocateDirectAligned(1024, 64));
        new EventHeader().wrap(event, 0).type(EventType.RTN_DEPTH_MARKET_DATA.code()).source(EventSource.MD)
            .payloadLength(584);
        for (int i = EventHeader.PAYLOAD_OFFSET; i < EVENT; i++)
        {
            event.putByte(i, (byte)i);
        }
        final Histogram chronicle = new Histogram(60_000_000_000L, 3);
        final Histogram mmap = new Histogram(60_000_000_000L, 3);
        double chronicleRate = 0;
        double mmapRate = 0;
        for (int round = 0; round < rounds; round++)
        {
            chronicleRate += chronicle(event, round == 0 ? null : chronicle);
            mmapRate += mmap(event, round == 0 ? null : mmap);
        }
        final int measuredRounds = Math.max(1, rounds - 1);
        final LatencyReport report = new LatencyReport("Journal append (" + measuredRounds + " x " + events +
            " events each after a warm-up round, closed loop)");
        report.add(CHRONICLE, chronicle, chronicleRate / measuredRounds, MMAP);
        report.add(MMAP, mmap, mmapRate / measuredRounds, null);
        return report;
    }

    /** Returns appends per second; records latencies unless {@code histogram} is null (warm-up). */
    private double chronicle(final UnsafeBuffer event, final Histogram histogram) throws IOException
    {
        final Path dir = Files.createTempDirectory("ctp-bench-journal");
        try (Journal journal = Journal.open(dir); JournalWriter writer = journal.newWriter())
        {
            final long start = System.nanoTime();
            for (int i = 0; i < events; i++)
            {
                final long before = System.nanoTime();
                writer.append(event, 0, EVENT);
                if (histogram != null)
                {
                    histogram.recordValue(System.nanoTime() - before);
                }
            }
            return histogram == null ? 0 : events * 1e9 / (System.nanoTime() - start);
        }
        finally
        {
            delete(dir);
        }
    }

    private double mmap(final UnsafeBuffer event, final Histogram histogram) throws IOException
    {
        final Path dir = Files.createTempDirectory("ctp-bench-mmap");
        final long length = (long)events * (EVENT + 8) + 4096;
        final MappedByteBuffer mapped = IoUtil.mapNewFile(dir.resolve("events.dat").toFile(), length);
        try
        {
            final UnsafeBuffer file = new UnsafeBuffer(mapped);
            int position = 0;
            final long start = System.nanoTime();
            for (int i = 0; i < events; i++)
            {
                final long before = System.nanoTime();
                file.putBytes(position + 4, event, 0, EVENT);
                file.putIntOrdered(position, EVENT); // length last: a reader never sees half an event
                position += (EVENT + 4 + 7) & ~7;
                if (histogram != null)
                {
                    histogram.recordValue(System.nanoTime() - before);
                }
            }
            return histogram == null ? 0 : events * 1e9 / (System.nanoTime() - start);
        }
        finally
        {
            IoUtil.unmap(mapped);
            delete(dir);
        }
    }

    private static void delete(final Path dir) throws IOException
    {
        try (Stream<Path> paths = Files.walk(dir))
        {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(path);
            }
        }
    }
}
