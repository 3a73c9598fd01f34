package org.ctpengine.bench.ring;

import org.agrona.concurrent.OneToOneConcurrentArrayQueue;

import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A bounded queue of references ({@code ArrayBlockingQueue}, Agrona's {@code OneToOneConcurrentArrayQueue}) with a
 * consumer thread. Events come from a pool of pre-allocated {@link HopEvent}s, as the Disruptor's slots are, so that
 * no contender allocates: the pool is two larger than the queue, so the producer never refills an event the queue
 * or the consumer still holds.
 */
final class QueueHop implements Hop
{
    /** Marks the end: the consumer thread exits on it. */
    private static final long POISON = -1;

    private final String name;
    private final Queue<HopEvent> queue;
    private final WaitDiscipline discipline;
    private final HopEvent[] pool;
    private long published;
    private Thread consumer;

    static final String ARRAY_BLOCKING_QUEUE = "ArrayBlockingQueue";
    static final String AGRONA_ONE_TO_ONE = "Agrona OneToOneConcurrentArrayQueue";

    private QueueHop(final String kind, final Queue<HopEvent> queue, final int capacity, final WaitDiscipline discipline)
    {
        if (discipline == WaitDiscipline.BLOCKING && !(queue instanceof BlockingQueue))
        {
            throw new IllegalArgumentException(kind + " cannot block");
        }
        this.name = name(kind, discipline);
        this.queue = queue;
        this.discipline = discipline;
        this.pool = new HopEvent[capacity + 2];
        for (int i = 0; i < pool.length; i++)
        {
            pool[i] = new HopEvent();
        }
    }

    /** Row label of a queue kind under a wait discipline. */
    static String name(final String kind, final WaitDiscipline discipline)
    {
        return kind + ", " + discipline.label;
    }

    static QueueHop arrayBlockingQueue(final int capacity, final WaitDiscipline discipline)
    {
        return new QueueHop(ARRAY_BLOCKING_QUEUE, new ArrayBlockingQueue<>(capacity), capacity, discipline);
    }

    static QueueHop agronaOneToOne(final int capacity, final WaitDiscipline discipline)
    {
        return new QueueHop(AGRONA_ONE_TO_ONE,
            new OneToOneConcurrentArrayQueue<>(capacity), capacity, discipline);
    }

    @Override
    public String name()
    {
        return name;
    }

    @Override
    public void start(final HopRecorder recorder)
    {
        consumer = new Thread(() -> consume(recorder), "hop-queue");
        consumer.setDaemon(true);
        consumer.start();
    }

    private void consume(final HopRecorder recorder)
    {
        int spins = 0;
        while (true)
        {
            final HopEvent event = discipline == WaitDiscipline.BLOCKING ? take() : queue.poll();
            if (event == null)
            {
                spins = idle(spins);
                continue;
            }
            spins = 0;
            if (event.sequence == POISON)
            {
                return;
            }
            recorder.onEvent(event);
        }
    }

    private HopEvent take()
    {
        try
        {
            return ((BlockingQueue<HopEvent>)queue).take();
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("consumer interrupted", e);
        }
    }

    /** One empty poll's wait, as Disruptor's yielding and busy-spin strategies do it; returns the new count. */
    private int idle(final int spins)
    {
        if (discipline == WaitDiscipline.YIELDING && spins >= WaitDiscipline.SPIN_TRIES)
        {
            Thread.yield();
            return spins;
        }
        Thread.onSpinWait();
        return spins + 1;
    }

    @Override
    public void publish(final long sequence, final long plannedNanos)
    {
        final HopEvent event = pool[(int)(published++ % pool.length)];
        event.fill(sequence, plannedNanos);
        offer(event);
    }

    private void offer(final HopEvent event)
    {
        if (discipline == WaitDiscipline.BLOCKING)
        {
            try
            {
                ((BlockingQueue<HopEvent>)queue).put(event);
                return;
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("producer interrupted", e);
            }
        }
        int spins = 0;
        while (!queue.offer(event))
        {
            spins = idle(spins);
        }
    }

    @Override
    public void stop() throws InterruptedException
    {
        final HopEvent poison = pool[(int)(published++ % pool.length)];
        poison.sequence = POISON;
        offer(poison);
        consumer.join();
    }
}
