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
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.journal.JournalWriter;
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
import org.ctpengine.engine.testing.SubscribingStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.journal.EngineMetadata;

/**
 * Replay compares each strategy's commands in its own order (with the OrderRefs the recording gave them when several
 * threads trade one account), and knows a run that ended by a crash.
 */
class PerStrategyReplayTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;

    @TempDir
    Path dir;

    /** On every tick of its instrument: cancels its resting buy, or rests a new one far under the bid. */
    static final class Quoter extends SubscribingStrategy
    {
        final String instrument;
        final AtomicInteger sent = new AtomicInteger();
        private WorkingOrder order;

        Quoter(final String instrument)
        {
            super(instrument);
            this.instrument = instrument;
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (StructFlyweight.isNoValue(tick.bidPrice()) || tick.instrument() != context.instrument(instrument))
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
            final double tickSize = context.instrumentInfo(tick.instrument()).tickSize();
            order = context.order().instrument(tick.instrument()).buy().limit(tick.bidPrice() - 10 * tickSize).volume(1).send();
            sent.incrementAndGet();
        }
    }

    private void record(final Path journalDir, final List<StrategyConfig> strategies, final Quoter... quoters)
        throws Exception
    {
        final SimControl control = SimControl.open(SimLibrary.path(PROFILE));
        control.reset();
        control.configure("tick_interval_ms 5");
        control.configure("flow_window_ms 20");
        final Path sim = SimLibrary.path(PROFILE);
        final EngineConfig config = new EngineConfig(Files.createDirectories(journalDir.resolveSibling("work")), 4096,
            WaitStrategyKind.BLOCKING, 20, 20, 1024, RiskLimits.none(),
            List.of(SimulatorDefaults.account("sim", sim, ResumeType.QUICK)), List.of(SimulatorDefaults.marketData("md", sim)),
            strategies);
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        try (Journal journal = Journal.open(journalDir))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), "test"));
            try (Engine engine = new Engine(config, List.of(handler)))
            {
                engineRef.set(engine);
                engine.start();
                await().atMost(30, TimeUnit.SECONDS).until(() ->
                {
                    for (final Quoter quoter : quoters)
                    {
                        if (quoter.sent.get() < 30)
                        {
                            return false;
                        }
                    }
                    return true;
                });
            }
        }
    }

    private static List<StrategyConfig> twoThreads(final Quoter first, final Quoter second)
    {
        return List.of(new StrategyConfig("rb", first, "sim", 0, RiskLimits.none()),
            new StrategyConfig("m", second, "sim", 1, RiskLimits.none()));
    }

    @Test
    void strategiesOnTwoThreadsOfOneAccountReplayIdentical() throws Exception
    {
        final Path journal = dir.resolve("journal");
        final Quoter liveRb = new Quoter("rb2501");
        final Quoter liveM = new Quoter("m2501");
        record(journal, twoThreads(liveRb, liveM), liveRb, liveM);
        final Quoter rb = new Quoter("rb2501");
        final Quoter m = new Quoter("m2501");

        final ReplayResult result = JournalReplay.replay(journal, twoThreads(rb, m), RiskLimits.none(), ReplayOptions.DEFAULT);

        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(rb.sent.get()).isGreaterThanOrEqualTo(30);
        assertThat(m.sent.get()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aRunKilledBetweenAnEventAndItsCommandEndedByACrashNotDiverged() throws Exception
    {
        final Path journal = dir.resolve("journal");
        final Quoter live = new Quoter("rb2501");
        record(journal, List.of(new StrategyConfig("rb", live, "sim", 0, RiskLimits.none())), live);
        // The journal a kill -9 leaves when it strikes after an event but before its command was recorded: every event
        // up to the last insert's cause, no stop.
        final Path killed = dir.resolve("killed");
        copyUntilLastInsert(journal, killed);

        final ReplayResult result = JournalReplay.replay(killed, List.of(new StrategyConfig("rb", new Quoter("rb2501"),
            "sim", 0, RiskLimits.none())), RiskLimits.none(), ReplayOptions.DEFAULT);

        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(result.lostInCrash()).isEqualTo(1);
        assertThat(result.toString()).contains("ended by a crash at event");
    }

    /** Copies events until (excluding) the last CMD_ORDER_INSERT, dropping the other commands after its cause too. */
    private static void copyUntilLastInsert(final Path from, final Path to)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        long lastInsert = -1;
        long lastInsertCause = -1;
        long count = 0;
        try (Journal journal = Journal.openExisting(from); JournalReader reader = journal.newReader())
        {
            while (reader.next(buffer) >= 0)
            {
                if (header.type() == EventType.CMD_ORDER_INSERT.code())
                {
                    lastInsert = count;
                    lastInsertCause = header.causeSequence();
                }
                count++;
            }
        }
        try (Journal source = Journal.openExisting(from); JournalReader reader = source.newReader();
            Journal target = Journal.open(to); JournalWriter writer = target.newWriter())
        {
            for (long i = 0; i < lastInsert && reader.next(buffer) >= 0; i++)
            {
                final boolean laterCommand = EventType.fromCode(header.type()).isCommand() && header.sequence() > lastInsertCause;
                if (!laterCommand)
                {
                    writer.append(buffer, 0, header.totalLength());
                }
            }
        }
    }
}
