package org.ctpengine.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM running a test main class with the same java, class path and JVM flags as the test JVM: a
 * second process, as the journal's writer and readers really are. Its stdout lines are queued for
 * {@link #awaitLine}; stderr goes to a file named in failures.
 */
public final class ChildJvm implements AutoCloseable
{
    /** How often {@link #awaitLine} checks that the child still lives while it waits for a line. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final PrintStream stdin;
    private final Thread pump;

    private ChildJvm(final Process process, final Path stderr)
    {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.pump = new Thread(this::pumpStdout, "child-stdout-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    public static ChildJvm start(final Path workDir, final Class<?> mainClass, final String... args) throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        final String flags = System.getProperty("ctp.jvm.flags", "");
        for (final String flag : flags.trim().split("\\s+"))
        {
            if (!flag.isEmpty())
            {
                command.add(flag);
            }
        }
        command.add("-Xmx256m");
        command.add("-cp");
        // Surefire runs tests from a manifest-only jar; it publishes the real class path in this property.
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Files.createDirectories(workDir);
        final Path stderr = Files.createTempFile(workDir, "child-", ".stderr");
        final Process process = new ProcessBuilder(command)
            .redirectError(stderr.toFile())
            .start();
        return new ChildJvm(process, stderr);
    }

    /**
     * Waits for the next stdout line that starts with {@code prefix} (earlier lines are skipped).
     *
     * @throws AssertionError when none comes before the deadline or the child exits first, with its stderr
     */
    public String awaitLine(final String prefix, final Duration deadline) throws InterruptedException
    {
        final long end = System.nanoTime() + deadline.toNanos();
        while (true)
        {
            final long left = end - System.nanoTime();
            final String line = left > 0 ? lines.poll(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS) : null;
            if (line != null)
            {
                if (line.startsWith(prefix))
                {
                    return line;
                }
                continue;
            }
            if (!process.isAlive() && lines.isEmpty() && !pumpAlive())
            {
                throw new AssertionError("child " + process.pid() + " exited with status " + process.exitValue() +
                    " before printing a line starting '" + prefix + "'; stderr:\n" + stderrText());
            }
            if (left <= 0)
            {
                throw new AssertionError("child " + process.pid() + " printed no line starting '" + prefix + "' within " +
                    deadline + " (alive: " + process.isAlive() + "); stderr:\n" + stderrText());
            }
        }
    }

    public void send(final String line)
    {
        stdin.println(line);
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs in the child. */
    public void kill() throws InterruptedException
    {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS))
        {
            throw new AssertionError("child " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    /** Waits for a normal exit and returns its status. */
    public int awaitExit(final Duration deadline) throws InterruptedException
    {
        if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS))
        {
            throw new AssertionError("child " + process.pid() + " still running after " + deadline + "; stderr:\n" + stderrText());
        }
        return process.exitValue();
    }

    public boolean isAlive()
    {
        return process.isAlive();
    }

    public String stderrText()
    {
        try
        {
            return Files.readString(stderr);
        }
        catch (final IOException e)
        {
            return "(cannot read " + stderr + ": " + e + ")";
        }
    }

    /** Kills the child if it still runs (a failed test must not leave writers behind). */
    @Override
    public void close()
    {
        if (process.isAlive())
        {
            process.destroyForcibly();
            try
            {
                process.waitFor(30, TimeUnit.SECONDS);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean pumpAlive()
    {
        return pump.isAlive();
    }

    private void pumpStdout()
    {
        try (BufferedReader reader = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)))
        {
            String line;
            while ((line = reader.readLine()) != null)
            {
                lines.add(line);
            }
        }
        catch (final IOException ignored)
        {
            // the child died: its lines end here
        }
    }
}
