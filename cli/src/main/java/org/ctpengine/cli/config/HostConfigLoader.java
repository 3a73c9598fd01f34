package org.ctpengine.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ProfileDirectory;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.engine.config.Secret;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.replay.SimulatorDefaults;
import org.ctpengine.sim.SimLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.ctpengine.strategies.params.ConfigEntry;
import org.ctpengine.strategies.params.ConfigException;
import org.ctpengine.strategies.params.Problems;
import org.ctpengine.strategies.params.StrategyParams;

/**
 * Reads a {@code ctp-engine run --config FILE} configuration, checks every value, fills the defaults and builds
 * a {@link HostConfig}. The first problem is a {@link ConfigException}: one line naming the file, the key path
 * and the bad value. Credentials come from environment variables or an owner-only file, never from the file
 * itself; for a replay ({@link #forReplay}) neither credentials nor libraries are needed.
 */
public final class HostConfigLoader
{
    static final int DEFAULT_RING_SIZE = 16_384;
    static final int DEFAULT_TIMER_INTERVAL_MS = 100;
    /**
     * The library key value ({@code trader-library:}, {@code library:}) that names the built-in simulator's library,
     * of the {@code simulator} section's profile (6.7.8 without that section): one counter may be the simulator and
     * another a real one.
     */
    public static final String BUILTIN_SIMULATOR = "builtin-simulator";

    /** CTP allows one query a second on a real front; the simulator is told a shorter window. */
    static final int DEFAULT_QUERY_INTERVAL_MS = 1_000;
    static final int SIMULATOR_QUERY_INTERVAL_MS = 200;
    static final int DEFAULT_INSTRUMENT_CAPACITY = 1_024;

    private final Problems problems;
    private final ConfigReader reader;
    private final Credentials credentials;
    private final boolean resolveExternals;
    private final List<Path> abiProfileOptions;
    private final Function<String, String> abiEnvironment;

    private HostConfigLoader(final String fileName, final Function<String, String> environment, final boolean resolveExternals,
        final List<Path> abiProfileOptions, final Function<String, String> abiEnvironment)
    {
        this.problems = new Problems(fileName);
        this.reader = new ConfigReader(problems);
        this.credentials = new Credentials(problems, environment, reader);
        this.resolveExternals = resolveExternals;
        this.abiProfileOptions = List.copyOf(abiProfileOptions);
        this.abiEnvironment = abiEnvironment;
    }

    /** Loads {@code file} for a live run, with credentials from {@code environment} (normally {@code System::getenv}). */
    public static HostConfig load(final Path file, final Function<String, String> environment)
    {
        return load(file, environment, List.of());
    }

    /**
     * As {@link #load(Path, Function)}, with the {@code --abi-profiles} directories: they, the file's
     * {@code abi-profiles} and {@code CTP_ENGINE_ABI_PROFILES} of {@code environment} become the external ABI
     * profiles' search path ({@link AbiProfileDirectories}).
     */
    public static HostConfig load(final Path file, final Function<String, String> environment, final List<Path> abiProfiles)
    {
        return new HostConfigLoader(file.toString(), environment, true, abiProfiles, environment).read(file);
    }

    /** Loads {@code file} for a replay: strategies and limits only; libraries and credentials are not looked at. */
    public static HostConfig forReplay(final Path file)
    {
        return forReplay(file, List.of());
    }

    /** As {@link #forReplay(Path)}, with the {@code --abi-profiles} directories (the journal's profiles may be there). */
    public static HostConfig forReplay(final Path file, final List<Path> abiProfiles)
    {
        return new HostConfigLoader(file.toString(), name -> null, false, abiProfiles, System::getenv).read(file);
    }

