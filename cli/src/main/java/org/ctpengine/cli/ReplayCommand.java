package org.ctpengine.cli;

import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ProgressLine;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.ReplayProgress;
import org.ctpengine.journal.replay.ReplayReport;
import org.ctpengine.journal.replay.WhatIfReplay;
import org.ctpengine.journal.replay.WhatIfResult;
import org.ctpengine.journal.tools.ReportCommand;
import org.ctpengine.journal.tools.SelectionOptions;
import org.ctpengine.cli.config.AbiProfileDirectories;
import org.ctpengine.cli.config.HostConfig;
import org.ctpengine.cli.config.HostConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * {@code ctp-engine replay}: feeds each run of a journal through fresh instances of the default run's strategies (or
 * those of {@code --config FILE}, the run's configuration, or {@code --strategy}) with the journal's clock and
 * compares every order and cancel they issue with the ones recorded; a warm-started run first takes back what the
 * live engine recovered from the runs before it. One verdict per run (identical, or the first divergence printed
 * field by field) and an overall one: exit 0 when every run is identical, 1 otherwise; {@code --run N} replays one.
 * A time range and instruments narrow it, {@code --speed} paces it, a progress line on stderr follows it. {@code --what-if} instead runs the strategy live
 * over the recorded ticks against the built-in simulator, whose matching fills its orders.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {
        "Replay a journal through the strategies and compare their orders with the recorded ones: every run of the",
        "journal (each `ctp-engine run` appends one), or --run N. A warm-started run is first restored from the runs",
        "before it, as the live engine was; one verdict per run, then an overall one (exit 0 only if all are identical).",
        "With --from/--to/--instrument only that part of the market and order flow is fed (the session set-up always",
        "is) and only the orders issued inside it are compared; the strategies start it flat: state built before",
        "--from is not replayed. A time of day is resolved against the first replayed run's start, and the one window",
        "applies to every run: runs outside it are reported as such, with nothing compared.",
        "With --what-if, run --strategy over the recorded ticks against the built-in simulator (its matching fills the",
        "orders), print a summary and write the run's own journal to --out."
    })
public final class ReplayCommand implements Callable<Integer>
{
    @Option(names = "--journal", paramLabel = "DIR", defaultValue = "journal",
        description = "journal directory (default: ./${DEFAULT-VALUE})")
    Path journalDirectory;

    @Option(names = "--config", paramLabel = "FILE",
        description = "the configuration the journal was recorded with (default: the embedded default run); only its " +
            "strategies and risk limits are used, so neither libraries nor credentials need to be present")
    Path configFile;

    @Option(names = "--abi-profiles", paramLabel = "DIR",
        description = "a directory of ABI profiles made by 'abi extract --headers', for a journal recorded with one " +
            "(repeatable; beside the config's abi-profiles and CTP_ENGINE_ABI_PROFILES)")
    List<Path> abiProfiles = new ArrayList<>();

    @Mixin
    SelectionOptions selection;

    @Option(names = "--speed", paramLabel = "N",
        description = "×N real time by the journal's event clock, e.g. 1, 10, 0.5 (default: as fast as possible)")
    double speed;

    @Option(names = "--run", paramLabel = "N",
        description = "replay only the journal's N-th run (1 for the first; a warm-started one is still restored from " +
            "the runs before it); what-if: the market of run N (default: every run; what-if: the first)")
    int run;

    @Option(names = "--no-progress", description = "no progress line on stderr")
    boolean noProgress;

    @Option(names = "--what-if", description = "run --strategy over the recorded ticks, its orders filled by the simulator")
    boolean whatIf;

