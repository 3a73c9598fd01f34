package org.ctpengine.journal.replay;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventClockPacerTest
{
    private static final long S = 1_000_000_000L;
    private static final long T0 = 1_772_414_200L * S;

    private long now = 5 * S;
    private final List<Long> parks = new ArrayList<>();

    private EventClockPacer pacer(final double speed)
    {
        return new EventClockPacer(speed, () -> now, nanos ->
        {
            parks.add(nanos);
            now += nanos; // a park that sleeps exactly as long as asked
        });
    }

    @Test
    void waitsUntilEachEventIsDueByTheEventClockDividedBySpeed()
    {
        final EventClockPacer pacer = pacer(2.0);

        pacer.await(T0);
        pacer.await(T0 + S);
        pacer.await(T0 + 3 * S);

        assertThat(parks).containsExactly(S / 2, S);
        assertThat(now).isEqualTo(5 * S + 3 * S / 2);
    }

    @Test
    void anEventAlreadyDueGoesAtOnceAndLatenessIsNotMadeUp()
    {
        final EventClockPacer pacer = pacer(1.0);
        pacer.await(T0);
        now += 10 * S; // the replayer was slow

        pacer.await(T0 + S);
        pacer.await(T0 + 2 * S);
        pacer.await(T0 + S / 2); // the clock of a later event went back

        assertThat(parks).isEmpty();
    }

    @Test
    void anEarlyWakeUpParksAgainForTheRest()
    {
        final List<Long> asked = new ArrayList<>();
        final EventClockPacer pacer = new EventClockPacer(1.0, () -> now, nanos ->
        {
            asked.add(nanos);
            now += nanos / 2 + 1; // wakes half-way
        });
        pacer.await(T0);

        pacer.await(T0 + S);

        assertThat(asked).startsWith(S, S / 2 - 1).hasSizeGreaterThan(2);
        assertThat(now).isGreaterThanOrEqualTo(6 * S);
    }

    @Test
    void speedZeroNeverWaits()
    {
        final EventClockPacer pacer = pacer(0);
        pacer.await(T0);
        pacer.await(T0 + 100 * S);

        assertThat(parks).isEmpty();
        assertThat(pacer.paces()).isFalse();
    }
}