    private HostConfig read(final Path file)
    {
        final byte[] bytes = reader.bytes(file);
        final ConfigFile config = reader.parse(file, bytes, ConfigFile.class);
        AbiProfileDirectories.install(abiProfileOptions, abiProfileDirectories(config.abiProfiles()), abiEnvironment);
        final String sectionProfile = simulatorProfile(config.simulator());
        final boolean everyAccountSimulated = config.accounts() != null && !config.accounts().isEmpty() &&
            config.accounts().stream().allMatch(a -> a != null && simulated(a.traderLibrary(), sectionProfile));
        final boolean anySimulated = config.accounts() != null &&
            config.accounts().stream().anyMatch(a -> a != null && simulated(a.traderLibrary(), sectionProfile)) ||
            config.marketData() != null &&
            config.marketData().stream().anyMatch(m -> m != null && simulated(m.library(), sectionProfile));
        // The simulator's library is loaded (and reset, and given the accounts) when any session uses it.
        final String simulatorProfile = anySimulated ?
            (sectionProfile != null ? sectionProfile : SimLibrary.DEFAULT_PROFILE) : null;
        // A real trading front allows one query a second: the simulator's short window only when it is every counter.
        final boolean simulator = everyAccountSimulated;
        final Path journal = Paths.expand(text("journal", config.journal(), "journal"));
        final Path work = Paths.expand(text("work", config.work(), "ctp-work"));
        final Duration duration = duration(config.duration());
        final RunSchedule schedule = ScheduleSettings.read(problems, config.schedule());

        final ConfigFile.EngineSection engine = config.engine() == null ?
            new ConfigFile.EngineSection(null, null, null, null, null, null, null) : config.engine();
        final int ringSize = positive("engine.ring-size", engine.ringSize(), DEFAULT_RING_SIZE);
        if (Integer.bitCount(ringSize) != 1)
        {
            throw problems.at("engine.ring-size", ringSize + " is not a power of two (e.g. 16384)");
        }
        final WaitStrategyKind wait = waitStrategy("engine.wait-strategy", engine.waitStrategy(), WaitStrategyKind.BLOCKING);
        final WaitStrategyKind backgroundWait = waitStrategy("engine.background-wait", engine.backgroundWait(),
            WaitStrategyKind.SLEEPING);
        final int timerMs = positive("engine.timer-interval-ms", engine.timerIntervalMs(), DEFAULT_TIMER_INTERVAL_MS);
        final int queryMs = positive("engine.query-interval-ms", engine.queryIntervalMs(),
            simulator ? SIMULATOR_QUERY_INTERVAL_MS : DEFAULT_QUERY_INTERVAL_MS);
        final int capacity = positive("engine.instrument-capacity", engine.instrumentCapacity(), DEFAULT_INSTRUMENT_CAPACITY);
        final Duration callbackTimeout = engine.callbackTimeout() == null ?
            Duration.ofMillis(EngineConfig.DEFAULT_CALLBACK_TIMEOUT_MS) : callbackTimeout(engine.callbackTimeout());

        final Set<String> channelNames = new HashSet<>();
        final List<AccountConfig> accounts = accounts(config.accounts(), sectionProfile, channelNames);
        final List<MarketDataConfig> marketData = new ArrayList<>();
        final Set<String> instruments = new LinkedHashSet<>();
        marketData(config.marketData(), sectionProfile, channelNames, marketData, instruments);
        final List<StrategyConfig> strategies = strategies(config.strategies(), accounts, instruments);

        return new HostConfig(problems.file(), journal, duration, simulatorProfile,
            new EngineConfig(work, ringSize, wait, timerMs, queryMs, capacity,
                RiskSettings.read(problems, "risk", config.risk()), accounts, marketData, strategies, backgroundWait,
                callbackTimeout.toMillis()),
            new ArrayList<>(instruments), JournalMetadata.digestOf(bytes), schedule);
    }

    private List<ProfileDirectory> abiProfileDirectories(final List<String> entries)
    {
        final List<ProfileDirectory> directories = new ArrayList<>();
        if (entries == null)
        {
            return directories;
        }
        for (int i = 0; i < entries.size(); i++)
        {
            final String path = entries.size() == 1 ? "abi-profiles" : "abi-profiles[" + i + "]";
            final String entry = entries.get(i);
            if (entry == null || entry.isBlank())
            {
                throw problems.at(path, "empty (a directory holding profiles written by abi extract --out DIR)");
            }
            final Path dir = Paths.expand(entry.trim());
            if (!Files.isDirectory(dir))
            {
                throw problems.at(path, "directory " + entry.trim() + (Files.exists(dir) ? " is not a directory (" :
                    " does not exist (") + dir.toAbsolutePath() + ")");
            }
            directories.add(new ProfileDirectory(dir, problems.file() + ": " + path));
        }
        return directories;
    }

