package org.ctpengine.bench.ring;

/**
 * How the consumer waits for an event and the producer for room, the same for every contender that offers it, so
 * that the rows compare hand-off mechanisms and not waiting habits.
 */
enum WaitDiscipline
{
    /**
     * Spin 100 times, then {@code Thread.yield()} on each further empty poll: Disruptor's {@code YieldingWaitStrategy},
     * copied exactly for the queues.
     */
    YIELDING("spin-then-yield"),
    /** Park until signalled: Disruptor's {@code BlockingWaitStrategy}, {@code ArrayBlockingQueue.put/take}. */
    BLOCKING("blocking"),
    /** Spin with {@code Thread.onSpinWait()}: Disruptor's {@code BusySpinWaitStrategy}; needs a core per thread. */
    BUSY_SPIN("busy-spin");

    /** Disruptor's yielding strategy spins this many times before it starts yielding. */
    static final int SPIN_TRIES = 100;

    final String label;

    WaitDiscipline(final String label)
    {
        this.label = label;
    }
}
