package org.ctpengine.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the simulator's shared library for an ABI profile is on disk. The build puts one
 * {@code libctpsim.so} per profile at {@code org/ctpengine/sim/<profile>/libctpsim.so} on the class path;
 * run from {@code target/classes} that is a file already, run from the jar it is extracted once per JVM
 * into a private temporary directory, removed when the JVM exits (and, should the JVM be killed, by the next
 * extraction). Thread-safe.
 */
public final class SimLibrary
{
    /** The profile the simulator implements unless told otherwise. */
    public static final String DEFAULT_PROFILE = "6.7.8";

    /** Every profile the build produces a library for. */
    public static final List<String> PROFILES = List.of("6.7.8", "6.6.1_P1", "6.3.15");

    private static final String FILE_NAME = "libctpsim.so";
    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();
    /** {@code ctpsim-<profile>-<pid>-<random>}, as {@link #extract} names its directory. */
    private static final Pattern EXTRACTED_DIRECTORY = Pattern.compile("ctpsim-[^/]+-(\\d{1,18})-\\d+");

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
            final long pid = ProcessHandle.current().pid();
            final Path dir = Files.createTempDirectory("ctpsim-" + profileId + "-" + pid + "-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            sweepAbandoned(dir.getParent(), pid);
            final Path file = dir.resolve(FILE_NAME);
            try (InputStream in = url.openStream())
            {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            // Deleted in the reverse order of registration: the file first, then its (then empty) directory.
            dir.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            return file;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot extract the simulator library for profile " + profileId + " from " + url, e);
        }
    }

    /**
     * Removes the extraction directories of processes that ended without their exit hooks (killed): the directory
     * names the process that made it. Directories of live processes, and those this process may not delete, stay.
     */
    private static void sweepAbandoned(final Path temporary, final long ownPid)
    {
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(temporary, "ctpsim-*"))
        {
            for (final Path candidate : candidates)
            {
                final Matcher name = EXTRACTED_DIRECTORY.matcher(candidate.getFileName().toString());
                if (!name.matches())
                {
                    continue;
                }
                final long pid = Long.parseLong(name.group(1));
                if (pid == ownPid || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                {
                    continue;
                }
                Files.deleteIfExists(candidate.resolve(FILE_NAME));
                Files.deleteIfExists(candidate);
            }
        }
        catch (final IOException | NumberFormatException | SecurityException e)
        {
            // Best effort: a directory another user owns, or one that went meanwhile, is not this process's to clean.
        }
    }
}
