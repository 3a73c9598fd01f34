package org.ctpengine.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives the simulator through the scripted C++ test driver ({@code ctpsim-driver}, built with the
 * library): the driver dlopens the library as any CTP client would, runs commands and prints every SPI
 * callback. One driver process per test gives each test a fresh simulator. Waits have deadlines; nothing
 * sleeps.
 */
public final class SimDriver implements AutoCloseable
{
    /** How long a test waits for a reply or a callback before failing. */
    static final long DEADLINE_MS = 10_000;

    /** A command's reply: its return code and any text. */
    public record Reply(int code, String text)
    {
    }

    private final String profile;
    private final Process process;
    private final Writer input;
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private final Map<String, BlockingQueue<Callback>> callbacks = new ConcurrentHashMap<>();
    private final List<String> stray = new ArrayList<>();
    private static final int FENCE_BASE = 1_000_000;
    private final AtomicInteger fences = new AtomicInteger(FENCE_BASE);

    private SimDriver(final String profile, final Process process)
    {
        this.profile = profile;
        this.process = process;
        this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
        final Thread reader = new Thread(this::readOutput, "ctpsim-driver-" + profile);
        reader.setDaemon(true);
        reader.start();
    }

    static Path nativeDir(final String profile)
    {
        return Path.of(System.getProperty("ctpsim.native.dir", "target/native")).resolve(profile);
    }

    /** Starts a driver and loads the profile's simulator library into it. */
    public static SimDriver start(final String profile)
    {
        final Path executable = nativeDir(profile).resolve("ctpsim-driver");
        if (!Files.isExecutable(executable))
        {
            throw new IllegalStateException("test driver not built: " + executable + " (run the Maven build)");
        }
        try
        {
            final ProcessBuilder builder = new ProcessBuilder(executable.toString());
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().remove("CTPSIM_CONFIG");
            final SimDriver driver = new SimDriver(profile, builder.start());
            driver.ok("load " + SimLibrary.path(profile));
            return driver;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot start " + executable, e);
        }
    }

    public String profile()
    {
        return profile;
    }

    /** Sends one command and returns its reply. */
    public Reply send(final String command)
    {
        try
        {
            input.write(command);
            input.write('\n');
            input.flush();
            final Reply reply = replies.poll(DEADLINE_MS, TimeUnit.MILLISECONDS);
            if (reply == null)
            {
                throw new AssertionError("no reply to '" + command + "' within " + DEADLINE_MS + " ms");
            }
            return reply;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("driver gone while sending '" + command + "'", e);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Sends a command that must return 0; returns the reply text. */
    public String ok(final String command)
    {
        final Reply reply = send(command);
        if (reply.code() != 0)
        {
            throw new AssertionError("'" + command + "' returned " + reply.code() + " " + reply.text());
        }
        return reply.text();
    }

    /** Calls an API method of an instance; returns what it returned. */
    public int call(final String instance, final String method, final String... args)
    {
        return send("call " + instance + " " + method + (args.length == 0 ? "" : " " + String.join(" ", args))).code();
    }

    /** A control function (ctpsim.h without the prefix). */
    public Reply control(final String function, final Object... args)
    {
        final StringBuilder line = new StringBuilder("ctl ").append(function);
        for (final Object arg : args)
        {
            line.append(' ').append(arg);
        }
        return send(line.toString());
    }

    public void configure(final String line)
    {
        final Reply reply = control("configure", line);
        if (reply.code() != 0)
        {
            throw new AssertionError("configure '" + line + "': " + reply.text());
        }
    }

    /** The next callback of an instance, waiting up to the deadline (fence markers of {@link #drain} skipped). */
    public Callback next(final String instance)
    {
        while (true)
        {
            final Callback callback = nextRaw(instance);
            if (!(callback.method().equals("OnHeartBeatWarning") && callback.intArg() >= FENCE_BASE))
            {
                return callback;
            }
        }
    }

    private Callback nextRaw(final String instance)
    {
        try
        {
            final Callback callback = queue(instance).poll(DEADLINE_MS, TimeUnit.MILLISECONDS);
            if (callback == null)
            {
                throw new AssertionError("no callback on " + instance + " within " + DEADLINE_MS + " ms");
            }
            return callback;
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The next callback, which must be {@code method}. */
    public Callback expect(final String instance, final String method)
    {
        final Callback callback = next(instance);
        if (!callback.method().equals(method))
        {
            throw new AssertionError("expected " + method + " on " + instance + " but got " + callback);
        }
        return callback;
    }

    /**
     * Every callback the instance receives before a fence: a heartbeat warning posted now travels behind
     * everything already queued on the instance's callback thread, so what arrives before it is all there is.
     */
    public List<Callback> drain(final String instance)
    {
        final int marker = fences.incrementAndGet();
        control("heartbeat_warning", 3, marker);
        final List<Callback> seen = new ArrayList<>();
        while (true)
        {
            final Callback callback = nextRaw(instance);
            if (callback.method().equals("OnHeartBeatWarning") && callback.intArg() >= FENCE_BASE)
            {
                if (callback.intArg() == marker)
                {
                    return seen;
                }
                continue; // an earlier fence of another instance
            }
            seen.add(callback);
        }
    }

    /** Callback method names, for comparing sequences. */
    public static List<String> methods(final List<Callback> callbacks)
    {
        return callbacks.stream().map(Callback::method).toList();
    }

    private BlockingQueue<Callback> queue(final String instance)
    {
        return callbacks.computeIfAbsent(instance, k -> new LinkedBlockingQueue<>());
    }

    private void readOutput()
    {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII)))
        {
            String line;
            while ((line = reader.readLine()) != null)
            {
                if (line.startsWith("RET "))
                {
                    final int space = line.indexOf(' ', 4);
                    final int code = Integer.parseInt(space < 0 ? line.substring(4) : line.substring(4, space));
                    replies.add(new Reply(code, space < 0 ? "" : line.substring(space + 1)));
                }
                else if (line.startsWith("CB "))
                {
                    final Callback callback = Callback.parse(line);
                    queue(callback.instance()).add(callback);
                }
                else
                {
                    synchronized (stray)
                    {
                        stray.add(line);
                    }
                }
            }
        }
        catch (final IOException e)
        {
            // the driver ended; waits time out with a clear message
        }
    }

    @Override
    public void close()
    {
        try
        {
            input.write("exit\n");
            input.flush();
        }
        catch (final IOException e)
        {
            // already gone
        }
        try
        {
            if (!process.waitFor(DEADLINE_MS, TimeUnit.MILLISECONDS))
            {
                process.destroyForcibly();
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
