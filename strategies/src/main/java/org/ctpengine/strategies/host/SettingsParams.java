package org.ctpengine.strategies.host;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Overrides components of a strategy's settings record from {@code name=value} text, as {@code --param} gives them:
 * numbers, booleans, text and comma-separated lists of text. The rest keep their defaults.
 */
final class SettingsParams
{
    private SettingsParams()
    {
    }

    /**
     * @throws IllegalArgumentException naming an unknown parameter (and the known ones) or an unreadable value
     */
    static <R extends Record> R apply(final R defaults, final Map<String, String> params)
    {
        final RecordComponent[] components = defaults.getClass().getRecordComponents();
        final List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (final String name : params.keySet())
        {
            if (!names.contains(name))
            {
                throw new IllegalArgumentException("--param " + name + ": " + defaults.getClass().getEnclosingClass().getSimpleName() +
                    " has no such setting; settings: " + names);
            }
        }
        final Object[] values = new Object[components.length];
        final Class<?>[] types = new Class<?>[components.length];
        try
        {
            for (int i = 0; i < components.length; i++)
            {
                types[i] = components[i].getType();
                final String text = params.get(components[i].getName());
                values[i] = text == null ? components[i].getAccessor().invoke(defaults) : parse(components[i], text.trim());
            }
            @SuppressWarnings("unchecked")
            final R settings = (R)defaults.getClass().getDeclaredConstructor(types).newInstance(values);
            return settings;
        }
        catch (final InvocationTargetException e)
        {
            throw new IllegalArgumentException("--param: " + e.getCause().getMessage(), e.getCause());
        }
        catch (final ReflectiveOperationException e)
        {
            throw new IllegalStateException("cannot build " + defaults.getClass().getName() + ": " + e, e);
        }
    }

    private static Object parse(final RecordComponent component, final String text)
    {
        final Class<?> type = component.getType();
        try
        {
            if (type == int.class) return Integer.parseInt(text);
            if (type == long.class) return Long.parseLong(text);
            if (type == double.class) return Double.parseDouble(text);
            if (type == boolean.class && (text.equals("true") || text.equals("false"))) return Boolean.parseBoolean(text);
            if (type == String.class) return text;
            if (type == List.class) return List.of(text.split("\\s*,\\s*"));
        }
        catch (final NumberFormatException e)
        {
            // reported below
        }
        throw new IllegalArgumentException("--param " + component.getName() + "=" + text + ": not a " +
            (type == List.class ? "list" : type.getSimpleName()));
    }
}
