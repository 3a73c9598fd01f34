package org.ctpengine.bench.tick;

import com.lmax.disruptor.EventHandler;
import org.agrona.IoUtil;
import org.ctpengine.bench.jctp.JctpPeer;
import org.ctpengine.bench.report.LatencyReport;
import org.ctpengine.bench.report.ThreadSchedule;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.ctpengine.bench.load.Arrivals;
import org.ctpengine.bench.load.Bursts;

/**
 * Native callback → strategy {@code onTick} through the whole engine: JNA trampoline → SpiRingPublisher → Disruptor
 * ring → strategy thread, with the engine thread (and the Chronicle journal, when on) consuming the same ring.
 *
 * <p>Two loads per scenario, in one engine each round:
 * <ul>
 *   <li><b>paced</b> ({@code rate} ticks/s): the simulator sends tick i at start + i/rate and stamps that planned
 *       time, so a sender held up by the engine carries the delay into every later tick's latency (no coordinated
 *       omission). This is the latency figure.</li>
 *   <li><b>max rate</b>: as fast as the simulator's md thread can call back; the ring fills and the callback thread
 *       waits for room (backpressure, counted as ring stalls), so the figure that matters is the sustained rate, and
 *       the check that every tick numbered 1..N arrived exactly once and in order. Its latency is queueing time.</li>
 * </ul>
 * Scenarios, each with the journal on: the strategy thread blocking (the default configuration), yielding, or
 * busy-spinning, while the engine thread and the journal poll in the background; and the peer, every consumer
 * blocking (how the engine was wired before per-consumer waits). Rounds interleave them so that machine noise hits
 * them alike.
 * A second, lower paced rate (optional) is one the jctp peer sustains. The jctp peer ({@link JctpPeer}: jctp's SWIG
 * director driven by the same simulator in a child JVM, reading the same ten fields) runs once per round after ours,
 * and every row of ours shows its ratio against jctp's row of the same load.
 * The per-hop breakdown splits the latency at the stamps each tick carries (see {@link HopBreakdown}); the CPU
 * profile says which thread had a CPU during the paced bursts and which waited for one (see {@link CpuProfile}).
 */
public final class TickToStrategyBenchmark
{
    private static final String INSTRUMENT = "rb2501";
    private static final EngineScenario PEER = EngineScenario.PEER;
    private static final List<EngineScenario> SCENARIOS = List.of(EngineScenario.STRATEGY_BLOCKING,
        EngineScenario.STRATEGY_YIELDING, EngineScenario.STRATEGY_BUSY_SPIN, PEER);

    private final int pacedTicks;
    private final int rate;
    private final int lowRate;
    private final int lowTicks;
    private final int maxRateTicks;
    private final int warmUpTicks;
    private final int rounds;
    private final JctpPeer jctp;

    /** jctp's row label: its SWIG director called on the simulator's thread, no ring, no journal. */
    static final String JCTP_LABEL = "jctp peer (SWIG/JNI director on the callback thread)";

    /**
     * @param pacedTicks   ticks per paced burst
     * @param rate         paced ticks per second
     * @param lowRate      a second, lower paced rate (0: none), one the jctp peer sustains, for a like-for-like ratio
     * @param lowTicks     ticks per burst at the lower rate
     * @param maxRateTicks ticks per max-rate burst
     * @param rounds       rounds over all scenarios, each with a fresh engine
     * @param jctp         the jctp peer, one child JVM per round after ours; null to leave it out
     */
    public TickToStrategyBenchmark(final int pacedTicks, final int rate, final int lowRate, final int lowTicks,
        final int maxRateTicks, final int rounds, final JctpPeer jctp)
    {
        this.lowRate = lowRate;
        this.lowTicks = lowTicks;
        this.jctp = jctp;
        this.pacedTicks = pacedTicks;
        this.rate = rate;
        this.maxRateTicks = maxRateTicks;
        this.warmUpTicks = Math.max(50_000, maxRateTicks / 10);
        this.rounds = rounds;
    }

    /** Tick loss and order over the whole run, per row: what "without loss" rests on. */
    record Delivery(long sent, long missing, long duplicates, long outOfOrder, long strays, long ringStalls)
    {
        Delivery plus(final Delivery other)
        {
            return new Delivery(sent + other.sent, missing + other.missing, duplicates + other.duplicates,
                outOfOrder + other.outOfOrder, strays + other.strays, ringStalls + other.ringStalls);
        }

        boolean lossless()
        {
            return missing == 0 && duplicates == 0 && outOfOrder == 0 && strays == 0;
        }
    }

    /** What a run produced: the latency table, the per-hop breakdown and the delivery checks. */
    public static final class Result
    {
        private final LatencyReport latency;
        private final HopBreakdown hops;
        private final Map<String, Delivery> deliveries;
        private final CpuProfile cpu;

        Result(final LatencyReport latency, final HopBreakdown hops, final Map<String, Delivery> deliveries,
            final CpuProfile cpu)
        {
            this.latency = latency;
            this.hops = hops;
            this.deliveries = deliveries;
            this.cpu = cpu;
        }

