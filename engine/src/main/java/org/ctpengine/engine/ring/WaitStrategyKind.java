package org.ctpengine.engine.ring;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;

/**
 * How consumer threads wait for events. Blocking is the default: it leaves the cores to the native
 * threads. Yielding and busy-spin cut latency but only pay when every handler thread has a core of its
 * own (DESIGN.md: not on a 2-core machine). Note that on JDK 17 every park of a blocking wait allocates a
 * small condition node: idle consumers allocate a little, busy ones do not; SLEEPING never allocates.
 */
public enum WaitStrategyKind
{
    BLOCKING,
    SLEEPING,
    YIELDING,
    BUSY_SPIN;

    public WaitStrategy newStrategy()
    {
        return switch (this)
        {
            case BLOCKING -> new BlockingWaitStrategy();
            case SLEEPING -> new SleepingWaitStrategy();
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }
}
