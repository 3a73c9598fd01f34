package org.ctpengine.cli.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code schedule} key: what it accepts, and the one line each mistake gives (key and value named). */
class ScheduleSettingsTest
{
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @TempDir
    Path dir;

    private HostConfig load(final String schedule) throws Exception
    {
        return HostConfigLoader.load(ConfigFiles.write(dir, "s.yaml", ConfigFiles.SIMULATOR + schedule), NO_ENVIRONMENT::get);
    }

    private void refused(final String schedule, final String message) throws Exception
    {
        final Path file = ConfigFiles.write(dir, "s.yaml", ConfigFiles.SIMULATOR + schedule);
        assertThatThrownBy(() -> HostConfigLoader.load(file, NO_ENVIRONMENT::get))
            .hasMessage("config error: " + file + ": " + message);
    }

    @Test
    void withoutTheKeyTheRunStartsNowAndRunsUntilStopped() throws Exception
    {
        assertThat(load("").schedule()).isSameAs(RunSchedule.NOW);
    }

    @Test
    void aroundTheClock() throws Exception
    {
        assertThat(load("schedule: 24x7\n").schedule()).isSameAs(RunSchedule.ALWAYS);
    }

    @Test
    void startAndStopMakeADailyWindow() throws Exception
    {
        final RunSchedule schedule = load("schedule: { start: \"20:45\", stop: \"15:15\" }\n").schedule();

        assertThat(schedule.isWindow()).isTrue();
        assertThat(schedule.describe()).startsWith("20:45 to 15:15 China time on trading days");
        assertThat(load("schedule: { start: \"20:45\", stop: \"15:15\", day-start: \"08:30\" }\n").schedule().describe())
            .contains("the day from 08:30 when there is none");
        assertThat(RunSchedule.DEFAULT_DAY_START).isEqualTo(LocalTime.of(8, 45));
        assertThat(load("schedule: { start: 20:45, stop: 15:15 }\n").schedule().describe()).as("unquoted times")
            .startsWith("20:45 to 15:15");
    }

    @Test
    void mistakesNameTheKeyAndTheValue() throws Exception
    {
        refused("schedule: weekdays\n", "schedule: \"weekdays\" is not a schedule (expected 24x7, now, or start and stop " +
            "times: { start: \"20:45\", stop: \"15:15\" })");
        refused("schedule: { start: \"20:45\" }\n", "schedule.stop: required: a time of day in China time, in quotes (\"15:15\")");
        refused("schedule: { start: \"20:45\", stop: \"25:00\" }\n",
            "schedule.stop: \"25:00\" is not a time of day (HH:MM, China time)");
        refused("schedule: { start: 2045, stop: \"15:15\" }\n",
            "schedule.start: 2045 is not a time of day (HH:MM in quotes, China time: \"20:45\")");
        refused("schedule: { strat: \"20:45\", stop: \"15:15\" }\n", "schedule.strat: unknown key (did you mean start?)");
        refused("schedule: { start: \"15:15\", stop: \"15:15\" }\n",
            "schedule: start and stop are both \"15:15\": the window would be empty");
        refused("schedule: { start: \"20:45\", stop: \"15:15\", day-start: \"16:00\" }\n",
            "schedule.day-start: \"16:00\" is not before stop \"15:15\"");
    }
}
