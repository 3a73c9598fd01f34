package org.ctpengine.journal.recovery;

import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.journal.ChildJvm;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.ReplayReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three trading days of {@link ThreeTradingDaysTest}, with the engine killed (SIGKILL) in each and started warm
 * from the journal on the next, after the counter settled: each day's engine holds the counter's positions split
 * today/yesterday, its cancel passes the daily limit of two (no count crosses a day), OrderRefs start from the
 * session's MaxOrderRef, no trade counts twice; no login found a difference; the three runs replay identical.
 */
class KilledEachDayTest
{
    @TempDir
    Path root;

    @Test
    void threeDaysEachEndedByAKillAndContinuedWarm() throws Exception
    {
        final Path simState = root.resolve("sim-state");
        final List<String> reports = new ArrayList<>();
        for (int day = 1; day <= 3; day++)
        {
            try (ChildJvm child = ChildJvm.start(root, KilledDayChild.class, root.toString(), simState.toString(),
                Integer.toString(day)))
            {
                reports.add(child.awaitLine("report", Duration.ofSeconds(120)));
                child.kill();
            }
        }
        assertThat(reports).containsExactly(
            "report day=20241105 long=1/1/0 trades=1 cancels=1 refs=2,3 reasons=0 counter=20241105",
            "report day=20241106 long=2/1/1 trades=1 cancels=1 refs=2,3 reasons=0 counter=20241106",
            "report day=20241108 long=3/1/2 trades=1 cancels=1 refs=2,3 reasons=0 counter=20241108");

        final Path journal = root.resolve("journal");
        assertThat(JournalEvents.of(journal, EventType.TRADING_DAY, h -> h.intArg())).containsExactly(20241106, 20241108);
        assertThat(JournalEvents.of(journal, EventType.RECONCILE, h -> h.intArg())).isEmpty();
        final ReplayReport report = JournalReplay.replayRuns(journal, run -> List.of(new StrategyConfig(RestartTrader.NAME,
            new LifecycleTrader(1, true), RestartSession.ACCOUNT, 0, RestartSession.LIMITS)), RiskLimits.defaults(),
            ReplayOptions.DEFAULT);
        assertThat(report.identical()).as(report.toString()).isTrue();
        assertThat(report.runs()).hasSize(3);
    }
}
