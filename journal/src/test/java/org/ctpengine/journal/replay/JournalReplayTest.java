package org.ctpengine.journal.replay;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.testing.SubscribingStrategy;
import org.ctpengine.journal.EngineMetadata;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.journal.tools.EventFilter;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Record a simulator session of a strategy; replay it: identical. Change the strategy: the divergence is reported. */
class JournalReplayTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;

    @TempDir
    static Path recording;

    /** Keeps one buy resting a few ticks under the bid; re-quotes when the bid moves; trades on fills too. */
    static final class Quoter extends SubscribingStrategy
    {
        final AtomicInteger sent = new AtomicInteger();
        private final int ticksUnderBid;
        private WorkingOrder quote;
        private double quotedBid = Double.NaN;

        Quoter(final int ticksUnderBid)
        {
            super("rb2501");
            this.ticksUnderBid = ticksUnderBid;
        }

        @Override
        public void onTick(final Tick tick)
        {
            final double bid = tick.bidPrice();
            if (StructFlyweight.isNoValue(bid))
            {
                return;
            }
            if (quote != null && quote.state().isLive() && bid != quotedBid)
            {
                context.cancel(quote);
            }
            if (quote == null || quote.state().isTerminal())
            {
                final double tickSize = context.instrumentInfo(tick.instrument()).tickSize();
                quote = context.order().instrument(tick.instrument()).buy().limit(bid - ticksUnderBid * tickSize).volume(1).send();
                quotedBid = bid;
                sent.incrementAndGet();
            }
        }
    }

    @BeforeAll
    static void recordASession() throws Exception
    {
        final SimControl control = SimControl.open(SimLibrary.path(PROFILE));
        control.reset();
        control.configure("tick_interval_ms 5");
        control.configure("flow_window_ms 20");
        final Quoter quoter = new Quoter(2);
        final Path sim = SimLibrary.path(PROFILE);
        final EngineConfig config = new EngineConfig(Files.createDirectories(recording.resolve("work")), 4096,
            WaitStrategyKind.BLOCKING, 20, 20, 1024, RiskLimits.defaults(),
            List.of(SimulatorDefaults.account("sim", sim, ResumeType.QUICK)),
            List.of(SimulatorDefaults.marketData("md", sim)),
            List.of(strategy(quoter)));
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        try (Journal journal = Journal.open(recording.resolve("journal")))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), "test"));
            try (Engine engine = new Engine(config, List.of(handler)))
            {
                engineRef.set(engine);
                engine.start();
                await().atMost(30, TimeUnit.SECONDS).until(() -> quoter.sent.get() >= 30);
            }
        }
    }

    private static StrategyConfig strategy(final Strategy strategy)
    {
        return new StrategyConfig("quoter", strategy, "sim", 0, RiskLimits.defaults());
    }

    @Test
    void theSameStrategyMakesIdenticalDecisionsOnReplay()
    {
        final ReplayResult result = JournalReplay.replay(recording.resolve("journal"), List.of(strategy(new Quoter(2))), null);

        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(result.replayedCommands()).isGreaterThanOrEqualTo(30);
        assertThat(result.replayedCommands()).isEqualTo(result.recordedCommands());
        assertThat(result.journalEnd()).endsWith("ends cleanly");
    }

    @Test
    void aChangedStrategyIsReportedAtItsFirstDifferentOrder()
    {
        final ReplayResult result = JournalReplay.replay(recording.resolve("journal"), List.of(strategy(new Quoter(3))), null);

        assertThat(result.identical()).isFalse();
        assertThat(result.divergence().commandIndex()).isZero();
        assertThat(result.divergence().expected()).contains("CMD_ORDER_INSERT").contains("LimitPrice=");
        assertThat(result.divergence().actual()).contains("CMD_ORDER_INSERT");
        assertThat(result.divergence().expected()).isNotEqualTo(result.divergence().actual());
    }

    @Test
    void replayUpToATimeIsIdenticalAndComparesOnlyTheCommandsIssuedBeforeIt()
    {
        final List<Long> commandTimes = recorded().commandTimes;
        final long cut = commandTimes.get(commandTimes.size() / 2);

        final ReplayResult result = replay(new Quoter(2), new EventFilter(Set.of(), Set.of(), Long.MIN_VALUE, cut));

        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(result.recordedCommands()).isEqualTo(commandTimes.stream().filter(t -> t < cut).count())
            .isLessThan(commandTimes.size());
        assertThat(result.scope()).contains("only commands issued inside it are compared");
        assertThat(result.toString()).contains("state before it is not replayed");
    }

    @Test
    void replayFromATimeFeedsNoMarketBeforeItAndComparesOnlyTheCommandsIssuedFromIt()
    {
        final List<Long> commandTimes = recorded().commandTimes;
        final long from = commandTimes.get(commandTimes.size() / 2);
        final TickClock quoter = new TickClock(new Quoter(2));

        final ReplayResult result = replay(quoter, new EventFilter(Set.of(), Set.of(), from, Long.MAX_VALUE));

        assertThat(quoter.firstTick).isGreaterThanOrEqualTo(from);
        assertThat(result.recordedCommands()).isEqualTo(commandTimes.stream().filter(t -> t >= from).count());
        assertThat(result.events()).isLessThan(replay(new Quoter(2), EventFilter.ALL).events());
    }

    @Test
    void anInstrumentFilterFeedsOnlyThatInstrumentsMarketAndOrders()
    {
        final ReplayResult traded = replay(new Quoter(2), new EventFilter(Set.of(), Set.of("rb2501"), Long.MIN_VALUE, Long.MAX_VALUE));
        final ReplayResult other = replay(new Quoter(2), new EventFilter(Set.of(), Set.of("m2501"), Long.MIN_VALUE, Long.MAX_VALUE));

        assertThat(traded.identical()).as(traded.toString()).isTrue();
        assertThat(traded.recordedCommands()).isEqualTo(recorded().commandTimes.size());
        assertThat(other.identical()).as(other.toString()).isTrue();
        assertThat(other.replayedCommands()).as("no rb2501 tick reached the quoter").isZero();
        assertThat(other.recordedCommands()).isZero();
        assertThat(other.events()).isLessThan(traded.events());
    }

    @Test
    void atTimesNRealTimeTheReplayTakesAtLeastTheRunsSpanOverN()
    {
        final Recorded recorded = recorded();
        final double speed = 4;
        final long start = System.nanoTime();

        final ReplayResult result = JournalReplay.replay(recording.resolve("journal"), List.of(strategy(new Quoter(2))),
            RiskLimits.none(), ReplayOptions.DEFAULT.speed(speed));

        final long elapsed = System.nanoTime() - start;
        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(recorded.span()).isGreaterThan(100_000_000L);
        assertThat(elapsed).isGreaterThanOrEqualTo((long)(recorded.span() / speed));
    }

    @Test
    void aReplayReportsItsProgressTowardsTheJournalsEventCount()
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false,
            System::nanoTime, 0);

        JournalReplay.replay(recording.resolve("journal"), List.of(strategy(new Quoter(2))), RiskLimits.none(),
            ReplayOptions.DEFAULT.progress(progress));

        final String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        final long total = recorded().events;
        assertThat(lines.length).isGreaterThan(1);
        assertThat(lines[lines.length - 1]).startsWith(String.format(Locale.ROOT, "replay %,d / %,d events  100.0%%", total, total))
            .contains(" events/s  ETA 0:00:00");
    }

    private static ReplayResult replay(final Strategy strategy, final EventFilter filter)
    {
        return JournalReplay.replay(recording.resolve("journal"), List.of(strategy(strategy)), RiskLimits.none(),
            ReplayOptions.DEFAULT.filter(filter));
    }

    /** Wraps a strategy and notes the event-clock time of the first tick it sees. */
    static final class TickClock implements Strategy
    {
        private final Strategy strategy;
        private StrategyContext context;
        long firstTick = -1;

        TickClock(final Strategy strategy)
        {
            this.strategy = strategy;
        }

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            strategy.onStart(context);
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (firstTick < 0)
            {
                firstTick = context.now();
            }
            strategy.onTick(tick);
        }
    }

    /** What the recording holds, read straight from the journal. */
    record Recorded(long events, List<Long> commandTimes, long firstFlow, long last)
    {
        long span()
        {
            return last - firstFlow;
        }
    }

    private static Recorded recorded()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        final List<Long> commandTimes = new ArrayList<>();
        long events = 0;
        long firstFlow = -1;
        long last = -1;
        try (Journal journal = Journal.openExisting(recording.resolve("journal")); JournalReader reader = journal.newReader())
        {
            while (reader.next(buffer) >= 0)
            {
                events++;
                final EventType type = EventType.fromCode(header.type());
                if (type.isCommand())
                {
                    commandTimes.add(header.epochNanos());
                }
                else if (ReplaySelection.isFlow(type)) // what pacing follows
                {
                    firstFlow = firstFlow < 0 ? header.epochNanos() : firstFlow;
                    last = header.epochNanos();
                }
            }
            assertThat(journal.eventCount()).isEqualTo(events);
        }
        return new Recorded(events, commandTimes, firstFlow, last);
    }
}
