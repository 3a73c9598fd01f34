package org.ctpengine.bench.tick;

import org.agrona.AsciiSequenceView;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.bench.load.Arrivals;

/**
 * The benchmark's strategy: reads the clock first thing in {@code onTick}, then the ten fields a quoting strategy
 * reads ({@link #readTenFields}, the same ten the jctp peer reads), then hands the tick's number and stamps to the
 * current burst's {@link Arrivals}. Costs a clock read, the field reads and a few array stores, so it measures the
 * engine's path, not a strategy's work.
 *
 * <p>Threads: callbacks on the strategy thread; {@link #expect} and the volatile reads on the benchmark thread.
 */
final class TickRecorder implements Strategy
{
    private final String instrument;
    private final AsciiSequenceView text = new AsciiSequenceView();
    /** The folded fields: a field the JIT must keep writing, so that no read is optimised away. */
    private long sink;
    private volatile Arrivals arrivals;
    private volatile long ticks;
    private volatile boolean started;
    private volatile String threadName;

    TickRecorder(final String instrument)
    {
        this.instrument = instrument;
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        context.subscribe(instrument);
        threadName = Thread.currentThread().getName();
        started = true;
    }

    @Override
    public void onTick(final Tick tick)
    {
        final long now = System.nanoTime();
        sink += readTenFields(tick.data());
        final Arrivals current = arrivals;
        if (current != null)
        {
            current.record(now, tick.volume(), tick.receiveNanos(), tick.publishNanos());
        }
        ticks = ticks + 1; // single writer
    }

    /**
     * InstrumentID, UpdateTime, UpdateMillisec, LastPrice, Volume, BidPrice1, BidVolume1, AskPrice1, AskVolume1,
     * OpenInterest, as the engine offers them (text as views over the ring slot, no allocation), folded together.
     */
    long readTenFields(final DepthMarketDataFlyweight data)
    {
        long fold = data.wrapInstrumentId(text).length() + text.charAt(0);
        fold += data.wrapUpdateTime(text).length() + text.charAt(0);
        fold += data.updateMillisec() + data.volume() + data.bidVolume1() + data.askVolume1();
        fold += Double.doubleToRawLongBits(data.lastPrice()) ^ Double.doubleToRawLongBits(data.bidPrice1()) ^
            Double.doubleToRawLongBits(data.askPrice1()) ^ Double.doubleToRawLongBits(data.openInterest());
        return fold;
    }

    /** Where the next burst's ticks go; call while no tick is in flight. */
    void expect(final Arrivals next)
    {
        arrivals = next;
    }

    boolean started()
    {
        return started;
    }

    /** The strategy thread's name, once started. */
    String threadName()
    {
        return threadName;
    }

    /** Every tick seen, the subscription snapshot included. */
    long ticks()
    {
        return ticks;
    }
}
