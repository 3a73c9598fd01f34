package org.ctpengine.cli;

import org.HdrHistogram.Histogram;
import org.ctpengine.adapter.ProcessExit;
import org.ctpengine.adapter.internal.LiveApis;
import org.ctpengine.cli.config.AbiProfileDirectories;
import org.ctpengine.cli.config.Durations;
import org.ctpengine.cli.config.HostConfig;
import org.ctpengine.cli.config.HostConfigLoader;
import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.files.OwnerOnly;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.host.StopReport;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.FrontStormCoalescer;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.session.AccountState;
import org.ctpengine.journal.EngineMetadata;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalException;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ctp-engine run}: the strategy host. Without a configuration it runs the embedded default (the
 * built-in simulator, three instruments, the example market maker); with {@code --config FILE} it runs what the
 * file says (see docs/configuration.md). Either way it journals every event, prints one status line a second,
 * and stops after the duration or Ctrl-C with a clean shutdown: orders cancelled, journal closed, a summary, and
 * the command that replays the journal.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the strategy host (default: the example market maker against the built-in simulator).",
    footerHeading = "%nExit status:%n")
public final class RunCommand implements Callable<Integer>
{
    @Option(names = "--config", paramLabel = "FILE",
        description = "YAML configuration: libraries, fronts, accounts, strategies, risk limits (see docs/configuration.md)")
    Path configFile;

    @Option(names = "--check", description = "with --config: check the configuration (files, credentials, strategies, " +
        "that each library loads and has an ABI profile) and exit without connecting")
    boolean checkOnly;

    @Option(names = "--duration", paramLabel = "DURATION",
        description = "stop after this long, e.g. 30s, 5m, 1h (default: 30s, or the config's duration, else until Ctrl-C); " +
            "Ctrl-C stops earlier")
    String duration;

    @Option(names = "--journal", paramLabel = "DIR",
        description = "journal directory (default: journal, or the config's journal)")
    Path journalDirectory;

    @Option(names = "--work", paramLabel = "DIR",
        description = "flow files and the counters file (default: ctp-work, or the config's work)")
    Path workDirectory;

    @Option(names = "--profile", paramLabel = "ID",
        description = "without --config: the simulator's ABI profile, 6.7.8, 6.6.1_P1 or 6.3.15 (default: 6.7.8)")
    String profile;

    @Option(names = "--abi-profiles", paramLabel = "DIR",
        description = "a directory of ABI profiles made by 'abi extract --headers ... --out DIR', searched after the " +
            "built-in ones (repeatable; beside the config's abi-profiles and CTP_ENGINE_ABI_PROFILES)")
    List<Path> abiProfiles = new ArrayList<>();

    @Option(names = "--cold", description = "start cold: do not continue today's journal (warm restart is the default " +
        "when the journal holds today's events), and start the simulated day afresh")
    boolean cold;

    @Option(names = "--min-free-mb", paramLabel = "MB", defaultValue = "256",
        description = "refuse to start when the journal's file system has less free space than this, and warn when it " +
            "falls below it during the run (default: ${DEFAULT-VALUE})")
    long minFreeMb;

    @Option(names = "--send-only-journaled",
        description = "strict journaling: send an order only once the journal has recorded it (refused if not within " +
            "50 ms); costs each order the journal thread's append, so set engine.background-wait: yielding or busy-spin")
    boolean sendOnlyJournaled;

    @Option(names = "--stop-timeout", paramLabel = "DURATION", defaultValue = "5s",
        description = "how long the stop waits for the counter to confirm every cancel, and for every strategy to " +
            "return from its callback, before it lists what is left and exits 5 (default: ${DEFAULT-VALUE})")
    String stopTimeout;

