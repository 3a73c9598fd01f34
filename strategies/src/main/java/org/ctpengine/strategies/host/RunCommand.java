package org.ctpengine.strategies.host;

import org.HdrHistogram.Histogram;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.host.StrategyConfig;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.session.AccountState;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.replay.EngineMetadata;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ctp-engine run}: the strategy host. Without a configuration it runs the embedded default (the
 * built-in simulator, three instruments, the example market maker), journals every event, prints one status
 * line a second, and stops after {@code --duration} or Ctrl-C with a clean shutdown: orders cancelled,
 * journal closed, a summary, and the command that replays the journal.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the strategy host (default: the example market maker against the built-in simulator).")
public final class RunCommand implements java.util.concurrent.Callable<Integer>
{
    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "30s",
        description = "stop after this long, e.g. 30s, 5m, 1h (default: ${DEFAULT-VALUE}); Ctrl-C stops earlier")
    String duration;

    @Option(names = "--journal", paramLabel = "DIR", defaultValue = "journal",
        description = "journal directory (default: ./${DEFAULT-VALUE})")
    Path journalDirectory;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "ctp-work",
        description = "flow files and the counters file (default: ./${DEFAULT-VALUE})")
    Path workDirectory;

    @Option(names = "--profile", paramLabel = "ID", defaultValue = "6.7.8",
        description = "the simulator's ABI profile: 6.7.8 or 6.6.1_P1 (default: ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--cold", description = "start cold: do not continue today's journal (warm restart is the default " +
        "when the journal holds today's events), and start the simulated day afresh")
    boolean cold;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception
    {
        final long runNanos = parseDuration(duration).toNanos();
        if (!SimLibrary.PROFILES.contains(profile))
        {
            throw new IllegalArgumentException("--profile: no built-in simulator for '" + profile + "'; available: " +
                SimLibrary.PROFILES);
        }
        Files.createDirectories(workDirectory);
        final SimControl simulator = SimControl.open(SimLibrary.path(profile));
        simulator.reset();
        simulator.configure("flow_window_ms " + DefaultRun.QUERY_INTERVAL_MS);
        WarmRestart.keepSimulatorState(simulator, workDirectory, cold);

        final LatencyProbe probe = new LatencyProbe(DefaultRun.INSTRUMENTS);
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        final CountDownLatch stop = new CountDownLatch(1);
        final Thread hook = new Thread(stop::countDown, "ctp-engine-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        final long started = System.nanoTime();
        final Summary summary = new Summary();
        try (Journal journal = Journal.open(journalDirectory))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), version()));
            final Engine engine = new Engine(DefaultRun.engineConfig(workDirectory, profile,
                List.of(new StrategyConfig("latency-probe", probe, DefaultRun.ACCOUNT, 1, RiskLimits.none()))),
                List.of(handler));
            engineRef.set(engine);
            WarmRestart.continueDay(engine, journal, cold, out);
            out.printf("ctp-engine: market maker on %s against the built-in simulator (profile %s); journal %s%n",
                DefaultRun.INSTRUMENTS, profile, journalDirectory.toAbsolutePath());
            engine.start();
            long lastTicks = 0;
            while (!stop.await(1, TimeUnit.SECONDS))
            {
                lastTicks = status(engine, probe, lastTicks, summary);
                if (System.nanoTime() - started >= runNanos)
                {
                    break;
                }
            }
            out.println("stopping: cancelling orders, closing the journal ...");
            engine.close(5_000);
            summary.capture(engine);
        }
        finally
        {
            try
            {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            catch (final IllegalStateException shuttingDown)
            {
                // Ctrl-C: the JVM is already exiting; the summary below still prints
            }
        }
        summary.print(out, Duration.ofNanos(System.nanoTime() - started), journalDirectory);
        out.println("replay it: ./ctp-engine replay --journal " + journalDirectory);
        return 0;
    }

    private long status(final Engine engine, final LatencyProbe probe, final long lastTicks, final Summary summary)
    {
        final EngineCounters counters = engine.counters();
        final long ticks = counters.eventsIn(EventType.RTN_DEPTH_MARKET_DATA).get();
        final Histogram latency = probe.takeInterval();
        summary.latency.add(latency);
        final AccountState account = engine.accountBook(DefaultRun.ACCOUNT);
        out.printf(Locale.ROOT, "%s  ticks/s %4d  orders %5d  fills %4d  position %s  pnl %10.2f  " +
                "callback->strategy p50 %s p99 %s%n",
            engine.accountState(DefaultRun.ACCOUNT), ticks - lastTicks, counters.ordersSent().get(),
            counters.eventsIn(EventType.RTN_TRADE).get(), positions(engine), account.positionPnl() + account.closePnl(),
            micros(latency.getValueAtPercentile(50)), micros(latency.getValueAtPercentile(99)));
        return ticks;
    }

    static String positions(final Engine engine)
    {
        final StringBuilder text = new StringBuilder();
        for (final String instrument : DefaultRun.INSTRUMENTS)
        {
            final int index = engine.instruments().indexOf(instrument);
            final Position position = index < 0 ? null : engine.accountBook(DefaultRun.ACCOUNT).positionOrNull(index);
            text.append(text.length() == 0 ? "" : " ").append(instrument).append('=').append(position == null ? 0 : position.net());
        }
        return text.toString();
    }

    static String micros(final long nanos)
    {
        return nanos < 1_000 ? nanos + "ns" : String.format(Locale.ROOT, "%.1fus", nanos / 1000.0);
    }

    static Duration parseDuration(final String text)
    {
        final String value = text.trim().toLowerCase(Locale.ROOT);
        try
        {
            if (value.endsWith("ms"))
            {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            final long amount = Long.parseLong(value.substring(0, value.length() - 1));
            switch (value.charAt(value.length() - 1))
            {
                case 's': return Duration.ofSeconds(amount);
                case 'm': return Duration.ofMinutes(amount);
                case 'h': return Duration.ofHours(amount);
                default: break;
            }
        }
        catch (final NumberFormatException | StringIndexOutOfBoundsException e)
        {
            // reported below
        }
        throw new IllegalArgumentException("--duration: '" + text + "' is not a duration like 30s, 5m or 1h");
    }

    static String version()
    {
        final String version = RunCommand.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }

    /** What the run did, for the closing lines. */
    private static final class Summary
    {
        final Histogram latency = new Histogram(3);
        long ticks;
        long orders;
        long fills;
        long rejects;
        String positions = "";
        double pnl;

        void capture(final Engine engine)
        {
            final EngineCounters counters = engine.counters();
            ticks = counters.eventsIn(EventType.RTN_DEPTH_MARKET_DATA).get();
            orders = counters.ordersSent().get();
            fills = counters.eventsIn(EventType.RTN_TRADE).get();
            rejects = counters.ordersRejected().get();
            positions = positions(engine);
            final AccountState account = engine.accountBook(DefaultRun.ACCOUNT);
            pnl = account.positionPnl() + account.closePnl();
        }

        void print(final PrintStream out, final Duration elapsed, final Path journal)
        {
            out.printf(Locale.ROOT, "summary: %d s, %d ticks, %d orders (%d rejected), %d fills, position %s, pnl %.2f, " +
                    "callback->strategy p50 %s p99 %s p99.9 %s%n", elapsed.toSeconds(), ticks, orders, rejects, fills,
                positions, pnl, micros(latency.getValueAtPercentile(50)), micros(latency.getValueAtPercentile(99)),
                micros(latency.getValueAtPercentile(99.9)));
            out.println("journal: " + journal.toAbsolutePath());
        }
    }
}
