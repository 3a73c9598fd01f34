package org.ctpengine.cli;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.FrontStormEvent;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storm check, through the host and the production JNA path: the simulator's front accepts and closes every
 * connection of both sessions for the whole run (over a thousand reconnects a second each, for 20 s). The status line
 * and the summary say so, the journal stays under the bound docs/operations.md gives (one FRONT_STORM event a second
 * per session instead of two front events per reconnect), and the run replays identical.
 */
class ReconnectStormRunTest
{
    private static final Pattern STORM_RATE = Pattern.compile("RECONNECT STORM (\\d+)/s");
    private static final Pattern SUMMARY = Pattern.compile(
        "reconnects: (\\d+) \\(peak (\\d+)/s; a reconnect storm for (\\d+) s; the journal counted its (\\d+) front events " +
        "in (\\d+) FRONT_STORM events\\)");

    @TempDir
    Path dir;

    @Test
    void twentySecondsOfAThousandReconnectsASecondAreSaidAndKeepTheJournalSmallAndReplayIdentical() throws Exception
    {
        final Path simConfig = Files.writeString(dir.resolve("storm.conf"), "front storm\n");

        final HostProcess.Outcome run = HostProcess.run(dir, Map.of("CTPSIM_CONFIG", simConfig.toString()), 120,
            "run", "--duration", "21s", "--cold");

        assertThat(run.exit()).as(run.output()).isZero();
        int stormLines = 0;
        final Matcher rate = STORM_RATE.matcher(run.output());
        while (rate.find())
        {
            if (Long.parseLong(rate.group(1)) >= 1_000)
            {
                stormLines++;
            }
        }
        assertThat(stormLines).as("status lines saying RECONNECT STORM of 1,000/s or more\n%s", run.output())
            .isGreaterThanOrEqualTo(19);
        final Matcher summary = SUMMARY.matcher(run.output());
        assertThat(summary.find()).as(run.output()).isTrue();
        assertThat(Long.parseLong(summary.group(1))).as("reconnects").isGreaterThanOrEqualTo(20_000);
        assertThat(Long.parseLong(summary.group(3))).as("storm seconds").isGreaterThanOrEqualTo(19);
        final long coalesced = Long.parseLong(summary.group(4));
        final long stormEvents = Long.parseLong(summary.group(5));

        final Growth growth = growth(dir.resolve("journal"));
        assertThat(growth.stormEvents).isEqualTo(stormEvents);
        // The run stopped in mid-storm: each session's last second is left out uncounted (its count would have come
        // with the session's next callback), at most two front events per reconnect.
        final long peak = Long.parseLong(summary.group(2));
        assertThat(growth.counted).as("front events counted in FRONT_STORM events")
            .isLessThanOrEqualTo(coalesced).isGreaterThanOrEqualTo(coalesced - 2 * 2 * peak);
        final double seconds = (growth.lastEpochNanos - growth.firstEpochNanos) / 1e9;
        assertThat(seconds).isGreaterThan(19);
        // docs/operations.md: per session at most 19 front events (200 bytes each) at the onset and its state changes
        // (240 bytes each: CONNECTING, DISCONNECTED, STOPPED here), then a 240-byte FRONT_STORM a second; two sessions.
        assertThat(growth.stormBytes).as("storm-related journal bytes in %.1f s", seconds)
            .isLessThanOrEqualTo(2 * (19 * 200 + 4 * 240) + (long)Math.ceil(seconds + 1) * 2 * 240);
        // The whole journal file's growth from the run's first event to its last: the engine clock's 10 TIMER events a
        // second (2 KB) are most of it.
        assertThat(growth.fileBytes / seconds).as("journal growth, bytes a second").isLessThan(4_096);
        System.out.printf("storm run: %s%n  %d reconnects, %.1f s journaled, %d events, %d bytes of .cq4 (%.0f B/s), " +
            "storm-related %d bytes, %d FRONT_STORM events for %d front events%n", summary.group(), Long.parseLong(summary.group(1)),
            seconds, growth.events, growth.fileBytes, growth.fileBytes / seconds, growth.stormBytes, stormEvents, coalesced);

        final HostProcess.Outcome replay = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--no-progress");
        assertThat(replay.exit()).as(replay.output()).isZero();
        assertThat(replay.output()).contains("identical");
    }

    private static final class Growth
    {
        long events;
        long fileBytes;
        long stormBytes;
        long stormEvents;
        long counted;
        long firstEpochNanos;
        long lastEpochNanos;
    }

    private static Growth growth(final Path journalDir)
    {
        final Growth growth = new Growth();
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(64 * 1024));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        try (Journal journal = Journal.openExisting(journalDir); JournalReader reader = journal.newReader())
        {
            Path file = null;
            long firstPosition = 0;
            int length;
            while ((length = reader.next(buffer)) >= 0)
            {
                if (file == null)
                {
                    file = reader.lastFile();
                    firstPosition = reader.lastPosition();
                    growth.firstEpochNanos = header.epochNanos();
                }
                assertThat(reader.lastFile()).as("the run fits one daily file").isEqualTo(file);
                growth.events++;
                growth.fileBytes = reader.lastEndPosition() - firstPosition;
                growth.lastEpochNanos = Math.max(growth.lastEpochNanos, header.epochNanos());
                final short type = header.type();
                if (type == EventType.FRONT_STORM.code())
                {
                    growth.stormEvents++;
                    growth.counted += FrontStormEvent.connects(buffer, header.payloadOffset()) +
                        FrontStormEvent.disconnects(buffer, header.payloadOffset());
                }
                if (type == EventType.FRONT_STORM.code() || type == EventType.FRONT_CONNECTED.code() ||
                    type == EventType.FRONT_DISCONNECTED.code() || type == EventType.SESSION_STATE.code())
                {
                    growth.stormBytes += length + 8;
                }
            }
        }
        return growth;
    }
}
