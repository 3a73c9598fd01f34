package org.ctpengine.bench.ring;

/**
 * The payload every contender carries, the size of the fields a strategy reads from a tick: the producer copies it
 * into a pre-allocated slot (the Disruptor's) or a pooled object (the queues'), the consumer reads every field.
 */
final class HopEvent
{
    long sequence;
    long plannedNanos;
    double lastPrice;
    double bidPrice;
    double askPrice;
    int volume;
    int bidVolume;
    int askVolume;
    int updateMillisec;

    /** The producer's copy: the same values for the same sequence, whatever carries them. */
    void fill(final long sequence, final long plannedNanos)
    {
        this.sequence = sequence;
        this.plannedNanos = plannedNanos;
        bidPrice = 3500.0 + (sequence & 7);
        askPrice = bidPrice + 1.0;
        lastPrice = (sequence & 1) == 0 ? bidPrice : askPrice;
        volume = (int)sequence;
        bidVolume = 10 + (int)(sequence & 15);
        askVolume = 12 + (int)(sequence & 15);
        updateMillisec = (int)(sequence % 1000);
    }

    /** What the consumer reads, folded so that no read can be optimised away. */
    long fold()
    {
        return Double.doubleToRawLongBits(lastPrice) ^ Double.doubleToRawLongBits(bidPrice) ^
            Double.doubleToRawLongBits(askPrice) ^ volume ^ bidVolume ^ askVolume ^ updateMillisec;
    }
}
