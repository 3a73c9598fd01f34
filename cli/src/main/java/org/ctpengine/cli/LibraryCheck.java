package org.ctpengine.cli;

import org.ctpengine.adapter.CtpApiKind;
import org.ctpengine.adapter.CtpLibrary;
import org.ctpengine.adapter.CtpLoadException;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.sim.SimLibrary;
import org.ctpengine.strategies.params.ConfigException;
import org.ctpengine.cli.config.HostConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads each configured CTP library once before the engine does, so that a library that will not load, is not
 * a CTP library, or has a version with no ABI profile is a one-line configuration error naming its key, not a
 * stack trace from inside the engine. Connects nowhere: loading reads {@code GetApiVersion()} only.
 */
final class LibraryCheck
{
    private LibraryCheck()
    {
    }

    /** One line per library: key, path, version, profile, and what was verified of the profile against it. */
    static List<String> check(final HostConfig host)
    {
        final List<String> lines = new ArrayList<>();
        // The built-in simulator needs no check; a real library beside it (counters mixed) does.
        final Path simulator = host.usesSimulator() ? SimLibrary.path(host.simulatorProfile()) : null;
        final List<AccountConfig> accounts = host.engine().accounts();
        for (int i = 0; i < accounts.size(); i++)
        {
            final AccountConfig account = accounts.get(i);
            if (account.traderLibrary().equals(simulator))
            {
                continue;
            }
            lines.add(load(host, "accounts[" + i + "].trader-library", CtpApiKind.TRADER, account.traderLibrary(),
                account.profileOverride()));
        }
        final List<MarketDataConfig> marketData = host.engine().marketData();
        for (int i = 0; i < marketData.size(); i++)
        {
            final MarketDataConfig md = marketData.get(i);
            if (md.mdLibrary().equals(simulator))
            {
                continue;
            }
            lines.add(load(host, "market-data[" + i + "].library", CtpApiKind.MD, md.mdLibrary(), md.profileOverride()));
        }
        return lines;
    }

    private static String load(final HostConfig host, final String key, final CtpApiKind kind, final Path path,
        final String profileOverride)
    {
        try
        {
            final CtpLibrary library = profileOverride == null ? CtpLibrary.load(kind, path) :
                CtpLibrary.load(kind, path, AbiProfiles.byId(profileOverride));
            final String id = library.profile().id();
            return key + ": " + path + ": " + library.apiVersion().trim() + ", ABI profile " + id +
                (AbiProfiles.BUILT_IN.contains(id) ? "" : " (" + AbiProfiles.locationOf(id) + ")") + "; " +
                library.verification();
        }
        catch (final CtpLoadException | AbiProfileException e)
        {
            throw new ConfigException(host.source(), key, e.getMessage() +
                (e instanceof AbiProfileException && profileOverride == null ? " (or set abi-profile beside it)" : ""));
        }
    }
}
