package org.ctpengine.engine.host;

import com.lmax.disruptor.EventHandler;
import org.ctpengine.adapter.TraderApi;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ctpengine.engine.testing.SubscribingStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shutdown order: a strategy thread still busy with an event from before the stop may still send, and the library
 * must take that order as it would have without the stop (the journal records it sent; its replay sends it too). So
 * the engine releases no library before every strategy thread has handled the stop, and the stop's cancels complete.
 */
class EngineCloseTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;

    @TempDir
    Path work;

    /** On its first tick, waits to be let go, then sends one resting buy. */
    static final class SlowSender extends SubscribingStrategy
    {
        final CountDownLatch busy = new CountDownLatch(1);
        final CountDownLatch proceed = new CountDownLatch(1);
        final AtomicReference<WorkingOrder> order = new AtomicReference<>();
        final AtomicInteger refusedByLibrary = new AtomicInteger();

        SlowSender()
        {
            super("rb2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (order.get() != null || StructFlyweight.isNoValue(tick.bidPrice()))
            {
                return;
            }
            busy.countDown();
            try
            {
                proceed.await();
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
            final double price = tick.bidPrice() - 20 * context.instrumentInfo(tick.instrument()).tickSize();
            order.set(context.order().instrument(tick.instrument()).buy().open().limit(price).volume(1).send());
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            if (update.errorId() < 0)
            {
                refusedByLibrary.incrementAndGet();
            }
        }
    }

    /** Counts down when the engine's stop passes through the ring. */
    static final class StopWatch implements EventHandler<RingEvent>
    {
        final CountDownLatch stopPublished = new CountDownLatch(1);

        @Override
        public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch)
        {
            if (event.header().type() == EventType.ENGINE_STOP.code())
            {
                stopPublished.countDown();
            }
        }
    }

    @Test
    void noLibraryIsReleasedUntilEveryStrategyThreadHasHandledTheStopAndTheOrderItSentMeanwhileGoesOutAndIsCancelled()
        throws Exception
    {
        SimEngineFixture.resetSimulator(PROFILE, 20);
        final SlowSender strategy = new SlowSender();
        final StopWatch stopWatch = new StopWatch();
        final Engine engine = new Engine(SimEngineFixture.config(work, PROFILE,
            List.of(SimEngineFixture.strategy("slow", strategy))), List.of(stopWatch));
        final TraderApi api = engine.accountLink(SimEngineFixture.ACCOUNT).api();
        final Thread closer = new Thread(() -> engine.close(20_000), "closer");
        try
        {
            engine.start();
            assertThat(strategy.busy.await(30, TimeUnit.SECONDS)).as("the strategy is handling a tick").isTrue();

            closer.start();
            assertThat(stopWatch.stopPublished.await(10, TimeUnit.SECONDS)).as("the stop is published").isTrue();
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !api.isReleased());

            strategy.proceed.countDown();
            closer.join(30_000);
        }
        finally
        {
            strategy.proceed.countDown();
            engine.close();
        }

        assertThat(closer.isAlive()).isFalse();
        assertThat(api.isReleased()).isTrue();
        assertThat(strategy.refusedByLibrary.get()).as("refused by a released library").isZero();
        assertThat(strategy.order.get().state()).as("sent, then cancelled by the stop").isEqualTo(OrderState.CANCELED);
    }
}
