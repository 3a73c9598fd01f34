package org.ctpengine.engine.strategy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.engine.strategy.StrategyEvents.T0;

/** Strategies' timers on the event clock. */
class StrategyTimersTest
{
    private static final long MS = 1_000_000L;

    private final List<long[]> fired = new ArrayList<>();
    private final StrategyTimers timers = new StrategyTimers((strategy, timer) -> fired.add(new long[] {strategy, timer}));

    @Test
    void timerFiresWhenTheEventClockReachesItsDueTimeForItsOwner()
    {
        timers.start(T0);
        final long id = timers.schedule(7, T0 + 10 * MS);

        timers.poll(T0 + 9 * MS);
        assertThat(fired).isEmpty();

        timers.poll(T0 + 10 * MS);
        assertThat(fired).containsExactly(new long[] {7, id});
    }

    @Test
    void cancelledTimerNeverFires()
    {
        timers.start(T0);
        final long id = timers.schedule(7, T0 + MS);

        assertThat(timers.cancel(id)).isTrue();
        timers.poll(T0 + 100 * MS);

        assertThat(fired).isEmpty();
        assertThat(timers.cancel(id)).isFalse();
    }

    @Test
    void timerSetByAHandlerForATimeAlreadyPastFiresInTheSamePoll()
    {
        final List<Long> order = new ArrayList<>();
        final StrategyTimers[] self = new StrategyTimers[1];
        self[0] = new StrategyTimers((strategy, timer) ->
        {
            order.add(strategy);
            if (strategy == 1)
            {
                self[0].schedule(2, T0); // already due
            }
        });
        self[0].start(T0);
        self[0].schedule(1, T0 + MS);

        self[0].poll(T0 + 50 * MS);

        assertThat(order).containsExactly(1L, 2L);
    }

    @Test
    void dueTimerSetAndCancelledByAHandlerNeverFires()
    {
        final List<Long> order = new ArrayList<>();
        final StrategyTimers[] self = new StrategyTimers[1];
        self[0] = new StrategyTimers((strategy, timer) ->
        {
            order.add(strategy);
            if (strategy == 1)
            {
                self[0].cancel(self[0].schedule(2, T0));
            }
        });
        self[0].start(T0);
        self[0].schedule(1, T0 + MS);

        self[0].poll(T0 + 50 * MS);
        self[0].poll(T0 + 5_000 * MS); // well past a revolution of the wheel

        assertThat(order).containsExactly(1L);
    }

    @Test
    void aLongQuietStretchJumpsTheWheelToTheClockWithoutFiringAnything()
    {
        timers.start(T0);
        timers.poll(T0 + 3_600_000 * MS); // an hour without timers

        final long id = timers.schedule(3, T0 + 3_600_001 * MS);
        timers.poll(T0 + 3_600_001 * MS);

        assertThat(fired).containsExactly(new long[] {3, id});
    }
}
