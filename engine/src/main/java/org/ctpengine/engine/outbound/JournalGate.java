package org.ctpengine.engine.outbound;

import java.util.function.LongSupplier;

/**
 * Sends an order only once the journal has recorded its command ("nothing is sent that was not journaled first",
 * strictly): after publishing the command, the sending thread spins until the journal's progress passes the
 * command's ring sequence, for at most a timeout; a command not recorded in time is not sent (it is refused, as a
 * library refusal is, and the refusal is journaled). Opt-in: the order waits for the journal thread's append, so run
 * that thread with a polling wait. Shared by the strategy threads; holds no state of its own.
 */
public final class JournalGate
{
    /** The return code a refusal for want of a journal record carries (CTP's own codes are -1 to -3). */
    public static final int NOT_JOURNALED = -100;

    private final LongSupplier journaledSequence;
    private final long timeoutNanos;

    /**
     * @param journaledSequence the ring sequence the journal has appended up to (any thread)
     * @param timeoutNanos      how long an order may wait for its record before it is refused
     */
    public JournalGate(final LongSupplier journaledSequence, final long timeoutNanos)
    {
        this.journaledSequence = journaledSequence;
        this.timeoutNanos = timeoutNanos;
    }

    /** Whether the command published at {@code sequence} is recorded (spinning up to the timeout). */
    public boolean awaitJournaled(final long sequence)
    {
        if (journaledSequence.getAsLong() >= sequence)
        {
            return true;
        }
        final long deadline = System.nanoTime() + timeoutNanos;
        while (journaledSequence.getAsLong() < sequence)
        {
            if (System.nanoTime() - deadline > 0)
            {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
