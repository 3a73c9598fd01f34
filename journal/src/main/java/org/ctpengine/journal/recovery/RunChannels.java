package org.ctpengine.journal.recovery;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.EngineMetadata;

import java.util.HashMap;
import java.util.Map;

/**
 * What one engine run's JOURNAL_START says about the events that follow it: which account each trader channel
 * is, which ABI profile each profile index is, and which strategy each strategy id is. Channel numbers, profile
 * indexes and strategy ids are per run; account and strategy names are what carries over between runs.
 */
final class RunChannels
{
    private final Map<Integer, String> accounts = new HashMap<>();
    private final Map<Integer, AbiProfile> profiles = new HashMap<>();
    private final Map<Integer, String> strategies = new HashMap<>();
    /** Account name → {broker, user, library version} as this run had them. */
    private final Map<String, String[]> identities = new HashMap<>();
    private final boolean cold;

    RunChannels(final JournalMetadata metadata)
    {
        cold = "cold".equals(metadata.get(EngineMetadata.START));
        metadata.profiles().keySet().forEach(index -> profiles.put(index, metadata.profile(index)));
        metadata.channels().forEach((channel, info) ->
        {
            if ("td".equals(info.kind()))
            {
                accounts.put(channel, info.name());
                identities.put(info.name(), new String[] {
                    metadata.get(EngineMetadata.channelKey(channel, EngineMetadata.CHANNEL_BROKER)),
                    metadata.get(EngineMetadata.channelKey(channel, EngineMetadata.CHANNEL_USER)), info.apiVersion() });
            }
        });
        metadata.entries().forEach((key, value) ->
        {
            if (key.startsWith(EngineMetadata.STRATEGY_PREFIX))
            {
                strategies.put(Integer.parseInt(key.substring(EngineMetadata.STRATEGY_PREFIX.length())), value);
            }
        });
    }

    /**
     * Whether the run started cold on purpose: the engine's day begins again there (what the counter holds still
     * reaches it through the new run's queries). Journals of engines that did not record it count as warm.
     */
    boolean isCold()
    {
        return cold;
    }

    /** The account on a trader channel, or null when the channel is market data or unknown. */
    String account(final int channel)
    {
        return accounts.get(channel);
    }

    /** {broker, user, library version} of an account in this run (entries null when not recorded), or null. */
    String[] identity(final String account)
    {
        return identities.get(account);
    }

    AbiProfile profile(final int index)
    {
        return profiles.get(index);
    }

    /** The strategy's name, or {@code #id} when the run did not record names. */
    String strategy(final int id)
    {
        return strategies.getOrDefault(id, "#" + id);
    }
}