    private String simulatorProfile(final ConfigFile.Simulator simulator)
    {
        if (simulator == null)
        {
            return null;
        }
        final String profile = simulator.profile() == null ? SimLibrary.DEFAULT_PROFILE : simulator.profile();
        if (!SimLibrary.PROFILES.contains(profile))
        {
            throw problems.at("simulator.profile", Problems.quote(profile) + " has no built-in simulator; built: " +
                SimLibrary.PROFILES);
        }
        return profile;
    }

    private Duration callbackTimeout(final String text)
    {
        final Duration timeout;
        try
        {
            timeout = Durations.parse(text);
        }
        catch (final IllegalArgumentException e)
        {
            throw problems.at("engine.callback-timeout", e.getMessage());
        }
        if (timeout.toMillis() < 100)
        {
            throw problems.at("engine.callback-timeout", Problems.quote(text) + " is too short: a callback may take a " +
                "GC pause (at least 100ms; e.g. 5s)");
        }
        return timeout;
    }

    private Duration duration(final String text)
    {
        if (text == null)
        {
            return null;
        }
        final Duration duration;
        try
        {
            duration = Durations.parse(text);
        }
        catch (final IllegalArgumentException e)
        {
            throw problems.at("duration", e.getMessage());
        }
        if (duration.isZero() || duration.isNegative())
        {
            throw problems.at("duration", Problems.quote(text) + " is not positive");
        }
        return duration;
    }

    private WaitStrategyKind waitStrategy(final String key, final String text, final WaitStrategyKind absent)
    {
        if (text == null)
        {
            return absent;
        }
        final List<String> names = new ArrayList<>();
        for (final WaitStrategyKind kind : WaitStrategyKind.values())
        {
            final String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (name.equals(text.trim().toLowerCase(Locale.ROOT)))
            {
                return kind;
            }
            names.add(name);
        }
        throw problems.at(key, Problems.quote(text) + " is not one of " + names +
            Suggestions.didYouMean(text, names));
    }

