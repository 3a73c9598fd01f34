package org.ctpengine.cli.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalTime;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctpengine.strategies.params.Problems;

/**
 * Reads the {@code schedule} key: absent (run now until stopped), {@code 24x7}, or {@code {start: "20:45", stop:
 * "15:15"}} with an optional {@code day-start}. Each problem names the key and the value in one line.
 */
final class ScheduleSettings
{
    private static final String KEY = "schedule";
    private static final List<String> KEYS = List.of("start", "stop", "day-start");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private ScheduleSettings()
    {
    }

    static RunSchedule read(final Problems problems, final JsonNode node)
    {
        if (node == null || node.isNull())
        {
            return RunSchedule.NOW;
        }
        if (node.isTextual())
        {
            return switch (node.asText())
            {
                case "24x7" -> RunSchedule.ALWAYS;
                case "now" -> RunSchedule.NOW;
                default -> throw problems.at(KEY, Problems.quote(node.asText()) + " is not a schedule (expected 24x7, " +
                    "now, or start and stop times: { start: \"20:45\", stop: \"15:15\" })");
            };
        }
        if (!node.isObject())
        {
            throw problems.at(KEY, node + " is not a schedule (expected 24x7, now, or start and stop times: " +
                "{ start: \"20:45\", stop: \"15:15\" })");
        }
        for (final Iterator<String> names = node.fieldNames(); names.hasNext(); )
        {
            final String name = names.next();
            if (!KEYS.contains(name))
            {
                throw problems.at(KEY + "." + name, "unknown key" + Suggestions.didYouMean(name, KEYS));
            }
        }
        final LocalTime start = time(problems, node, "start", null);
        final LocalTime stop = time(problems, node, "stop", null);
        final LocalTime dayStart = time(problems, node, "day-start", RunSchedule.DEFAULT_DAY_START);
        if (start.equals(stop))
        {
            throw problems.at(KEY, "start and stop are both \"" + start + "\": the window would be empty");
        }
        if (!dayStart.isBefore(stop))
        {
            throw problems.at(KEY + ".day-start", "\"" + dayStart + "\" is not before stop \"" + stop + "\"");
        }
        return RunSchedule.window(start, stop, dayStart);
    }

    private static LocalTime time(final Problems problems, final JsonNode schedule, final String name,
        final LocalTime defaultTime)
    {
        final JsonNode node = schedule.get(name);
        final String key = KEY + "." + name;
        if (node == null || node.isNull())
        {
            if (defaultTime == null)
            {
                throw problems.at(key, "required: a time of day in China time, in quotes (\"" +
                    (name.equals("start") ? "20:45" : "15:15") + "\")");
            }
            return defaultTime;
        }
        if (node.isNumber())
        {
            throw problems.at(key, node.asText() + " is not a time of day (HH:MM in quotes, China time: \"" +
                (name.equals("stop") ? "15:15" : name.equals("start") ? "20:45" : "08:45") + "\")");
        }
        final Matcher matcher = TIME.matcher(node.asText());
        if (!node.isTextual() || !matcher.matches() || Integer.parseInt(matcher.group(1)) > 23 ||
            Integer.parseInt(matcher.group(2)) > 59)
        {
            throw problems.at(key, Problems.quote(node.asText()) + " is not a time of day (HH:MM, China time)");
        }
        return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }
}
