package org.ctpengine.bench.jctp;

import org.HdrHistogram.Histogram;
import org.agrona.IoUtil;
import org.ctpengine.sim.SimLibrary;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The jctp peer of the callback → onTick benchmark, as the parent sees it: each {@link #round()} runs
 * {@link JctpTickPeer} in a child JVM (its own class path with the jctp jar, {@code java.library.path} and
 * {@code LD_LIBRARY_PATH} on a {@link JctpLibraryDir}, {@code LOCPATH} on the GB18030 locale libjctp.so needs) and
 * adds the child's rows to this run's totals. A child JVM because the simulator must be loaded under SFIT's names
 * before jctp's classes initialise, and one JVM holds one jctp version.
 */
public final class JctpPeer
{
    private static final long CHILD_TIMEOUT_S = 600;

    private final Path jctpDir;
    private final int pacedTicks;
    private final int rate;
    private final int lowRate;
    private final int lowTicks;
    private final int maxTicks;
    private final int warmUpTicks;
    private final Map<String, Histogram> histograms = new HashMap<>();
    private final List<PeerRow> rows = new ArrayList<>();

    /**
     * @param jctpDir where the build copied the jctp jar and its native loader (bench/target/jctp)
     */
    public JctpPeer(final Path jctpDir, final int pacedTicks, final int rate, final int lowRate, final int lowTicks,
        final int maxTicks, final int warmUpTicks)
    {
        this.lowRate = lowRate;
        this.lowTicks = lowTicks;
        this.jctpDir = jctpDir;
        this.pacedTicks = pacedTicks;
        this.rate = rate;
        this.maxTicks = maxTicks;
        this.warmUpTicks = warmUpTicks;
    }

    /** Runs one round in a child JVM and adds its rows. */
    public void round() throws IOException, InterruptedException
    {
        final Path work = Files.createTempDirectory("ctp-bench-jctp");
        try
        {
            final Path libraries = work.resolve("lib");
            final Path out = work.resolve("rows.tsv");
            final Path jctpJar = jar("jctp-6.7.8-");
            final Path simulator = SimLibrary.path(SimLibrary.DEFAULT_PROFILE).toRealPath();
            // Before the child starts: glibc drops a LD_LIBRARY_PATH directory that is missing at start-up for good,
            // and with it the same directory as libjctp.so's $ORIGIN.
            JctpLibraryDir.populate(libraries, simulator, jctpJar);
            final List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.add("-Djava.library.path=" + libraries);
            command.add("-cp");
            command.add(System.getProperty("java.class.path") + File.pathSeparator + jctpJar + File.pathSeparator +
                jar("native-lib-loader-"));
            command.add(JctpTickPeer.class.getName());
            Stream.of(libraries, simulator, work.resolve("flow"), pacedTicks, rate, lowRate, lowTicks, maxTicks, warmUpTicks,
                    out)
                .map(String::valueOf).forEach(command::add);

            final ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("LD_LIBRARY_PATH", libraries.toString());
            builder.environment().put("LOCPATH", locale());
            final Process child = builder.start();
            if (!child.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS))
            {
                child.destroyForcibly();
                throw new IllegalStateException("jctp peer: child JVM did not finish in " + CHILD_TIMEOUT_S + " s");
            }
            if (child.exitValue() != 0 || !Files.exists(out))
            {
                throw new IllegalStateException("jctp peer: child JVM failed (exit " + child.exitValue() + ")");
            }
            for (final String line : Files.readAllLines(out))
            {
                final PeerRow row = PeerRow.fromLine(line);
                rows.add(row);
                histograms.computeIfAbsent(row.name(), n -> new Histogram(60_000_000_000L, 3)).add(row.histogram());
            }
        }
        finally
        {
            IoUtil.delete(work.toFile(), true);
        }
    }

    private Path jar(final String prefix) throws IOException
    {
        try (Stream<Path> files = Files.list(jctpDir))
        {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + jctpDir.toAbsolutePath() +
                    ": build the bench module (mvn -pl bench -am package)"));
        }
    }

    private static String locale()
    {
        final String fromLauncher = System.getProperty("ctp.locpath");
        final String locale = fromLauncher != null ? fromLauncher : System.getenv("LOCPATH");
        if (locale == null)
        {
            throw new IllegalStateException("jctp peer: libjctp.so needs the zh_CN.GB18030 locale; set LOCPATH " +
                "(the ctp-engine launcher does)");
        }
        return locale;
    }

    /**
     * Latency over every round so far of the rows named {@code name}: "paced" and "low" from the simulator's planned
     * send time, "max" (the callback's own cost: the sender waits for it) from each tick's actual send time.
     */
    public Histogram histogram(final String name)
    {
        return histograms.getOrDefault(name, new Histogram(60_000_000_000L, 3));
    }

    /** Mean sustained rate of the rows named {@code name}. */
    public double perSecond(final String name)
    {
        return rows.stream().filter(r -> r.name().equals(name)).mapToDouble(PeerRow::perSecond).average().orElse(0);
    }

    /** Sent, missing, duplicate and out-of-order ticks of the rows named {@code name}, summed. */
    public long[] delivery(final String name)
    {
        final long[] totals = new long[4];
        rows.stream().filter(r -> r.name().equals(name)).forEach(r ->
        {
            totals[0] += r.sent();
            totals[1] += r.missing();
            totals[2] += r.duplicates();
            totals[3] += r.outOfOrder();
        });
        return totals;
    }
}
