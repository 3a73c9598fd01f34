package org.ctpengine.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What Linux's scheduler accounted to each thread of this process ({@code /proc/self/task/<tid>/schedstat} and
 * {@code status}): nanoseconds on a CPU, nanoseconds runnable but waiting for a CPU, and voluntary (blocked) and
 * involuntary (preempted) context switches. The profile behind a latency figure on a machine with few cores: it
 * says which thread had the CPU and which waited for it. Empty where /proc is not Linux's.
 */
public final class ThreadSchedule
{
    private static final Path TASKS = Path.of("/proc/self/task");

    /** One thread's counters; differences of two samples for a window. */
    public record Sample(String name, long runNanos, long waitNanos, long voluntarySwitches, long involuntarySwitches)
    {
        public Sample minus(final Sample before)
        {
            return before == null ? this : new Sample(name, runNanos - before.runNanos, waitNanos - before.waitNanos,
                voluntarySwitches - before.voluntarySwitches, involuntarySwitches - before.involuntarySwitches);
        }

        public Sample plus(final Sample other)
        {
            return new Sample(name, runNanos + other.runNanos, waitNanos + other.waitNanos,
                voluntarySwitches + other.voluntarySwitches, involuntarySwitches + other.involuntarySwitches);
        }

        public long switches()
        {
            return voluntarySwitches + involuntarySwitches;
        }
    }

    private ThreadSchedule()
    {
    }

    /** Every live thread's counters now, by thread id (name: the kernel's, at most 15 characters). */
    public static Map<Integer, Sample> snapshot()
    {
        final Map<Integer, Sample> samples = new HashMap<>();
        if (!Files.isDirectory(TASKS))
        {
            return samples;
        }
        try (Stream<Path> tasks = Files.list(TASKS))
        {
            tasks.forEach(task ->
            {
                final Sample sample = read(task);
                if (sample != null)
                {
                    samples.put(Integer.parseInt(task.getFileName().toString()), sample);
                }
            });
        }
        catch (final IOException e)
        {
            return samples;
        }
        return samples;
    }

    /** Each thread's counters over the window since {@code before} (threads born in it count from zero). */
    public static Map<Integer, Sample> since(final Map<Integer, Sample> before)
    {
        final Map<Integer, Sample> window = new HashMap<>();
        snapshot().forEach((tid, now) -> window.put(tid, now.minus(before.get(tid))));
        return window;
    }

    private static Sample read(final Path task)
    {
        try
        {
            final String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).trim();
            final String[] schedstat = Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII).trim().split(" ");
            long voluntary = 0;
            long involuntary = 0;
            for (final String line : Files.readAllLines(task.resolve("status"), StandardCharsets.UTF_8))
            {
                if (line.startsWith("voluntary_ctxt_switches:"))
                {
                    voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
                else if (line.startsWith("nonvoluntary_ctxt_switches:"))
                {
                    involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return new Sample(name, Long.parseLong(schedstat[0]), Long.parseLong(schedstat[1]), voluntary, involuntary);
        }
        catch (final IOException | RuntimeException e)
        {
            return null; // the thread ended while being read, or no schedstat on this kernel
        }
    }
}
