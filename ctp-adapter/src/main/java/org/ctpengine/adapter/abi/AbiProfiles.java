package org.ctpengine.adapter.abi;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The profiles that ship with the engine (class-path resources {@code org/ctpengine/abi/<id>/}) and the
 * rule that picks one for a library's {@code GetApiVersion()} string.
 */
public final class AbiProfiles
{
    /** Profile ids shipped in this jar, newest first. */
    public static final List<String> BUILT_IN = List.of("6.7.8", "6.6.1_P1");

    /** Libraries that implement a profile without being SFIT's (the simulator) say so: {@code ... profile=6.7.8}. */
    private static final Pattern DECLARED_PROFILE = Pattern.compile("\\bprofile=(\\S+)");
    private static final String RESOURCE_ROOT = "org/ctpengine/abi/";
    private static final Map<String, AbiProfile> CACHE = new ConcurrentHashMap<>();

    private AbiProfiles()
    {
    }

    /**
     * A built-in profile by id.
     *
     * @throws AbiProfileException naming the id and the ids that exist
     */
    public static AbiProfile byId(final String id)
    {
        if (!BUILT_IN.contains(id))
        {
            throw new AbiProfileException("no built-in ABI profile '" + id + "'; built-in profiles: " + BUILT_IN +
                " (extract one for another SDK with 'abi extract --headers DIR')");
        }
        return CACHE.computeIfAbsent(id, AbiProfiles::load);
    }

    /**
     * The built-in profile for a library's version string.
     *
     * @throws AbiProfileException when none matches, naming the version and the known profiles
     */
    public static AbiProfile forVersion(final String libraryVersion)
    {
        final Matcher declared = DECLARED_PROFILE.matcher(libraryVersion);
        if (declared.find())
        {
            return byId(declared.group(1));
        }
        final List<String> tried = new ArrayList<>();
        for (final String id : BUILT_IN)
        {
            final AbiProfile profile = byId(id);
            if (profile.matchesVersion(libraryVersion))
            {
                return profile;
            }
            tried.add(id + " (" + profile.versionPattern().pattern() + ")");
        }
        throw new AbiProfileException("no ABI profile for library version '" + libraryVersion + "'; known: " + tried +
            ". Name a profile explicitly (override) or extract one from the vendor's SDK headers");
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
