package org.ctpengine.cli;

import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.recovery.WarmStart;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.recovery.JournalRecovery;
import org.ctpengine.sim.SimControl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ctp-engine run}'s restart behaviour: when the journal already holds today's events of the run's accounts,
 * the engine continues that day (warm start) unless {@code --cold} says otherwise. The built-in simulator keeps its
 * counter in the work directory, so that a restarted run finds the orders, trades and positions it left, as with
 * a real counter; a cold run starts the simulated day afresh.
 */
final class WarmRestart
{
    /** The built-in simulator's saved counter, inside the work directory. */
    static final String SIMULATOR_STATE = "sim-state";

    private WarmRestart()
    {
    }

    /** Keeps the simulator's counter in the work directory: continued when warm, started afresh when cold. */
    static void keepSimulatorState(final SimControl simulator, final Path workDirectory, final boolean cold) throws IOException
    {
        final Path state = workDirectory.resolve(SIMULATOR_STATE);
        if (cold)
        {
            Files.deleteIfExists(state.resolve("ctpsim-state.bin"));
        }
        simulator.stateDirectory(state);
    }

    /** Before {@link Engine#start()}: continues the journal's day when it has one and the run is not cold. */
    static void continueDay(final Engine engine, final Journal journal, final boolean cold, final PrintStream out)
    {
        if (cold)
        {
            out.println("cold start (--cold): today's journal, if any, is not recovered");
            return;
        }
        final WarmStart state = JournalRecovery.recover(journal, System.currentTimeMillis() * 1_000_000L);
        if (!state.isEmpty())
        {
            engine.warmStart(state);
            out.println("warm start from " + journal.directory() + ": " + state.describe() +
                "; private topic resumed (RESUME); --cold starts afresh");
        }
    }
}
