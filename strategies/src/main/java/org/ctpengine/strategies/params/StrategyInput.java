package org.ctpengine.strategies.params;

/**
 * Where a strategy's name, instruments and params were written (an entry of a configuration file, or the
 * {@code --strategy}/{@code --param} options of the command line), so that the host's strategy factory and
 * {@link StrategyParams} name a mistake the way the user wrote it.
 */
public interface StrategyInput
{
    /** The strategy's name does not give a strategy (no such class, not a {@link org.ctpengine.engine.api.Strategy}). */
    IllegalArgumentException atName(String problem);

    /** The entry as a whole (params given to a strategy that takes none). */
    IllegalArgumentException atEntry(String problem);

    /** The strategy's instruments. */
    IllegalArgumentException atInstruments(String problem);

    /** All of its params (the strategy refused the settings they make). */
    IllegalArgumentException atParams(String problem);

    /** One param, by the key the strategy reads ({@code lookback-ms}). */
    IllegalArgumentException atParam(String key, String problem);

    /** A key the strategy reads, as this input spells it (a configuration file: as it is). */
    default String spelling(final String key)
    {
        return key;
    }

    /**
     * Whether the instruments were given for the strategy (a configuration entry's {@code instruments:}), so a
     * strategy that takes no params may not have any; the command line's instruments are a replay filter first.
     */
    boolean instrumentsAreSettings();
}
