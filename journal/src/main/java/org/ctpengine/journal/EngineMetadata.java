package org.ctpengine.journal;

import org.ctpengine.engine.host.Engine;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.journal.JournalMetadata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a replay needs to know about a live run, taken from the {@link Engine} for the journal's
 * JOURNAL_START record: profiles by index, channels (with their profile and the BrokerID/UserID the orders
 * carry), instruments. Never secrets.
 */
public final class EngineMetadata
{
    /** Replay's own keys, beside the builder's {@code channel.<n>} entries: {@code replay.channel.<n>.profile} etc. */
    public static final String PREFIX = "replay.channel.";
    public static final String CHANNEL_PROFILE = ".profile";
    public static final String CHANNEL_BROKER = ".broker";
    public static final String CHANNEL_USER = ".user";
    /** {@code strategy.<id>=<name>}: commands name their strategy by a per-run id; warm restart needs the name. */
    public static final String STRATEGY_PREFIX = "strategy.";

    /** The metadata key of a channel's recorded field ({@link #CHANNEL_BROKER}, {@link #CHANNEL_USER}, ...). */
    public static String channelKey(final int channel, final String field)
    {
        return PREFIX + channel + field;
    }
    /** {@code warm} or {@code cold}: whether the run continued the journal's day; a cold run starts it anew. */
    public static final String START = "engine.start";
    /** {@code config.path=<file as the user named it>}, beside {@code config.digest}: which file the digest is of. */
    public static final String CONFIG_PATH = "config.path";

    private EngineMetadata()
    {
    }

    /** The run's metadata, without a configuration digest (embedding code, tests). */
    public static JournalMetadata of(final Engine engine, final String engineVersion)
    {
        return of(engine, engineVersion, null, null);
    }

    /**
     * The run's metadata with its configuration's digest ({@link JournalMetadata#digestOf}, or a name such as
     * {@code embedded-default} for a run without a file) and the file's path, null for none.
     */
    public static JournalMetadata of(final Engine engine, final String engineVersion, final String configDigest,
        final String configPath)
    {
        final JournalMetadata.Builder builder = JournalMetadata.builder().engineVersion(engineVersion);
        if (configDigest != null)
        {
            builder.configDigest(configDigest);
        }
        if (configPath != null)
        {
            builder.put(CONFIG_PATH, configPath);
        }
        for (int i = 0; i < engine.profiles().size(); i++)
        {
            final String id = engine.profiles().get(i).id();
            builder.profile(i, id);
            if (!AbiProfiles.BUILT_IN.contains(id))
            {
                builder.put(JournalMetadata.PROFILE_LOCATION_PREFIX + i,
                    Path.of(AbiProfiles.locationOf(id)).toAbsolutePath().normalize().toString());
            }
        }
        for (final Engine.ChannelInfo channel : engine.channels())
        {
            builder.channel(channel.channel(), channel.name(), channel.kind(), channel.libraryPath(), channel.apiVersion());
            final String prefix = PREFIX + channel.channel();
            builder.put(prefix + CHANNEL_PROFILE, Integer.toString(channel.profileIndex()));
            builder.put(prefix + CHANNEL_BROKER, channel.brokerId());
            builder.put(prefix + CHANNEL_USER, channel.userId());
        }
        final List<String> instruments = new ArrayList<>();
        for (int i = 0; i < engine.instruments().size(); i++)
        {
            instruments.add(engine.instruments().get(i).instrumentId().toString());
        }
        builder.instruments(instruments);
        engine.strategyNames().forEach((id, name) -> builder.put(STRATEGY_PREFIX + id, name));
        builder.put(START, engine.isWarmStarted() ? "warm" : "cold");
        return builder.build();
    }
}