        public LatencyReport latency()
        {
            return latency;
        }

        public void print(final PrintStream out)
        {
            latency.print(out);
            hops.print(out, "Per hop: simulator send stamp -> callback entry -> ring publish -> strategy onTick");
            cpu.print(out, "Threads during the paced bursts (Linux scheduler accounting)");
            out.println("Delivery: every burst tick numbered 1..N in Volume, each must arrive once and in order");
            out.printf(Locale.ROOT, "%-60s %10s %8s %10s %12s %7s %11s %s%n",
                "scenario", "sent", "missing", "duplicate", "out of order", "stray", "ring stalls", "");
            for (final Map.Entry<String, Delivery> row : deliveries.entrySet())
            {
                final Delivery d = row.getValue();
                out.printf(Locale.ROOT, "%-60s %10d %8d %10d %12d %7d %11d %s%n", row.getKey(), d.sent, d.missing,
                    d.duplicates, d.outOfOrder, d.strays, d.ringStalls, d.lossless() ? "ok" : "LOSS");
            }
            out.println("(ring stalls: callbacks that waited for a full ring, backpressure, not loss)");
            out.println();
        }

        public void writeHistograms(final Path dir) throws IOException
        {
            latency.writeHistograms(dir);
        }
    }

    private String pacedRow(final EngineScenario scenario)
    {
        return pacedRow(scenario.label());
    }

    private String pacedRow(final String label)
    {
        return rateLabel(rate) + ", " + label;
    }

    private String lowRow(final String label)
    {
        return rateLabel(lowRate) + ", " + label;
    }

    private static String rateLabel(final int ticksPerSecond)
    {
        return (ticksPerSecond % 1000 == 0 ? ticksPerSecond / 1000 + "k" : Integer.toString(ticksPerSecond)) + "/s";
    }

    private Delivery jctpDelivery(final String name)
    {
        final long[] d = jctp.delivery(name);
        return new Delivery(d[0], d[1], d[2], d[3], 0, 0);
    }

    private static String maxRow(final EngineScenario scenario)
    {
        return "max rate, " + scenario.label();
    }

    public Result run() throws Exception
    {
        final HopBreakdown hops = new HopBreakdown();
        final CpuProfile cpu = new CpuProfile();
        final Map<String, Double> rates = new LinkedHashMap<>();
        final Map<String, Delivery> deliveries = new LinkedHashMap<>();
        for (final EngineScenario scenario : SCENARIOS)
        {
            deliveries.put(pacedRow(scenario), new Delivery(0, 0, 0, 0, 0, 0));
        }
        if (lowRate > 0)
        {
            for (final EngineScenario scenario : SCENARIOS)
            {
                deliveries.put(lowRow(scenario.label()), new Delivery(0, 0, 0, 0, 0, 0));
            }
        }
        for (final EngineScenario scenario : SCENARIOS)
        {
            deliveries.put(maxRow(scenario), new Delivery(0, 0, 0, 0, 0, 0));
        }
        for (int round = 0; round < rounds; round++)
        {
            for (final EngineScenario scenario : SCENARIOS)
            {
                measure(scenario, hops, cpu, rates, deliveries);
            }
            if (jctp != null)
            {
                jctp.round();
            }
        }

        final LatencyReport report = new LatencyReport("Native callback -> strategy onTick (ctp-sim " +
            SimLibrary.DEFAULT_PROFILE + ", " + rounds + " rounds; paced: " + pacedTicks + " ticks at " + rate +
            "/s" + (lowRate > 0 ? " and " + lowTicks + " at " + lowRate + "/s" : "") +
            " from the planned send time; max rate: " + maxRateTicks + " ticks, latency = queueing)").chartPerPhase();
        final List<String> rows = new ArrayList<>();
        SCENARIOS.forEach(s -> rows.add(pacedRow(s)));
        if (lowRate > 0)
        {
            SCENARIOS.forEach(s -> rows.add(lowRow(s.label())));
        }
        SCENARIOS.forEach(s -> rows.add(maxRow(s)));
        for (final String row : rows)
        {
            final String phase = row.substring(0, row.indexOf(", "));
            final List<String> peers = new ArrayList<>();
            if (!row.endsWith(PEER.label()))
            {
                peers.add(phase + ", " + PEER.label());
            }
            if (jctp != null)
            {
                peers.add(phase + ", " + JCTP_LABEL);
            }
            report.addCompared(row, hops.histogram(row, HopBreakdown.Hop.TOTAL), rates.get(row) / rounds, peers);
        }
        if (jctp != null)
        {
            for (final String phase : lowRate > 0 ? List.of("paced", "low", "max") : List.of("paced", "max"))
            {
                final String row = switch (phase)
                {
                    case "paced" -> pacedRow(JCTP_LABEL);
                    case "low" -> lowRow(JCTP_LABEL);
                    default -> "max rate, " + JCTP_LABEL;
                };
                report.add(row, jctp.histogram(phase), jctp.perSecond(phase), null);
                deliveries.put(row, jctpDelivery(phase));
            }
        }
        return new Result(report, hops, deliveries, cpu);
    }

