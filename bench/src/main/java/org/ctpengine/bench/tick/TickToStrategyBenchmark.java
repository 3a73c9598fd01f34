package org.ctpengine.bench.tick;

import com.lmax.disruptor.EventHandler;
import org.HdrHistogram.Histogram;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.bench.report.LatencyReport;
import org.ctpengine.engine.host.AccountConfig;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.host.EngineConfig;
import org.ctpengine.engine.host.MarketDataConfig;
import org.ctpengine.engine.host.Secret;
import org.ctpengine.engine.host.StrategyConfig;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.strategy.Strategy;
import org.ctpengine.engine.strategy.StrategyContext;
import org.ctpengine.engine.strategy.Tick;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Native callback → strategy {@code onTick}: the simulator's md thread stamps each burst tick with
 * CLOCK_MONOTONIC as it sends it (the clock of {@code System.nanoTime()}); the strategy stamps it on arrival.
 * The path is the production one: JNA trampoline → SpiRingPublisher → Disruptor ring → strategy thread, with
 * the Chronicle journal consuming the same ring. The send stamp is taken by the sender, so waiting behind a
 * slow consumer is part of the latency (no coordinated omission). Peer in the same run: the same engine
 * without the journal.
 */
public final class TickToStrategyBenchmark
{
    static final String WITH_JOURNAL = "sim tick -> strategy onTick (ring + journal)";
    static final String WITHOUT_JOURNAL = "sim tick -> strategy onTick (ring, no journal)";
    private static final String INSTRUMENT = "rb2501";

    private final int ticks;
    private final int rounds;

    public TickToStrategyBenchmark(final int ticks, final int rounds)
    {
        this.ticks = ticks;
        this.rounds = rounds;
    }

    /** Records each burst tick's arrival by its burst number (the simulator puts it in Volume). */
    static final class Recorder implements Strategy
    {
        final long[] arrived;
        volatile boolean started;

        Recorder(final int capacity)
        {
            arrived = new long[capacity + 1];
        }

        @Override
        public void onStart(final StrategyContext context)
        {
            context.subscribe(INSTRUMENT);
            started = true;
        }

        @Override
        public void onTick(final Tick tick)
        {
            final long now = System.nanoTime();
            final int number = tick.volume();
            if (number > 0 && number < arrived.length)
            {
                arrived[number] = now;
            }
        }
    }

    public LatencyReport run() throws Exception
    {
        final Histogram withJournal = new Histogram(60_000_000_000L, 3);
        final Histogram withoutJournal = new Histogram(60_000_000_000L, 3);
        double rateWith = 0;
        double rateWithout = 0;
        for (int round = 0; round < rounds; round++)
        {
            rateWithout += measure(false, withoutJournal);
            rateWith += measure(true, withJournal);
        }
        final LatencyReport report = new LatencyReport("Native callback -> strategy onTick (ctp-sim " +
            SimLibrary.DEFAULT_PROFILE + " burst, " + rounds + " x " + ticks + " ticks each, blocking wait)");
        report.add(WITH_JOURNAL, withJournal, rateWith / rounds, WITHOUT_JOURNAL);
        report.add(WITHOUT_JOURNAL, withoutJournal, rateWithout / rounds, null);
        return report;
    }

    private double measure(final boolean journal, final Histogram histogram) throws Exception
    {
        final SimControl control = SimControl.open(SimLibrary.path(SimLibrary.DEFAULT_PROFILE));
        control.reset();
        control.configure("tick_interval_ms 0");
        control.configure("flow_window_ms 20");
        final Path work = Files.createTempDirectory("ctp-bench-engine");
        final Recorder recorder = new Recorder(ticks);
        final Path sim = SimLibrary.path(SimLibrary.DEFAULT_PROFILE);
        final EngineConfig config = new EngineConfig(work, 65536, WaitStrategyKind.BLOCKING, 100, 20, 1024,
            RiskLimits.none(),
            List.of(new AccountConfig("sim", sim, null, List.of("tcp://127.0.0.1:41205"), "9999", "000001",
                Secret.of("sim"), "simnow_client_test", Secret.of("0000000000000000"), ResumeType.QUICK)),
            List.of(new MarketDataConfig("md", sim, null, List.of("tcp://127.0.0.1:41213"), "9999", "000001", Secret.of("sim"))),
            List.of(new StrategyConfig("recorder", recorder, "sim", 0, RiskLimits.none())));
        final Journal journalQueue = journal ? Journal.open(work.resolve("journal")) : null;
        final List<EventHandler<RingEvent>> consumers = journal ? List.of(new JournalHandler(journalQueue)) : List.of();
        try (Engine engine = new Engine(config, consumers))
        {
            engine.start();
            waitUntil(() -> recorder.started, 30_000, "strategy start");
            control.step(1);
            control.burst(INSTRUMENT, ticks / 2); // warm-up
            control.awaitBurst(120_000);
            waitUntil(() -> recorder.arrived[ticks / 2] != 0, 60_000, "warm-up ticks");
            java.util.Arrays.fill(recorder.arrived, 0);

            control.burst(INSTRUMENT, ticks);
            control.awaitBurst(120_000);
            waitUntil(() -> recorder.arrived[ticks] != 0, 60_000, "measured ticks");
            final long[] sent = control.burstTimestamps();
            for (int i = 0; i < sent.length; i++)
            {
                final long arrived = recorder.arrived[i + 1];
                if (arrived != 0)
                {
                    histogram.recordValue(Math.max(0, arrived - sent[i]));
                }
            }
            return sent.length * 1e9 / Math.max(1, recorder.arrived[ticks] - sent[0]);
        }
        finally
        {
            if (journalQueue != null)
            {
                journalQueue.close();
            }
        }
    }

    private static void waitUntil(final java.util.function.BooleanSupplier condition, final long timeoutMs, final String what)
    {
        final long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean())
        {
            if (System.currentTimeMillis() > deadline)
            {
                throw new IllegalStateException("benchmark timed out waiting for " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
