package org.ctpengine.bench.ring;

import org.HdrHistogram.Histogram;
import org.ctpengine.bench.report.LatencyReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

/**
 * Ring hop: one event from a producer thread to a handler on another thread, LMAX Disruptor (what the engine uses)
 * against {@code ArrayBlockingQueue} and Agrona's {@code OneToOneConcurrentArrayQueue}, same payload
 * ({@link HopEvent}), same capacity, same wait discipline where the mechanism offers it ({@link WaitDiscipline}).
 *
 * <p>An HdrHistogram harness rather than JMH: the figure wanted is the latency of a hand-off between two running
 * threads at a given arrival rate, and JMH measures the caller's side of one thread. Paced phases send event i at
 * start + i/rate (the producer spins for it) and latency runs from that planned time to the handler's first clock
 * reading, so a producer held up by a full queue or a descheduled consumer carries the delay into every later
 * event (no coordinated omission). The max-rate phase publishes as fast as the mechanism accepts: its figure is
 * the sustained rate, its latency is queueing. Rounds interleave the contenders so machine noise hits them alike.
 */
public final class RingHopBenchmark
{
    private static final int CAPACITY = 65_536;
    private static final long TIMEOUT_NS = 60_000_000_000L;

    /** A contender as the benchmark builds it fresh each round. */
    private record Contender(String name, WaitDiscipline discipline, Supplier<Hop> factory)
    {
    }

    private final int[] rates;
    private final int pacedEvents;
    private final int maxRateEvents;
    private final int rounds;
    private final List<Contender> contenders = new ArrayList<>();

    /**
     * @param rates         paced rates, events per second
     * @param pacedEvents   events per paced phase (capped at two seconds' worth of the rate)
     * @param maxRateEvents events per max-rate phase
     * @param rounds        rounds over all contenders
     * @param disciplines   wait disciplines to compare
     */
    public RingHopBenchmark(final int[] rates, final int pacedEvents, final int maxRateEvents, final int rounds,
        final List<WaitDisciplineChoice> disciplines)
    {
        this.rates = rates.clone();
        this.pacedEvents = pacedEvents;
        this.maxRateEvents = maxRateEvents;
        this.rounds = rounds;
        for (final WaitDisciplineChoice choice : disciplines)
        {
            final WaitDiscipline d = choice.discipline;
            contenders.add(new Contender(DisruptorHop.name(d), d, () -> new DisruptorHop(d, CAPACITY)));
            contenders.add(new Contender(QueueHop.name(QueueHop.ARRAY_BLOCKING_QUEUE, d), d,
                () -> QueueHop.arrayBlockingQueue(CAPACITY, d)));
            if (d != WaitDiscipline.BLOCKING) // Agrona's queues never block: nothing comparable to offer
            {
                contenders.add(new Contender(QueueHop.name(QueueHop.AGRONA_ONE_TO_ONE, d), d,
                    () -> QueueHop.agronaOneToOne(CAPACITY, d)));
            }
        }
    }

    /** The disciplines a caller may choose, without exposing the package's enum. */
    public enum WaitDisciplineChoice
    {
        YIELDING(WaitDiscipline.YIELDING),
        BLOCKING(WaitDiscipline.BLOCKING),
        BUSY_SPIN(WaitDiscipline.BUSY_SPIN);

        private final WaitDiscipline discipline;

        WaitDisciplineChoice(final WaitDiscipline discipline)
        {
            this.discipline = discipline;
        }
    }

    static String rateLabel(final int rate)
    {
        return rate % 1_000_000 == 0 ? rate / 1_000_000 + "M/s" : rate % 1000 == 0 ? rate / 1000 + "k/s" : rate + "/s";
    }

    private static String row(final String phase, final String contender)
    {
        return phase + ", " + contender;
    }

