package org.ctpengine.cli;

import org.ctpengine.engine.api.Strategy;
import org.ctpengine.cli.config.StrategyFactory;
import org.ctpengine.strategies.params.StrategyParams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The strategy {@code --strategy} names (replay, what-if): an example by its short or class name, or any class
 * implementing {@link Strategy}, made by the configuration's {@link StrategyFactory}. The examples take their
 * instruments from the given ones and their params from {@code --param} (the settings records' names:
 * {@code lookbackMillis=2000}); what a param does not set keeps the example's default.
 */
final class StrategyOption
{
    static final List<String> EXAMPLES = List.of("market-maker", "breakout", "pair-spread", "moving-average-cross");

    private StrategyOption()
    {
    }

    /**
     * @param instruments what the examples trade unless a param names theirs (market maker: all, or
     *                    {@code instruments=A,B}; breakout: the first, or {@code instrument=A}; pair spread: the
     *                    first two, or {@code legA=A,legB=B})
     * @throws IllegalArgumentException naming the class or parameter that does not work
     */
    static Strategy create(final String name, final Map<String, String> params, final List<String> instruments)
    {
        final Map<String, String> settings = new LinkedHashMap<>(params);
        switch (name.toLowerCase(Locale.ROOT))
        {
            case "market-maker", "marketmaker", "org.ctpengine.strategies.examples.marketmaker":
            {
                final String own = settings.remove("instruments");
                return create("org.ctpengine.strategies.examples.MarketMaker", name, own == null ? instruments : list(own), settings);
            }
            case "breakout", "org.ctpengine.strategies.examples.breakout":
            {
                final String own = settings.remove("instrument");
                return create("org.ctpengine.strategies.examples.Breakout", name, List.of(own == null ? instruments.get(0) : own.trim()), settings);
            }
            case "moving-average-cross", "movingaveragecross", "org.ctpengine.strategies.examples.movingaveragecross":
            {
                final String own = settings.remove("instrument");
                return create("org.ctpengine.strategies.examples.MovingAverageCross", name, List.of(own == null ? instruments.get(0) : own.trim()),
                    settings);
            }
            case "pair-spread", "pairspread", "org.ctpengine.strategies.examples.pairspread":
            {
                final String legA = settings.remove("legA");
                final String legB = settings.remove("legB");
                if ((legA == null || legB == null) && instruments.size() < 2)
                {
                    throw new IllegalArgumentException("pair-spread needs two instruments (--instrument A --instrument B " +
                        "or --param legA=..,legB=..)");
                }
                return create("org.ctpengine.strategies.examples.PairSpread", name, List.of(legA == null ? instruments.get(0) : legA.trim(),
                    legB == null ? instruments.get(1) : legB.trim()), settings);
            }
            default:
                return create(name, name, instruments, settings);
        }
    }

    private static Strategy create(final String className, final String name, final List<String> instruments,
        final Map<String, String> params)
    {
        final CommandLineInput input = new CommandLineInput(name);
        final Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((param, text) -> values.put(input.key(param), value(text.trim())));
        return StrategyFactory.create(className, StrategyParams.of(input, instruments, values));
    }

    /** {@code --param} text as the value a configuration file would hold: a number, true or false, or text. */
    private static Object value(final String text)
    {
        if (text.equals("true") || text.equals("false"))
        {
            return Boolean.valueOf(text);
        }
        try
        {
            return Long.valueOf(text);
        }
        catch (final NumberFormatException notInteger)
        {
            try
            {
                return Double.valueOf(text);
            }
            catch (final NumberFormatException notNumber)
            {
                return text;
            }
        }
    }

    private static List<String> list(final String text)
    {
        return List.of(text.trim().split("\\s*,\\s*"));
    }
}
