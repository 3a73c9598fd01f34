package org.ctpengine.engine.strategy;

import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a strategy thread stops and is stopped: the engine's stop (ENGINE_STOP: every strategy gets onStop, then the
 * thread announces STOP_HANDLED after every command it sent), the kill switch (new orders refused, live ones
 * cancelled), eviction by the watchdog (the thread handles nothing more) and its leaving the ring. The engine
 * thread, the watchdog and the thread closing the engine read its flags. The flags marked volatile are written by
 * the runner's thread (and {@link #evict} by the watchdog) and read by any thread; everything else is the runner's
 * thread's.
 */
final class StopProtocol
{
    private static final Logger LOG = LoggerFactory.getLogger(StopProtocol.class);

    private final String name;
    private final StrategyInvoker invoker;
    private final Announcer announcer;
    private final EventPublisher publisher;
    /** This runner's place among the engine's strategy threads, named by its STOP_HANDLED event. */
    private int runnerIndex;
    /** Written by this thread once it has handled the engine's stop; read by the thread closing the engine. */
    private volatile boolean stopHandled;
    /**
     * Set by the watchdog (live) or by this thread at a journaled STRATEGY_EVICTED (replay): this thread's strategies
     * were stopped from outside while a callback did not return; it handles nothing more and sends nothing.
     */
    private volatile boolean evicted;
    /** Set when this runner's thread has left the ring for good (the ring closed, or it returned after its eviction). */
    private volatile boolean shutDown;
    private boolean engineStopped;

    StopProtocol(final String name, final StrategyInvoker invoker, final Announcer announcer,
        final EventPublisher publisher)
    {
        this.name = name;
        this.invoker = invoker;
        this.announcer = announcer;
        this.publisher = publisher;
    }

    /** Before the ring starts. */
    void runnerIndex(final int index)
    {
        runnerIndex = index;
    }

    int runnerIndex()
    {
        return runnerIndex;
    }

    /**
     * ENGINE_STOP: stops every strategy; each gets onStop and sends nothing more. Their live orders are the engine
     * thread's to cancel (it retries until the counter confirms, beyond any strategy's rate limits).
     */
    void onEngineStop()
    {
        for (final StrategySlot slot : invoker.slots())
        {
            if (!slot.stopped)
            {
                slot.stopped = true;
                try
                {
                    slot.strategy.onStop();
                }
                catch (final Throwable t)
                {
                    LOG.error("strategy {} threw in onStop", slot.name(), t);
                }
            }
        }
        announcer.announce(EventType.STOP_HANDLED, runnerIndex); // after every command this thread sent
        publisher.flush();
        engineStopped = true;
        stopHandled = true;
    }

    /** STRATEGY_EVICTED in a replay: the live thread was evicted here when the event names this runner. */
    void onEvicted(final int evictedRunner)
    {
        if (evictedRunner == runnerIndex)
        {
            evict();
        }
    }

    /** KILL_SWITCH: refuse new orders (risk result KILL_SWITCH) and cancel every live order; off lifts the refusal. */
    void onKillSwitch(final boolean on)
    {
        for (final StrategySlot slot : invoker.slots())
        {
            slot.risk.killSwitch(on);
            if (on && !engineStopped) // after the stop the libraries may be closing: the stop sent its cancels
            {
                invoker.cancelAllOf(slot);
            }
        }
        LOG.warn("{}: kill switch {}", name, on ? "ON: orders cancelled, new orders refused" : "off");
        publisher.flush();
    }

    /** Whether this thread has handled the engine's stop. Any thread. */
    boolean hasHandledStop()
    {
        return stopHandled;
    }

    /** Takes this thread's strategies out of the run: it handles no event and sends nothing from now on. Any thread. */
    void evict()
    {
        evicted = true;
    }

    /** Any thread. */
    boolean isEvicted()
    {
        return evicted;
    }

    /** The thread left the ring for good. */
    void onShutdown()
    {
        shutDown = true;
    }

    /** Whether this thread can no longer call a library: it handled the engine's stop, or it left the ring. Any thread. */
    boolean isOutOfLibraries()
    {
        return stopHandled || shutDown;
    }
}