    public LatencyReport run() throws InterruptedException
    {
        final Map<String, Histogram> histograms = new LinkedHashMap<>();
        final Map<String, Double> perSecond = new LinkedHashMap<>();
        final List<String> phases = new ArrayList<>();
        for (final int rate : rates)
        {
            phases.add(rateLabel(rate));
        }
        phases.add("max rate");
        for (final String phase : phases)
        {
            for (final Contender c : contenders)
            {
                histograms.put(row(phase, c.name), new Histogram(TIMEOUT_NS, 3));
                perSecond.put(row(phase, c.name), 0.0);
            }
        }
        for (int round = 0; round < rounds; round++)
        {
            for (final Contender c : contenders)
            {
                final HopRecorder recorder = new HopRecorder();
                final Hop hop = c.factory.get();
                hop.start(recorder);
                try
                {
                    maxRate(hop, recorder, new Histogram(TIMEOUT_NS, 3), Math.max(100_000, maxRateEvents / 5)); // JIT
                    for (final int rate : rates)
                    {
                        final String row = row(rateLabel(rate), c.name);
                        final int events = (int)Math.min(pacedEvents, (long)rate * 2); // at most 2 s a phase
                        perSecond.merge(row, paced(hop, recorder, histograms.get(row), events, rate), Double::sum);
                    }
                    final String row = row("max rate", c.name);
                    perSecond.merge(row, maxRate(hop, recorder, histograms.get(row), maxRateEvents), Double::sum);
                }
                finally
                {
                    hop.stop();
                }
            }
        }

        final LatencyReport report = new LatencyReport("Ring hop: producer thread -> handler thread, " + CAPACITY +
            " slots, " + rounds + " rounds; paced: from the planned send time; max rate: " + maxRateEvents +
            " events, latency = queueing").chartPerPhase();
        for (final String phase : phases)
        {
            for (final Contender c : contenders)
            {
                final String row = row(phase, c.name);
                report.addCompared(row, histograms.get(row), perSecond.get(row) / rounds, peersOf(phase, c));
            }
        }
        return report;
    }

    /** The Disruptor row is compared with the queues under the same discipline; the queues are the peers. */
    private List<String> peersOf(final String phase, final Contender contender)
    {
        if (!contender.name.equals(DisruptorHop.name(contender.discipline)))
        {
            return List.of();
        }
        final List<String> peers = new ArrayList<>();
        for (final Contender other : contenders)
        {
            if (other != contender && other.discipline == contender.discipline)
            {
                peers.add(row(phase, other.name));
            }
        }
        return peers;
    }

    /** Event i due at start + i/rate; returns events per second from the first planned send to the last arrival. */
    private static double paced(final Hop hop, final HopRecorder recorder, final Histogram histogram, final int events,
        final int rate)
    {
        recorder.expect(histogram);
        final long start = System.nanoTime() + 1_000_000;
        for (int i = 0; i < events; i++)
        {
            final long due = start + (long)i * 1_000_000_000L / rate;
            while (System.nanoTime() < due)
            {
                Thread.onSpinWait();
            }
            hop.publish(i, due);
        }
        awaitAll(recorder, events);
        return events * 1e9 / Math.max(1, recorder.lastArrivalNanos() - start);
    }

    /** As fast as the hop accepts; latency from each publish call. Returns the sustained rate. */
    private static double maxRate(final Hop hop, final HopRecorder recorder, final Histogram histogram, final int events)
    {
        recorder.expect(histogram);
        final long start = System.nanoTime();
        for (int i = 0; i < events; i++)
        {
            hop.publish(i, System.nanoTime());
        }
        awaitAll(recorder, events);
        return events * 1e9 / Math.max(1, recorder.lastArrivalNanos() - start);
    }

    private static void awaitAll(final HopRecorder recorder, final int events)
    {
        final long deadline = System.nanoTime() + TIMEOUT_NS;
        while (recorder.received() < events)
        {
            if (System.nanoTime() > deadline)
            {
                throw new IllegalStateException("ring hop: " + recorder.received() + " of " + events + " events arrived");
            }
            LockSupport.parkNanos(100_000);
        }
        if (recorder.outOfOrder() != 0)
        {
            throw new IllegalStateException("ring hop: " + recorder.outOfOrder() + " events out of order");
        }
    }
}
