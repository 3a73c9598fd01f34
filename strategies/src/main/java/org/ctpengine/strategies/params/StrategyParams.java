package org.ctpengine.strategies.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a configuration gives one strategy: its {@code instruments:} list and its {@code params:} mapping, read
 * through typed getters with defaults. A strategy that can be configured has a public constructor taking this
 * (see {@code MarketMaker}); the host calls it once, before the engine starts, on the loading thread. The
 * command line's {@code --strategy}/{@code --param} come in through this too.
 *
 * <p>A getter's bad value is a one-line error naming the key where the {@link StrategyInput} says (a
 * configuration file: {@code strategies[i].params.KEY}); after the constructor returns, a key no getter asked
 * for is an error too ("unknown key", with a suggestion).
 */
public final class StrategyParams
{
    private final StrategyInput input;
    private final List<String> instruments;
    private final ObjectNode params;
    private final Set<String> asked = new LinkedHashSet<>();
    private final Set<IllegalArgumentException> made = Collections.newSetFromMap(new IdentityHashMap<>());

    public StrategyParams(final StrategyInput input, final List<String> instruments, final ObjectNode params)
    {
        this.input = input;
        this.instruments = List.copyOf(instruments);
        this.params = params;
    }

    /** For tests and embedding applications: params from a map of plain values (strings, numbers, booleans, lists). */
    public static StrategyParams of(final List<String> instruments, final Map<String, ?> params)
    {
        return of(new ConfigEntry(new Problems("(in code)"), "strategy"), instruments, params);
    }

    /** Params from a map of plain values, their mistakes named where {@code input} says. */
    public static StrategyParams of(final StrategyInput input, final List<String> instruments, final Map<String, ?> params)
    {
        final ObjectNode node = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(params);
        return new StrategyParams(input, instruments, node);
    }

    /** The strategy's {@code instruments:}, in order; may be empty. */
    public List<String> instruments()
    {
        return instruments;
    }

    /** Exactly {@code count} instruments, or an error naming {@code instruments}. */
    public List<String> instruments(final int count)
    {
        if (instruments.size() != count)
        {
            throw made(input.atInstruments("this strategy takes exactly " + count + " instrument" +
                (count == 1 ? "" : "s") + ", found " + instruments.size() + " " + instruments));
        }
        return instruments;
    }

    /** At least one instrument, or an error naming {@code instruments}. */
    public List<String> someInstruments()
    {
        if (instruments.isEmpty())
        {
            throw made(input.atInstruments("this strategy needs at least one instrument"));
        }
        return instruments;
    }

    public int integer(final String key, final int defaultValue)
    {
        final JsonNode node = value(key);
        if (node == null)
        {
            return defaultValue;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt())
        {
            throw bad(key, node, "an integer");
        }
        return node.intValue();
    }

    public long longInteger(final String key, final long defaultValue)
    {
        final JsonNode node = value(key);
        if (node == null)
        {
            return defaultValue;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong())
        {
            throw bad(key, node, "an integer");
        }
        return node.longValue();
    }

    public double decimal(final String key, final double defaultValue)
    {
        final JsonNode node = value(key);
        if (node == null)
        {
            return defaultValue;
        }
        if (!node.isNumber())
        {
            throw bad(key, node, "a number");
        }
        return node.doubleValue();
    }

    public boolean bool(final String key, final boolean defaultValue)
    {
        final JsonNode node = value(key);
        if (node == null)
        {
            return defaultValue;
        }
        if (!node.isBoolean())
        {
            throw bad(key, node, "true or false");
        }
        return node.booleanValue();
    }

    public String text(final String key, final String defaultValue)
    {
        final JsonNode node = value(key);
        if (node == null)
        {
            return defaultValue;
        }
        if (!node.isValueNode())
        {
            throw bad(key, node, "a string");
        }
        return node.asText();
    }

    /**
     * An error at {@code params.KEY}, for a strategy's own checks (ranges, combinations): a {@link ConfigException}
     * for a configuration file.
     */
    public IllegalArgumentException error(final String key, final String problem)
    {
        return made(input.atParam(key, problem));
    }

    /** Whether {@code error} is one of these params' own (already naming where), not the strategy's. */
    public boolean made(final Throwable error)
    {
        return made.contains(error);
    }

    private IllegalArgumentException made(final IllegalArgumentException error)
    {
        made.add(error);
        return error;
    }

    /** Keys present in the file that no getter asked for, with a suggestion each. */
    public List<String> unknownKeys()
    {
        final List<String> unknown = new ArrayList<>();
        for (final Iterator<String> names = params.fieldNames(); names.hasNext(); )
        {
            final String name = names.next();
            if (!asked.contains(name))
            {
                unknown.add(name);
            }
        }
        return unknown;
    }

    public Set<String> askedKeys()
    {
        return asked;
    }

    public StrategyInput input()
    {
        return input;
    }

    /** Whether these give a strategy anything to read: params, or instruments given for it. */
    public boolean hasSettings()
    {
        return !params.isEmpty() || input.instrumentsAreSettings() && !instruments.isEmpty();
    }

    private JsonNode value(final String key)
    {
        asked.add(key);
        final JsonNode node = params.get(key);
        return node == null || node.isNull() ? null : node;
    }

    private IllegalArgumentException bad(final String key, final JsonNode node, final String expected)
    {
        return error(key, (node.isTextual() ? "\"" + node.asText() + "\"" : node.toString()) + " is not " + expected);
    }

    public static ObjectNode emptyParams()
    {
        return JsonNodeFactory.instance.objectNode();
    }
}
