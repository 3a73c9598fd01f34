package org.ctpengine.strategies.examples;

import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.journal.replay.ReplayResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The calendar spread rb2501/rb2505 (rb2505 added to the simulator) on two independent random walks: recorded,
 * replayed identically, both legs traded together; and with a risk limit that refuses the second leg, the first
 * one flattened.
 */
class PairSpreadTest
{
    private static final String RB2505 = "instrument rb2505 SHFE rb 1 10 0.07 0.10 0.0001 0 3520 23:00";
    private static final PairSpread.Settings SETTINGS = new PairSpread.Settings("rb2501", "rb2505", 100, 1.5, 0.3, 1, 100);
    /** One new order a second: the second leg of every entry is refused. */
    private static final RiskLimits ONE_ORDER_A_SECOND = new RiskLimits(10, 50, 1, 1_000, 100_000, 100_000, 100_000,
        true, true, true);

    @TempDir
    Path directory;

    @Test
    void entersAndLeavesWithBothLegsAndReplaysIdentically() throws Exception
    {
        final Recorder live = new Recorder(new PairSpread(SETTINGS));
        final Path journal = SimSession.record(directory, SimSession.strategy("pair", live, SimSession.FAST), 5,
            (control, engine) -> await().atMost(30, TimeUnit.SECONDS).until(() -> roundTrips(live) >= 2), RB2505);
        final Recorder replayed = new Recorder(new PairSpread(SETTINGS));

        final ReplayResult result = SimSession.replay(journal, SimSession.strategy("pair", replayed, SimSession.FAST));

        assertThat(result.identical()).as(result.toString()).isTrue();
        final List<Recorder.Sent> sent = replayed.events(Recorder.Sent.class);
        final List<Recorder.Sent> entries = sent.stream().filter(s -> s.netBefore() == 0).toList();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
        // Each entry is a pair: A and B at the same event time, in opposite directions.
        for (int i = 0; i + 1 < entries.size(); i += 2)
        {
            final Recorder.Sent a = entries.get(i);
            final Recorder.Sent b = entries.get(i + 1);
            assertThat(b.time()).isEqualTo(a.time());
            assertThat(b.instrument()).isNotEqualTo(a.instrument());
            assertThat(b.isBuy()).isNotEqualTo(a.isBuy());
        }
        final List<Recorder.Traded> trades = replayed.events(Recorder.Traded.class);
        final int legA = sent.get(0).instrument();
        final long boughtA = trades.stream().filter(t -> t.instrument() == legA).mapToLong(t -> t.isBuy() ? t.volume() : -t.volume()).sum();
        final long boughtB = trades.stream().filter(t -> t.instrument() != legA).mapToLong(t -> t.isBuy() ? t.volume() : -t.volume()).sum();
        assertThat(trades.stream().map(Recorder.Traded::instrument).distinct().count()).isEqualTo(2);
        assertThat(boughtA).as("legs balanced at the end").isEqualTo(-boughtB);
    }

    @Test
    void aRefusedSecondLegGetsTheFirstFlattened() throws Exception
    {
        final Recorder live = new Recorder(new PairSpread(SETTINGS));
        final Path journal = SimSession.record(directory, SimSession.strategy("pair", live, ONE_ORDER_A_SECOND), 5,
            (control, engine) -> await().atMost(30, TimeUnit.SECONDS).until(() -> flattenedAfterRefusal(live)), RB2505);
        final PairSpread strategy = new PairSpread(SETTINGS);
        final Recorder replayed = new Recorder(strategy);

        final ReplayResult result = SimSession.replay(journal, SimSession.strategy("pair", replayed, ONE_ORDER_A_SECOND));

        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(flattenedAfterRefusal(replayed)).isTrue();
        assertThat(strategy.legFailures()).isGreaterThanOrEqualTo(1);
        assertThat(replayed.events(Recorder.Outcome.class))
            .anySatisfy(o -> assertThat(o.rejectReason()).isNotNull().contains("second"));
    }

    /** Completed round trips of leg A (a fill that leaves it flat). */
    private static long roundTrips(final Recorder recorder)
    {
        final List<Recorder.Sent> sent = recorder.events(Recorder.Sent.class);
        if (sent.isEmpty())
        {
            return 0;
        }
        final int legA = sent.get(0).instrument();
        return recorder.events(Recorder.Traded.class).stream().filter(t -> t.instrument() == legA && t.netAfter() == 0).count();
    }

    /** A leg refused by risk, then a fill on the other leg that leaves it flat, with the refused leg never filled. */
    private static boolean flattenedAfterRefusal(final Recorder recorder)
    {
        final List<Object> events = recorder.events();
        int refused = -1;
        for (int i = 0; i < events.size(); i++)
        {
            if (refused < 0 && events.get(i) instanceof Recorder.Outcome o && o.state() == OrderState.REJECTED &&
                o.rejectReason() != null)
            {
                refused = o.instrument();
            }
            else if (refused >= 0 && events.get(i) instanceof Recorder.Traded t)
            {
                if (t.instrument() == refused)
                {
                    return false;
                }
                if (t.netAfter() == 0)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
