package org.ctpengine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ctrl-C (here SIGTERM, the same shutdown hook) at each phase of a run's start: before the engine starts, while it
 * logs in, once it trades. Each time the run stops within 10 s, with its summary and a journal that replays; none
 * hangs on a thread that is still starting.
 */
class StopPhasesTest
{
    @TempDir
    Path dir;

    @Test
    void aRunAgainstAStormingFrontStopsCleanlyAndLeavesTheReconnectingLibrariesToTheExit() throws Exception
    {
        final Path simConfig = Files.writeString(dir.resolve("storm.conf"), "front storm\n");
        for (int round = 0; round < 3; round++)
        {
            final HostProcess.Outcome run = HostProcess.run(dir, Map.of("CTPSIM_CONFIG", simConfig.toString()), 60,
                "run", "--duration", "3s", "--cold");

            assertThat(run.exit()).as(run.output()).isZero(); // no crash (134) in any library's teardown
            assertThat(run.output()).contains("summary:").contains("left to the process's exit (still reconnecting)")
                .contains("RECONNECT STORM").contains("a reconnect storm for");
        }
    }

    @Test
    void aSignalWhileTheFrontStormsEndsWithTheSignalsStatusThoughTheLibrariesAreLeftToTheExit() throws Exception
    {
        // Left to the process's exit, the run ends by _exit from its shutdown hook: that exit must still say SIGTERM
        // (143), not Ctrl-C's 130, which the hook once gave every signal on this path.
        final Path simConfig = Files.writeString(dir.resolve("storm.conf"), "front storm\n");
        final HostProcess.Running run = HostProcess.start(dir, Map.of("CTPSIM_CONFIG", simConfig.toString()),
            "run", "--duration", "10m", "--cold");
        try
        {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                .until(() -> run.output().contains("RECONNECT STORM"));

            run.process().destroy();

            assertThat(run.process().waitFor(20, TimeUnit.SECONDS)).as("stopped:\n%s", run.output()).isTrue();
        }
        finally
        {
            run.process().destroyForcibly();
        }
        assertThat(run.output()).contains("summary:").contains("left to the process's exit (still reconnecting)");
        assertThat(run.process().exitValue()).as(run.output()).isEqualTo(143);
    }

    @Test
    void aLoginTheCounterRefusesForGoodEndsTheRunWithStatusFourInOneLine() throws Exception
    {
        // The simulator answers every login of the default account with error 3, as a counter does a wrong password.
        final Path simConfig = Files.writeString(dir.resolve("refuse.conf"), "login_error 9999 000001 3\n");

        final HostProcess.Outcome run = HostProcess.run(dir, Map.of("CTPSIM_CONFIG", simConfig.toString()), 60,
            "run", "--duration", "5m", "--cold");

        assertThat(run.exit()).as(run.output()).isEqualTo(4);
        assertThat(run.output()).contains("login refused: account sim: login refused by the counter: error 3")
            .contains("summary:");
        assertThat(PosixFilePermissions.toString(
            Files.getPosixFilePermissions(dir.resolve("journal")))).as("the journal directory").isEqualTo("rwx------");
    }

    @ParameterizedTest
    @ValueSource(strings = { "loaded TRADER library", "connecting to", "READY  ticks/s" })
    void aSignalAtThisPhaseStopsWithinTenSecondsWithASummary(final String phase) throws Exception
    {
        final HostProcess.Running run = HostProcess.start(dir, "run", "--duration", "10m");
        try
        {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(5)).until(() -> run.output().contains(phase));

            run.process().destroy();

            assertThat(run.process().waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s:\n%s", run.output()).isTrue();
        }
        finally
        {
            run.process().destroyForcibly();
        }
        assertThat(run.process().exitValue()).as(run.output()).isEqualTo(143); // SIGTERM's status: stopped cleanly
        assertThat(run.output()).contains("summary:").contains("replay it: ./ctp-engine replay --journal journal");
        final HostProcess.Outcome replay = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--no-progress");
        assertThat(replay.exit()).as(replay.output()).isZero();
    }
}
