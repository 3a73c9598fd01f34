package org.ctpengine.adapter.abi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The profiles found in directories outside the jar, read and checked all at once so that a broken one is an
 * error when the directories are named, not when a library happens to need it. Immutable.
 */
final class ExternalProfiles
{
    static final ExternalProfiles NONE = new ExternalProfiles(List.of(), Map.of(), Map.of());

    private final List<ProfileDirectory> directories;
    /** By id, in search order: the directories' order, then each directory's sub-directories by name. */
    private final Map<String, AbiProfile> profiles;
    private final Map<String, Path> locations;

    private ExternalProfiles(
        final List<ProfileDirectory> directories, final Map<String, AbiProfile> profiles, final Map<String, Path> locations)
    {
        this.directories = List.copyOf(directories);
        this.profiles = Collections.unmodifiableMap(profiles);
        this.locations = Collections.unmodifiableMap(locations);
    }

    /**
     * Reads every profile of every directory.
     *
     * @param builtIn ids an external profile may not take
     * @throws AbiProfileException naming the directory and who named it, the profile's file, line and field, or the
     *                             two places that claim one id
     */
    static ExternalProfiles read(final List<ProfileDirectory> directories, final Collection<String> builtIn)
    {
        final Map<String, AbiProfile> profiles = new LinkedHashMap<>();
        final Map<String, Path> locations = new LinkedHashMap<>();
        final Map<String, ProfileDirectory> origins = new LinkedHashMap<>();
        final Set<Path> seen = new HashSet<>();
        final List<ProfileDirectory> searched = new ArrayList<>();
        for (final ProfileDirectory directory : directories)
        {
            final Path path = directory.path();
            if (!Files.exists(path))
            {
                throw new AbiProfileException("ABI profile directory " + path + " (" + directory.origin() +
                    ") does not exist (" + path.toAbsolutePath() + ")");
            }
            if (!Files.isDirectory(path))
            {
                throw new AbiProfileException("ABI profile directory " + path + " (" + directory.origin() +
                    ") is not a directory");
            }
            if (Files.exists(path.resolve(AbiProfileIo.PROFILE_FILE)))
            {
                throw new AbiProfileException("ABI profile directory " + path + " (" + directory.origin() + ") is itself " +
                    "one profile: name the directory that holds it (" + path.toAbsolutePath().normalize().getParent() + ")");
            }
            if (!seen.add(realPath(path)))
            {
                continue; // named twice (say, by the configuration and the environment): read once
            }
            searched.add(directory);
            for (final Path profileDir : subdirectories(path, directory))
            {
                final AbiProfile profile;
                try
                {
                    profile = AbiProfileIo.read(profileDir);
                }
                catch (final UncheckedIOException e)
                {
                    throw new AbiProfileException(e.getMessage() + " (" + directory.origin() + "): " +
                        e.getCause().getMessage(), e);
                }
                catch (final AbiProfileException e)
                {
                    throw new AbiProfileException(e.getMessage() + " (" + directory.origin() + ")", e);
                }
                final String name = profileDir.getFileName().toString();
                if (!profile.id().equals(name))
                {
                    throw new AbiProfileException(profileDir.resolve(AbiProfileIo.PROFILE_FILE) + ": id '" + profile.id() +
                        "' differs from its directory's name '" + name + "' (" + directory.origin() +
                        "): the directory names the profile, rename one of them");
                }
                if (builtIn.contains(profile.id()))
                {
                    throw new AbiProfileException("ABI profile id '" + profile.id() + "' is claimed twice: by the built-in " +
                        "profile and by " + profileDir + " (" + directory.origin() + "); give the external one another id, or " +
                        "remove it if it describes the same SDK (the engine now ships profiles for " + builtIn + ")");
                }
                final Path earlier = locations.get(profile.id());
                if (earlier != null)
                {
                    throw new AbiProfileException("ABI profile id '" + profile.id() + "' is claimed twice: by " + earlier +
                        " (" + origins.get(profile.id()).origin() + ") and by " + profileDir + " (" + directory.origin() +
                        "); remove or rename one");
                }
                profiles.put(profile.id(), profile);
                locations.put(profile.id(), profileDir);
                origins.put(profile.id(), directory);
            }
        }
        return new ExternalProfiles(searched, profiles, locations);
    }

    /** The directories searched, in order. */
    List<ProfileDirectory> directories()
    {
        return directories;
    }

    /** Every profile, in search order. */
    Collection<AbiProfile> profiles()
    {
        return profiles.values();
    }

    /** The profile with this id, or null. */
    AbiProfile byId(final String id)
    {
        return profiles.get(id);
    }

    /** Where the profile with this id was read from, or null. */
    Path location(final String id)
    {
        return locations.get(id);
    }

    private static List<Path> subdirectories(final Path path, final ProfileDirectory directory)
    {
        try (Stream<Path> entries = Files.list(path))
        {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
        catch (final IOException e)
        {
            throw new AbiProfileException("cannot list ABI profile directory " + path + " (" + directory.origin() + "): " + e,
                e);
        }
    }

    private static Path realPath(final Path path)
    {
        try
        {
            return path.toRealPath();
        }
        catch (final IOException e)
        {
            return path.toAbsolutePath().normalize();
        }
    }
}
