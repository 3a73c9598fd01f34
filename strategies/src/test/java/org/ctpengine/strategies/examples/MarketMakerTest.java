package org.ctpengine.strategies.examples;

import org.ctpengine.engine.order.OrderState;
import org.ctpengine.journal.replay.ReplayResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One recorded session: the market maker quotes three instruments on a random walk, then the test drives rb2501
 * down step by step, so that its bids are hit until the inventory limit stops them and the loss limit stops it.
 * The replay of that journal must make the same decisions; the behaviour is asserted on the replay's record.
 */
class MarketMakerTest
{
    private static final List<String> INSTRUMENTS = List.of("rb2501", "m2501", "SR501");
    private static final MarketMaker.Settings SETTINGS = new MarketMaker.Settings(INSTRUMENTS, 2, 1, 3, 800.0);
    private static final double RB_TICK = 1.0;

    @TempDir
    static Path directory;
    static Path journal;
    static Recorder live;

    @BeforeAll
    static void recordASession() throws Exception
    {
        live = new Recorder(new MarketMaker(SETTINGS));
        journal = SimSession.record(directory, SimSession.strategy("mm", live, SimSession.FAST), 5, (control, engine) ->
        {
            await().atMost(30, TimeUnit.SECONDS).until(() -> live.events(Recorder.Sent.class).size() >= 30);
            final int rb = engine.instruments().indexOf("rb2501");
            for (int step = 0; step < 60 && live.events(Recorder.CancelledAll.class).isEmpty(); step++)
            {
                final List<Recorder.Seen> rbTicks = live.events(Recorder.Seen.class).stream()
                    .filter(s -> s.instrument() == rb).toList();
                final double level = rbTicks.get(rbTicks.size() - 1).bid() - 10 * RB_TICK;
                final long sentBefore = live.events(Recorder.Sent.class).size();
                control.setBook("rb2501", level, 50, level + RB_TICK, 50);
                // The next step once the market maker has answered this one (a re-quote, or its stop).
                await().atMost(5, TimeUnit.SECONDS).until(() -> live.events(Recorder.Sent.class).size() > sentBefore ||
                    !live.events(Recorder.CancelledAll.class).isEmpty());
            }
            await().atMost(10, TimeUnit.SECONDS).until(() -> !live.events(Recorder.CancelledAll.class).isEmpty());
        });
    }

    @Test
    void replayMakesIdenticalDecisions()
    {
        final ReplayResult result = SimSession.replay(journal, SimSession.strategy("mm", new MarketMaker(SETTINGS),
            SimSession.FAST));

        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(result.replayedCommands()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void quotesEverySubscribedInstrument()
    {
        final Recorder replayed = replayed();

        assertThat(replayed.events(Recorder.Sent.class).stream().map(Recorder.Sent::instrument).distinct().count())
            .isEqualTo(INSTRUMENTS.size());
    }

    @Test
    void quotesStraddleMidAtLeastTheHalfSpreadAwayUnlessInventorySkewsThem()
    {
        final List<Recorder.Sent> quotes = replayed().events(Recorder.Sent.class).stream()
            .filter(s -> s.state() != OrderState.REJECTED && s.market() != null).toList();

        // Within one tick of the mid it quoted around (it re-quotes when mid moves by a tick or more).
        final double slack = SETTINGS.halfSpreadTicks() - 1;
        assertThat(quotes).hasSizeGreaterThan(30);
        for (final Recorder.Sent quote : quotes)
        {
            final double mid = quote.market().mid();
            if (quote.isBuy() && quote.netBefore() >= 0)
            {
                assertThat(quote.price()).as("%s", quote).isLessThan(mid - slack * RB_TICK);
            }
            if (!quote.isBuy() && quote.netBefore() <= 0)
            {
                assertThat(quote.price()).as("%s", quote).isGreaterThan(mid + slack * RB_TICK);
            }
        }
    }

    @Test
    void inventoryNeverPassesTheLimitAndTheBidStopsAtIt()
    {
        final Recorder replayed = replayed();

        assertThat(replayed.events(Recorder.Traded.class))
            .allSatisfy(t -> assertThat(Math.abs(t.netAfter())).isLessThanOrEqualTo(SETTINGS.maxInventory()))
            .anySatisfy(t -> assertThat(t.netAfter()).isEqualTo(SETTINGS.maxInventory()));
        assertThat(replayed.events(Recorder.Sent.class))
            .noneSatisfy(s -> assertThat(s.isBuy() && s.netBefore() + s.volume() > SETTINGS.maxInventory()).isTrue())
            .noneSatisfy(s -> assertThat(!s.isBuy() && s.netBefore() - s.volume() < -SETTINGS.maxInventory()).isTrue());
    }

    @Test
    void stopsQuotingOnceItsLossPassesTheLimit()
    {
        final List<Object> events = replayed().events();
        final List<Recorder.CancelledAll> stops = events.stream().filter(Recorder.CancelledAll.class::isInstance)
            .map(Recorder.CancelledAll.class::cast).toList();

        assertThat(stops).hasSize(1);
        assertThat(stops.get(0).pnl()).isLessThan(-SETTINGS.maxLoss());
        assertThat(events.subList(events.indexOf(stops.get(0)), events.size()))
            .noneMatch(Recorder.Sent.class::isInstance);
        assertThat(live.events(Recorder.CancelledAll.class)).hasSize(1);
    }

    private static Recorder replayed()
    {
        final Recorder recorder = new Recorder(new MarketMaker(SETTINGS));
        final ReplayResult result = SimSession.replay(journal, SimSession.strategy("mm", recorder, SimSession.FAST));
        assertThat(result.identical()).as(result.toString()).isTrue();
        return recorder;
    }
}
