package org.ctpengine.journal.recovery;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.recovery.WarmStart;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.EngineMetadata;
import org.ctpengine.journal.replay.SimulatorDefaults;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One engine run of the warm-restart tests: the built-in simulator (its market still unless the test moves it),
 * one account journaled to a directory, and a {@link RestartTrader} whose per-instrument daily cancel limit is 2.
 * The same work directory across runs keeps the flow files (the private topic's resume cursor).
 */
final class RestartSession implements AutoCloseable
{
    static final String PROFILE = SimLibrary.DEFAULT_PROFILE;
    static final String ACCOUNT = "sim";
    static final RiskLimits LIMITS = new RiskLimits(10, 50, 20, 20, 10_000, 10_000, 2, true, true, true);

    final Journal journal;
    final Engine engine;
    /** Held for the session's life: a collected JNA handle can unload the library, and the counter with it. */
    final SimControl simulator;

    private RestartSession(final Journal journal, final Engine engine, final SimControl simulator)
    {
        this.journal = journal;
        this.engine = engine;
        this.simulator = simulator;
    }

    /** A fresh simulated day: still market, one level a side, counter state kept in {@code simState} when not null. */
    static SimControl freshSimulator(final Path simState)
    {
        final SimControl control = SimControl.open(SimLibrary.path(PROFILE));
        control.reset();
        control.configure("tick_interval_ms 0");
        control.configure("flow_window_ms 20");
        if (simState != null)
        {
            control.stateDirectory(simState);
        }
        control.setBook(RestartTrader.INSTRUMENT, 3499, 5, 3500, 5);
        return control;
    }

    /** The counter a killed process left in {@code simState}, as the next process finds it. */
    static SimControl runningSimulator(final Path simState)
    {
        final SimControl control = SimControl.open(SimLibrary.path(PROFILE));
        control.reset();
        control.stateDirectory(simState);
        return control;
    }

    /**
     * Opens the journal, builds the engine with {@code trader} and, when {@code warm}, continues the journal's
     * day; then starts it, against the simulator {@code simulator} controls.
     */
    static RestartSession start(final Path root, final Strategy trader, final boolean warm,
        final SimControl simulator) throws IOException
    {
        final Path sim = SimLibrary.path(PROFILE);
        final EngineConfig config = new EngineConfig(Files.createDirectories(root.resolve("work")), 4096,
            WaitStrategyKind.BLOCKING, 20, 20, 1024, RiskLimits.defaults(),
            List.of(SimulatorDefaults.account(ACCOUNT, sim, ResumeType.QUICK)),
            List.of(SimulatorDefaults.marketData("md", sim)),
            List.of(new StrategyConfig(RestartTrader.NAME, trader, ACCOUNT, 0, LIMITS)));
        final Journal journal = Journal.open(root.resolve("journal"));
        final WarmStart recovered = warm ? JournalRecovery.recover(journal, System.currentTimeMillis() * 1_000_000L) : null;
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), "test"));
        final Engine engine = new Engine(config, List.of(handler));
        engineRef.set(engine);
        if (recovered != null)
        {
            engine.warmStart(recovered);
        }
        engine.start();
        return new RestartSession(journal, engine, simulator);
    }

    /** What the journal holds of today so far (it is written on its own thread: poll until it has caught up). */
    WarmStart journaled()
    {
        return JournalRecovery.recover(journal, System.currentTimeMillis() * 1_000_000L);
    }

    @Override
    public void close()
    {
        engine.close();
        journal.close();
    }
}
