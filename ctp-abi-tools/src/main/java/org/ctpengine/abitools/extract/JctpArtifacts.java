package org.ctpengine.abitools.extract;

import org.ctpengine.adapter.abi.AbiProfileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds the Maven Central artifacts the jar extractor needs in the local Maven repository, fetching them
 * with {@code mvn dependency:get} when they are missing.
 */
public final class JctpArtifacts
{
    /** jctp versions whose profiles ship with the engine, and the profile id each produces. */
    public static final List<String> KNOWN_VERSIONS = List.of("6.6.1_P1-1.0.5", "6.7.8-1.0.5");
    public static final String NATIVE_LIB_LOADER = "org.scijava:native-lib-loader:2.5.0";

    private final Path repository;

    public JctpArtifacts(final Path repository)
    {
        this.repository = repository;
    }

    /** The user's local Maven repository ({@code maven.repo.local} or {@code ~/.m2/repository}). */
    public static JctpArtifacts localRepository()
    {
        final String configured = System.getProperty("maven.repo.local");
        return new JctpArtifacts(configured != null ?
            Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    /** {@code 6.7.8-1.0.5} → profile id {@code 6.7.8}: jctp appends its own release to SFIT's version. */
    public static String profileIdOf(final String jctpVersion)
    {
        final int dash = jctpVersion.lastIndexOf('-');
        if (dash <= 0)
        {
            throw new AbiProfileException("not a jctp version (expected <ctp-version>-<jctp-release>): " + jctpVersion);
        }
        return jctpVersion.substring(0, dash);
    }

    public Path jctpJar(final String jctpVersion) throws IOException, InterruptedException
    {
        return resolve("org.rationalityfrontline:jctp:" + jctpVersion);
    }

    public Path nativeLibLoaderJar() throws IOException, InterruptedException
    {
        return resolve(NATIVE_LIB_LOADER);
    }

    /** Path of {@code group:artifact:version} in the repository, fetched from Maven Central if absent. */
    public Path resolve(final String coordinates) throws IOException, InterruptedException
    {
        final String[] parts = coordinates.split(":");
        if (parts.length != 3)
        {
            throw new AbiProfileException("expected group:artifact:version, got " + coordinates);
        }
        final Path jar = repository.resolve(parts[0].replace('.', '/')).resolve(parts[1]).resolve(parts[2])
            .resolve(parts[1] + "-" + parts[2] + ".jar");
        if (Files.isRegularFile(jar))
        {
            return jar;
        }
        System.err.println("fetching " + coordinates + " from Maven Central ...");
        final Process mvn = new ProcessBuilder("mvn", "-q", "-B", "dependency:get", "-Dartifact=" + coordinates,
            "-Dmaven.repo.local=" + repository)
            .inheritIO()
            .start();
        if (!mvn.waitFor(10, TimeUnit.MINUTES) || mvn.exitValue() != 0 || !Files.isRegularFile(jar))
        {
            throw new AbiProfileException("could not fetch " + coordinates + " into " + repository +
                " (run: mvn dependency:get -Dartifact=" + coordinates + ")");
        }
        return jar;
    }
}
