package org.ctpengine.strategies.host;

import org.ctpengine.engine.host.StrategyConfig;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ReplayResult;
import org.ctpengine.strategies.host.config.HostConfig;
import org.ctpengine.strategies.host.config.HostConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ctp-engine replay}: feeds a journal's events through the strategies of the default run (or of
 * {@code --config FILE}, the run's configuration) with the
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

    @Option(names = "--config", paramLabel = "FILE",
        description = "the configuration the journal was recorded with (default: the embedded default run); only its " +
            "strategies and risk limits are used, so neither libraries nor credentials need to be present")
    Path configFile;

    @Override
    public Integer call()
    {
        final List<StrategyConfig> strategies;
        final RiskLimits globalRisk;
        if (configFile == null)
        {
            strategies = DefaultRun.strategies();
            globalRisk = RiskLimits.defaults();
        }
        else
        {
            final HostConfig host = HostConfigLoader.forReplay(configFile);
            strategies = host.engine().strategies();
            globalRisk = host.engine().globalRisk();
        }
        final long start = System.nanoTime();
        final ReplayResult result = JournalReplay.replay(journalDirectory, strategies, globalRisk,
            events -> System.err.printf("  ... %,d events replayed%n", events));
        final double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("replay of %s: %s (%,.0f events/s)%n", journalDirectory.toAbsolutePath(), result,
            result.events() / Math.max(seconds, 1e-9));
        return result.identical() ? 0 : 1;
    }
}
