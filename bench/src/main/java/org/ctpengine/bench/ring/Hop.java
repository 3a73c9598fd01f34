package org.ctpengine.bench.ring;

/** One contender: a producer-side publish and a consumer thread that hands each event to a {@link HopRecorder}. */
interface Hop
{
    /** Row label, naming the mechanism and its wait discipline. */
    String name();

    /** Starts the consumer thread. */
    void start(HopRecorder recorder);

    /** On the producer thread: copies the payload of {@code sequence} in and hands it over, waiting while full. */
    void publish(long sequence, long plannedNanos);

    /** Stops the consumer thread and waits for it. */
    void stop() throws InterruptedException;
}
