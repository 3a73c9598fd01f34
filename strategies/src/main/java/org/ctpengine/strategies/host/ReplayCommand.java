package org.ctpengine.strategies.host;

import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.journal.replay.JournalReplay;
import org.ctpengine.journal.replay.ProgressLine;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.ReplayProgress;
import org.ctpengine.journal.replay.ReplayResult;
import org.ctpengine.journal.tools.SelectionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;

/**
 * {@code ctp-engine replay}: feeds a journal's events through the default run's strategies with the
 * journal's clock and compares every order and cancel they issue with the ones recorded. Exit 0 when
 * identical, 1 at the first divergence (printed field by field). A time range and instruments narrow it,
 * {@code --speed} paces it, a progress line on stderr follows it.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {
        "Replay a journal through the strategies and compare their orders with the recorded ones.",
        "With --from/--to/--instrument only that part of the market and order flow is fed (the session set-up always",
        "is) and only the orders issued inside it are compared; the strategies start it flat: state built before",
        "--from is not replayed."
    })
public final class ReplayCommand implements Callable<Integer>
{
    @Option(names = "--journal", paramLabel = "DIR", defaultValue = "journal",
        description = "journal directory (default: ./${DEFAULT-VALUE})")
    Path journalDirectory;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--speed", paramLabel = "N",
        description = "×N real time by the journal's event clock, e.g. 1, 10, 0.5 (default: as fast as possible)")
    double speed;

    @Option(names = "--no-progress", description = "no progress line on stderr")
    boolean noProgress;

    @Override
    public Integer call()
    {
        final ReplayOptions options = options(selection, speed, noProgress);
        final long start = System.nanoTime();
        final ReplayResult result = JournalReplay.replay(journalDirectory, DefaultRun.strategies(), RiskLimits.defaults(),
            options);
        final double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("replay of %s: %s (%,.0f events/s)%n", journalDirectory.toAbsolutePath(), result,
            result.events() / Math.max(seconds, 1e-9));
        return result.identical() ? 0 : 1;
    }

    static ReplayOptions options(final SelectionOptions selection, final double speed, final boolean noProgress)
    {
        if (speed < 0 || Double.isNaN(speed))
        {
            throw new IllegalArgumentException("--speed: " + speed + " is not a positive factor of real time");
        }
        selection.toFilter(EnumSet.noneOf(EventType.class), () -> 0L); // unreadable times fail before the journal opens
        return ReplayOptions.DEFAULT
            .filter(runStart -> selection.toFilter(EnumSet.noneOf(EventType.class), () -> runStart))
            .speed(speed)
            .progress(noProgress ? ReplayProgress.NONE : ProgressLine.onStandardError());
    }
}
