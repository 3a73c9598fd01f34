package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.AbiProfile;

import java.nio.file.Path;

/**
 * The trader and market-data halves of one CTP installation, loaded together and described by one ABI profile.
 * SFIT ships them as two files; a CTP-compatible replacement (the simulator) may export both from one file, which
 * is then opened once.
 *
 * @param trader the trader library
 * @param md     the market-data library
 */
public record CtpLibraries(CtpLibrary trader, CtpLibrary md)
{
    /**
     * Loads both, each choosing the built-in profile for its version.
     *
     * @throws CtpLoadException when either cannot be loaded, or their versions call for different profiles
     */
    public static CtpLibraries load(final Path traderPath, final Path mdPath)
    {
        return load(traderPath, mdPath, null);
    }

    /**
     * Loads both with {@code profileOverride} (or, when null, the built-in profile for each one's version).
     *
     * @throws CtpLoadException when either cannot be loaded, or their versions call for different profiles
     */
    public static CtpLibraries load(final Path traderPath, final Path mdPath, final AbiProfile profileOverride)
    {
        final CtpLibrary trader = CtpLibrary.load(CtpApiKind.TRADER, traderPath, profileOverride);
        final CtpLibrary md = CtpLibrary.load(CtpApiKind.MD, mdPath, profileOverride);
        if (!trader.profile().id().equals(md.profile().id()))
        {
            throw new CtpLoadException("CTP trader library " + trader.path() + " (version '" + trader.apiVersion() +
                "', profile " + trader.profile().id() + ") and market-data library " + md.path() + " (version '" +
                md.apiVersion() + "', profile " + md.profile().id() + ") are not of the same CTP version");
        }
        return new CtpLibraries(trader, md);
    }

    /** The profile both halves share. */
    public AbiProfile profile()
    {
        return trader.profile();
    }
}
