package org.ctpengine.journal;

import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.InboundRing;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class JournalRoundTripTest
{
    @TempDir
    Path dir;

    private static EngineCounters counters()
    {
        return new EngineCounters(new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(1 << 20)), new UnsafeBuffer(ByteBuffer.allocateDirect(1 << 18)),
            StandardCharsets.UTF_8));
    }

    @Test
    void everyEventPublishedThroughTheRingReadsBackByteForByte()
    {
        final List<byte[]> published = new ArrayList<>();
        final EventType[] types = { EventType.RTN_DEPTH_MARKET_DATA, EventType.RTN_ORDER, EventType.RSP_USER_LOGIN,
            EventType.FRONT_DISCONNECTED, EventType.CMD_ORDER_INSERT, EventType.SPI_OTHER };
        try (Journal journal = Journal.open(dir.resolve("j")))
        {
            final JournalHandler handler = new JournalHandler(journal);
            final InboundRing ring = new InboundRing(256, 2600, WaitStrategyKind.BLOCKING, counters());
            ring.addConsumer(handler).start();
            for (int i = 0; i < 600; i++)
            {
                final long sequence = ring.claim();
                final RingEvent event = ring.event(sequence);
                final int payload = (i * 37) % 2597;
                event.header().type(types[i % types.length].code()).source(EventSource.TD).payloadLength(payload)
                    .requestId(i).receiveNanos(System.nanoTime());
                for (int b = 0; b < payload; b++)
                {
                    event.buffer().putByte(EventHeader.PAYLOAD_OFFSET + b, (byte)(i + b));
                }
                ring.publish(sequence);
                final byte[] copy = new byte[event.header().totalLength()];
                event.buffer().getBytes(0, copy);
                published.add(copy);
            }
            await().atMost(10, TimeUnit.SECONDS).until(() -> handler.appended() == 600);
            ring.close();

            final UnsafeBuffer target = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
            try (JournalReader reader = journal.newReader())
            {
                for (final byte[] expected : published)
                {
                    final int length = reader.next(target);
                    final byte[] actual = new byte[length];
                    target.getBytes(0, actual);
                    assertThat(actual).isEqualTo(expected);
                }
                assertThat(reader.next(target)).isEqualTo(-1);
            }
        }
    }

    @Test
    void aForeignExcerptIsReportedWithJournalAndIndex()
    {
        try (Journal journal = Journal.open(dir.resolve("foreign")))
        {
            try (JournalWriter writer = journal.newWriter())
            {
                writer.append(new UnsafeBuffer("not an event".getBytes(StandardCharsets.US_ASCII)), 0, 12);
            }
            try (JournalReader reader = journal.newReader())
            {
                assertThatThrownBy(() -> reader.next(new UnsafeBuffer(new byte[4096])))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining(dir.resolve("foreign").toAbsolutePath().toString())
                    .hasMessageContaining("shorter than an event header");
            }
        }
    }

    @Test
    void openingAMissingJournalNamesTheDirectory()
    {
        assertThatThrownBy(() -> Journal.openExisting(dir.resolve("nothing-here")))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining("nothing-here");
    }
}
