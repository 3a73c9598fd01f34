package org.ctpengine.journal.replay;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.host.AccountConfig;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.host.EngineConfig;
import org.ctpengine.engine.host.MarketDataConfig;
import org.ctpengine.engine.host.Secret;
import org.ctpengine.engine.host.StrategyConfig;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.strategy.Strategy;
import org.ctpengine.engine.strategy.StrategyContext;
import org.ctpengine.engine.strategy.Tick;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    static final class Quoter implements Strategy
    {
        final AtomicInteger sent = new AtomicInteger();
        private final int ticksUnderBid;
        private StrategyContext context;
        private WorkingOrder quote;
        private double quotedBid = Double.NaN;

        Quoter(final int ticksUnderBid)
        {
            this.ticksUnderBid = ticksUnderBid;
        }

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            context.subscribe("rb2501");
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
            List.of(new AccountConfig("sim", sim, null, List.of("tcp://127.0.0.1:41205"), "9999", "000001",
                Secret.of("sim"), "simnow_client_test", Secret.of("0000000000000000"), ResumeType.QUICK)),
            List.of(new MarketDataConfig("md", sim, null, List.of("tcp://127.0.0.1:41213"), "9999", "000001", Secret.of("sim"))),
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
}
