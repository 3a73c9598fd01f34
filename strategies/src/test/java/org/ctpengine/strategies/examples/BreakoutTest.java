package org.ctpengine.strategies.examples;

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
 * One recorded session of the breakout strategy on rb2501's random walk (ticks every 5 ms), until it has been in
 * and out a few times; the decisions of its replay are checked against the ticks it saw.
 */
class BreakoutTest
{
    private static final Breakout.Settings SETTINGS = new Breakout.Settings("rb2501", 300, 1, 3, 3, 200, 1024);
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final double TICK = 1.0;

    @TempDir
    static Path directory;
    static Path journal;
    static Recorder replayed;

    @BeforeAll
    static void recordAndReplay() throws Exception
    {
        final Recorder live = new Recorder(new Breakout(SETTINGS));
        journal = SimSession.record(directory, SimSession.strategy("breakout", live, SimSession.FAST), 5,
            (control, engine) -> await().atMost(30, TimeUnit.SECONDS).until(() -> exits(live).size() >= 4));
        replayed = new Recorder(new Breakout(SETTINGS));
        final ReplayResult result = SimSession.replay(journal, SimSession.strategy("breakout", replayed, SimSession.FAST));
        assertThat(result.identical()).as(result.toString()).isTrue();
    }

    @Test
    void replayMakesIdenticalDecisions()
    {
        final ReplayResult result = SimSession.replay(journal, SimSession.strategy("breakout", new Breakout(SETTINGS),
            SimSession.FAST));

        assertThat(result.identical()).as(result.toString()).isTrue();
        assertThat(result.replayedCommands()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void entersOnlyWhenTheLastPricePassesTheWindowsHighOrLow()
    {
        final List<Recorder.Seen> ticks = replayed.events(Recorder.Seen.class);
        final List<Recorder.Sent> entries = entries(replayed);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
        for (final Recorder.Sent entry : entries)
        {
            final Recorder.Seen now = entry.market();
            final long from = now.time() - SETTINGS.lookbackMillis() * NANOS_PER_MILLI;
            final List<Recorder.Seen> window = ticks.subList(0, ticks.indexOf(now)).stream()
                .filter(t -> t.time() >= from).toList();
            assertThat(ticks.get(0).time()).as("a full window of history").isLessThanOrEqualTo(from);
            final double high = window.stream().mapToDouble(Recorder.Seen::last).max().orElseThrow();
            final double low = window.stream().mapToDouble(Recorder.Seen::last).min().orElseThrow();
            if (entry.isBuy())
            {
                assertThat(now.last()).as("%s over %s", entry, window).isGreaterThan(high);
                assertThat(entry.price()).isEqualTo(now.ask());
            }
            else
            {
                assertThat(now.last()).as("%s under %s", entry, window).isLessThan(low);
                assertThat(entry.price()).isEqualTo(now.bid());
            }
        }
    }

    @Test
    void exitsOnlyAtTheStopOrTheTakeProfit()
    {
        final List<Object> events = replayed.events();
        double entryPrice = Double.NaN;
        int checked = 0;
        for (final Object event : events)
        {
            if (event instanceof Recorder.Traded traded && Math.abs(traded.netAfter()) == SETTINGS.lots())
            {
                entryPrice = traded.price();
            }
            if (event instanceof Recorder.Sent exit && exit.netBefore() != 0)
            {
                final double moved = exit.netBefore() > 0 ? (exit.market().bid() - entryPrice) / TICK :
                    (entryPrice - exit.market().ask()) / TICK;
                assertThat(moved <= -SETTINGS.stopTicks() || moved >= SETTINGS.takeProfitTicks())
                    .as("%s moved %s ticks from %s", exit, moved, entryPrice).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    @Test
    void waitsTheCoolDownAfterAnExitBeforeTheNextEntry()
    {
        long flatSince = Long.MIN_VALUE;
        int checked = 0;
        for (final Object event : replayed.events())
        {
            if (event instanceof Recorder.Traded traded && traded.netAfter() == 0)
            {
                flatSince = traded.time();
            }
            if (event instanceof Recorder.Sent entry && entry.netBefore() == 0 && flatSince != Long.MIN_VALUE)
            {
                assertThat(entry.time() - flatSince).isGreaterThanOrEqualTo(SETTINGS.coolDownMillis() * NANOS_PER_MILLI);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    private static List<Recorder.Sent> entries(final Recorder recorder)
    {
        return recorder.events(Recorder.Sent.class).stream().filter(s -> s.netBefore() == 0).toList();
    }

    private static List<Recorder.Traded> exits(final Recorder recorder)
    {
        return recorder.events(Recorder.Traded.class).stream().filter(t -> t.netAfter() == 0).toList();
    }
}
