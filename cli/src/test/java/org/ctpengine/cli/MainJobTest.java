package org.ctpengine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's main job, as a new user runs it: {@code run} against the built-in simulator (the embedded default,
 * and the same written as {@code config/sim.yaml}) exits cleanly with a journal, and the replay command it
 * suggests reports that journal identical; run again in the same directory, it warm-starts into the same journal,
 * and the same hint then reports both runs identical.
 */
class MainJobTest
{
    @TempDir
    Path dir;

    @Test
    void runExitsCleanlyAndItsJournalReplaysIdentical() throws Exception
    {
        final String hint = runToACleanExit("run", "--duration", "8s");

        assertThat(hint).isEqualTo("./ctp-engine replay --journal journal");
        assertThat(dir.resolve("journal")).isDirectory();
        followReplayHint(hint);

        final HostProcess.Outcome again = HostProcess.run(dir, 120, "run", "--duration", "8s");

        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).contains("warm start from ").contains("replay it: " + hint);
        final String replay = replayOutput(hint);
        assertThat(replay).contains("(2 runs, ").contains("run 1 (cold start): identical: ")
            .contains("run 2 (warm start, restored sim (trading day ").contains("overall: all 2 runs identical");
        assertThat(replay.split("\\): identical: ", -1)).as(replay).hasSize(3);

        final HostProcess.Outcome second = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--run", "2",
            "--no-progress");

        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).contains("(run 2, ").contains("run 2 (warm start, restored ")
            .contains("overall: run 2 of the journal identical").doesNotContain("run 1 (");
    }

    @Test
    void simulatorConfigRunsToACleanExitAndItsReplayHintReportsIdentical() throws Exception
    {
        final Path config = Path.of(System.getProperty("ctp.root", "..")).resolve("config/sim.yaml").toAbsolutePath();

        final String hint = runToACleanExit("run", "--config", config.toString(), "--duration", "8s");

        assertThat(hint).isEqualTo("./ctp-engine replay --journal journal-sim --config " + config);
        assertThat(dir.resolve("journal-sim")).isDirectory();
        followReplayHint(hint);
    }

    @Test
    void ctrlCStopsCleanlyWithASummaryAndAReplayableJournal() throws Exception
    {
        final HostProcess.Running run = HostProcess.start(dir, "run", "--duration", "10m");
        try
        {
            await().atMost(Duration.ofSeconds(90)).until(() -> run.output().contains("READY  ticks/s"));

            run.process().destroy(); // SIGTERM: the same shutdown hook as Ctrl-C's SIGINT

            assertThat(run.process().waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
        }
        finally
        {
            run.process().destroyForcibly();
        }
        assertThat(run.output()).contains("stopping: cancelling orders, closing the journal ...").contains("summary:")
            .contains("replay it: ./ctp-engine replay --journal journal");
        followReplayHint("./ctp-engine replay --journal journal");
    }

    /** Runs the host, checks it ran and stopped cleanly, and returns the replay command it printed last. */
    private String runToACleanExit(final String... args) throws Exception
    {
        final HostProcess.Outcome run = HostProcess.run(dir, 120, args);

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("READY").contains("ticks/s").contains("summary:").contains("replay it: ");
        final String output = run.output().trim();
        return output.substring(output.lastIndexOf("replay it: ") + "replay it: ".length()).trim();
    }

    /** Runs the printed replay command as a user would paste it, then a what-if over its journal. */
    private void followReplayHint(final String hint) throws Exception
    {
        final String[] words = hint.split(" ");
        replayOutput(hint);

        final String journal = words[Arrays.asList(words).indexOf("--journal") + 1];
        final HostProcess.Outcome whatIf = HostProcess.run(dir, 120, "replay", "--journal", journal, "--what-if",
            "--strategy", "breakout", "--instrument", "rb2501", "--no-progress", "--report", "report.html");

        assertThat(whatIf.exit()).as(whatIf.output()).isZero();
        assertThat(whatIf.output()).contains("report: " + dir.resolve("report.html").toAbsolutePath());
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<svg id=\"price-rb2501\"")
            .contains("<h2>Equity and drawdown</h2>");
        assertThat(whatIf.output()).containsPattern("what-if: [1-9][0-9]* ticks, [0-9]+ orders")
            .contains("filtered to instruments [rb2501]").doesNotContain(" events/s  ETA");
        assertThat(dir.resolve("what-if").resolve("journal")).isDirectory();
    }

    /** Runs the printed replay command as a user would paste it: exit 0, identical, progress to the last event. */
    private String replayOutput(final String hint) throws Exception
    {
        final String[] words = hint.split(" ");
        assertThat(words[0]).isEqualTo("./ctp-engine");

        final HostProcess.Outcome replay = HostProcess.run(dir, 120, Arrays.copyOfRange(words, 1, words.length));

        assertThat(replay.exit()).as(replay.output()).isZero();
        assertThat(replay.output()).contains(": identical:").contains("overall: ");
        assertThat(replay.output()).as("the progress line on stderr, to the last event")
            .containsPattern("replay ([0-9,]+) / \\1 events  100\\.0%  [0-9,]+ events/s  ETA 0:00:00");
        return replay.output();
    }

    @Test
    void badOptionsAreOneLineErrorsAndNonZeroExits() throws Exception
    {
        final HostProcess.Outcome duration = HostProcess.run(dir, 60, "run", "--duration", "soon");
        final HostProcess.Outcome profile = HostProcess.run(dir, 60, "run", "--profile", "6.3.19");
        final HostProcess.Outcome journal = HostProcess.run(dir, 60, "replay", "--journal", "no-such-journal");
        final HostProcess.Outcome speed = HostProcess.run(dir, 60, "replay", "--speed", "-2");

        assertThat(duration.exit()).isEqualTo(2);
        assertThat(duration.output().trim()).isEqualTo("error: --duration: 'soon' is not a duration like 30s, 5m or 1h");
        assertThat(profile.exit()).isEqualTo(2);
        assertThat(profile.output()).contains("error: --profile: no built-in simulator for '6.3.19'");
        assertThat(journal.exit()).isEqualTo(2);
        assertThat(journal.output()).contains("error: ").contains("no-such-journal");
        assertThat(speed.exit()).isEqualTo(2);
        assertThat(speed.output().trim()).isEqualTo("error: --speed: -2.0 is not a positive factor of real time");
    }
}
