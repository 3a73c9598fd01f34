package org.ctpengine.engine.ring;

import com.lmax.disruptor.EventHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.ctpengine.engine.counter.EngineCounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundRingTest
{
    private final EngineCounters counters = new EngineCounters(new CountersManager(
        new UnsafeBuffer(ByteBuffer.allocateDirect(1024 * 1024)), new UnsafeBuffer(ByteBuffer.allocateDirect(256 * 1024)), StandardCharsets.UTF_8));
    private InboundRing ring;

    @AfterEach
    void close()
    {
        if (ring != null)
        {
            ring.close();
        }
    }

    @Test
    void aFullRingMakesTheProducerWaitAndCountsTheStallButLosesNothing() throws Exception
    {
        final HeldRecorder slow = new HeldRecorder(64);
        ring = new InboundRing(16, 600, WaitStrategyKind.BLOCKING, counters);
        ring.addConsumer(slow).start();

        final Thread producer = producer(64, EventSource.MD);
        producer.start();
        // The producer can place at most 16 events before it must wait for the held consumer.
        org.awaitility.Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> ring.cursor() >= 15);
        assertThat(producer.isAlive()).isTrue();
        slow.release.countDown();
        producer.join(10_000);

        assertThat(slow.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(slow.sequences).hasSize(64);
        assertThat(counters.ringStalls().get()).isPositive();
        assertThat(counters.ringStallNanos().get()).isPositive();
    }

    /** Every consumer sees every event of every producer in one order, whichever way it waits; each is counted once. */
    @ParameterizedTest
    @EnumSource(WaitStrategyKind.class)
    void consumersWaitingDifferentWaysSeeEveryEventInOneOrder(final WaitStrategyKind strategyWait) throws Exception
    {
        final int perProducer = 20_000;
        final Recorder journal = new Recorder(2 * perProducer);
        final Recorder strategy = new Recorder(2 * perProducer);
        ring = new InboundRing(1024, 600, strategyWait, strategyWait.isSignalled(), counters);
        ring.addConsumer(journal, WaitStrategyKind.SLEEPING).addConsumer(strategy, strategyWait).start();

        final Thread md = producer(perProducer, EventSource.MD);
        final Thread td = producer(perProducer, EventSource.TD);
        md.start();
        td.start();
        md.join();
        td.join();

        assertThat(journal.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(strategy.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(journal.sequences).isEqualTo(strategy.sequences).hasSize(2 * perProducer);
        for (int i = 0; i < journal.sequences.size(); i++)
        {
            assertThat(journal.sequences.get(i)).isEqualTo(i);
        }
        assertThat(journal.payloadsOk).isTrue();
        assertThat(strategy.payloadsOk).isTrue();
        assertThat(counters.eventsIn(EventType.RTN_DEPTH_MARKET_DATA).get()).isEqualTo(perProducer);
        assertThat(counters.eventsIn(EventType.RTN_ORDER).get()).isEqualTo(perProducer);
    }

    @Test
    void aSlowPollingConsumerHoldsTheProducerBackAndLosesNothing() throws Exception
    {
        final HeldRecorder slow = new HeldRecorder(64);
        ring = new InboundRing(16, 600, WaitStrategyKind.SLEEPING, counters);
        ring.addConsumer(slow).start();

        final Thread producer = producer(64, EventSource.MD);
        producer.start();
        org.awaitility.Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> ring.cursor() >= 15);
        assertThat(producer.isAlive()).isTrue();
        assertThat(ring.cursor()).isLessThan(16 + 1); // one event may be in the consumer's hands, none beyond the ring
        slow.release.countDown();
        producer.join(10_000);

        assertThat(slow.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(slow.sequences).hasSize(64);
        assertThat(counters.ringStalls().get()).isPositive();
    }

    @Test
    void closeLetsPollingConsumersFinishThenShutsThemDownOnTheirOwnThread() throws Exception
    {
        final List<String> calls = new ArrayList<>();
        final Recorder consumer = new Recorder(5_000)
        {
            @Override
            public void onStart()
            {
                calls.add("start:" + Thread.currentThread().getName());
            }

            @Override
            public void onShutdown()
            {
                calls.add("shutdown:" + Thread.currentThread().getName() + ":" + sequences.size());
            }
        };
        ring = new InboundRing(1024, 600, WaitStrategyKind.SLEEPING, counters);
        ring.addConsumer(consumer).start();
        final Thread producer = producer(5_000, EventSource.MD);
        producer.start();
        producer.join();
        ring.close();

        assertThat(consumer.sequences).hasSize(5_000);
        assertThat(calls).hasSize(2);
        final String thread = calls.get(0).substring("start:".length());
        assertThat(thread).startsWith("ctp-ring");
        assertThat(calls.get(1)).isEqualTo("shutdown:" + thread + ":5000");
    }

    @Test
    void aPollingConsumerWhoseHandlerThrowsLosesThatEventOnly() throws Exception
    {
        final Recorder flaky = new Recorder(99)
        {
            @Override
            public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch) throws Exception
            {
                if (sequence == 42)
                {
                    throw new IllegalStateException("bad event");
                }
                super.onEvent(event, sequence, endOfBatch);
            }
        };
        ring = new InboundRing(64, 600, WaitStrategyKind.YIELDING, counters);
        ring.addConsumer(flaky).start();
        final Thread producer = producer(100, EventSource.MD);
        producer.start();
        producer.join();

        assertThat(flaky.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(flaky.sequences).hasSize(99).doesNotContain(42L).contains(41L, 43L);
    }

    @Test
    void aBlockingConsumerNeedsARingThatSignals()
    {
        ring = new InboundRing(64, 600, WaitStrategyKind.SLEEPING, false, counters);
        assertThatThrownBy(() -> ring.addConsumer(new Recorder(1), WaitStrategyKind.BLOCKING))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("blocking");
    }

    @Test
    void closeWaitsForWhatConsumersPublishWhileTheyFinish() throws Exception
    {
        final int count = 1_000;
        final Recorder recorder = new Recorder(count + 1);
        final Recorder echo = new Recorder(count + 1)
        {
            @Override
            public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch) throws Exception
            {
                super.onEvent(event, sequence, endOfBatch);
                if (sequence == count - 1) // the last fed event: answer it, as a strategy's last cancel answers a stop
                {
                    // Slow work before the answer (simulated: this is no hand-off), so close() is already waiting.
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                    final long answer = ring.tryClaim();
                    final RingEvent reply = ring.event(answer);
                    reply.header().type(EventType.RTN_ORDER.code()).source(EventSource.ENGINE).payloadLength(8);
                    reply.buffer().putLong(EventHeader.PAYLOAD_OFFSET, answer);
                    ring.publish(answer);
                }
            }
        };
        ring = new InboundRing(4096, 600, WaitStrategyKind.SLEEPING, counters);
        ring.addConsumer(echo).addConsumer(recorder).start();
        final Thread producer = producer(count, EventSource.MD);
        producer.start();
        producer.join();
        ring.close();

        assertThat(recorder.sequences).hasSize(count + 1);
        assertThat(echo.sequences).hasSize(count + 1);
    }

    @ParameterizedTest
    @EnumSource(value = WaitStrategyKind.class, names = {"BLOCKING", "SLEEPING"})
    void whatAFullRingMadeAConsumerKeepBackIsPublishedWhenItIsIdleAndBeforeCloseReturns(final WaitStrategyKind wait)
        throws Exception
    {
        final int slots = 8;
        final HeldRecorder held = new HeldRecorder(2 * slots);
        final CountDownLatch answered = new CountDownLatch(slots);
        final CountDownLatch produced = new CountDownLatch(1);
        ring = new InboundRing(slots, 600, wait, counters);
        final ConsumerPublisher publisher = new ConsumerPublisher(ring);
        final UnsafeBuffer answer = new UnsafeBuffer(ByteBuffer.allocateDirect(EventHeader.PAYLOAD_OFFSET + 8));
        final EventHandler<RingEvent> answerer = new EventHandler<>()
        {
            @Override
            public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch) throws Exception
            {
                if (event.header().source() != EventSource.MD.code())
                {
                    return; // its own answers
                }
                if (!produced.await(10, TimeUnit.SECONDS)) // the producer's events fill the ring first
                {
                    throw new IllegalStateException("the producer did not finish");
                }
                // Answers every tick, as a strategy answers ticks with orders; the held consumer keeps the ring full.
                new EventHeader().wrap(answer, 0).clear().type(EventType.RTN_ORDER.code()).source(EventSource.ENGINE)
                    .payloadLength(8);
                publisher.publish(answer);
                if (endOfBatch)
                {
                    publisher.flush();
                }
                answered.countDown();
            }

            @Override
            public void onTimeout(final long sequence)
            {
                publisher.flush(); // what StrategyRunner and EngineCore do when idle
            }
        };
        ring.addConsumer(held).addConsumer(answerer).start();
        final Thread producer = producer(slots, EventSource.MD);
        producer.start();
        producer.join();
        produced.countDown();
        assertThat(answered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(publisher.pendingBytes()).as("answers kept back: the ring is full").isPositive();

        held.release.countDown(); // room again, but no event will come to the answerer: only its idle flush helps
        assertThat(held.done.await(10, TimeUnit.SECONDS)).as("the held consumer saw the answers").isTrue();
        ring.close();

        assertThat(held.sequences).hasSize(2 * slots);
        assertThat(publisher.pendingBytes()).isZero();
    }

    private Thread producer(final int count, final EventSource source)
    {
        final EventType type = source == EventSource.MD ? EventType.RTN_DEPTH_MARKET_DATA : EventType.RTN_ORDER;
        return new Thread(() ->
        {
            for (int i = 0; i < count; i++)
            {
                final long sequence = ring.claim();
                final RingEvent event = ring.event(sequence);
                event.header().type(type.code()).source(source).payloadLength(8).receiveNanos(System.nanoTime());
                event.buffer().putLong(EventHeader.PAYLOAD_OFFSET, sequence);
                ring.publish(sequence);
            }
        }, "producer-" + source);
    }

    /** Holds every event until released: a consumer too slow for the ring. */
    private static final class HeldRecorder extends Recorder
    {
        final CountDownLatch release = new CountDownLatch(1);

        HeldRecorder(final int expected)
        {
            super(expected);
        }

        @Override
        public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch) throws Exception
        {
            release.await();
            super.onEvent(event, sequence, endOfBatch);
        }
    }

    private static class Recorder implements EventHandler<RingEvent>
    {
        final List<Long> sequences = new ArrayList<>();
        final CountDownLatch done;
        boolean payloadsOk = true;
        private final int expected;

        Recorder(final int expected)
        {
            this.expected = expected;
            this.done = new CountDownLatch(1);
        }

        @Override
        public void onEvent(final RingEvent event, final long sequence, final boolean endOfBatch) throws Exception
        {
            sequences.add(event.header().sequence());
            payloadsOk &= event.buffer().getLong(EventHeader.PAYLOAD_OFFSET) == sequence;
            payloadsOk &= event.header().publishNanos() >= event.header().receiveNanos();
            if (sequences.size() == expected)
            {
                done.countDown();
            }
        }
    }
}
