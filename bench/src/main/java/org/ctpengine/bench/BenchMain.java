package org.ctpengine.bench;

import org.agrona.IoUtil;
import org.ctpengine.bench.jctp.JctpPeer;
import org.ctpengine.bench.journal.JournalAppendBenchmark;
import org.ctpengine.bench.replay.ReplayThroughputBenchmark;
import org.ctpengine.bench.order.TickToOrderBenchmark;
import org.ctpengine.bench.report.LatencyReport;
import org.ctpengine.bench.ring.RingHopBenchmark;
import org.ctpengine.bench.ring.RingHopBenchmark.WaitDisciplineChoice;
import org.ctpengine.bench.tick.TickToStrategyBenchmark;
import org.ctpengine.bench.trampoline.TrampolineBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** {@code ctp-engine bench}: runs the latency benchmarks and prints one table per scenario group. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Latency benchmarks with peers measured in the same run (HdrHistogram; results in --out).")
public final class BenchMain implements Callable<Integer>
{
    /** The rate the latency goal is stated at (issue 7: callback -> onTick at 100k ticks/s). */
    private static final int PACED_RATE = 100_000;

    /** A rate jctp's callback path sustains on these machines (it saturates at 50-65k/s), for a like-for-like ratio. */
    private static final int LOW_RATE = 20_000;

    @Option(names = "--quick", description = "short run (default)", defaultValue = "true")
    boolean quick;

    @Option(names = "--full", description = "long run, for dedicated hardware")
    boolean full;

    @Option(names = "--md-library", paramLabel = "SO",
        description = "CTP market-data library hosting the SPI (default: SFIT 6.7.8 from the jctp jar the build fetched)")
    Path mdLibrary;

    @Option(names = "--out", paramLabel = "DIR", description = "where histograms go (default: bench/target/results)")
    Path out;

    @Option(names = "--only", split = ",", paramLabel = "GROUP",
        description = "run only these groups: ${COMPLETION-CANDIDATES} (default: all)")
    Set<Group> only;

    /** The scenario groups, in the order they run. */
    enum Group
    {
        trampoline, ring, tick, jctp, order, journal, replay
    }

    private boolean runs(final Group group)
    {
        return only == null || only.contains(group);
    }

    /** The project root the launcher passes, so defaults do not depend on the working directory. */
    private static Path root()
    {
        return Path.of(System.getProperty("ctp.root", "."));
    }

    @Override
    public Integer call() throws Exception
    {
        final Path results = out != null ? out : root().resolve("bench/target/results");
        if (runs(Group.trampoline))
        {
            trampoline(results);
        }
        if (runs(Group.ring))
        {
            final LatencyReport ring = new RingHopBenchmark(new int[] {PACED_RATE, 1_000_000},
                full ? 2_000_000 : 100_000, full ? 10_000_000 : 1_000_000, full ? 5 : 2,
                full ? List.of(WaitDisciplineChoice.values()) :
                    List.of(WaitDisciplineChoice.YIELDING, WaitDisciplineChoice.BLOCKING)).run();
            ring.print(System.out);
            ring.writeHistograms(results.resolve("ring-hop"));
        }
        // The jctp peer runs inside the tick rounds (one child JVM per round); its max-rate burst is shorter in quick
        // mode because jctp's callback path sustains well under 100k/s here.
        final int lowTicks = full ? 200_000 : 40_000;
        final JctpPeer jctp = runs(Group.jctp) ? new JctpPeer(root().resolve("bench/target/jctp"),
            full ? 1_000_000 : 200_000, PACED_RATE, LOW_RATE, lowTicks, full ? 1_000_000 : 100_000,
            full ? 200_000 : 50_000) : null;
        final TickToStrategyBenchmark.Result ticks = runs(Group.tick) || runs(Group.jctp) ? new TickToStrategyBenchmark(
            full ? 1_000_000 : 200_000, PACED_RATE, LOW_RATE, lowTicks, full ? 5_000_000 : 500_000, full ? 5 : 2,
            jctp).run() : null;
        if (ticks != null)
        {
            ticks.print(System.out);
            ticks.writeHistograms(results.resolve("tick-to-strategy"));
        }
        if (runs(Group.order))
        {
            final TickToOrderBenchmark.Result order = new TickToOrderBenchmark(full ? 1_000_000 : 200_000, PACED_RATE,
                full ? 20 : 50, full ? 5 : 2).run();
            order.print(System.out);
            order.latency().writeHistograms(results.resolve("tick-to-order"));
        }
        if (runs(Group.journal))
        {
            final LatencyReport journal = new JournalAppendBenchmark(full ? 2_000_000 : 500_000, full ? 6 : 3).run();
            journal.print(System.out);
            journal.writeHistograms(results.resolve("journal-append"));
        }
        if (runs(Group.replay))
        {
            new ReplayThroughputBenchmark(full ? 2_000_000 : 500_000).run().print(System.out);
        }
        System.out.println("histograms and charts (latency.svg): " + results.toAbsolutePath());
        return 0;
    }

    private void trampoline(final Path results) throws Exception
    {
        final int rounds = full ? 20 : 5;
        final int measured = full ? 1_000_000 : 200_000;
        final Path library = mdLibrary != null ? mdLibrary : sfitMdLibrary();
        final Path flow = Files.createTempDirectory("ctp-bench-flow");
        final TrampolineBenchmark trampoline = new TrampolineBenchmark(library, flow, measured / 2, measured);
        final LatencyReport report;
        try
        {
            report = trampoline.run(rounds);
        }
        finally
        {
            IoUtil.delete(flow.toFile(), true);
            if (mdLibrary == null)
            {
                IoUtil.delete(library.getParent().toFile(), true); // the copy from the jar; already mapped if loaded
            }
        }
        report.print(System.out);
        report.writeHistograms(results.resolve("trampoline"));
    }

    /** SFIT's md library from the jctp jar that the bench build copied into bench/target/jctp. */
    private static Path sfitMdLibrary() throws Exception
    {
        final Path jar = root().resolve("bench/target/jctp/jctp-6.7.8-1.0.5.jar");
        if (!Files.isRegularFile(jar))
        {
            throw new IllegalStateException("no jctp jar at " + jar.toAbsolutePath() + ": build the bench module first " +
                "(mvn -pl bench -am package -DskipTests) or pass --md-library");
        }
        final Path dir = Files.createTempDirectory("ctp-bench-sfit");
        final Path so = dir.resolve("libthostmduserapi_se.so");
        try (ZipFile zip = new ZipFile(jar.toFile()))
        {
            final ZipEntry entry = zip.getEntry("natives/linux_64/libthostmduserapi_se.so");
            try (InputStream in = zip.getInputStream(entry))
            {
                Files.copy(in, so, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return so;
    }

}
