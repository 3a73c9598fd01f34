package org.ctpengine.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the simulator's shared library for an ABI profile is on disk. The build puts one
 * {@code libctpsim.so} per profile at {@code org/ctpengine/sim/<profile>/libctpsim.so} on the class path;
 * run from {@code target/classes} that is a file already, run from the jar it is extracted once per JVM
 * into a private temporary directory. Thread-safe.
 */
public final class SimLibrary
{
    /** The profile the simulator implements unless told otherwise. */
    public static final String DEFAULT_PROFILE = "6.7.8";

    /** Every profile the build produces a library for. */
    public static final List<String> PROFILES = List.of("6.7.8", "6.6.1_P1", "6.3.15");

    private static final String FILE_NAME = "libctpsim.so";
    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private SimLibrary()
    {
    }

    /** The library of the default profile. */
    public static Path path()
    {
        return path(DEFAULT_PROFILE);
    }

    /**
     * The library implementing {@code profileId}.
     *
     * @throws IllegalArgumentException naming the profile and the ones that exist
     * @throws UncheckedIOException     when extracting from the jar fails
     */
    public static Path path(final String profileId)
    {
        if (!PROFILES.contains(profileId))
        {
            throw new IllegalArgumentException("no simulator for ABI profile '" + profileId + "'; built: " + PROFILES);
        }
        final String resource = "org/ctpengine/sim/" + profileId + "/" + FILE_NAME;
        final URL url = SimLibrary.class.getClassLoader().getResource(resource);
        if (url == null)
        {
            throw new IllegalStateException("simulator library missing from the class path: " + resource +
                " (build ctp-sim with Maven; it compiles the library with g++)");
        }
        if ("file".equals(url.getProtocol()))
        {
            try
            {
                return Path.of(url.toURI());
            }
            catch (final URISyntaxException e)
            {
                throw new IllegalStateException("bad resource URL " + url, e);
            }
        }
        return EXTRACTED.computeIfAbsent(profileId, id -> extract(url, id));
    }

    private static Path extract(final URL url, final String profileId)
    {
        try
        {
            final Path dir = Files.createTempDirectory("ctpsim-" + profileId + "-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            final Path file = dir.resolve(FILE_NAME);
            try (InputStream in = url.openStream())
            {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot extract the simulator library for profile " + profileId + " from " + url, e);
        }
    }
}
