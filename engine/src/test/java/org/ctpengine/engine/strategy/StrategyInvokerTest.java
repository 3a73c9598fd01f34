package org.ctpengine.engine.strategy;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.order.OrderBook;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.risk.RiskChecker;
import org.ctpengine.engine.risk.RiskLimits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.engine.strategy.StrategyEvents.PROFILE;
import static org.ctpengine.engine.strategy.StrategyEvents.T0;

/** Calling strategies with error isolation: strategies that record their callbacks, no runner, no library. */
class StrategyInvokerTest
{
    private static final int RB_INDEX = 0;

    private final StrategyEvents events = new StrategyEvents();
    private final StrategyInvoker invoker = new StrategyInvoker();
    private final List<String> actions = new ArrayList<>();
    private final OrderBook book = new OrderBook(8);
    private final Tick tick = new Tick(PROFILE);

    StrategyInvokerTest()
    {
        invoker.stopActions(new StrategyInvoker.StopActions()
        {
            @Override
            public void cancelAll(final StrategySlot slot)
            {
                actions.add("cancelAll " + slot.name() + (slot.stopped ? " (refused: stopped)" : ""));
            }

            @Override
            public void announceStopped(final StrategySlot slot)
            {
                actions.add("stopped " + slot.name());
            }
        });
    }

    /** A strategy that records what it is called with, and may throw or act from onTick. */
    private static class Recorder implements Strategy
    {
        final List<String> calls = new ArrayList<>();
        Runnable onTick = () -> {};

        @Override
        public void onStart(final StrategyContext context)
        {
            calls.add("start");
        }

        @Override
        public void onTick(final Tick tick)
        {
            calls.add("tick " + tick.lastPrice());
            onTick.run();
            calls.add("tick returned");
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            calls.add("order " + update.order().state() + " " + update.rejectReason());
        }

        @Override
        public void onTimer(final long timerId)
        {
            calls.add("timer " + timerId);
        }

        @Override
        public void onStop()
        {
            calls.add("stop");
        }
    }

    private StrategySlot slot(final int id, final String name, final Strategy strategy)
    {
        final StrategyConfig config = new StrategyConfig(name, strategy, StrategyEvents.ACCOUNT, 0, RiskLimits.none());
        final StrategySlot slot = new StrategySlot(id, config, null, 0, new RiskChecker(RiskLimits.none(), null, 16), 16, 1);
        slot.subscribed[RB_INDEX] = true;
        invoker.add(slot);
        return slot;
    }

    private Tick tick(final double last)
    {
        events.tick(last, 3500, 3900, T0);
        tick.data().wrap(events.buffer, EventHeader.PAYLOAD_OFFSET);
        tick.point(RB_INDEX, 0, 0, 0);
        return tick;
    }

    private WorkingOrder orderOf(final StrategySlot slot, final long ref)
    {
        return book.onSent(1, 1, ref, RB_INDEX, slot.id, Direction.BUY, OffsetFlag.OPEN, 3700, 1, T0);
    }

    @Test
    void strategyThatThrowsIsStoppedAndTheOthersKeepTheirTicks()
    {
        final Recorder thrower = new Recorder();
        thrower.onTick = () ->
        {
            throw new IllegalStateException("bug");
        };
        final Recorder steady = new Recorder();
        final StrategySlot bad = slot(1, "thrower", thrower);
        slot(2, "steady", steady);
        invoker.start();

        invoker.onTick(tick(3700));
        invoker.onTick(tick(3701));

        assertThat(bad.stopped).isTrue();
        assertThat(thrower.calls).containsExactly("start", "tick 3700.0", "stop");
        assertThat(steady.calls).containsExactly("start", "tick 3700.0", "tick returned", "tick 3701.0", "tick returned");
        assertThat(actions).containsExactly("cancelAll thrower", "stopped thrower"); // cancels go out though stopping
    }

