package org.ctpengine.cli.config;

import org.ctpengine.engine.api.Strategy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.List;
import org.ctpengine.strategies.params.ConfigException;
import org.ctpengine.strategies.params.Problems;
import org.ctpengine.strategies.params.StrategyInput;
import org.ctpengine.strategies.params.StrategyParams;

/**
 * Creates a strategy from its class name, for a configuration's {@code class:} and the command line's
 * {@code --strategy} alike: through a public constructor taking {@link StrategyParams} when the class has one,
 * else a public no-argument constructor (then there may be no params). Mistakes are named where the params'
 * {@link StrategyInput} says.
 */
public final class StrategyFactory
{
    /** The example strategies, for "did you mean" when a name is mistyped or not fully qualified. */
    static final List<String> EXAMPLES = List.of(
        "org.ctpengine.strategies.examples.MarketMaker",
        "org.ctpengine.strategies.examples.Breakout",
        "org.ctpengine.strategies.examples.PairSpread",
        "org.ctpengine.strategies.examples.MovingAverageCross");

    private StrategyFactory()
    {
    }

    public static Strategy create(final String className, final StrategyParams params)
    {
        final StrategyInput input = params.input();
        final Class<? extends Strategy> type = strategyClass(input, className);
        final Strategy strategy;
        try
        {
            final Constructor<? extends Strategy> withParams = constructor(type, StrategyParams.class);
            if (withParams != null)
            {
                strategy = withParams.newInstance(params);
            }
            else
            {
                final Constructor<? extends Strategy> plain = constructor(type);
                if (plain == null)
                {
                    throw input.atName(className + " has no public constructor taking StrategyParams " +
                        "(nor a public no-argument one)");
                }
                if (params.hasSettings())
                {
                    throw input.atEntry(className + " takes no params" + (input.instrumentsAreSettings() ? " or instruments" : "") +
                        " (it has no public constructor taking StrategyParams)");
                }
                strategy = plain.newInstance();
            }
        }
        catch (final InvocationTargetException e)
        {
            final Throwable cause = e.getCause();
            if (cause instanceof ConfigException || params.made(cause))
            {
                throw (IllegalArgumentException) cause; // already names where
            }
            throw input.atParams(type.getSimpleName() + " refused its settings: " +
                (cause instanceof IllegalArgumentException ? cause.getMessage() : String.valueOf(cause)));
        }
        catch (final ReflectiveOperationException e)
        {
            throw input.atName("cannot create " + className + ": " + e);
        }
        final List<String> unknown = params.unknownKeys();
        if (!unknown.isEmpty())
        {
            final String key = unknown.get(0);
            final List<String> reads = params.askedKeys().stream().map(input::spelling).toList();
            throw input.atParam(key, "unknown key for " + type.getSimpleName() +
                Suggestions.didYouMean(input.spelling(key), reads) + "; it reads " + reads);
        }
        return strategy;
    }

    private static Class<? extends Strategy> strategyClass(final StrategyInput input, final String className)
    {
        final Class<?> type;
        try
        {
            type = Class.forName(className, false, StrategyFactory.class.getClassLoader());
        }
        catch (final ClassNotFoundException | LinkageError e)
        {
            String suggestion = Suggestions.didYouMean(className, EXAMPLES);
            for (final String example : EXAMPLES)
            {
                if (example.endsWith("." + className))
                {
                    suggestion = " (did you mean " + example + "?)";
                }
            }
            throw input.atName(Problems.quote(className) + " is not a class on the class path" + suggestion);
        }
        if (!Strategy.class.isAssignableFrom(type) || type.isInterface() || Modifier.isAbstract(type.getModifiers()))
        {
            throw input.atName(className + " is not a concrete class implementing " + Strategy.class.getName());
        }
        return type.asSubclass(Strategy.class);
    }

    private static <T> Constructor<T> constructor(final Class<T> type, final Class<?>... parameters)
    {
        try
        {
            final Constructor<T> constructor = type.getConstructor(parameters);
            return Modifier.isPublic(type.getModifiers()) ? constructor : null;
        }
        catch (final NoSuchMethodException e)
        {
            return null;
        }
    }
}
