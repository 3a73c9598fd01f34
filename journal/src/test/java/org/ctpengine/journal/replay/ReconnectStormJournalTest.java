package org.ctpengine.journal.replay;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.FrontStormEvent;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.journal.tools.JournalStats;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.journal.EngineMetadata;

/**
 * A reconnect storm (the simulator's front accepting and closing, over a thousand times a second, both sessions) in
 * the middle of a trading run, then the front back: the sessions see every connect and disconnect (they log in again
 * once it holds), but the journal keeps one FRONT_STORM event a second per session instead of each front event, every
 * front event is either journaled or counted in one, and the run replays identical, timers and refused orders
 * included (strategies see only what the journal holds).
 */
class ReconnectStormJournalTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    /** Every 200 ms of the event clock: cancels its resting buy, or sends a new one. */
    static final class Pulse implements Strategy
    {
        final AtomicInteger timers = new AtomicInteger();
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger ticks = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        private StrategyContext context;
        private WorkingOrder order;
        private double bid = Double.NaN;
        private int instrument = -1;

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            context.subscribe("rb2501");
            context.scheduleAfter(SECOND / 5);
        }

        @Override
        public void onTick(final Tick tick)
        {
            ticks.incrementAndGet();
            if (!StructFlyweight.isNoValue(tick.bidPrice()))
            {
                bid = tick.bidPrice();
                instrument = tick.instrument();
            }
        }

        @Override
        public void onTimer(final long timerId)
        {
            timers.incrementAndGet();
            context.scheduleAfter(SECOND / 5);
            if (instrument < 0)
            {
                return;
            }
            if (order != null && order.state().isLive())
            {
                if (!order.isCancelPending())
                {
                    context.cancel(order);
                }
                return;
            }
            final double tickSize = context.instrumentInfo(instrument).tickSize();
            order = context.order().instrument(instrument).buy().limit(bid - 5 * tickSize).volume(1).send();
            sent.incrementAndGet();
        }

        @Override
        public void onOrder(final Strategy.OrderUpdate update)
        {
            if (update.errorId() != 0)
            {
                refused.incrementAndGet();
            }
        }
    }

    @Test
    void aStormIsOneJournalEventASecondPerSessionAndTheRunReplaysIdentical() throws Exception
    {
        final SimControl control = SimControl.open(SimLibrary.path(PROFILE));
        control.reset();
        control.configure("tick_interval_ms 20");
        control.configure("flow_window_ms 20");
        final Pulse live = new Pulse();
        final Path journalDir = dir.resolve("journal");
        final long[] storm = new long[2];
        final long frontEvents;
        try
        {
            frontEvents = record(control, live, journalDir, storm);
        }
        finally
        {
            control.frontMode(SimControl.FrontMode.UP);
        }

        final Scan scan = scan(journalDir, storm[0], storm[1]);
        assertThat(frontEvents).as("front events on the ring").isGreaterThan(6_000);
        assertThat(scan.coalescedFlagged).as("journaled events flagged coalesced").isZero();
        assertThat(scan.stormEvents).isGreaterThanOrEqualTo(6);
        assertThat(scan.frontJournaled + scan.frontCounted).as("each front event journaled or counted in a FRONT_STORM")
            .isEqualTo(frontEvents);
        assertThat(scan.stats.missing()).as("the journal's sequence gaps are the coalesced events").isEqualTo(scan.frontCounted);
        assertThat(scan.frontJournaled).as("front events journaled one by one").isLessThan(100);
        final double seconds = (storm[1] - storm[0]) / (double)SECOND;
        assertThat(seconds).isGreaterThan(3);
        // Journaled during the storm because of it: a FRONT_STORM a second per session, the front events of the first
        // second before the threshold, a login attempt's SESSION_STATEs when the back-off allows one.
        assertThat(scan.stormRelated).as("storm-related journal events in %.1f s", seconds).isLessThan((long)(2 * seconds) + 50);
        // docs/operations.md's bound: per session 19 front events of 200 bytes at the onset and its state changes (240
        // bytes each), then a 240-byte FRONT_STORM a second.
        assertThat(scan.stormRelatedBytes).as("storm-related journal bytes in %.1f s", seconds)
            .isLessThanOrEqualTo(2 * (19 * 200 + 4 * 240) + (long)Math.ceil(seconds + 1) * 2 * 240);
        // Everything, the engine's 50 TIMER events a second and the strategy's refused cancels included: a small part of
        // what journaling each front event (200 bytes) would have written.
        assertThat(scan.stormWindowBytes).as("journal bytes in the storm").isLessThan(frontEvents * 200 / 20);
        System.out.printf("storm %.1f s, %d front events on the ring: %d events (%d storm-related, %d bytes) journaled, " +
            "%.0f bytes/s (storm-related %.0f bytes/s)%n", seconds, frontEvents, scan.stormWindowEvents, scan.stormRelated,
            scan.stormRelatedBytes, scan.stormWindowBytes / seconds, scan.stormRelatedBytes / seconds);

        final Pulse replayed = new Pulse();
        final ReplayResult result = JournalReplay.replay(journalDir, List.of(strategy(replayed)), RiskLimits.defaults(),
            ReplayOptions.DEFAULT);
        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(result.replayedCommands()).isEqualTo(result.recordedCommands()).isGreaterThan(2);
        assertThat(replayed.timers.get()).isEqualTo(live.timers.get());
        assertThat(replayed.refused.get()).isEqualTo(live.refused.get());
    }

    /** Runs until READY, storms, returns to READY; the front events the ring carried. */
    private static long record(final SimControl control, final Pulse pulse, final Path journalDir, final long[] storm)
        throws Exception
    {
        final Path sim = SimLibrary.path(PROFILE);
        final EngineConfig config = new EngineConfig(Files.createDirectories(journalDir.resolveSibling("work")), 4096,
            WaitStrategyKind.BLOCKING, 20, 20, 1024, RiskLimits.defaults(),
            List.of(SimulatorDefaults.account("sim", sim, ResumeType.QUICK)), List.of(SimulatorDefaults.marketData("md", sim)),
            List.of(strategy(pulse)));
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        try (Journal journal = Journal.open(journalDir))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), "test"));
            try (Engine engine = new Engine(config, List.of(handler)))
            {
                engineRef.set(engine);
                engine.start();
                await().atMost(30, TimeUnit.SECONDS).until(() ->
                    engine.accountState("sim") == SessionState.READY && pulse.sent.get() >= 2);

                storm[0] = System.currentTimeMillis() * 1_000_000L;
                control.frontMode(SimControl.FrontMode.STORM);
                await().atMost(30, TimeUnit.SECONDS).until(() -> engine.counters().eventsIn(EventType.FRONT_STORM).get() >= 8);
                control.frontMode(SimControl.FrontMode.UP);
                storm[1] = System.currentTimeMillis() * 1_000_000L;
                final int ticksBefore = pulse.ticks.get();
                // The sessions' back-off after a storm reaches 30 s: the login after it comes within that.
                await().atMost(60, TimeUnit.SECONDS).until(() ->
                    engine.accountState("sim") == SessionState.READY && pulse.ticks.get() > ticksBefore + 10);
                return engine.counters().eventsIn(EventType.FRONT_CONNECTED).get() +
                    engine.counters().eventsIn(EventType.FRONT_DISCONNECTED).get();
            }
        }
    }

    private static final class Scan
    {
        final JournalStats stats = new JournalStats();
        long frontJournaled;
        long frontCounted;
        long coalescedFlagged;
        long stormEvents;
        long stormWindowEvents;
        long stormWindowBytes;
        long stormRelated;
        long stormRelatedBytes;
    }

    /** The whole journal, and what it recorded between {@code fromEpochNanos} and {@code toEpochNanos}. */
    private static Scan scan(final Path journalDir, final long fromEpochNanos, final long toEpochNanos)
    {
        final Scan scan = new Scan();
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(64 * 1024));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        long number = 0;
        try (Journal journal = Journal.openExisting(journalDir); JournalReader reader = journal.newReader())
        {
            int length;
            while ((length = reader.next(buffer)) >= 0)
            {
                scan.stats.add(++number, header, null);
                if (header.isCoalesced())
                {
                    scan.coalescedFlagged++;
                }
                final short type = header.type();
                final boolean front = type == EventType.FRONT_CONNECTED.code() || type == EventType.FRONT_DISCONNECTED.code();
                if (front)
                {
                    scan.frontJournaled++;
                }
                if (type == EventType.FRONT_STORM.code())
                {
                    scan.stormEvents++;
                    scan.frontCounted += FrontStormEvent.connects(buffer, header.payloadOffset()) +
                        FrontStormEvent.disconnects(buffer, header.payloadOffset());
                }
                if (header.epochNanos() >= fromEpochNanos && header.epochNanos() <= toEpochNanos)
                {
                    final int onDisk = length + 8; // the queue's 4-byte excerpt header and the event's CRC32C
                    scan.stormWindowEvents++;
                    scan.stormWindowBytes += onDisk;
                    if (front || type == EventType.FRONT_STORM.code() || type == EventType.SESSION_STATE.code())
                    {
                        scan.stormRelated++;
                        scan.stormRelatedBytes += onDisk;
                    }
                }
            }
        }
        return scan;
    }

    private static StrategyConfig strategy(final Strategy strategy)
    {
        return new StrategyConfig("pulse", strategy, "sim", 0, RiskLimits.defaults());
    }
}
