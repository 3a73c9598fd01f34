package org.ctpengine.adapter.struct;

import java.io.File;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctpengine.adapter.abi.AbiProfile;

/** Finds the flyweight classes and their accessors by reflection, so that tests cover new ones automatically. */
final class Flyweights
{
    private static final Pattern TOKEN = Pattern.compile("[A-Z]+(?=[A-Z][a-z])|[A-Z]+(?=\\d|$)|[A-Z][a-z]+|\\d+|[a-z]+|[A-Z]+");

    private Flyweights()
    {
    }

    /** Every concrete {@link StructFlyweight} in the main classes' struct package. */
    static List<Class<? extends StructFlyweight>> classes()
    {
        try
        {
            final File root = new File(StructFlyweight.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            final String packageName = StructFlyweight.class.getPackageName();
            final File directory = new File(root, packageName.replace('.', File.separatorChar));
            final File[] files = directory.listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
            final List<Class<? extends StructFlyweight>> result = new ArrayList<>();
            for (final File file : files)
            {
                final String simpleName = file.getName().substring(0, file.getName().length() - ".class".length());
                final Class<?> type = Class.forName(packageName + "." + simpleName);
                if (StructFlyweight.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
                {
                    result.add(type.asSubclass(StructFlyweight.class));
                }
            }
            result.sort((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()));
            return result;
        }
        catch (final URISyntaxException | ClassNotFoundException e)
        {
            throw new IllegalStateException(e);
        }
    }

    static StructFlyweight create(final Class<? extends StructFlyweight> type, final AbiProfile profile)
    {
        try
        {
            return type.getConstructor(AbiProfile.class).newInstance(profile);
        }
        catch (final ReflectiveOperationException e)
        {
            throw new IllegalStateException(type.getSimpleName() + " needs a public (AbiProfile) constructor", e);
        }
    }

    static String structName(final Class<? extends StructFlyweight> type)
    {
        try
        {
            return (String)type.getField("STRUCT_NAME").get(null);
        }
        catch (final ReflectiveOperationException e)
        {
            throw new IllegalStateException(type.getSimpleName() + " needs a public STRUCT_NAME", e);
        }
    }

    /**
     * The accessor name for a CTP field: camel case with acronyms lowered, {@code InstrumentID} → {@code instrumentId},
     * {@code SHFETime} → {@code shfeTime}, {@code BidPrice1} → {@code bidPrice1}.
     */
    static String accessorName(final String fieldName)
    {
        final Matcher matcher = TOKEN.matcher(fieldName);
        final StringBuilder name = new StringBuilder();
        while (matcher.find())
        {
            final String token = matcher.group();
            if (name.length() == 0)
            {
                name.append(token.toLowerCase());
            }
            else
            {
                name.append(Character.toUpperCase(token.charAt(0))).append(token.substring(1).toLowerCase());
            }
        }
        return name.toString();
    }

    static String capitalised(final String accessorName)
    {
        return Character.toUpperCase(accessorName.charAt(0)) + accessorName.substring(1);
    }
}
