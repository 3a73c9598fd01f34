package org.ctpengine.strategies.params;

/** A strategy's entry in a configuration file: mistakes are {@link ConfigException}s at its key path. */
public final class ConfigEntry implements StrategyInput
{
    private final Problems problems;
    private final String path;

    /** @param path the entry's key path, e.g. {@code strategies[0]} */
    public ConfigEntry(final Problems problems, final String path)
    {
        this.problems = problems;
        this.path = path;
    }

    @Override
    public ConfigException atName(final String problem)
    {
        return problems.at(path + ".class", problem);
    }

    @Override
    public ConfigException atEntry(final String problem)
    {
        return problems.at(path, problem);
    }

    @Override
    public ConfigException atInstruments(final String problem)
    {
        return problems.at(path + ".instruments", problem);
    }

    @Override
    public ConfigException atParams(final String problem)
    {
        return problems.at(path + ".params", problem);
    }

    @Override
    public ConfigException atParam(final String key, final String problem)
    {
        return problems.at(path + ".params." + key, problem);
    }

    @Override
    public boolean instrumentsAreSettings()
    {
        return true;
    }
}
