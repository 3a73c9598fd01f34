package org.ctpengine.cli.config;

import java.nio.file.Path;

/** Paths as written in the configuration: {@code ~/} is the home directory; others resolve from the working directory. */
final class Paths
{
    private Paths()
    {
    }

    static Path expand(final String text)
    {
        if (text.equals("~") || text.startsWith("~/"))
        {
            return Path.of(System.getProperty("user.home") + text.substring(1));
        }
        return Path.of(text);
    }
}
