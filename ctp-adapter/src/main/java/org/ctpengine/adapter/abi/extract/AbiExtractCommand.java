package org.ctpengine.adapter.abi.extract;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.AbiProfileIo;
import org.ctpengine.adapter.abi.ProfileDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        "From jctp jars (SFIT's real libraries + the SWIG layout oracle): one child JVM per version.",
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

    @Option(names = "--id", paramLabel = "ID", description = "profile id for --jctp-jar, e.g. 6.7.8")
    String id;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "abi-profiles",
        description = "directory that receives <id>/ (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--check", description = "compare with the profiles already in --out instead of writing")
    boolean check;

    @Override
    public Integer call() throws Exception
    {
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
            final AbiProfile profile = extractor.extract(source.jar(), source.id());
            final Path dir = out.resolve(profile.id());
            if (check)
            {
                final String difference = Files.isDirectory(dir) ?
                    ProfileDiff.firstDifference(AbiProfileIo.read(dir), profile) : "no profile at " + dir;
                if (difference != null)
                {
                    differences++;
                    System.out.println(profile.id() + ": DIFFERS: " + difference);
                }
                else
                {
                    System.out.println(profile.id() + ": identical to " + dir);
                }
            }
            else
            {
                AbiProfileIo.write(profile, dir);
                System.out.println(profile.id() + " (" + profile.apiVersion() + "): " + profile.structs().size() +
                    " structs, " + profile.constants().size() + " codes → " + dir);
            }
        }
        return differences == 0 ? 0 : 1;
    }

    private record Source(Path jar, String id)
    {
    }
}
