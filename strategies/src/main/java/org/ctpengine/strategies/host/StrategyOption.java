package org.ctpengine.strategies.host;

import org.ctpengine.engine.strategy.Strategy;
import org.ctpengine.strategies.examples.Breakout;
import org.ctpengine.strategies.examples.MarketMaker;
import org.ctpengine.strategies.examples.PairSpread;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The strategy {@code --strategy} names (replay, what-if): an example by its short or class name (its defaults for
 * the given instruments, then {@code --param} overrides of its settings), or any class implementing {@link Strategy}
 * with a public no-argument constructor.
 */
final class StrategyOption
{
    static final List<String> EXAMPLES = List.of("market-maker", "breakout", "pair-spread");

    private StrategyOption()
    {
    }

    /**
     * @param instruments what the examples trade by default (market maker: all; breakout: the first; pair spread: the
     *                    first two)
     * @throws IllegalArgumentException naming the class or parameter that does not work
     */
    static Strategy create(final String name, final Map<String, String> params, final List<String> instruments)
    {
        switch (name.toLowerCase(Locale.ROOT))
        {
            case "market-maker", "marketmaker", "org.ctpengine.strategies.examples.marketmaker":
                return new MarketMaker(SettingsParams.apply(MarketMaker.defaults(instruments), params));
            case "breakout", "org.ctpengine.strategies.examples.breakout":
                return new Breakout(SettingsParams.apply(Breakout.defaults(instruments.get(0)), params));
            case "pair-spread", "pairspread", "org.ctpengine.strategies.examples.pairspread":
                if (instruments.size() < 2)
                {
                    throw new IllegalArgumentException("pair-spread needs two instruments (--instrument A --instrument B " +
                        "or --param legA=..,legB=..)");
                }
                return new PairSpread(SettingsParams.apply(PairSpread.defaults(instruments.get(0), instruments.get(1)), params));
            default:
                return byClassName(name, params);
        }
    }

    private static Strategy byClassName(final String name, final Map<String, String> params)
    {
        final Class<?> type;
        try
        {
            type = Class.forName(name);
        }
        catch (final ClassNotFoundException e)
        {
            throw new IllegalArgumentException("--strategy " + name + ": no such class on the class path; examples: " + EXAMPLES, e);
        }
        if (!Strategy.class.isAssignableFrom(type))
        {
            throw new IllegalArgumentException("--strategy " + name + ": does not implement " + Strategy.class.getName());
        }
        if (!params.isEmpty())
        {
            throw new IllegalArgumentException("--param works with the examples " + EXAMPLES + "; " + name +
                " is built with its no-argument constructor");
        }
        try
        {
            return (Strategy)type.getConstructor().newInstance();
        }
        catch (final ReflectiveOperationException e)
        {
            throw new IllegalArgumentException("--strategy " + name + ": cannot construct it with a public no-argument " +
                "constructor: " + e, e);
        }
    }
}
