package org.ctpengine.strategies.host;

import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ReplayResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ctp-engine replay}: feeds a journal's events through the default run's strategies with the
 * journal's clock and compares every order and cancel they issue with the ones recorded. Exit 0 when
 * identical, 1 at the first divergence (printed field by field).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Replay a journal through the strategies and compare their orders with the recorded ones.")
public final class ReplayCommand implements Callable<Integer>
{
    @Option(names = "--journal", paramLabel = "DIR", defaultValue = "journal",
        description = "journal directory (default: ./${DEFAULT-VALUE})")
    Path journalDirectory;

    @Override
    public Integer call()
    {
        final long start = System.nanoTime();
        final ReplayResult result = JournalReplay.replay(journalDirectory, DefaultRun.strategies(), RiskLimits.defaults(),
            events -> System.err.printf("  ... %,d events replayed%n", events));
        final double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("replay of %s: %s (%,.0f events/s)%n", journalDirectory.toAbsolutePath(), result,
            result.events() / Math.max(seconds, 1e-9));
        return result.identical() ? 0 : 1;
    }
}
