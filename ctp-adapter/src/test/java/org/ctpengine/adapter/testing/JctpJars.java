package org.ctpengine.adapter.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Maven Central jctp jars that the build copies into {@code ctp-adapter/target/jctp} (see the pom):
 * SFIT's real libraries and the SWIG layout oracle, one jar per CTP version.
 */
public final class JctpJars
{
    public static final String V661 = "6.6.1_P1";
    public static final String V678 = "6.7.8";

    private JctpJars()
    {
    }

    public static Path dir()
    {
        final String dir = System.getProperty("ctp.jctp.dir");
        if (dir == null)
        {
            throw new IllegalStateException("system property ctp.jctp.dir is not set: run the tests through Maven");
        }
        return Path.of(dir);
    }

    /** The jctp jar of a profile id ({@code 6.7.8} → {@code jctp-6.7.8-1.0.5.jar}). */
    public static Path jar(final String profileId)
    {
        final String version = System.getProperty(V661.equals(profileId) ? "ctp.jctp.v661" : "ctp.jctp.v678");
        final Path jar = dir().resolve("jctp-" + version + ".jar");
        if (!Files.isRegularFile(jar))
        {
            throw new IllegalStateException("missing " + jar + ": run 'mvn generate-test-resources' in ctp-adapter");
        }
        return jar;
    }

    public static Path nativeLibLoaderJar()
    {
        return dir().resolve("native-lib-loader-2.5.0.jar");
    }
}
