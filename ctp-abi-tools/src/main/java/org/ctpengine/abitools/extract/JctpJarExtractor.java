package org.ctpengine.abitools.extract;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.AbiProfileIo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Extracts a profile from a jctp jar by running {@link JctpOracle} in a child JVM with the jar on its class
 * path: every jctp version uses the same class names and its native library can be bound to one class
 * loader only, so one JVM per version.
 */
public final class JctpJarExtractor
{
    private static final long TIMEOUT_SECONDS = 300;

    private final Path nativeLibLoaderJar;
    private final String locpath;

    /**
     * @param nativeLibLoaderJar scijava's native-lib-loader jar, which jctp's JNI class uses to load its natives
     * @param locpath            directory holding the {@code zh_CN.GB18030} locale, or null to inherit LOCPATH
     */
    public JctpJarExtractor(final Path nativeLibLoaderJar, final String locpath)
    {
        this.nativeLibLoaderJar = nativeLibLoaderJar;
        this.locpath = locpath;
    }

    /**
     * Extracts the profile of {@code jctpJar} under {@code id}, e.g. {@code 6.7.8}.
     *
     * @throws AbiProfileException with the child's diagnostics when extraction fails
     */
    public AbiProfile extract(final Path jctpJar, final String id) throws IOException, InterruptedException
    {
        requireFile(jctpJar, "jctp jar");
        requireFile(nativeLibLoaderJar, "native-lib-loader jar");
        final Path out = Files.createTempDirectory("ctp-abi-" + id.replace('/', '_'));
        final Path log = Files.createTempFile("ctp-abi-" + id.replace('/', '_'), ".log");
        try
        {
            final List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Djna.nosys=true");
            command.add("-cp");
            command.add(System.getProperty("java.class.path") + File.pathSeparator + jctpJar.toAbsolutePath() +
                File.pathSeparator + nativeLibLoaderJar.toAbsolutePath());
            command.add(JctpOracle.class.getName());
            command.add(id);
            command.add("maven:org.rationalityfrontline:jctp:" + versionOf(jctpJar));
            command.add(out.toString());
            final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            if (locpath != null)
            {
                builder.environment().put("LOCPATH", locpath);
            }
            final Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
            {
                process.destroyForcibly();
                throw new AbiProfileException("extraction from " + jctpJar + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0)
            {
                throw new AbiProfileException("extraction from " + jctpJar + " failed (exit " + process.exitValue() +
                    "):\n" + tail(Files.readString(log, StandardCharsets.UTF_8), 40));
            }
            return AbiProfileIo.read(out);
        }
        finally
        {
            deleteTree(out);
            Files.deleteIfExists(log);
        }
    }

    /** {@code .../jctp-6.7.8-1.0.5.jar} → {@code 6.7.8-1.0.5}. */
    static String versionOf(final Path jctpJar)
    {
        final String name = jctpJar.getFileName().toString();
        if (name.startsWith("jctp-") && name.endsWith(".jar"))
        {
            return name.substring("jctp-".length(), name.length() - ".jar".length());
        }
        return name;
    }

    private static void requireFile(final Path path, final String what)
    {
        if (!Files.isRegularFile(path))
        {
            throw new AbiProfileException(what + " not found: " + path.toAbsolutePath());
        }
    }

    private static String tail(final String text, final int lines)
    {
        final String[] all = text.split("\n");
        final StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, all.length - lines); i < all.length; i++)
        {
            out.append(all[i]).append('\n');
        }
        return out.toString();
    }

    private static void deleteTree(final Path dir) throws IOException
    {
        if (!Files.exists(dir))
        {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir))
        {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(path);
            }
        }
    }
}