    private List<AccountConfig> accounts(final List<ConfigFile.AccountSection> sections, final String sectionProfile,
        final Set<String> channelNames)
    {
        if (sections == null || sections.isEmpty())
        {
            throw problems.at("accounts", "missing (at least one trading account)");
        }
        final List<AccountConfig> accounts = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++)
        {
            final String path = "accounts[" + i + "]";
            final ConfigFile.AccountSection a = sections.get(i);
            if (a == null)
            {
                throw problems.at(path, "empty entry");
            }
            final boolean simulator = simulated(a.traderLibrary(), sectionProfile);
            final String name = uniqueName(path + ".name", a.name(), channelNames);
            final Path library = library(path + ".trader-library", a.traderLibrary(), sectionProfile);
            final List<String> fronts = simulator && a.fronts() == null ? List.of(SimulatorDefaults.TRADER_FRONT) :
                Fronts.check(problems, path + ".fronts", a.fronts());
            final String broker = required(path + ".broker", a.broker(), simulator ? SimulatorDefaults.BROKER : null, "the BrokerID, e.g. \"9999\"");
            final String user = required(path + ".user", a.user(), simulator ? SimulatorDefaults.USER : null, "the UserID (InvestorID)");
            final String appId = a.appId() != null ? a.appId().trim() : simulator ? SimulatorDefaults.APP_ID : "";
            Credentials.Pair secrets = credentials(path + ".credentials", a.credentials());
            if (simulator && a.credentials() == null)
            {
                secrets = new Credentials.Pair(Secret.of(SimulatorDefaults.PASSWORD), Secret.of(SimulatorDefaults.AUTH_CODE));
            }
            if (resolveExternals && !simulator && a.credentials() == null)
            {
                throw problems.at(path + ".credentials", "missing (password-env: VARIABLE, or file: PATH to an owner-only file)");
            }
            if (resolveExternals && !appId.isEmpty() && secrets.authCode().isEmpty())
            {
                throw problems.at(path + ".credentials", "app-id " + appId + " needs an auth code: set auth-code-env " +
                    "(or auth-code: in the credentials file)");
            }
            accounts.add(new AccountConfig(name, library, abiProfile(path + ".abi-profile", a.abiProfile()), fronts, broker,
                user, secrets.password(), appId, secrets.authCode(), resume(path + ".resume", a.resume())));
        }
        return accounts;
    }

    private void marketData(final List<ConfigFile.MarketDataSection> sections, final String sectionProfile,
        final Set<String> channelNames, final List<MarketDataConfig> out, final Set<String> instruments)
    {
        if (sections == null || sections.isEmpty())
        {
            throw problems.at("market-data", "missing (at least one market-data session)");
        }
        for (int i = 0; i < sections.size(); i++)
        {
            final String path = "market-data[" + i + "]";
            final ConfigFile.MarketDataSection m = sections.get(i);
            if (m == null)
            {
                throw problems.at(path, "empty entry");
            }
            final boolean simulator = simulated(m.library(), sectionProfile);
            final String name = uniqueName(path + ".name", m.name(), channelNames);
            final Path library = library(path + ".library", m.library(), sectionProfile);
            final List<String> fronts = simulator && m.fronts() == null ? List.of(SimulatorDefaults.MD_FRONT) :
                Fronts.check(problems, path + ".fronts", m.fronts());
            final Credentials.Pair secrets = credentials(path + ".credentials", m.credentials());
            instruments.addAll(instrumentList(path + ".instruments", m.instruments()));
            out.add(new MarketDataConfig(name, library, abiProfile(path + ".abi-profile", m.abiProfile()), fronts,
                m.broker() == null ? (simulator ? SimulatorDefaults.BROKER : "") : m.broker().trim(),
                m.user() == null ? (simulator ? SimulatorDefaults.USER : "") : m.user().trim(),
                simulator && m.credentials() == null ? Secret.of(SimulatorDefaults.PASSWORD) : secrets.password()));
        }
    }

    private List<StrategyConfig> strategies(final List<ConfigFile.StrategySection> sections, final List<AccountConfig> accounts,
        final Set<String> instruments)
    {
        if (sections == null || sections.isEmpty())
        {
            throw problems.at("strategies", "missing (at least one strategy)");
        }
        final Set<String> names = new HashSet<>();
        final List<String> accountNames = accounts.stream().map(AccountConfig::name).toList();
        final List<StrategyConfig> strategies = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++)
        {
            final String path = "strategies[" + i + "]";
            final ConfigFile.StrategySection s = sections.get(i);
            if (s == null)
            {
                throw problems.at(path, "empty entry");
            }
            final String name = uniqueName(path + ".name", s.name(), names);
            final String className = required(path + ".class", s.className(), null,
                "a class implementing Strategy, e.g. org.ctpengine.strategies.examples.MarketMaker");
            final String account = account(path + ".account", s.account(), accountNames);
            final Integer thread = s.thread() == null ? Integer.valueOf(0) : s.thread();
            if (thread < 0)
            {
                throw problems.at(path + ".thread", thread + " is negative (strategies with the same number share a thread)");
            }
            final List<String> own = instrumentList(path + ".instruments", s.instruments());
            instruments.addAll(own);
            final JsonNode params = s.params();
            if (params != null && !params.isNull() && !params.isObject())
            {
                throw problems.at(path + ".params", "expected a mapping (key: value lines), found " + params);
            }
            final ObjectNode paramNode = params == null || params.isNull() ? StrategyParams.emptyParams() : (ObjectNode) params;
            final Strategy strategy = StrategyFactory.create(className, new StrategyParams(new ConfigEntry(problems, path), own, paramNode));
            strategies.add(new StrategyConfig(name, strategy, account, thread,
                RiskSettings.read(problems, path + ".risk", s.risk())));
        }
        return strategies;
    }

    private String account(final String path, final String account, final List<String> accountNames)
    {
        if (account == null)
        {
            if (accountNames.size() == 1)
            {
                return accountNames.get(0);
            }
            throw problems.at(path, "missing (one of " + accountNames + ")");
        }
        if (!accountNames.contains(account))
        {
            throw problems.at(path, Problems.quote(account) + " is not an account of this file; accounts: " + accountNames +
                Suggestions.didYouMean(account, accountNames));
        }
        return account;
    }

    /**
     * Whether a session with this library key uses the built-in simulator: it names {@link #BUILTIN_SIMULATOR}, or
     * it has no library key and the file has a {@code simulator} section. A session with a library path uses that
     * library, simulator section or not, so market data and trading can come from different counters.
     */
    private static boolean simulated(final String libraryKey, final String sectionProfile)
    {
        return libraryKey == null ? sectionProfile != null : BUILTIN_SIMULATOR.equals(libraryKey.trim());
    }

    /** @param sectionProfile the {@code simulator} section's profile, or null without that section */
    private Path library(final String path, final String text, final String sectionProfile)
    {
        if (simulated(text, sectionProfile))
        {
            final String profile = sectionProfile != null ? sectionProfile : SimLibrary.DEFAULT_PROFILE;
            return resolveExternals ? SimLibrary.path(profile) : Path.of("ctp-sim", profile);
        }
        if (text == null || text.isBlank())
        {
            throw problems.at(path, "missing (the path of the CTP library, e.g. lib/libthosttraderapi_se.so, or " +
                BUILTIN_SIMULATOR + " for the built-in simulator's)");
        }
        return resolveExternals ? Libraries.check(problems, path, text) : Paths.expand(text);
    }

    private Credentials.Pair credentials(final String path, final ConfigFile.CredentialsSection section)
    {
        return resolveExternals ? credentials.resolve(path, section) : Credentials.Pair.EMPTY;
    }

    private String abiProfile(final String path, final String id)
    {
        if (id == null)
        {
            return null;
        }
        final List<String> ids = AbiProfiles.ids();
        if (!ids.contains(id))
        {
            throw problems.at(path, Problems.quote(id) + " is not an ABI profile; built-in: " + AbiProfiles.BUILT_IN +
                (AbiProfiles.directories().isEmpty() ? "; no abi-profiles directories" :
                    "; in " + AbiProfiles.directories() + ": " + ids.subList(AbiProfiles.BUILT_IN.size(), ids.size())) +
                Suggestions.didYouMean(id, ids));
        }
        return id;
    }

    private ResumeType resume(final String path, final String text)
    {
        if (text == null)
        {
            return ResumeType.QUICK;
        }
        final List<String> names = new ArrayList<>();
        for (final ResumeType type : ResumeType.values())
        {
            final String name = type.name().toLowerCase(Locale.ROOT);
            if (name.equals(text.trim().toLowerCase(Locale.ROOT)))
            {
                return type;
            }
            names.add(name);
        }
        throw problems.at(path, Problems.quote(text) + " is not one of " + names + Suggestions.didYouMean(text, names));
    }

    private List<String> instrumentList(final String path, final List<String> list)
    {
        if (list == null)
        {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++)
        {
            final String id = list.get(i);
            if (id == null || id.isBlank() || !id.trim().equals(id) || id.length() > 80)
            {
                throw problems.at(path + "[" + i + "]", Problems.quote(id) + " is not an InstrumentID");
            }
        }
        return List.copyOf(list);
    }

    private String uniqueName(final String path, final String name, final Set<String> taken)
    {
        final String checked = required(path, name, null, "a name, unique in the file");
        if (!taken.add(checked))
        {
            throw problems.at(path, Problems.quote(checked) + " is used twice");
        }
        return checked;
    }

    private String required(final String path, final String value, final String defaultValue, final String meaning)
    {
        if (value == null || value.isBlank())
        {
            if (defaultValue != null)
            {
                return defaultValue;
            }
            throw problems.at(path, "missing (" + meaning + ")");
        }
        return value.trim();
    }

    private String text(final String path, final String value, final String defaultValue)
    {
        if (value == null)
        {
            return defaultValue;
        }
        if (value.isBlank())
        {
            throw problems.at(path, "empty (leave the key out for the default, " + defaultValue + ")");
        }
        return value.trim();
    }

    private int positive(final String path, final Integer value, final int defaultValue)
    {
        if (value == null)
        {
            return defaultValue;
        }
        if (value <= 0)
        {
            throw problems.at(path, value + " is not positive");
        }
        return value;
    }
}