    @Option(names = "--strategy", paramLabel = "CLASS",
        description = "market-maker, breakout, pair-spread, or a Strategy class (its StrategyParams constructor, else " +
            "a no-argument one; default: the default run's market maker)")
    String strategy;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
        description = "a setting of the strategy, e.g. maxInventory=3, lots=2, instruments=rb2501,m2501 (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "what-if",
        description = "what-if: where its journal (DIR/journal) and work files go (default: ./${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--report", paramLabel = "FILE",
        description = "what-if: also write a self-contained HTML report (price, orders, fills, positions, equity, table)")
    Path report;

    @Override
    public Integer call() throws IOException
    {
        if (report != null && !whatIf)
        {
            throw new IllegalArgumentException("--report is for --what-if (for any journal: ctp-engine journal report)");
        }
        if (run < 0)
        {
            throw new IllegalArgumentException("--run: " + run + " is not a run number (the journal's runs count from 1)");
        }
        final ReplayOptions options = options(selection, speed, noProgress).run(run);
        final HostConfig host = configFile == null ? null : HostConfigLoader.forReplay(configFile, abiProfiles);
        if (host == null)
        {
            AbiProfileDirectories.install(abiProfiles, List.of(), System::getenv);
        }
        else
        {
            final String warning = ConfigDigestCheck.warning(journalDirectory, configFile, host.configDigest());
            if (warning != null)
            {
                System.err.println(warning);
            }
        }
        if (host != null && (strategy != null || !params.isEmpty()))
        {
            throw new IllegalArgumentException("--config already names the strategies: drop --strategy/--param, or --config");
        }
        final List<StrategyConfig> strategies = host != null ? host.engine().strategies() : strategies();
        final RiskLimits globalRisk = host != null ? host.engine().globalRisk() : RiskLimits.defaults();
        final long start = System.nanoTime();
        if (whatIf)
        {
            final WhatIfResult result = WhatIfReplay.run(journalDirectory, strategies, globalRisk, options, output);
            System.out.printf("what-if over %s (%.1f s):%n%s%n", journalDirectory.toAbsolutePath(),
                (System.nanoTime() - start) / 1e9, result);
            System.out.println("dump it: ./ctp-engine journal dump " + result.journal() + "; replay it: ./ctp-engine replay " +
                "--journal " + result.journal() + (configFile == null ? "" : " --config " + configFile) +
                (strategy == null ? "" : " --strategy " + strategy) + paramsText());
            if (report != null)
            {
                ReportCommand.write(result.journal(), report, "what-if " + (strategy == null ? "market-maker" : strategy) +
                    " over " + journalDirectory.toAbsolutePath(), Map.of(), 0, null, new long[2]);
                System.out.println("report: " + report.toAbsolutePath());
            }
            return 0;
        }
        // Each run gets new instances, as each live run did: the first run uses the ones already made.
        final ReplayReport report = JournalReplay.replayRuns(journalDirectory,
            new FreshStrategies(strategies, () -> host != null ? HostConfigLoader.forReplay(configFile).engine().strategies() :
                strategies()), globalRisk, options);
        final double seconds = (System.nanoTime() - start) / 1e9;
        // Events and wall time, opening the journal included: a rate over a short replay would mostly measure the
        // start-up (bench/ measures replay throughput).
        System.out.printf("replay of %s (%s, %,d events in %.2f s):%n%s%n", journalDirectory.toAbsolutePath(),
            report.runsInJournal() < 0 ? "run " + run : report.runsInJournal() + (report.runsInJournal() == 1 ? " run" : " runs"),
            report.events(), seconds, report);
        if (!report.identical() && host == null && strategy == null && params.isEmpty())
        {
            final String hint = ConfigDigestCheck.recordedConfigHint(journalDirectory);
            if (hint != null)
            {
                System.out.println(hint);
            }
        }
        return report.identical() ? 0 : 1;
    }

    private List<StrategyConfig> strategies()
    {
        if (strategy == null && params.isEmpty())
        {
            return DefaultRun.strategies();
        }
        final List<String> instruments = selection.instruments().isEmpty() ? DefaultRun.INSTRUMENTS : selection.instruments();
        return List.of(new StrategyConfig(strategy == null ? DefaultRun.MARKET_MAKER : strategy,
            StrategyOption.create(strategy == null ? "market-maker" : strategy, params, instruments), DefaultRun.ACCOUNT, 0,
            RiskLimits.defaults()));
    }

    /** The strategies for each run: the first replayed run takes {@code first}, every later one a new set. */
    private static final class FreshStrategies implements IntFunction<List<StrategyConfig>>
    {
        private final Supplier<List<StrategyConfig>> factory;
        private List<StrategyConfig> first;

        FreshStrategies(final List<StrategyConfig> first, final Supplier<List<StrategyConfig>> factory)
        {
            this.first = first;
            this.factory = factory;
        }

        @Override
        public List<StrategyConfig> apply(final int run)
        {
            final List<StrategyConfig> strategies = first != null ? first : factory.get();
            first = null;
            return strategies;
        }
    }

    private String paramsText()
    {
        final StringBuilder text = new StringBuilder();
        params.forEach((name, value) -> text.append(" --param ").append(name).append('=').append(value));
        return text.toString();
    }

    static ReplayOptions options(final SelectionOptions selection, final double speed, final boolean noProgress)
    {
        if (speed < 0 || Double.isNaN(speed))
        {
            throw new IllegalArgumentException("--speed: " + speed + " is not a positive factor of real time");
        }
        selection.toFilter(EnumSet.noneOf(EventType.class), () -> 0L); // unreadable times fail before the journal opens
        return ReplayOptions.DEFAULT
            .filter(runStart -> selection.toFilter(EnumSet.noneOf(EventType.class), () -> runStart))
            .speed(speed)
            .progress(noProgress ? ReplayProgress.NONE : ProgressLine.onStandardError());
    }
}
