package org.ctpengine.strategies.params;

/**
 * Makes {@link ConfigException}s for one configuration file: every check names the key path and the file the
 * same way.
 */
public final class Problems
{
    private final String file;

    public Problems(final String file)
    {
        this.file = file;
    }

    public String file()
    {
        return file;
    }

    public ConfigException at(final String keyPath, final String problem)
    {
        return new ConfigException(file, keyPath, problem);
    }

    /** {@code "value"} as a user would write it in YAML, for messages. */
    public static String quote(final Object value)
    {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