    @Test
    void strategyThatThrowsInOnStartIsStoppedBeforeAnyTick()
    {
        final StrategySlot bad = slot(1, "thrower", new Strategy()
        {
            @Override
            public void onStart(final StrategyContext context)
            {
                throw new IllegalArgumentException("bad parameter");
            }
        });
        final Recorder steady = new Recorder();
        slot(2, "steady", steady);

        invoker.start();
        invoker.onTick(tick(3700));

        assertThat(bad.stopped).isTrue();
        assertThat(steady.calls).containsExactly("start", "tick 3700.0", "tick returned");
        assertThat(actions).containsExactly("cancelAll thrower", "stopped thrower");
    }

    @Test
    void orderRiskRefusedDuringACallbackReachesItsStrategyOnlyAfterTheCallbackReturns()
    {
        final Recorder strategy = new Recorder();
        final StrategySlot slot = slot(1, "mm", strategy);
        final WorkingOrder refused = orderOf(slot, 1L << 39);
        book.onInsertRejected(1, 1, 1L << 39, 0);
        strategy.onTick = () -> invoker.rejectAfterCallback(refused, "price is not a multiple of the tick size");
        invoker.start();

        invoker.onTick(tick(3700));

        assertThat(strategy.calls).containsExactly("start", "tick 3700.0", "tick returned",
            "order REJECTED price is not a multiple of the tick size");
    }

    @Test
    void strategiesHearOfNoOrderChangeBeforeTheyStart()
    {
        final Recorder strategy = new Recorder();
        final StrategySlot slot = slot(1, "mm", strategy);

        invoker.notifyOrder(orderOf(slot, 5), null, 0, "");
        invoker.start();
        invoker.notifyOrder(orderOf(slot, 6), null, 0, "");

        assertThat(strategy.calls).containsExactly("start", "order PENDING_NEW null");
    }

    @Test
    void orderChangeOfAnotherThreadsStrategyIsNotDelivered()
    {
        final Recorder strategy = new Recorder();
        final StrategySlot mine = slot(1, "mm", strategy);
        invoker.start();
        final WorkingOrder foreign = book.onSent(1, 1, 9, RB_INDEX, mine.id + 10, Direction.BUY, OffsetFlag.OPEN, 3700, 1,
            T0);

        invoker.notifyOrder(foreign, null, 0, "");

        assertThat(strategy.calls).containsExactly("start");
    }

    @Test
    void currentSlotIsTheStrategyWhoseCallbackRuns()
    {
        final Recorder strategy = new Recorder();
        final StrategySlot slot = slot(1, "mm", strategy);
        final List<StrategySlot> seen = new ArrayList<>();
        strategy.onTick = () -> seen.add(invoker.current());
        invoker.start();

        invoker.onTick(tick(3700));

        assertThat(seen).containsExactly(slot);
        assertThat(invoker.current()).isNull();
    }

    @Test
    void unsubscribedStrategyGetsNoTick()
    {
        final Recorder strategy = new Recorder();
        final StrategySlot slot = slot(1, "mm", strategy);
        slot.subscribed[RB_INDEX] = false;
        invoker.start();

        invoker.onTick(tick(3700));

        assertThat(strategy.calls).containsExactly("start");
    }

    @Test
    void timerGoesOnlyToTheStrategyThatSetIt()
    {
        final Recorder first = new Recorder();
        final Recorder second = new Recorder();
        slot(1, "first", first);
        slot(2, "second", second);
        invoker.start();

        invoker.onTimer(2, 77);

        assertThat(first.calls).containsExactly("start");
        assertThat(second.calls).containsExactly("start", "timer 77");
    }

    @Test
    void strategyStoppedForThrowingGetsNoMoreTimersOrOrders()
    {
        final Recorder thrower = new Recorder();
        thrower.onTick = () ->
        {
            throw new IllegalStateException("bug");
        };
        final StrategySlot slot = slot(1, "thrower", thrower);
        invoker.start();
        invoker.onTick(tick(3700));

        invoker.onTimer(1, 5);
        invoker.notifyOrder(orderOf(slot, 7), null, 0, "");

        assertThat(thrower.calls).containsExactly("start", "tick 3700.0", "stop");
    }
}
