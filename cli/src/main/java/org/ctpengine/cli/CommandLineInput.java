package org.ctpengine.cli;

import org.ctpengine.strategies.params.StrategyInput;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's {@code --strategy NAME} and {@code --param NAME=VALUE}s as a {@link StrategyInput}: a param is
 * named as the user wrote it, or else in the settings records' spelling ({@code lookbackMillis} for the key
 * {@code lookback-ms}), which is also the spelling {@code --param} takes.
 */
final class CommandLineInput implements StrategyInput
{
    private final String strategy;
    private final Map<String, String> written = new LinkedHashMap<>();

    CommandLineInput(final String strategy)
    {
        this.strategy = strategy;
    }

    /** The key a strategy reads for a {@code --param} name; remembers the name for messages. */
    String key(final String name)
    {
        final String key = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).replaceAll("-millis$", "-ms");
        written.put(key, name);
        return key;
    }

    @Override
    public String spelling(final String key)
    {
        final String name = written.get(key);
        if (name != null)
        {
            return name;
        }
        final StringBuilder camel = new StringBuilder();
        for (final String part : key.split("-"))
        {
            final String word = part.equals("ms") ? "millis" : part;
            camel.append(camel.length() == 0 || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }

    @Override
    public IllegalArgumentException atName(final String problem)
    {
        return new IllegalArgumentException("--strategy " + strategy + ": " + problem + "; examples: " + StrategyOption.EXAMPLES);
    }

    @Override
    public IllegalArgumentException atEntry(final String problem)
    {
        return new IllegalArgumentException("--param: " + problem);
    }

    @Override
    public IllegalArgumentException atInstruments(final String problem)
    {
        return new IllegalArgumentException("--strategy " + strategy + ": " + problem);
    }

    @Override
    public IllegalArgumentException atParams(final String problem)
    {
        return new IllegalArgumentException("--param: " + problem);
    }

    @Override
    public IllegalArgumentException atParam(final String key, final String problem)
    {
        return new IllegalArgumentException("--param " + spelling(key) + ": " + problem);
    }

    @Override
    public boolean instrumentsAreSettings()
    {
        return false;
    }
}