    private void measure(final EngineScenario scenario, final HopBreakdown hops, final CpuProfile cpu,
        final Map<String, Double> rates, final Map<String, Delivery> deliveries) throws Exception
    {
        final Path sim = SimLibrary.path(SimLibrary.DEFAULT_PROFILE);
        final SimControl control = SimControl.open(sim);
        control.reset();
        control.configure("tick_interval_ms 0"); // only burst ticks: nothing else interleaves with the measurement
        control.configure("flow_window_ms 20");
        final Path work = Files.createTempDirectory("ctp-bench-engine");
        final TickRecorder recorder = new TickRecorder(INSTRUMENT);
        final EngineConfig config = SimEngineConfig.of(work, sim, scenario.waitStrategy(), scenario.backgroundWait(), recorder);
        final Journal journal = scenario.journal() ? Journal.open(work.resolve("journal")) : null;
        final TrackedJournal journalHandler = journal != null ? new TrackedJournal(new JournalHandler(journal)) : null;
        final List<EventHandler<RingEvent>> consumers = journalHandler != null ? List.of(journalHandler) : List.of();
        try (Engine engine = new Engine(config, consumers))
        {
            engine.start();
            waitUntil(recorder::started, 30_000, "strategy start");
            // The simulator sends a snapshot to a new subscriber: once it is here, the simulator has the subscription.
            waitUntil(() -> recorder.ticks() > 0, 30_000, "subscription snapshot");

            final Arrivals warmUp = Bursts.run(control, INSTRUMENT, recorder::expect, warmUpTicks, 0); // JIT the whole path
            if (journalHandler != null)
            {
                // The journal is slower than the strategy at full speed: start measuring on an empty ring.
                final long lastWarmUpTick = warmUp.publishNanos[warmUpTicks];
                waitUntil(() -> journalHandler.lastTickPublishNanos() >= lastWarmUpTick, 60_000, "journal catching up");
            }

            final String paced = pacedRow(scenario);
            final long stallsBeforePaced = engine.counters().ringStalls().get();
            final Map<Integer, ThreadSchedule.Sample> threadsBefore = ThreadSchedule.snapshot();
            final long pacedStart = System.nanoTime();
            final Arrivals pacedArrivals = Bursts.run(control, INSTRUMENT, recorder::expect, pacedTicks, rate);
            cpu.record(paced, ThreadSchedule.since(threadsBefore), System.nanoTime() - pacedStart, pacedTicks,
                recorder.threadName(), journalHandler != null ? journalHandler.threadName() : null);
            record(paced, control.burstTimestamps(), pacedArrivals, hops, rates, deliveries,
                engine.counters().ringStalls().get() - stallsBeforePaced);

            if (lowRate > 0)
            {
                final long stallsBeforeLow = engine.counters().ringStalls().get();
                final Arrivals lowArrivals = Bursts.run(control, INSTRUMENT, recorder::expect, lowTicks, lowRate);
                record(lowRow(scenario.label()), control.burstTimestamps(), lowArrivals, hops, rates, deliveries,
                    engine.counters().ringStalls().get() - stallsBeforeLow);
            }

            final String max = maxRow(scenario);
            final long stallsBeforeMax = engine.counters().ringStalls().get();
            final Arrivals maxArrivals = Bursts.run(control, INSTRUMENT, recorder::expect, maxRateTicks, 0);
            record(max, control.burstTimestamps(), maxArrivals, hops, rates, deliveries,
                engine.counters().ringStalls().get() - stallsBeforeMax);
        }
        finally
        {
            if (journal != null)
            {
                journal.close();
            }
            IoUtil.delete(work.toFile(), true); // a journal of a max-rate run is about 1 GB
        }
    }

    private static void record(final String row, final long[] sent, final Arrivals arrivals, final HopBreakdown hops,
        final Map<String, Double> rates, final Map<String, Delivery> deliveries, final long ringStalls)
    {
        long last = 0;
        for (int number = 1; number <= arrivals.count && number <= sent.length; number++)
        {
            final long handled = arrivals.handledNanos[number];
            if (handled != 0)
            {
                hops.record(row, sent[number - 1], arrivals.receiveNanos[number], arrivals.publishNanos[number], handled);
                last = Math.max(last, handled);
            }
        }
        // Sustained end to end: from the first tick's send stamp to the last tick's arrival at the strategy.
        rates.merge(row, arrivals.count * 1e9 / Math.max(1, last - sent[0]), Double::sum);
        deliveries.merge(row, new Delivery(sent.length, arrivals.missing(), arrivals.duplicates(), arrivals.outOfOrder(),
            arrivals.strays(), ringStalls), Delivery::plus);
    }

    private static void waitUntil(final BooleanSupplier condition, final long timeoutMs, final String what)
    {
        final long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean())
        {
            if (System.currentTimeMillis() > deadline)
            {
                throw new IllegalStateException("benchmark timed out waiting for " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
