package org.ctpengine.bench.ring;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;

/** LMAX Disruptor, single producer (as the engine's callback thread is for one API instance), one handler. */
final class DisruptorHop implements Hop
{
    private final WaitDiscipline discipline;
    private final int size;
    private Disruptor<HopEvent> disruptor;
    private RingBuffer<HopEvent> ring;

    DisruptorHop(final WaitDiscipline discipline, final int size)
    {
        this.discipline = discipline;
        this.size = size;
    }

    @Override
    public String name()
    {
        return name(discipline);
    }

    /** Row label under a wait discipline. */
    static String name(final WaitDiscipline discipline)
    {
        return "Disruptor, " + discipline.label;
    }

    private WaitStrategy waitStrategy()
    {
        return switch (discipline)
        {
            case YIELDING -> new YieldingWaitStrategy();
            case BLOCKING -> new BlockingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }

    @Override
    public void start(final HopRecorder recorder)
    {
        disruptor = new Disruptor<>(HopEvent::new, size, r -> new Thread(r, "hop-disruptor"), ProducerType.SINGLE,
            waitStrategy());
        disruptor.handleEventsWith((event, sequence, endOfBatch) -> recorder.onEvent(event));
        ring = disruptor.start();
    }

    @Override
    public void publish(final long sequence, final long plannedNanos)
    {
        final long slot = ring.next(); // waits (parks 1 ns at a time) while the ring is full
        ring.get(slot).fill(sequence, plannedNanos);
        ring.publish(slot);
    }

    @Override
    public void stop()
    {
        disruptor.shutdown(); // waits for the handler to drain
    }
}
