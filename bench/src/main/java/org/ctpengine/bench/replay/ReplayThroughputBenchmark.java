package org.ctpengine.bench.replay;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.engine.config.Secret;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.journal.EngineMetadata;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ReplayResult;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Replay throughput: a journal recorded from the simulator's burst (every tick journaled by the live engine)
 * is replayed through a strategy that only reads each tick. Peer in the same run: reading the same journal
 * with no strategy at all (the journal's own read rate, the ceiling for any replay).
 */
public final class ReplayThroughputBenchmark
{
    static final String REPLAY = "replay into a no-op strategy (journal -> runner -> onTick)";
    static final String READ = "journal read only (peer: the ceiling)";

    private final int ticks;

    public ReplayThroughputBenchmark(final int ticks)
    {
        this.ticks = ticks;
    }

    /** Reads the last price of every tick: the least a strategy does. */
    static final class Reader implements Strategy
    {
        double sink;

        @Override
        public void onStart(final StrategyContext context)
        {
            context.subscribe("rb2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            sink += tick.lastPrice();
        }
    }

    /** Events per second of the replay and of the plain read, measured in the same run. */
    public record Result(long events, boolean identical, double replayPerSecond, double readPerSecond)
    {
        public void print(final PrintStream out)
        {
            out.printf(Locale.ROOT, "%nReplay throughput (%d journaled events, %s)%n%-58s %,14.0f events/s  (%.2fx of the read)%n%-58s %,14.0f events/s%n%n",
                events, identical ? "replay identical" : "replay DIVERGED", REPLAY, replayPerSecond,
                replayPerSecond / readPerSecond, READ, readPerSecond);
        }
    }

    public Result run() throws Exception
    {
        final Path dir = Files.createTempDirectory("ctp-bench-replay");
        try
        {
            record(dir);
            final List<StrategyConfig> strategies = List.of(new StrategyConfig("reader", new Reader(), "sim", 0, RiskLimits.none()));
            JournalReplay.replay(dir.resolve("journal"), strategies, null); // warm-up
            long start = System.nanoTime();
            final ReplayResult result = JournalReplay.replay(dir.resolve("journal"),
                List.of(new StrategyConfig("reader", new Reader(), "sim", 0, RiskLimits.none())), null);
            final double replayRate = result.events() * 1e9 / (System.nanoTime() - start);
            readAll(dir.resolve("journal"));
            start = System.nanoTime();
            final long read = readAll(dir.resolve("journal"));
            final double readRate = read * 1e9 / (System.nanoTime() - start);
            return new Result(result.events(), result.identical(), replayRate, readRate);
        }
        finally
        {
            delete(dir);
        }
    }

    private void record(final Path dir) throws Exception
    {
        final Path sim = SimLibrary.path(SimLibrary.DEFAULT_PROFILE);
        final SimControl control = SimControl.open(sim);
        control.reset();
        control.configure("tick_interval_ms 0");
        control.configure("flow_window_ms 20");
        final Reader reader = new Reader();
        final EngineConfig config = new EngineConfig(Files.createDirectories(dir.resolve("work")), 65536,
            WaitStrategyKind.BLOCKING, 100, 20, 1024, RiskLimits.none(),
            List.of(new AccountConfig("sim", sim, null, List.of("tcp://127.0.0.1:41205"), "9999", "000001",
                Secret.of("sim"), "simnow_client_test", Secret.of("0000000000000000"), ResumeType.QUICK)),
            List.of(new MarketDataConfig("md", sim, null, List.of("tcp://127.0.0.1:41213"), "9999", "000001", Secret.of("sim"))),
            List.of(new StrategyConfig("reader", reader, "sim", 0, RiskLimits.none())));
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        try (Journal journal = Journal.open(dir.resolve("journal")))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), "bench"));
            try (Engine engine = new Engine(config, List.of(handler)))
            {
                engineRef.set(engine);
                engine.start();
                final long deadline = System.nanoTime() + 30_000_000_000L;
                while (!engine.runners().get(0).isStarted())
                {
                    if (System.nanoTime() > deadline)
                    {
                        throw new IllegalStateException("the recording engine did not start");
                    }
                    LockSupport.parkNanos(1_000_000);
                }
                startBurst(control, deadline);
                control.awaitBurst(120_000);
                while (handler.appended() < ticks)
                {
                    LockSupport.parkNanos(1_000_000); // the journal catches up; appended() is read racily, only to pace
                }
            }
        }
    }

    /** The md session subscribes moments after the strategy asks: retry until it has (bounded by the deadline). */
    private void startBurst(final SimControl control, final long deadline)
    {
        while (true)
        {
            try
            {
                control.burst("rb2501", ticks);
                return;
            }
            catch (final IllegalStateException notSubscribedYet)
            {
                if (System.nanoTime() > deadline)
                {
                    throw notSubscribedYet;
                }
                LockSupport.parkNanos(10_000_000);
            }
        }
    }

    private static long readAll(final Path journalDir)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(64 * 1024, 64));
        long events = 0;
        try (Journal journal = Journal.openExisting(journalDir); JournalReader reader = journal.newReader())
        {
            while (reader.next(buffer) >= 0)
            {
                events++;
            }
        }
        return events;
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
