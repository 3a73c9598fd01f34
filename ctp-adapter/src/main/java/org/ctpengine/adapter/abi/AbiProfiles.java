package org.ctpengine.adapter.abi;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The profiles that ship with the engine (class-path resources {@code org/ctpengine/abi/<id>/}), those in
 * directories outside the jar ({@code DIR/<id>/*.tsv}, written by {@code abi extract --headers}), and the rule that
 * picks one for a library's {@code GetApiVersion()} string: built-ins first, then the external ones in the order
 * their directories were named.
 *
 * <p>The external directories are those of {@link #ENVIRONMENT} until {@link #useDirectories} names others (the
 * host does, once, before it loads a library: configuration, command line and environment together).
 */
public final class AbiProfiles
{
    /** Profile ids shipped in this jar, newest first. */
    public static final List<String> BUILT_IN =
        List.of("6.7.11", "6.7.8", "6.7.7", "6.7.2", "6.6.9", "6.6.7", "6.6.1_P1", "6.5.1", "6.3.19_P1", "6.3.15");

    /** Libraries that implement a profile without being SFIT's (the simulator) say so: {@code ... profile=6.7.8}. */
    private static final Pattern DECLARED_PROFILE = Pattern.compile("\\bprofile=(\\S+)");
    private static final String RESOURCE_ROOT = "org/ctpengine/abi/";
    private static final Map<String, AbiProfile> CACHE = new ConcurrentHashMap<>();
    /**
     * Profiles read from the directory a journal recorded, by that directory: read once per process, since a journal
     * tool asks for its events' profile once per event (re-reading the TSVs each time made a 145k-event
     * {@code journal stats} take minutes instead of seconds).
     */
    private static final Map<Path, AbiProfile> RECORDED = new ConcurrentHashMap<>();

    /** Environment variable naming directories of external profiles, separated by {@code :} as in PATH. */
    public static final String ENVIRONMENT = "CTP_ENGINE_ABI_PROFILES";

    /** Null until first needed: then read from {@link #ENVIRONMENT}, unless {@link #useDirectories} came first. */
    private static volatile ExternalProfiles external;

    private AbiProfiles()
    {
    }

    /**
     * Makes these directories (and nothing else) the external profiles' search path, reading every profile in them
     * now. On an error the previous search path stays.
     *
     * @return the ids found, in search order
     * @throws AbiProfileException naming the directory and who named it, or a profile's file, line and field, or
     *                             the two places that claim one id
     */
    public static List<String> useDirectories(final List<ProfileDirectory> directories)
    {
        final ExternalProfiles profiles = ExternalProfiles.read(directories, BUILT_IN);
        synchronized (AbiProfiles.class)
        {
            external = profiles; // never overwritten by a first use's read of the environment racing with this
        }
        return profiles.profiles().stream().map(AbiProfile::id).toList();
    }

    /** The directories {@link #ENVIRONMENT} names in {@code environment} (normally {@code System::getenv}). */
    public static List<ProfileDirectory> environmentDirectories(final Function<String, String> environment)
    {
        return ProfileDirectory.parseList(environment.apply(ENVIRONMENT), ENVIRONMENT);
    }

    /** The external directories searched now, in order. */
    public static List<ProfileDirectory> directories()
    {
        return external().directories();
    }

    /** Every profile id there is: built-in, then external. */
    public static List<String> ids()
    {
        final List<String> ids = new ArrayList<>(BUILT_IN);
        external().profiles().forEach(profile -> ids.add(profile.id()));
        return ids;
    }

    /**
     * A profile by id: built-in, else from the external directories.
     *
     * @throws AbiProfileException naming the id, the ids that exist and the directories searched
     */
    public static AbiProfile byId(final String id)
    {
        if (BUILT_IN.contains(id))
        {
            return CACHE.computeIfAbsent(id, AbiProfiles::load);
        }
        final ExternalProfiles profiles = external();
        final AbiProfile profile = profiles.byId(id);
        if (profile == null)
        {
            throw new AbiProfileException("no ABI profile '" + id + "'; built-in: " + BUILT_IN + searched(profiles) +
                " (extract one for another SDK with 'abi extract --headers DIR --id ID --out PROFILES', then name PROFILES " +
                "with abi-profiles: in the configuration, --abi-profiles or " + ENVIRONMENT + ")");
        }
        return profile;
    }

    /**
     * A profile a journal names, with the directory it was read from when the journal was written: from the search
     * path when it is there (built-in, or the directories named now), else read from that directory, so that a journal
     * opens without naming its profiles' directory again.
     *
     * @param recordedLocation the profile's own directory ({@link #locationOf}), or null when none was recorded
     * @throws AbiProfileException naming the id, the recorded directory and what is wrong with it
     */
    public static AbiProfile byId(final String id, final Path recordedLocation)
    {
        if (BUILT_IN.contains(id) || recordedLocation == null || external().byId(id) != null)
        {
            return byId(id);
        }
        final Path key = recordedLocation.toAbsolutePath().normalize();
        AbiProfile profile = RECORDED.get(key);
        if (profile == null)
        {
            try
            {
                profile = AbiProfileIo.read(recordedLocation);
            }
            catch (final AbiProfileException | UncheckedIOException e)
            {
                throw new AbiProfileException("ABI profile '" + id + "' is not on the search path and cannot be read " +
                    "where the journal says it was (" + recordedLocation + "): " + e.getMessage() + "; name its " +
                    "directory with --abi-profiles or " + ENVIRONMENT, e);
            }
            RECORDED.putIfAbsent(key, profile);
        }
        if (!profile.id().equals(id))
        {
            throw new AbiProfileException("ABI profile directory " + recordedLocation + " now holds profile '" +
                profile.id() + "', not '" + id + "' as when the journal was written; name the right directory with " +
                "--abi-profiles or " + ENVIRONMENT);
        }
        return profile;
    }

    /** Where an id's profile comes from: {@code built-in} or its directory. */
    public static String locationOf(final String id)
    {
        if (BUILT_IN.contains(id))
        {
            return "built-in";
        }
        byId(id);
        return external().location(id).toString();
    }

    /**
     * The profile for a library's version string: the one it declares ({@code profile=ID}, the simulator), else the
     * built-in profile whose version pattern it matches, else the external one. Every built-in pattern comes from one
     * rule ({@link ApiVersion}), so each spelling of a version ({@code v6.6.1_P1_20210406 ...}, {@code V6_6_1_P1})
     * picks the same profile.
     *
     * @throws AbiProfileException in one line, when none or several match: the version, the candidate ids and the
     *                             configuration key that names one
     */
    public static AbiProfile forVersion(final String libraryVersion)
    {
        final Matcher declared = DECLARED_PROFILE.matcher(libraryVersion);
        if (declared.find())
        {
            return byId(declared.group(1));
        }
        final List<AbiProfile> builtIn = new ArrayList<>();
        for (final String id : BUILT_IN)
        {
            builtIn.add(byId(id));
        }
        final ExternalProfiles profiles = external();
        // Built-ins first: an external profile whose pattern also takes a built-in's version does not make it ambiguous.
        for (final List<AbiProfile> tier : List.of(builtIn, List.copyOf(profiles.profiles())))
        {
            final List<AbiProfile> matching = tier.stream().filter(profile -> profile.matchesVersion(libraryVersion)).toList();
            if (matching.size() == 1)
            {
                return matching.get(0);
            }
            if (matching.size() > 1)
            {
                throw new AbiProfileException("library version '" + libraryVersion + "' matches several ABI profiles: " +
                    idsOf(matching) + "; name the right one with 'abi-profile: ID' in the account or market-data entry");
            }
        }
        final List<String> candidates = new ArrayList<>(BUILT_IN);
        candidates.addAll(idsOf(List.copyOf(profiles.profiles())));
        final String version = ApiVersion.normalise(libraryVersion);
        throw new AbiProfileException("no ABI profile for library version '" + libraryVersion + "'" +
            (version == null ? "" : " (CTP " + version + ")") + "; candidates: " + candidates + searched(profiles) +
            "; name one with 'abi-profile: ID' in the account or market-data entry, or extract one from the SDK's headers " +
            "('abi extract --headers DIR --id ID') and name its directory with 'abi-profiles:'");
    }

    private static List<String> idsOf(final List<AbiProfile> profiles)
    {
        return profiles.stream().map(AbiProfile::id).toList();
    }

    private static String searched(final ExternalProfiles profiles)
    {
        return profiles.directories().isEmpty() ? "; no external profile directories" :
            "; external directories searched: " + profiles.directories();
    }

    private static ExternalProfiles external()
    {
        ExternalProfiles profiles = external;
        if (profiles == null)
        {
            synchronized (AbiProfiles.class)
            {
                profiles = external;
                if (profiles == null)
                {
                    profiles = ExternalProfiles.read(environmentDirectories(System::getenv), BUILT_IN);
                    external = profiles;
                }
            }
        }
        return profiles;
    }

    private static AbiProfile load(final String id)
    {
        final String base = RESOURCE_ROOT + id + "/";
        final ClassLoader loader = AbiProfiles.class.getClassLoader();
        return AbiProfileIo.read("classpath:" + base, name ->
        {
            final InputStream in = loader.getResourceAsStream(base + name);
            if (in == null)
            {
                throw new AbiProfileException("ABI profile resource missing: " + base + name);
            }
            return in;
        });
    }
}
