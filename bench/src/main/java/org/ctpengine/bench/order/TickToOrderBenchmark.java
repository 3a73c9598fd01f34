package org.ctpengine.bench.order;

import com.lmax.disruptor.EventHandler;
import org.HdrHistogram.Histogram;
import org.agrona.IoUtil;
import org.ctpengine.bench.report.LatencyReport;
import org.ctpengine.bench.tick.SimEngineConfig;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.bench.tick.EngineScenario;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Tick-to-order: the simulator sends a tick, the engine hands it to the strategy, the strategy orders, and the
 * {@code ReqOrderInsert} arrives back in the simulator. The simulator stamps both ends on CLOCK_MONOTONIC: the tick's
 * planned send time (paced, so no coordinated omission) and the order's arrival, on entry to {@code ReqOrderInsert}
 * (its order probe, {@link SimControl#armOrderProbe}). The strategy orders on every {@code every}-th tick of a paced
 * burst and on no other, so the k-th arrival pairs with the k-th such tick; the benchmark checks that the strategy
 * ordered on exactly those ticks, none refused, none skipped, and that every order arrived.
 *
 * <p>The path: JNA trampoline → ring → strategy thread → risk checks → InputOrder encoded off-heap → command event
 * published to the ring (journaled) → ReqOrderInsert through the vtable, on the strategy thread. Per hop: send →
 * onTick (the strategy's clock reading) and onTick → arrival.
 */
public final class TickToOrderBenchmark
{
    private static final String INSTRUMENT = "rb2501";
    private static final long HIGHEST_NS = 60_000_000_000L;

    private static final EngineScenario PEER = EngineScenario.PEER;
    private static final List<EngineScenario> SCENARIOS = List.of(EngineScenario.STRATEGY_BLOCKING,
        EngineScenario.STRATEGY_BUSY_SPIN, PEER);

    private final int pacedTicks;
    private final int rate;
    private final int every;
    private final int rounds;
    private final Map<String, Histogram[]> histograms = new LinkedHashMap<>();

    /**
     * @param pacedTicks ticks per paced burst
     * @param rate       ticks per second
     * @param every      the strategy orders on every this-many-th tick
     * @param rounds     rounds over the scenarios, each with a fresh engine
     */
    public TickToOrderBenchmark(final int pacedTicks, final int rate, final int every, final int rounds)
    {
        this.pacedTicks = pacedTicks;
        this.rate = rate;
        this.every = every;
        this.rounds = rounds;
    }

    private String row(final EngineScenario scenario)
    {
        return (rate % 1000 == 0 ? rate / 1000 + "k" : Integer.toString(rate)) + "/s, " + scenario.label();
    }

    /** What a run produced: the latency table (orders per second as the rate) and the per-hop split. */
    public record Result(LatencyReport latency, Map<String, Histogram[]> hops)
    {
        public void print(final PrintStream out)
        {
            latency.print(out);
            out.println("Per hop (p50 / p99 / p99.9 ns): tick send stamp -> strategy onTick -> ReqOrderInsert arrival");
            for (final Map.Entry<String, Histogram[]> row : hops.entrySet())
            {
                final Histogram toTick = row.getValue()[1];
                final Histogram toOrder = row.getValue()[2];
                out.printf(Locale.ROOT, "%-44s send -> onTick %s   onTick -> order arrival %s%n", row.getKey(),
                    cell(toTick), cell(toOrder));
            }
            out.println();
        }

        private static String cell(final Histogram h)
        {
            return h.getValueAtPercentile(50) + " / " + h.getValueAtPercentile(99) + " / " + h.getValueAtPercentile(99.9);
        }
    }

    public Result run() throws Exception
    {
        final Map<String, Double> ordersPerSecond = new LinkedHashMap<>();
        for (final EngineScenario scenario : SCENARIOS)
        {
            histograms.put(row(scenario), new Histogram[] {
                new Histogram(HIGHEST_NS, 3), new Histogram(HIGHEST_NS, 3), new Histogram(HIGHEST_NS, 3)});
        }
        for (int round = 0; round < rounds; round++)
        {
            for (final EngineScenario scenario : SCENARIOS)
            {
                ordersPerSecond.merge(row(scenario), measure(scenario), Double::sum);
            }
        }
        final LatencyReport report = new LatencyReport("Tick to order: simulator tick -> strategy -> ReqOrderInsert " +
            "arriving in the simulator (" + rounds + " rounds x " + pacedTicks + " ticks at " + rate + "/s, an order on " +
            "every " + every + "th tick; latency from the tick's planned send time; rate = orders/s)");
        for (final EngineScenario scenario : SCENARIOS)
        {
            report.add(row(scenario), histograms.get(row(scenario))[0], ordersPerSecond.get(row(scenario)) / rounds,
                scenario == PEER ? null : row(PEER));
        }
        return new Result(report, histograms);
    }

    /** One round of one scenario in a fresh engine; returns orders per second over the burst. */
    private double measure(final EngineScenario scenario) throws Exception
    {
        final Path sim = SimLibrary.path(SimLibrary.DEFAULT_PROFILE);
        final SimControl control = SimControl.open(sim);
        control.reset();
        control.configure("tick_interval_ms 0");
        control.configure("flow_window_ms 20");
        final Path work = Files.createTempDirectory("ctp-bench-order");
        final OrderingStrategy strategy = new OrderingStrategy(INSTRUMENT, every);
        final Journal journal = scenario.journal() ? Journal.open(work.resolve("journal")) : null;
        final List<EventHandler<RingEvent>> consumers = journal != null ? List.of(new JournalHandler(journal)) : List.of();
        try (Engine engine = new Engine(SimEngineConfig.of(work, sim, scenario.waitStrategy(), scenario.backgroundWait(), strategy), consumers))
        {
            engine.start();
            waitUntil(strategy::started, "strategy start");
            waitUntil(() -> strategy.ticks() > 0, "subscription snapshot");
            // Warm-up, paced so that the journal keeps up: JITs the order path; repeated until the account is funded.
            final long readyBy = System.nanoTime() + 30_000_000_000L;
            do
            {
                burst(control, strategy, Math.max(20_000, pacedTicks / 4));
            }
            while (!strategy.ready() && System.nanoTime() < readyBy);

            control.armOrderProbe(every);
            final OrderLog log = burst(control, strategy, pacedTicks);
            final int expected = pacedTicks / every;
            waitUntil(() -> control.orderProbeArrivals() >= expected, "order arrivals");
            final SimControl.OrderProbePairs pairs = control.orderProbePairs();
            control.armOrderProbe(0);
            check(log, pairs, expected);

            final Histogram[] h = histograms.get(row(scenario));
            long last = 0;
            for (int k = 0; k < pairs.size(); k++)
            {
                final long sent = pairs.tickSentNanos()[k];
                final long arrived = pairs.orderArrivalNanos()[k];
                h[0].recordValue(clamp(arrived - sent));
                h[1].recordValue(clamp(log.onTickNanos[k] - sent));
                h[2].recordValue(clamp(arrived - log.onTickNanos[k]));
                last = Math.max(last, arrived);
            }
            return pairs.size() * 1e9 / Math.max(1, last - pairs.tickSentNanos()[0] + 1_000_000_000L / rate * every);
        }
        finally
        {
            if (journal != null)
            {
                journal.close();
            }
            IoUtil.delete(work.toFile(), true);
        }
    }

    /** The pairing holds only if the strategy ordered on exactly the probe ticks, each order sent and arrived. */
    private void check(final OrderLog log, final SimControl.OrderProbePairs pairs, final int expected)
    {
        if (log.orders != expected || log.refused != 0 || log.skipped != 0 || pairs.size() != expected)
        {
            throw new IllegalStateException("tick to order: expected " + expected + " orders; strategy sent " +
                log.orders + " (" + log.refused + " refused, " + log.skipped + " skipped), simulator paired " +
                pairs.size());
        }
        for (int k = 0; k < expected; k++)
        {
            if (log.tickNumbers[k] != (k + 1) * every)
            {
                throw new IllegalStateException("tick to order: order " + k + " was sent on tick " + log.tickNumbers[k] +
                    ", not " + (k + 1) * every);
            }
        }
    }

    /** A paced burst with the strategy ordering; returns its log once every tick has been handled. */
    private OrderLog burst(final SimControl control, final OrderingStrategy strategy, final int count)
    {
        final OrderLog log = new OrderLog(count, count / every + 1);
        final long ticksBefore = strategy.ticks();
        strategy.expect(log);
        control.burst(INSTRUMENT, count, rate);
        control.awaitBurst(600_000);
        waitUntil(() -> log.ticksSeen() >= count, "burst ticks at the strategy");
        strategy.expect(null);
        // The simulator publishes the book after each order, behind the burst: let those ticks pass before the next.
        waitUntil(() -> strategy.ticks() >= ticksBefore + count + log.orders, "the book updates the orders caused");
        return log;
    }

    private static long clamp(final long nanos)
    {
        return Math.min(HIGHEST_NS, Math.max(0, nanos));
    }

    private static void waitUntil(final BooleanSupplier condition, final String what)
    {
        final long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() > deadline)
            {
                throw new IllegalStateException("tick to order: timed out waiting for " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
