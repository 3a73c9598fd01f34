package org.ctpengine.abitools.header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs g++ and the programs it builds, for tests that let the C++ compiler judge generated headers. */
final class Gxx
{
    /** Strict, so that generated headers stay warning-free for the simulator's -Wall -Wextra build. */
    static final List<String> FLAGS = List.of("-std=c++17", "-Wall", "-Wextra", "-Werror");
    private static final long TIMEOUT_MINUTES = 5;

    /** What a process did. */
    record Outcome(List<String> command, int exitCode, String stdout, String stderr)
    {
        boolean succeeded()
        {
            return exitCode == 0;
        }

        String describe()
        {
            return String.join(" ", command) + " exited with " + exitCode + "\nstderr:\n" + stderr;
        }
    }

    private Gxx()
    {
    }

    /** Compiles {@code source} into {@code executable} with the headers in {@code includeDir}. */
    static Outcome compile(final Path source, final Path includeDir, final Path executable)
    {
        return compile(source, includeDir, executable, FLAGS);
    }

    /** As {@link #compile(Path, Path, Path)} with other flags, for headers this project did not write. */
    static Outcome compile(final Path source, final Path includeDir, final Path executable, final List<String> flags)
    {
        final List<String> command = new ArrayList<>();
        command.add("g++");
        command.addAll(flags);
        command.add("-I" + includeDir);
        command.add("-o");
        command.add(executable.toString());
        command.add(source.toString());
        return run(command, source.getParent());
    }

    /** Runs a program and collects what it printed. */
    static Outcome run(final List<String> command, final Path workDir)
    {
        try
        {
            final Path stdout = Files.createTempFile(workDir, "stdout", ".txt");
            final Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
            final Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES))
            {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            return new Outcome(List.copyOf(command), process.exitValue(),
                Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot run " + command.get(0) + " (is g++ installed?)", e);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }
}
