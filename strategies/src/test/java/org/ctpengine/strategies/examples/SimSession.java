package org.ctpengine.strategies.examples;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.EngineMetadata;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ReplayResult;
import org.ctpengine.journal.replay.SimulatorDefaults;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records one strategy's session against the built-in simulator, engine and journal together, then replays it:
 * the way the example tests pin a strategy's behaviour down.
 */
final class SimSession
{
    static final String ACCOUNT = "sim";
    /** Generous rates for a simulator that ticks every few milliseconds; the other limits as a user would set them. */
    static final RiskLimits FAST = new RiskLimits(10, 50, 1_000, 1_000, 100_000, 100_000, 100_000, true, true, true);

    /** What the test does while the engine runs: steer the simulator, wait (with deadlines) for enough to happen. */
    interface Script
    {
        void run(SimControl control, Engine engine) throws Exception;
    }

    private SimSession()
    {
    }

    static StrategyConfig strategy(final String name, final Strategy strategy, final RiskLimits risk)
    {
        return new StrategyConfig(name, strategy, ACCOUNT, 0, risk);
    }

    /**
     * Resets the simulator (ticks every {@code tickIntervalMs}, plus {@code simConfig} lines), runs the engine with one
     * strategy and a journal in {@code directory}/journal while {@code script} runs, then shuts down.
     */
    static Path record(final Path directory, final StrategyConfig strategy, final int tickIntervalMs, final Script script,
        final String... simConfig) throws Exception
    {
        final Path sim = SimLibrary.path(SimLibrary.DEFAULT_PROFILE);
        final SimControl control = SimControl.open(sim);
        control.reset();
        for (final String line : simConfig)
        {
            control.configure(line);
        }
        control.configure("tick_interval_ms " + tickIntervalMs);
        control.configure("flow_window_ms 20");
        final EngineConfig config = new EngineConfig(Files.createDirectories(directory.resolve("work")), 4096,
            WaitStrategyKind.BLOCKING, 20, 20, 1024, FAST,
            List.of(SimulatorDefaults.account(ACCOUNT, sim, ResumeType.QUICK)),
            List.of(SimulatorDefaults.marketData("md", sim)),
            List.of(strategy));
        final Path journalDirectory = directory.resolve("journal");
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        try (Journal journal = Journal.open(journalDirectory))
        {
            final JournalHandler handler = new JournalHandler(journal, () -> EngineMetadata.of(engineRef.get(), "test"));
            try (Engine engine = new Engine(config, List.of(handler)))
            {
                engineRef.set(engine);
                engine.start();
                script.run(control, engine);
            }
        }
        return journalDirectory;
    }

    static ReplayResult replay(final Path journal, final StrategyConfig strategy)
    {
        return JournalReplay.replay(journal, List.of(strategy), null);
    }
}
