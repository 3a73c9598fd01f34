package org.ctpengine.journal.replay;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.outbound.OrderSender;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;

import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ctpengine.engine.testing.SubscribingStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import org.ctpengine.journal.EngineMetadata;

/**
 * A request the library refuses (its call returns non-zero: here the front's order flow control, -3) is journaled as
 * a REFUSED_ORDER_INSERT event and reaches the strategy from there, as a rejection with the return code: a replay,
 * which calls no library, then refuses the same orders at the same points and reports the run identical.
 */
class LibraryRefusalReplayTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;

    @TempDir
    Path dir;

    /** On every tick: cancels its resting buy, or sends a new one when the last has ended: far more than 3 requests a second. */
    static final class Hammer extends SubscribingStrategy
    {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger refusedByLibrary = new AtomicInteger();
        final List<String> refusals = new ArrayList<>();
        private WorkingOrder order;

        Hammer()
        {
            super("rb2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            final double bid = tick.bidPrice();
            if (StructFlyweight.isNoValue(bid))
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
            order = context.order().instrument(tick.instrument()).buy().limit(bid - 5 * tickSize).volume(1).send();
            sent.incrementAndGet();
        }

        @Override
        public void onOrder(final Strategy.OrderUpdate update)
        {
            if (update.errorId() < 0) // an insert (then REJECTED) or a cancel (the order lives on) the library refused
            {
                synchronized (refusals)
                {
                    refusals.add(update.errorId() + " " + update.rejectReason());
                }
                refusedByLibrary.incrementAndGet();
            }
        }
    }

    @Test
    void ordersTheLibraryRefusedAreRefusedAgainInReplayAtTheSamePoints() throws Exception
    {
        final SimControl control = SimControl.open(SimLibrary.path(PROFILE));
        control.reset();
        control.configure("tick_interval_ms 5");
        control.configure("flow_window_ms 20");
        final Hammer live = new Hammer();
        final Path journalDir = dir.resolve("journal");
        try
        {
            control.configure("order_requests_per_second 3");
            record(live, journalDir);
        }
        finally
        {
            control.configure("order_requests_per_second 0");
        }

        assertThat(live.refusals).first().asString().startsWith("-3 ").contains("the library refused the request (return code -3)");
        assertThat(refusalsJournaled(journalDir)).as("REFUSED_ORDER_* events with the return code")
            .isEqualTo(live.refusedByLibrary.get());

        final Hammer replayed = new Hammer();
        final ReplayResult result = JournalReplay.replay(journalDir, List.of(strategy(replayed)), RiskLimits.defaults(),
            ReplayOptions.DEFAULT);

        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(result.replayedCommands()).isEqualTo(result.recordedCommands()).isGreaterThan(live.sent.get());
        assertThat(replayed.refusedByLibrary.get()).isEqualTo(live.refusedByLibrary.get());
    }

    private static void record(final Hammer hammer, final Path journalDir) throws Exception
    {
        final Path sim = SimLibrary.path(PROFILE);
        final EngineConfig config = new EngineConfig(Files.createDirectories(journalDir.resolveSibling("work")), 4096,
            WaitStrategyKind.BLOCKING, 20, 20, 1024, RiskLimits.defaults(),
            List.of(SimulatorDefaults.account("sim", sim, ResumeType.QUICK)), List.of(SimulatorDefaults.marketData("md", sim)),
            List.of(strategy(hammer)));
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        try (Journal journal = Journal.open(journalDir))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), "test"));
            try (Engine engine = new Engine(config, List.of(handler)))
            {
                engineRef.set(engine);
                engine.start();
                await().atMost(30, TimeUnit.SECONDS).until(() -> hammer.refusedByLibrary.get() >= 3 && hammer.sent.get() >= 10);
            }
        }
    }

    private static int refusalsJournaled(final Path journalDir)
    {
        int refused = 0;
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(64 * 1024));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        try (Journal journal = Journal.openExisting(journalDir); JournalReader reader = journal.newReader())
        {
            while (reader.next(buffer) >= 0)
            {
                // The strategy's own: the engine's stop cancels too (OrderSender.ENGINE_ISSUED), and a stop's cancel the
                // library refuses is journaled but told to no strategy.
                if ((header.type() == EventType.REFUSED_ORDER_INSERT.code() ||
                    header.type() == EventType.REFUSED_ORDER_ACTION.code()) && header.intArg() != OrderSender.ENGINE_ISSUED)
                {
                    assertThat(header.errorId()).isEqualTo(-3);
                    refused++;
                }
            }
        }
        return refused;
    }

    private static StrategyConfig strategy(final Strategy strategy)
    {
        return new StrategyConfig("hammer", strategy, "sim", 0, RiskLimits.defaults());
    }
}
