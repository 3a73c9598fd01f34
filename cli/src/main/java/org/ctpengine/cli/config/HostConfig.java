package org.ctpengine.cli.config;

import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked run of the strategy host: the engine's configuration plus what only the host uses.
 *
 * @param source           the configuration file as the user named it, or null for the embedded default
 * @param journalDirectory where the journal goes
 * @param duration         how long to run, or null: until Ctrl-C
 * @param simulatorProfile the built-in simulator's ABI profile when the run uses it, else null
 * @param engine           the engine's configuration (strategies included)
 * @param instruments      every instrument the strategies and market-data sessions name, for the status line
 * @param configDigest     {@code sha256:<hex>} of the configuration file's bytes, or {@link #EMBEDDED_DEFAULT}: the
 *                         journal records it, and replay compares it with the file it is given
 * @param schedule         when the run trades (the {@code schedule} key): {@link RunSchedule#NOW} by default
 */
public record HostConfig(
    String source,
    Path journalDirectory,
    Duration duration,
    String simulatorProfile,
    EngineConfig engine,
    List<String> instruments,
    String configDigest,
    RunSchedule schedule)
{
    /** The digest recorded for the embedded default run, which has no file. */
    public static final String EMBEDDED_DEFAULT = "embedded-default";

    public HostConfig
    {
        instruments = List.copyOf(instruments);
    }

    /** Without a schedule: run now until stopped. */
    public HostConfig(final String source, final Path journalDirectory, final Duration duration, final String simulatorProfile,
        final EngineConfig engine, final List<String> instruments, final String configDigest)
    {
        this(source, journalDirectory, duration, simulatorProfile, engine, instruments, configDigest, RunSchedule.NOW);
    }

    /** The embedded default's shape: no file, so no digest of one. */
    public HostConfig(final String source, final Path journalDirectory, final Duration duration, final String simulatorProfile,
        final EngineConfig engine, final List<String> instruments)
    {
        this(source, journalDirectory, duration, simulatorProfile, engine, instruments, EMBEDDED_DEFAULT);
    }

    public boolean usesSimulator()
    {
        return simulatorProfile != null;
    }

    /** The engine's configuration with {@code extra} strategies after the configured ones (a latency probe, say). */
    public EngineConfig engineWith(final List<StrategyConfig> extra)
    {
        final List<StrategyConfig> strategies = new ArrayList<>(engine.strategies());
        strategies.addAll(extra);
        return engine.withStrategies(strategies);
    }

    public HostConfig withJournal(final Path directory)
    {
        return new HostConfig(source, directory, duration, simulatorProfile, engine, instruments, configDigest, schedule);
    }

    public HostConfig withDuration(final Duration runFor)
    {
        return new HostConfig(source, journalDirectory, runFor, simulatorProfile, engine, instruments, configDigest, schedule);
    }

    public HostConfig withWorkDirectory(final Path directory)
    {
        return new HostConfig(source, journalDirectory, duration, simulatorProfile, engine.withWorkDirectory(directory),
            instruments, configDigest, schedule);
    }
}
