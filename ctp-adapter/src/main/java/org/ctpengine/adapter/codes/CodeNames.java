package org.ctpengine.adapter.codes;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Code value → human name for one code class, built once from the class's {@link CtpCode} annotations so
 * that names cannot drift from the constants. The name is the macro's suffix: {@code THOST_FTDC_OST_AllTraded}
 * → {@code AllTraded}, {@code THOST_TERT_QUICK} → {@code QUICK}. Immutable; lookups allocate nothing.
 */
public final class CodeNames
{
    /** What {@link #describe(byte)} returns for a value the code class does not define. */
    public static final String UNKNOWN = "UNKNOWN";

    private static final int CODE_SPACE = 256;

    private final String[] names = new String[CODE_SPACE];

    private CodeNames(final Class<?> codeClass)
    {
        for (final Field field : codeClass.getDeclaredFields())
        {
            final CtpCode code = field.getAnnotation(CtpCode.class);
            if (code == null)
            {
                continue;
            }
            if (field.getType() != byte.class || !Modifier.isStatic(field.getModifiers()))
            {
                throw new IllegalStateException(codeClass.getName() + "." + field.getName() +
                    ": @CtpCode belongs on a static byte constant");
            }
            final byte value;
            try
            {
                value = field.getByte(null);
            }
            catch (final IllegalAccessException e)
            {
                throw new IllegalStateException("cannot read " + codeClass.getName() + "." + field.getName(), e);
            }
            final int index = value & 0xFF;
            final String name = suffix(code.value());
            names[index] = names[index] == null ? name : names[index] + "|" + name;
        }
    }

    /** Names of the annotated constants of {@code codeClass}. */
    public static CodeNames of(final Class<?> codeClass)
    {
        return new CodeNames(codeClass);
    }

    /** Name of {@code code}, or {@link #UNKNOWN}. */
    public String describe(final byte code)
    {
        final String name = names[code & 0xFF];
        return name == null ? UNKNOWN : name;
    }

    /** Whether the code class defines {@code code}. */
    public boolean isKnown(final byte code)
    {
        return names[code & 0xFF] != null;
    }

    /**
     * The part of a macro after its group: {@code THOST_FTDC_OST_AllTraded} → {@code AllTraded},
     * {@code THOST_TERT_QUICK} → {@code QUICK}.
     */
    public static String suffix(final String macro)
    {
        final String rest = macro.startsWith("THOST_FTDC_") ? macro.substring("THOST_FTDC_".length()) :
            macro.substring(macro.indexOf('_') + 1);
        final int underscore = rest.indexOf('_');
        return underscore < 0 ? rest : rest.substring(underscore + 1);
    }
}
