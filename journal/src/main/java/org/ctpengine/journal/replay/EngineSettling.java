package org.ctpengine.journal.replay;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.sim.SimControl;

/**
 * Waits until an engine running against the simulator has settled: every callback the simulator posted has
 * returned (so its event is on the ring) and every ring consumer has handled every event (so whatever a strategy
 * sent in answer has reached the simulator, whose answers are posted callbacks again). Settled means, in this
 * order: nothing pending in the simulator, an empty ring backlog, then still nothing pending and no callback
 * returned in between. What-if replay waits for this after each tick, so its results do not depend on thread timing.
 * Polls with a backoff (spin, yield, then park up to 100 µs). Used by one thread.
 */
final class EngineSettling
{
    private final Engine engine;
    private final SimControl simulator;
    private final IdleStrategy idle = new BackoffIdleStrategy(50, 10, 1_000, 100_000);

    EngineSettling(final Engine engine, final SimControl simulator)
    {
        this.engine = engine;
        this.simulator = simulator;
    }

    /**
     * @param what         what has just happened, for the error
     * @param journalIndex the recorded event it was about (hex in the error), or -1
     * @throws IllegalStateException naming {@code what} and the backlog when the engine does not settle in time
     */
    void await(final long timeoutNanos, final String what, final long journalIndex)
    {
        final long deadline = System.nanoTime() + timeoutNanos;
        idle.reset();
        while (true)
        {
            final long finished = simulator.callbacksFinished();
            if (simulator.callbacksPending() == 0 && engine.requestsDone() && engine.ringBacklog() == 0 &&
                simulator.callbacksPending() == 0 && simulator.callbacksFinished() == finished)
            {
                return;
            }
            if (System.nanoTime() > deadline)
            {
                throw new IllegalStateException("what-if: the engine did not settle within " + timeoutNanos / 1_000_000 +
                    " ms after " + what + (journalIndex < 0 ? "" : " at journal index " + Long.toHexString(journalIndex)) +
                    " (simulator callbacks pending " + simulator.callbacksPending() +
                    ", ring backlog " + engine.ringBacklog() + ")");
            }
            idle.idle();
        }
    }
}
