package org.ctpengine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ctp-engine} in a child JVM the way the launcher does, and captures what it prints. */
public final class HostProcess
{
    public record Outcome(int exit, String output)
    {
    }

    private HostProcess()
    {
    }

    public static Outcome run(final Path workingDirectory, final long timeoutSeconds, final String... args)
        throws IOException, InterruptedException
    {
        return run(workingDirectory, Map.of(), timeoutSeconds, args);
    }

    /** A running {@code ctp-engine}, its output going to {@code log}. */
    public record Running(Process process, Path log)
    {
        public String output() throws IOException
        {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    /** Starts {@code ctp-engine} without waiting for it. */
    public static Running start(final Path workingDirectory, final String... args) throws IOException
    {
        return start(workingDirectory, Map.of(), args);
    }

    /** Starts {@code ctp-engine} with {@code environment} added, without waiting for it. */
    public static Running start(final Path workingDirectory, final Map<String, String> environment, final String... args)
        throws IOException
    {
        final Path log = Files.createTempFile(workingDirectory, "host", ".log");
        final ProcessBuilder builder = new ProcessBuilder(command(args)).directory(workingDirectory.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new Running(builder.start(), log);
    }

    /** With {@code environment} added to this JVM's (credentials, as a user would export them). */
    public static Outcome run(final Path workingDirectory, final Map<String, String> environment, final long timeoutSeconds,
        final String... args) throws IOException, InterruptedException
    {
        return run(workingDirectory, environment, List.of(), timeoutSeconds, args);
    }

    /** With {@code jvmFlags} (system properties, say) given to the child JVM too. */
    public static Outcome run(final Path workingDirectory, final Map<String, String> environment, final List<String> jvmFlags,
        final long timeoutSeconds, final String... args) throws IOException, InterruptedException
    {
        final List<String> command = command(jvmFlags, args);
        final Path log = Files.createTempFile(workingDirectory, "host", ".log");
        final ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        final Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS))
        {
            process.destroyForcibly();
            throw new AssertionError("ctp-engine " + String.join(" ", args) + " did not finish in " + timeoutSeconds +
                " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<String> command(final String... args)
    {
        return command(List.of(), args);
    }

    private static List<String> command(final List<String> jvmFlags, final String... args)
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        final String flags = System.getProperty("ctp.jvm.flags", "");
        if (!flags.isBlank())
        {
            command.addAll(Arrays.asList(flags.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CtpEngineCommand.class.getName());
        command.addAll(Arrays.asList(args));
        return command;
    }
}