    /** How long Ctrl-C waits for the clean shutdown beyond the stop's own timeout before the JVM exits anyway. */
    private static final long SHUTDOWN_GRACE_SECONDS = 10;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception
    {
        // First: a signal while the engine loads its libraries must still be told apart (SIGTERM exits 143, not 130).
        rememberSignals();
        final HostConfig host = hostConfig();
        scheduleClock = scheduleClock();
        final List<String> libraries = LibraryCheck.check(host); // every library but the built-in simulator's
        if (checkOnly)
        {
            out.println("config ok: " + host.source() + ": " + describe(host));
            libraries.forEach(line -> out.println("  " + line));
            return 0;
        }
        final long stopMillis = parseDuration(stopTimeout, "--stop-timeout").toMillis();
        checkFreeSpace(host.journalDirectory());
        // Run anyway, but say that a library's vtable could not be verified and what was checked instead.
        libraries.stream().filter(line -> line.contains("vtable NOT verified"))
            .forEach(line -> System.err.println("warning: " + line));
        OwnerOnly.createDirectories(host.engine().workDirectory()); // the simulator keeps its state there
        // Held until the end: were it collected before the engine loads the same library, JNA would close the
        // library, and the engine would load a fresh simulator without this configuration.
        final SimControl simulator = host.usesSimulator() ? prepareSimulator(host) : null;
        if (simulator != null)
        {
            WarmRestart.keepSimulatorState(simulator, host.engine().workDirectory(), cold);
        }

        final LatencyProbe probe = new LatencyProbe(host.instruments());
        final CountDownLatch stop = new CountDownLatch(1);
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicReference<ExitStatus> status = new AtomicReference<>(ExitStatus.INTERNAL_ERROR);
        // Ctrl-C (SIGINT/SIGTERM): the JVM exits as soon as the hooks return, so the hook asks the loop below to
        // stop and then waits for the clean shutdown (orders cancelled, journal closed, summary printed). The JVM
        // then exits 130, unless the stop found something wrong: its status then, so a supervisor sees it.
        final Thread hook = new Thread(() ->
        {
            endedBySignal = true;
            interrupted = true;
            stop.countDown();
            awaitQuietly(finished, SHUTDOWN_GRACE_SECONDS + stopMillis / 1000);
            final ExitStatus end = status.get();
            if (endWithoutLibraryTeardown)
            {
                // the JVM's own status for the signal (143 for SIGTERM), unless the stop found something wrong
                ProcessExit.now(end == ExitStatus.CLEAN || end == ExitStatus.INTERRUPTED ? 128 + signalCaught : end.code());
            }
            if (end != ExitStatus.CLEAN && end != ExitStatus.INTERRUPTED)
            {
                out.flush();
                Runtime.getRuntime().halt(end.code());
            }
        }, "ctp-engine-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        // The adapter's own exit hook would release the libraries at once, under the stop's cancels: it waits for us.
        LiveApis.releaseAtExitAfter(finished, (SHUTDOWN_GRACE_SECONDS + stopMillis / 1000) * 1000);
        try
        {
            status.set(runUntilStopped(host, simulator, probe, stop, hook, stopMillis));
        }
        finally
        {
            finished.countDown();
        }
        return status.get().code();
    }

    /** The signal that stopped the run (2 SIGINT by default): an exit by _exit reports it as the JVM would, 128 + N. */
    private static volatile int signalCaught = 2;

    /** Notes which of SIGINT and SIGTERM arrives, then lets the JVM's own handler start the shutdown as usual. */
    @SuppressWarnings("removal")
    private static void rememberSignals()
    {
        for (final String name : new String[] { "INT", "TERM" })
        {
            try
            {
                final sun.misc.Signal signal = new sun.misc.Signal(name);
                final sun.misc.SignalHandler[] previous = new sun.misc.SignalHandler[1];
                previous[0] = sun.misc.Signal.handle(signal, caught ->
                {
                    signalCaught = caught.getNumber();
                    previous[0].handle(caught);
                });
            }
            catch (final IllegalArgumentException unavailable)
            {
                // the signal is not there to handle (or the JVM reserves it): 130 stands for it
            }
        }
    }

    /**
     * System property for rehearsals and tests: the schedule's clock starts at this instant (ISO-8601, e.g.
     * {@code 2026-12-07T20:44:58+08:00}) and runs at real speed from there. Only the schedule reads it.
     */
    static final String SCHEDULE_CLOCK_PROPERTY = "ctpengine.schedule-clock";

    private Clock scheduleClock = Clock.systemUTC();

    private static Clock scheduleClock()
    {
        final String start = System.getProperty(SCHEDULE_CLOCK_PROPERTY);
        if (start == null || start.isBlank())
        {
            return Clock.systemUTC();
        }
        final Instant at;
        try
        {
            at = OffsetDateTime.parse(start).toInstant();
        }
        catch (final DateTimeParseException e)
        {
            throw new IllegalArgumentException("-D" + SCHEDULE_CLOCK_PROPERTY + ": \"" + start + "\" is not an instant " +
                "(e.g. 2026-12-07T20:44:58+08:00)");
        }
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at));
    }

    /** Reconnects a second from which the status line and summary call it a storm (and the journal coalesces). */
    static final long STORM_RECONNECTS_PER_SECOND = FrontStormCoalescer.STORM_RECONNECTS_PER_SECOND;
    private long lastReconnects;

    /** Set by the Ctrl-C hook. */
    private volatile boolean interrupted;

    /**
     * Set when a library was left unreleased (still reconnecting): the process must then end without running the
     * libraries' static destructors ({@link ProcessExit}), which is where such libraries crash.
     */
    static volatile boolean endWithoutLibraryTeardown;

    /**
     * A signal started the JVM's shutdown: the process ends with the status its shutdown gives (128 + the signal, or the
     * stop's own status from the hook), never one the main thread passes to {@code System.exit}, which can win the race
     * once the hooks are done (a SIGTERM once exited 130 under load).
     */
    static volatile boolean endedBySignal;

    private void checkFreeSpace(final Path journal) throws IOException
    {
        Path existing = journal.toAbsolutePath();
        while (existing != null && !Files.exists(existing))
        {
            existing = existing.getParent();
        }
        if (existing == null)
        {
            return;
        }
        final long free = Files.getFileStore(existing).getUsableSpace() / (1024 * 1024);
        if (free < minFreeMb)
        {
            throw new JournalException("journal " + journal.toAbsolutePath() + ": only " + free + " MB free on its file " +
                "system, below the floor of " + minFreeMb + " MB (--min-free-mb): a full disk would stop the journal, " +
                "so nothing is traded");
        }
    }

    private boolean lowOnSpaceWarned;

    private void warnIfLowOnSpace(final Path journal)
    {
        try
        {
            final long free = Files.getFileStore(journal).getUsableSpace() / (1024 * 1024);
            if (free < minFreeMb && !lowOnSpaceWarned)
            {
                lowOnSpaceWarned = true;
                out.println("WARNING: journal " + journal.toAbsolutePath() + ": " + free + " MB free, below " + minFreeMb +
                    " MB: if the disk fills, the journal stops and trading with it");
            }
        }
        catch (final IOException ignored)
        {
            // the next append will say what is wrong, if anything is
        }
    }

    private ExitStatus runUntilStopped(final HostConfig host, final SimControl simulator, final LatencyProbe probe,
        final CountDownLatch stop, final Thread hook, final long stopMillis) throws Exception
    {
        final long runNanos = host.duration() == null ? Long.MAX_VALUE : host.duration().toNanos();
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        final Summary summary = new Summary(host);
        final Path journalDirectory = host.journalDirectory();
        Engine engine = null;
        StopReport report = StopReport.NOTHING_LEFT;
        String halted = null;
        String loginRefused = null;
        long started = System.nanoTime();
        try (Journal journal = Journal.open(journalDirectory))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), version(),
                host.configDigest(), host.source()), reason ->
                {
                    final Engine running = engineRef.get();
                    if (running != null)
                    {
                        running.haltTrading(reason); // at once, from the journal's thread: no order goes out unrecorded
                    }
                    stop.countDown();
                });
            engine = new Engine(host.engineWith(
                List.of(new StrategyConfig("latency-probe", probe, firstAccount(host), 1, RiskLimits.none()))),
                List.of(handler));
            engineRef.set(engine);
            if (sendOnlyJournaled)
            {
                engine.sendOnlyJournaled(handler::journaledSequence, 50_000_000L);
            }
            try
            {
                WarmRestart.continueDay(engine, journal, cold, out);
                out.println("ctp-engine: " + describe(host) + "; journal " + journalDirectory.toAbsolutePath() +
                    (host.duration() == null ? "; Ctrl-C stops" : ""));
                final ScheduleGate schedule = new ScheduleGate(host.schedule(), TradingCalendar.fromSystemProperty(),
                    scheduleClock);
                final boolean inWindow = schedule.awaitStart(out, wait -> stop.await(wait.toMillis(), TimeUnit.MILLISECONDS));
                started = System.nanoTime();
                if (inWindow)
                {
                    engine.start();
                }
                long lastTicks = 0;
                while (inWindow && !stop.await(1, TimeUnit.SECONDS))
                {
                    lastTicks = status(engine, host, probe, lastTicks, summary, handler);
                    warnIfLowOnSpace(journalDirectory);
                    loginRefused = engine.loginRefusal();
                    if (schedule.isStopDue())
                    {
                        out.println(schedule.stopLine() + ": stopping as Ctrl-C does");
                        break;
                    }
                    if (loginRefused != null || System.nanoTime() - started >= runNanos)
                    {
                        break;
                    }
                }
                halted = engine.haltReason();
                if (halted != null)
                {
                    out.println("trading halted: " + halted);
                }
                if (loginRefused != null)
                {
                    out.println("login refused: " + loginRefused);
                }
                summary.tradingNanos = System.nanoTime() - started;
                out.println("stopping: cancelling orders, closing the journal ...");
            }
            finally
            {
                report = engine.stop(stopMillis); // Ctrl-C at any phase: the stop runs, the journal closes, a summary
            }
            summary.capture(engine, handler);
        }
        finally
        {
            try
            {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            catch (final IllegalStateException shuttingDown)
            {
                // Ctrl-C: the JVM is exiting; the hook waits for the summary below
            }
            Reference.reachabilityFence(simulator);
        }
        summary.print(out, journalDirectory);
        // Replays every run of the journal, this one included (a warm one restored from the runs before it).
        final StringBuilder profileOptions = new StringBuilder();
        abiProfiles.forEach(dir -> profileOptions.append(' ').append(AbiProfileDirectories.OPTION).append(' ').append(dir));
        out.println("replay it: ./ctp-engine replay --journal " + journalDirectory +
            (host.source() == null ? "" : " --config " + host.source()) + profileOptions);
        for (final String line : report.liveOrders())
        {
            out.println("STILL LIVE at the counter: " + line);
        }
        if (!report.hungThreads().isEmpty())
        {
            out.println("never returned from a callback: " + report.hungThreads() + " (libraries left to the process's exit)");
        }
        out.flush();
        // Last: a library still reconnecting may crash in its release, and by now everything is recorded and said.
        engine.releaseLibraries(true);
        if (!engine.abandonedLibraries().isEmpty())
        {
            out.println("left to the process's exit (still reconnecting): " + engine.abandonedLibraries());
            out.flush();
            endWithoutLibraryTeardown = true;
        }
        if (!report.isClean())
        {
            return ExitStatus.ORDERS_LEFT_LIVE;
        }
        if (halted != null)
        {
            return ExitStatus.TRADING_HALTED;
        }
        if (loginRefused != null)
        {
            return ExitStatus.LOGIN_REFUSED;
        }
        return interrupted ? ExitStatus.INTERRUPTED : ExitStatus.CLEAN;
    }

    private static void awaitQuietly(final CountDownLatch latch, final long seconds)
    {
        try
        {
            latch.await(seconds, TimeUnit.SECONDS);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    /** The default run or the configuration file, with the command line's options over either. */
    private HostConfig hostConfig()
    {
        final Duration runFor = duration == null ? null : parseDuration(duration);
        HostConfig host;
        if (configFile == null)
        {
            if (checkOnly)
            {
                throw new IllegalArgumentException("--check: needs --config FILE");
            }
            final String simulatorProfile = profile == null ? SimLibrary.DEFAULT_PROFILE : profile;
            if (!SimLibrary.PROFILES.contains(simulatorProfile))
            {
                throw new IllegalArgumentException("--profile: no built-in simulator for '" + simulatorProfile +
                    "'; available: " + SimLibrary.PROFILES);
            }
            AbiProfileDirectories.install(abiProfiles, List.of(), System::getenv);
            host = DefaultRun.hostConfig(Path.of("journal"), Path.of("ctp-work"), simulatorProfile);
        }
        else
        {
            if (profile != null)
            {
                throw new IllegalArgumentException("--profile: only for the default run; with --config set simulator.profile " +
                    "in " + configFile);
            }
            host = HostConfigLoader.load(configFile, System::getenv, abiProfiles);
        }
        if (journalDirectory != null)
        {
            host = host.withJournal(journalDirectory);
        }
        if (workDirectory != null)
        {
            host = host.withWorkDirectory(workDirectory);
        }
        if (runFor != null)
        {
            host = host.withDuration(runFor);
        }
        return host;
    }

    /**
     * Resets the built-in simulator, sets its query window, and gives it its accounts' credentials (with counters
     * mixed, only those of the accounts that trade on it).
     */
    private static SimControl prepareSimulator(final HostConfig host)
    {
        final SimControl simulator = SimControl.open(SimLibrary.path(host.simulatorProfile()));
        simulator.reset();
        simulator.configure("flow_window_ms " + host.engine().queryIntervalMs());
        for (final AccountConfig account : host.engine().accounts())
        {
            if (account.traderLibrary().equals(SimLibrary.path(host.simulatorProfile())))
            {
                SimulatorAccounts.register(simulator, account); // a real counter's credentials stay out of it
            }
        }
        return simulator;
    }

    private static String describe(final HostConfig host)
    {
        final StringBuilder text = new StringBuilder();
        if (host.source() == null)
        {
            text.append("market maker on ").append(host.instruments());
        }
        else
        {
            text.append("strategies ").append(host.engine().strategies().stream().map(StrategyConfig::name).toList())
                .append(" on ").append(host.instruments());
        }
        if (host.usesSimulator())
        {
            text.append(" against the built-in simulator (profile ").append(host.simulatorProfile()).append(')');
        }
        else
        {
            for (final AccountConfig account : host.engine().accounts())
            {
                text.append("; account ").append(account.name()).append(' ').append(account.fronts())
                    .append(" via ").append(account.traderLibrary());
            }
        }
        if (host.schedule().isWindow())
        {
            text.append("; schedule ").append(host.schedule().describe());
        }
        return text.toString();
    }

    private static String firstAccount(final HostConfig host)
    {
        return host.engine().accounts().get(0).name();
    }

    private long status(final Engine engine, final HostConfig host, final LatencyProbe probe, final long lastTicks,
        final Summary summary, final JournalHandler journal)
    {
        final EngineCounters counters = engine.counters();
        final long ticks = counters.eventsIn(EventType.RTN_DEPTH_MARKET_DATA).get();
        final Histogram latency = probe.takeInterval();
        summary.latency.add(latency);
        final long reconnects = counters.reconnects().get();
        final long reconnectsPerSecond = reconnects - lastReconnects;
        lastReconnects = reconnects;
        summary.onReconnectRate(reconnectsPerSecond);
        final String storm = reconnectsPerSecond >= STORM_RECONNECTS_PER_SECOND ?
            "  RECONNECT STORM " + reconnectsPerSecond + "/s (the front accepts and drops connections)" : "";
        out.printf(Locale.ROOT, "%s%s  ticks/s %4d  orders %5d  fills %4d  position %s  pnl %10.2f  " +
                "callback->strategy p50 %s p99 %s  journal %s  ring-full %d%n",
            states(engine, host), storm, ticks - lastTicks, counters.ordersSent().get(),
            counters.eventsIn(EventType.RTN_TRADE).get(), positions(engine, host), pnl(engine, host),
            micros(latency.getValueAtPercentile(50)), micros(latency.getValueAtPercentile(99)),
            journal.failure() == null ? "ok" : "FAILED", counters.ringStalls().get());
        return ticks;
    }

    private static String states(final Engine engine, final HostConfig host)
    {
        final List<AccountConfig> accounts = host.engine().accounts();
        final StringBuilder text = new StringBuilder();
        for (final AccountConfig account : accounts)
        {
            text.append(text.length() == 0 ? "" : " ").append(accounts.size() == 1 ? "" : account.name() + " ")
                .append(engine.accountState(account.name()));
            final String waiting = engine.waitingFor(account.name());
            if (waiting != null)
            {
                text.append(" (waiting: ").append(waiting).append(')');
            }
        }
        return text.toString();
    }

    private static double pnl(final Engine engine, final HostConfig host)
    {
        double pnl = 0;
        for (final AccountConfig account : host.engine().accounts())
        {
            final AccountState book = engine.accountBook(account.name());
            pnl += book.positionPnl() + book.closePnl();
        }
        return pnl;
    }

    /** Net position per instrument (per account, when there are several). */
    static String positions(final Engine engine, final HostConfig host)
    {
        final List<AccountConfig> accounts = host.engine().accounts();
        final StringBuilder text = new StringBuilder();
        for (final AccountConfig account : accounts)
        {
            for (final String instrument : host.instruments())
            {
                final int index = engine.instruments().indexOf(instrument);
                final Position position = index < 0 ? null : engine.accountBook(account.name()).positionOrNull(index);
                text.append(text.length() == 0 ? "" : " ").append(accounts.size() == 1 ? "" : account.name() + ":")
                    .append(instrument).append('=').append(position == null ? 0 : position.net());
            }
        }
        return text.toString();
    }

    static String micros(final long nanos)
    {
        return nanos < 1_000 ? nanos + "ns" : String.format(Locale.ROOT, "%.1fus", nanos / 1000.0);
    }

    static Duration parseDuration(final String text)
    {
        return parseDuration(text, "--duration");
    }

    static Duration parseDuration(final String text, final String option)
    {
        try
        {
            return Durations.parse(text);
        }
        catch (final IllegalArgumentException e)
        {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
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
        final HostConfig host;
        long ticks;
        long orders;
        long fills;
        long rejects;
        String positions = "";
        double pnl;
        long tradingNanos;
        long reconnects;
        long peakReconnectsPerSecond;
        long stormSeconds;
        long stormEvents;
        long coalesced;
        long ringStalls;
        long ringStallNanos;
        String journalState = "";

        Summary(final HostConfig host)
        {
            this.host = host;
        }

        void onReconnectRate(final long perSecond)
        {
            peakReconnectsPerSecond = Math.max(peakReconnectsPerSecond, perSecond);
            if (perSecond >= STORM_RECONNECTS_PER_SECOND)
            {
                stormSeconds++;
            }
        }

        void capture(final Engine engine, final JournalHandler journal)
        {
            reconnects = engine.counters().reconnects().get();
            stormEvents = engine.counters().eventsIn(EventType.FRONT_STORM).get();
            coalesced = journal.coalesced();
            ringStalls = engine.counters().ringStalls().get();
            ringStallNanos = engine.counters().ringStallNanos().get();
            journalState = journal.failure() == null ? "journal ok" :
                "journal FAILED (" + journal.unrecorded() + " events not recorded)";
            final EngineCounters counters = engine.counters();
            ticks = counters.eventsIn(EventType.RTN_DEPTH_MARKET_DATA).get();
            orders = counters.ordersSent().get();
            fills = counters.eventsIn(EventType.RTN_TRADE).get();
            rejects = counters.ordersRejected().get();
            positions = positions(engine, host);
            pnl = pnl(engine, host);
        }

        void print(final PrintStream out, final Path journal)
        {
            out.printf(Locale.ROOT, "summary: %d s trading, %d ticks, %d orders (%d rejected), %d fills, position %s, " +
                    "pnl %.2f, callback->strategy p50 %s p99 %s p99.9 %s, ring full %d times (%d ms waited), %s%n",
                Duration.ofNanos(tradingNanos).toSeconds(), ticks, orders, rejects, fills, positions, pnl,
                micros(latency.getValueAtPercentile(50)), micros(latency.getValueAtPercentile(99)),
                micros(latency.getValueAtPercentile(99.9)), ringStalls, ringStallNanos / 1_000_000, journalState);
            if (reconnects > 0)
            {
                out.printf(Locale.ROOT, "reconnects: %d (peak %d/s%s%s)%n", reconnects, peakReconnectsPerSecond,
                    stormSeconds == 0 ? "" : "; a reconnect storm for " + stormSeconds + " s",
                    coalesced == 0 ? "" : "; the journal counted its " + coalesced + " front events in " + stormEvents +
                        " FRONT_STORM events");
            }
            out.println("journal: " + journal.toAbsolutePath());
        }
    }
}
