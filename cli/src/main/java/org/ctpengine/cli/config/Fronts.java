package org.ctpengine.cli.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctpengine.strategies.params.Problems;

/** Front addresses as CTP's RegisterFront takes them: {@code tcp://host:port} or {@code ssl://host:port}. */
final class Fronts
{
    private static final Pattern FRONT = Pattern.compile("(tcp|ssl)://([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+]):(\\d{1,5})");

    private Fronts()
    {
    }

    static List<String> check(final Problems problems, final String path, final List<String> fronts)
    {
        if (fronts == null || fronts.isEmpty())
        {
            throw problems.at(path, "missing (at least one front, e.g. tcp://180.168.146.187:10130)");
        }
        final List<String> checked = new ArrayList<>();
        for (int i = 0; i < fronts.size(); i++)
        {
            final String front = fronts.get(i);
            final Matcher matcher = front == null ? null : FRONT.matcher(front.trim());
            if (matcher == null || !matcher.matches() || !port(matcher.group(3)))
            {
                throw problems.at(path + "[" + i + "]", Problems.quote(front) +
                    " is not a front URL (expected tcp://host:port or ssl://host:port)");
            }
            checked.add(front.trim());
        }
        return checked;
    }

    private static boolean port(final String digits)
    {
        final int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65_535;
    }
}
