package org.ctpengine.engine.counter;

import org.agrona.concurrent.status.CountersReader;
import org.ctpengine.engine.ring.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountersFileTest
{
    @TempDir
    Path dir;

    @Test
    void aSeparateMappingReadsTheLiveValuesByLabel() throws Exception
    {
        final Path file = dir.resolve("counters.dat");
        try (CountersFile writer = CountersFile.create(file, 256); CountersFile reader = CountersFile.open(file))
        {
            final EngineCounters counters = new EngineCounters(writer.manager());
            counters.ordersSent().increment();
            counters.ordersSent().increment();
            counters.eventsIn(EventType.RTN_TRADE).getAndAdd(5);

            final Map<String, Long> values = new HashMap<>();
            final CountersReader counterReader = reader.reader();
            counterReader.forEach((value, id, label) -> values.put(label, value));

            assertThat(values).containsEntry("orders sent", 2L).containsEntry("events in: RTN_TRADE", 5L);
        }
    }

    @Test
    void aForeignFileIsRefusedNamingIt() throws Exception
    {
        final Path file = dir.resolve("not-counters.dat");
        Files.write(file, new byte[128]);

        assertThatThrownBy(() -> CountersFile.open(file))
            .isInstanceOf(IOException.class)
            .hasMessageContaining(file.toString());
    }
}
