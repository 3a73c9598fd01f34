package org.ctpengine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run} with a {@code schedule}, through the host, its clock set to the hour the test needs
 * ({@value RunCommand#SCHEDULE_CLOCK_PROPERTY}): it waits for the window with one line, and at the window's end it
 * stops as Ctrl-C does (orders cancelled, summary, exit 0).
 */
class ScheduledRunTest
{
    private static final String CONFIG = """
        journal: journal
        schedule: { start: "20:45", stop: "15:15" }
        simulator:
          profile: "6.7.8"
        accounts:
          - name: sim
        market-data:
          - name: sim-md
        strategies:
          - name: mm
            class: org.ctpengine.strategies.examples.MarketMaker
            instruments: [rb2501]
        """;

    @TempDir
    Path dir;

    private HostProcess.Outcome run(final String clock, final String... args) throws Exception
    {
        Files.writeString(dir.resolve("scheduled.yaml"), CONFIG);
        final String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"run", "--config", "scheduled.yaml", "--cold"}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        return HostProcess.run(dir, Map.of(), List.of("-D" + RunCommand.SCHEDULE_CLOCK_PROPERTY + "=" + clock), 120, all);
    }

    @Test
    void atTheWindowsEndTheRunStopsAsCtrlCDoes() throws Exception
    {
        // Tuesday 8 December 2026, ten seconds before the day session's window ends.
        final HostProcess.Outcome run = run("2026-12-08T15:14:50+08:00");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output())
            .contains("; schedule 20:45 to 15:15 China time on trading days")
            .contains("schedule: trading day 20261208 until 2026-12-08 15:15 China time")
            .contains("schedule: trading day 20261208's window ended at 2026-12-08 15:15 China time: stopping as Ctrl-C does")
            .contains("stopping: cancelling orders")
            .contains("summary:")
            .doesNotContain("WAITING");
    }

    @Test
    void beforeTheWindowTheRunWaitsWithOneLineThenStarts() throws Exception
    {
        // Monday 7 December 2026, three seconds before the night session's window opens.
        final HostProcess.Outcome run = run("2026-12-07T20:44:57+08:00", "--duration", "2s");

        assertThat(run.exit()).as(run.output()).isZero();
        final String output = run.output();
        assertThat(output).containsOnlyOnce("WAITING for the schedule: trading day 20261208 starts at 2026-12-07 20:45 " +
            "China time, in 1 min");
        assertThat(output.indexOf("WAITING")).isLessThan(output.indexOf("schedule: trading day 20261208 until 2026-12-08 " +
            "15:15 China time"));
        assertThat(output).contains("summary:");
    }
}
