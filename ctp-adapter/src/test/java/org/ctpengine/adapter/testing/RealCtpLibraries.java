package org.ctpengine.adapter.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * SFIT's real {@code libthosttraderapi_se.so} and {@code libthostmduserapi_se.so}, extracted from the jctp jars
 * (see {@link JctpJars}) into {@code target/real-ctp/<version>/} once per JVM.
 */
public final class RealCtpLibraries
{
    public static final String TRADER_SO = "libthosttraderapi_se.so";
    public static final String MD_SO = "libthostmduserapi_se.so";
    private static final String ENTRY_PREFIX = "natives/linux_64/";
    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private RealCtpLibraries()
    {
    }

    /** The trader library of a profile id ({@link JctpJars#V661} or {@link JctpJars#V678}). */
    public static Path trader(final String profileId)
    {
        return dir(profileId).resolve(TRADER_SO);
    }

    /** The market-data library of a profile id. */
    public static Path md(final String profileId)
    {
        return dir(profileId).resolve(MD_SO);
    }

    /** What GetApiVersion() of that version's libraries returns. */
    public static String apiVersion(final String profileId)
    {
        return JctpJars.V661.equals(profileId) ? "v6.6.1_P1_20210406  9:27:14" : "v6.7.8_20240918 14:34:34.8082";
    }

    private static Path dir(final String profileId)
    {
        return EXTRACTED.computeIfAbsent(profileId, RealCtpLibraries::extract);
    }

    private static Path extract(final String profileId)
    {
        final Path jar = JctpJars.jar(profileId);
        final Path dir = JctpJars.dir().resolveSibling("real-ctp").resolve(profileId);
        try (ZipFile zip = new ZipFile(jar.toFile()))
        {
            Files.createDirectories(dir);
            for (final String name : new String[]{ TRADER_SO, MD_SO })
            {
                final ZipEntry entry = zip.getEntry(ENTRY_PREFIX + name);
                if (entry == null)
                {
                    throw new IllegalStateException(jar + " has no " + ENTRY_PREFIX + name);
                }
                final Path target = dir.resolve(name);
                if (Files.isRegularFile(target) && Files.size(target) == entry.getSize())
                {
                    continue;
                }
                final Path temporary = Files.createTempFile(dir, name, ".part");
                try (InputStream in = zip.getInputStream(entry))
                {
                    Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot extract the CTP libraries from " + jar, e);
        }
        return dir;
    }
}
