package org.ctpengine.strategies.host.config;

/**
 * Makes {@link ConfigException}s for one configuration file: every check names the key path and the file the
 * same way.
 */
final class Problems
{
    private final String file;

    Problems(final String file)
    {
        this.file = file;
    }

    String file()
    {
        return file;
    }

    ConfigException at(final String keyPath, final String problem)
    {
        return new ConfigException(file, keyPath, problem);
    }

    /** {@code "value"} as a user would write it in YAML, for messages. */
    static String quote(final Object value)
    {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
