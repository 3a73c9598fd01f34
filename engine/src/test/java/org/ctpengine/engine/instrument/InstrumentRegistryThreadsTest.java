package org.ctpengine.engine.instrument;

import org.agrona.AsciiSequenceView;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.engine.time.Exchange;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry is filled by the engine thread and read by every strategy thread at each tick. A lookup must keep
 * nothing of its own between reading the tick's bytes and answering: a CI run once gave a strategy thread the
 * engine thread's instrument for an rb2501 tick (its quotes for SR501 were cancelled at an rb2501 price), and the
 * replay of that journal diverged.
 */
class InstrumentRegistryThreadsTest
{
    private static final int LOOKUPS = 2_000_000;

    @Test
    void twoThreadsLookingUpDifferentTicksEachGetTheirOwnInstrument() throws Exception
    {
        final InstrumentRegistry registry = new InstrumentRegistry(64);
        final int rb = registry.define("rb2501", Exchange.SHFE, 1.0, 10, 0.1);
        final int sr = registry.define("SR501", Exchange.CZCE, 1.0, 10, 0.1);
        final AtomicLong wrong = new AtomicLong();
        final CountDownLatch start = new CountDownLatch(1);
        final Thread engine = lookups(registry, "SR501", sr, wrong, start);
        final Thread strategy = lookups(registry, "rb2501", rb, wrong, start);
        engine.start();
        strategy.start();
        start.countDown();
        engine.join();
        strategy.join();

        assertThat(wrong.get()).as("lookups that answered the other thread's instrument").isZero();
    }

    @Test
    void aReaderFindsEveryKnownInstrumentWhileTheEngineThreadAddsNewOnes() throws Exception
    {
        final InstrumentRegistry registry = new InstrumentRegistry(4096);
        final int rb = registry.define("rb2501", Exchange.SHFE, 1.0, 10, 0.1);
        final DepthMarketDataFlyweight tick = tick("rb2501");
        final AsciiSequenceView scratch = new AsciiSequenceView();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final AtomicLong wrong = new AtomicLong();
        final CountDownLatch adding = new CountDownLatch(1);
        final Thread writer = new Thread(() ->
        {
            adding.countDown();
            for (int i = 0; i < 3_000; i++) // a new day's instrument query listing new contracts: the index grows
            {
                final int index = registry.define("x" + i, Exchange.DCE, 1.0, 10, 0.1);
                if (registry.get(index).instrumentId().toString().equals("x" + i) && registry.indexOf("x" + i) != index)
                {
                    wrong.incrementAndGet();
                }
            }
        });
        final Thread reader = new Thread(() ->
        {
            try
            {
                adding.await();
                while (writer.isAlive())
                {
                    final int found = registry.indexOf(tick, scratch);
                    if (found != rb || registry.get(found).tickSize() != 1.0)
                    {
                        wrong.incrementAndGet();
                    }
                }
            }
            catch (final Throwable t)
            {
                failure.set(t);
            }
        });
        reader.start();
        writer.start();
        writer.join();
        reader.join();

        assertThat(failure.get()).isNull();
        assertThat(wrong.get()).isZero();
        assertThat(registry.size()).isEqualTo(3_001);
    }

    private static Thread lookups(final InstrumentRegistry registry, final String instrumentId, final int expected,
        final AtomicLong wrong, final CountDownLatch start)
    {
        final DepthMarketDataFlyweight tick = tick(instrumentId);
        final AsciiSequenceView scratch = new AsciiSequenceView();
        return new Thread(() ->
        {
            try
            {
                start.await();
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
                return;
            }
            for (int i = 0; i < LOOKUPS; i++)
            {
                if (registry.indexOf(tick, scratch) != expected)
                {
                    wrong.incrementAndGet();
                }
            }
        });
    }

    private static DepthMarketDataFlyweight tick(final String instrumentId)
    {
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(AbiProfiles.byId("6.7.8"));
        tick.wrap(new UnsafeBuffer(new byte[tick.sizeInBytes()]), 0);
        tick.instrumentId(instrumentId);
        return tick;
    }
}
