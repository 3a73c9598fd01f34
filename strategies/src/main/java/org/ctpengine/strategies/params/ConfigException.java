package org.ctpengine.strategies.params;

/**
 * A configuration problem, on one line: {@code config error: FILE: KEY.PATH: what is wrong}. Never carries a
 * credential's value. The CLI prints the message as it is and exits non-zero.
 */
public final class ConfigException extends IllegalArgumentException
{
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String keyPath;
    private final String problem;

    public ConfigException(final String file, final String keyPath, final String problem)
    {
        super(format(file, keyPath, problem));
        this.file = file;
        this.keyPath = keyPath;
        this.problem = problem;
    }

    /** The configuration file as the user named it. */
    public String file()
    {
        return file;
    }

    /** Where in the file, e.g. {@code accounts[0].fronts[1]}; empty for the file as a whole. */
    public String keyPath()
    {
        return keyPath;
    }

    /** What is wrong, without the file and key path. */
    public String problem()
    {
        return problem;
    }

    private static String format(final String file, final String keyPath, final String problem)
    {
        // one line, whatever the parser said: later lines of a YAML error are context the key path already gives
        final String text = problem.replace('\n', ' ').replace('\r', ' ').replaceAll("\\s{2,}", " ").trim();
        return "config error: " + file + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ") + text;
    }
}
