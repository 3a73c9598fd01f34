package org.ctpengine.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A simulator library extracted from the jar into a private directory leaves nothing behind when the JVM ends. */
class ExtractedLibraryTest
{
    @TempDir
    Path work;

    /** Run in the child JVM: extracts the library from the jar and prints where it went. */
    public static final class Extract
    {
        public static void main(final String[] args)
        {
            System.out.println(SimLibrary.path(args[0]));
        }
    }

    @Test
    void extractedDirectoryIsRemovedWhenTheProcessEnds() throws Exception
    {
        final Path extracted = extractInChild();
        assertThat(extracted.getFileName().toString()).isEqualTo("libctpsim.so");
        assertThat(extracted.getParent().getFileName().toString()).startsWith("ctpsim-");
        assertThat(extracted.getParent()).as("the extraction directory, after the JVM ended").doesNotExist();
    }

    @Test
    void directoryOfAKilledProcessIsRemovedByTheNextExtraction() throws Exception
    {
        final Process gone = new ProcessBuilder("true").start();
        assertThat(gone.waitFor(60, TimeUnit.SECONDS)).isTrue();
        final Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        final Path abandoned = Files.createDirectory(temporary.resolve("ctpsim-6.7.8-" + gone.pid() + "-42"));
        Files.writeString(abandoned.resolve("libctpsim.so"), "left by a killed process");
        final Path alive = Files.createDirectory(
            temporary.resolve("ctpsim-6.7.8-" + ProcessHandle.current().pid() + "-43"));
        try
        {
            extractInChild();
            assertThat(abandoned).doesNotExist();
            assertThat(alive).as("a live process's directory").isDirectory();
        }
        finally
        {
            Files.deleteIfExists(abandoned.resolve("libctpsim.so"));
            Files.deleteIfExists(abandoned);
            Files.deleteIfExists(alive);
        }
    }

    /** Extracts the default profile's library in a child JVM that runs from the jar; returns where it went. */
    private Path extractInChild() throws Exception
    {
        final Path jar = jarOfMainClasses();
        final String classPath = jar + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
        final Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classPath, Extract.class.getName(), SimLibrary.DEFAULT_PROFILE)
            .redirectErrorStream(true)
            .start();
        final String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return Path.of(output);
    }

    /** target/classes as a jar, so that the library is a jar entry, as for users of the packaged module. */
    private Path jarOfMainClasses() throws IOException
    {
        final Path classes = Path.of("target", "classes").toAbsolutePath();
        final Path jar = work.resolve("ctp-sim.jar");
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(classes))
        {
            final List<Path> files = paths.filter(Files::isRegularFile).toList();
            for (final Path path : files)
            {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
