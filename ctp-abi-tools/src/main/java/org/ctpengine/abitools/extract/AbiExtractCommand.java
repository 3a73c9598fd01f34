package org.ctpengine.abitools.extract;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.AbiProfileIo;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ProfileDiff;
import org.ctpengine.abitools.header.HeaderAbiExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code abi extract}: (re)generates ABI profiles from jctp's Maven Central jars, or checks the profiles
 * in a directory against a fresh extraction.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Extract CTP ABI profiles (vtable slots, struct layouts, THOST_FTDC_* codes).",
        "From jctp jars (SFIT's real libraries + the SWIG layout oracle): one child JVM per version;",
        "or from a directory of CTP SDK headers (another version or a vendor's SDK): --headers DIR --id ID.",
        "Writes <out>/<id>/*.tsv; with --check, compares instead and exits 1 on the first difference."
    })
public final class AbiExtractCommand implements Callable<Integer>
{
    @Option(names = "--jctp", split = ",", paramLabel = "VERSION",
        description = "jctp artifact versions to extract, e.g. 6.7.8-1.0.5 (default: ${DEFAULT-VALUE})",
        defaultValue = "6.6.1_P1-1.0.5,6.7.8-1.0.5")
    List<String> jctpVersions = new ArrayList<>();

    @Option(names = "--jctp-jar", paramLabel = "JAR", description = "extract from this jctp jar instead (needs --id)")
    Path jctpJar;

    @Option(names = "--id", paramLabel = "ID", description = "profile id for --jctp-jar or --headers, e.g. 6.7.8")
    String id;

    @Option(names = "--headers", paramLabel = "DIR",
        description = "extract from SDK headers (ThostFtdcUserApiStruct.h, ThostFtdcUserApiDataType.h, " +
            "ThostFtdcTraderApi.h, ThostFtdcMdApi.h; GB18030 or UTF-8; without ThostFtdcTraderApi.h: a " +
            "market-data-only profile) instead (needs --id, not a built-in one)")
    Path headers;

    @Option(names = "--api-version", paramLabel = "TEXT",
        description = "with --headers: the library's GetApiVersion() text, recorded in the profile")
    String apiVersion;

    @Option(names = "--version-pattern", paramLabel = "REGEX",
        description = "with --headers: which GetApiVersion() strings choose this profile (default: every spelling " +
            "of the version --api-version, else the id, names: v6.6.9_..., V6_6_9, 6.6.9)")
    String versionPattern;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "abi-profiles",
        description = "directory that receives <id>/ (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--check", description = "compare with the profiles already in --out instead of writing")
    boolean check;

    @Override
    public Integer call() throws Exception
    {
        if (headers != null)
        {
            if (id == null)
            {
                throw new AbiProfileException("--headers needs --id (the profile id to give it, e.g. 6.3.19_P1)");
            }
            if (AbiProfiles.BUILT_IN.contains(id) && !check)
            {
                throw new AbiProfileException("--id " + id + " is a built-in profile's id, and the engine refuses a second " +
                    "profile with it: choose another id (e.g. vendor-" + id + "), or add --check to compare the headers " +
                    "with the built-in profile");
            }
            final AbiProfile profile = HeaderAbiExtractor.extract(headers, id, apiVersion, versionPattern);
            if (apiVersion != null && !profile.matchesVersion(apiVersion))
            {
                throw new AbiProfileException("--version-pattern '" + profile.versionPattern().pattern() + "' does not " +
                    "match --api-version '" + apiVersion + "': the profile would never be chosen for that library");
            }
            final int result = report(profile);
            if (!check)
            {
                howToUse(profile);
            }
            return result;
        }
        final JctpArtifacts artifacts = JctpArtifacts.localRepository();
        final JctpJarExtractor extractor = new JctpJarExtractor(artifacts.nativeLibLoaderJar(), System.getProperty("ctp.locpath"));
        final List<Source> sources = new ArrayList<>();
        if (jctpJar != null)
        {
            if (id == null)
            {
                throw new AbiProfileException("--jctp-jar needs --id (the profile id, e.g. 6.7.8)");
            }
            sources.add(new Source(jctpJar, id));
        }
        else
        {
            for (final String version : jctpVersions)
            {
                sources.add(new Source(artifacts.jctpJar(version), JctpArtifacts.profileIdOf(version)));
            }
        }

        int differences = 0;
        for (final Source source : sources)
        {
            System.err.println("extracting " + source.id() + " from " + source.jar() + " ...");
            differences += report(extractor.extract(source.jar(), source.id()));
        }
        return differences == 0 ? 0 : 1;
    }

    /** Writes the profile under --out, or with --check compares it; returns 1 for a difference. */
    private int report(final AbiProfile profile)
    {
        final Path dir = out.resolve(profile.id());
        if (check && !Files.isDirectory(dir) && AbiProfiles.BUILT_IN.contains(profile.id()))
        {
            // Headers of a shipped version: everything but profile.tsv (source, version text) must agree.
            final Map<String, String> expected = new HashMap<>(AbiProfileIo.render(AbiProfiles.byId(profile.id())));
            final Map<String, String> actual = new HashMap<>(AbiProfileIo.render(profile));
            expected.remove(AbiProfileIo.PROFILE_FILE);
            actual.remove(AbiProfileIo.PROFILE_FILE);
            final String difference = ProfileDiff.firstDifference(expected, actual);
            System.out.println(profile.id() + (difference == null ? ": identical to the built-in profile (profile.tsv not " +
                "compared)" : ": DIFFERS from the built-in profile: " + difference));
            return difference == null ? 0 : 1;
        }
        if (check)
        {
            final String difference = Files.isDirectory(dir) ?
                ProfileDiff.firstDifference(AbiProfileIo.read(dir), profile) : "no profile at " + dir;
            System.out.println(profile.id() + (difference == null ? ": identical to " + dir : ": DIFFERS: " + difference));
            return difference == null ? 0 : 1;
        }
        AbiProfileIo.write(profile, dir);
        System.out.println(profile.id() + " (" + profile.apiVersion() + "): " + profile.structs().size() +
            " structs, " + profile.constants().size() + " codes → " + dir);
        return 0;
    }

    /** The exact lines that make the engine find the profile just written, without a rebuild. */
    private void howToUse(final AbiProfile profile)
    {
        final String dir = out.toAbsolutePath().normalize().toString();
        if (profile.marketDataOnly())
        {
            System.out.println("market data only (no ThostFtdcTraderApi.h): usable for market-data libraries, refused " +
                "for trader libraries");
        }
        System.out.println("to use it without rebuilding, give the engine its directory, one of:");
        System.out.println("  a top-level line of the configuration file:");
        System.out.println("    abi-profiles: " + dir);
        System.out.println("  an option of run and replay:");
        System.out.println("    --abi-profiles " + dir);
        System.out.println("  the environment:");
        System.out.println("    export " + AbiProfiles.ENVIRONMENT + "=" + dir);
        System.out.println("it is chosen for a library whose GetApiVersion() matches '" + profile.versionPattern().pattern() +
            "'; for any other, add to its account and market-data entries:");
        System.out.println("    abi-profile: " + profile.id());
    }

    private record Source(Path jar, String id)
    {
    }
}
