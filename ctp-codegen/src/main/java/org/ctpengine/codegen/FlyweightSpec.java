package org.ctpengine.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the flyweights of ctp-adapter are: one {@link Struct} per flyweight class, read from the spec file
 * ({@code ctp-adapter/src/main/flyweights/flyweights.tsv}). The spec says which fields a flyweight names and how;
 * the profiles say where they are (at run time) and which CTP versions have them (at build time).
 * <p>
 * Rows, tab-separated; {@code #} starts a comment line:
 * <pre>
 * struct  SFIT struct name   class name          description
 * field   SFIT field name    accessor            C type (char, char[], int, double)  required|optional  text  description
 * levels  SFIT field prefix  accessor            C type (int, double)  getter description  setter description
 * legs    SFIT field name    accessor            code class (org.ctpengine.adapter.codes)
 * </pre>
 * {@code text} is {@code ascii} (codes, ids, times: wrap and equals without allocating), {@code gb18030} (Chinese
 * text: append) or {@code -} for scalars. {@code levels} names a book side ({@code BidPrice} for BidPrice1..5) read by
 * level; {@code legs} a char[] of per-leg codes read and written one leg at a time.
 */
public record FlyweightSpec(List<Struct> structs)
{
    private static final Pattern SFIT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern JAVA_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

    /** One flyweight class. */
    public record Struct(String name, String className, String description, List<Field> fields, List<Levels> levels,
        List<Legs> legs)
    {
    }

    /** A field with its own accessors. */
    public record Field(String name, String accessor, String cType, boolean optional, Text text, String description)
    {
    }

    /** How a char[] field is read without allocating. */
    public enum Text
    {
        /** Not text. */
        NONE,
        /** Codes, ids, dates: {@code wrapX(AsciiSequenceView)} and {@code xEquals(CharSequence)}. */
        ASCII,
        /** Chinese text: {@code appendX(StringBuilder)}. */
        GB18030
    }

    /** One side of the book read by level: fields {@code prefix1} .. {@code prefix5}. */
    public record Levels(String prefix, String accessor, String cType, String getterDescription,
        String setterDescription)
    {
    }

    /** A char[] of per-leg codes (CombOffsetFlag): one code written as a single leg, any leg read. */
    public record Legs(String name, String accessor, String codeClass)
    {
    }

    /**
     * Reads a spec file.
     *
     * @throws SpecException naming file, line and what is wrong
     */
    public static FlyweightSpec read(final Path file)
    {
        final List<String> lines;
        try
        {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new SpecException(file + ": cannot read the flyweight spec (" + e.getMessage() + ")");
        }
        return parse(file.toString(), lines);
    }

    /**
     * Parses a spec's lines; {@code source} names them in errors.
     *
     * @throws SpecException naming source, line and what is wrong
     */
    public static FlyweightSpec parse(final String source, final List<String> lines)
    {
        final List<Struct> structs = new ArrayList<>();
        final Set<String> classNames = new HashSet<>();
        Builder current = null;
        for (int i = 0; i < lines.size(); i++)
        {
            final String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#"))
            {
                continue;
            }
            final String where = source + ":" + (i + 1);
            final String[] cells = line.split("\t", -1);
            final String kind = cells[0];
            if ("struct".equals(kind))
            {
                expect(where, cells, 4);
                if (current != null)
                {
                    structs.add(current.build(where));
                }
                final String className = name(where, cells[2], CLASS_NAME, "class name");
                if (!classNames.add(className))
                {
                    throw new SpecException(where + ": class " + className + " is specified twice");
                }
                current = new Builder(name(where, cells[1], SFIT_NAME, "struct name"), className, text(where, cells[3]));
                continue;
            }
            if (current == null)
            {
                throw new SpecException(where + ": '" + kind + "' row before the first struct row");
            }
            switch (kind)
            {
                case "field" ->
                {
                    expect(where, cells, 7);
                    final String cType = cType(where, cells[3], Set.of("char", "char[]", "int", "double"));
                    final Text text = textKind(where, cells[5], cType);
                    current.field(where, new Field(name(where, cells[1], SFIT_NAME, "field name"),
                        name(where, cells[2], JAVA_NAME, "accessor"), cType, presence(where, cells[4]), text,
                        text(where, cells[6])));
                }
                case "levels" ->
                {
                    expect(where, cells, 6);
                    current.levels.add(new Levels(name(where, cells[1], SFIT_NAME, "field prefix"),
                        name(where, cells[2], JAVA_NAME, "accessor"), cType(where, cells[3], Set.of("int", "double")),
                        text(where, cells[4]), text(where, cells[5])));
                }
                case "legs" ->
                {
                    expect(where, cells, 4);
                    current.legs.add(new Legs(name(where, cells[1], SFIT_NAME, "field name"),
                        name(where, cells[2], JAVA_NAME, "accessor"), name(where, cells[3], CLASS_NAME, "code class")));
                }
                default -> throw new SpecException(where + ": unknown row kind '" + kind +
                    "' (expected struct, field, levels or legs)");
            }
        }
        if (current != null)
        {
            structs.add(current.build(source + ":" + lines.size()));
        }
        if (structs.isEmpty())
        {
            throw new SpecException(source + ": no struct rows");
        }
        return new FlyweightSpec(List.copyOf(structs));
    }

    private static void expect(final String where, final String[] cells, final int count)
    {
        if (cells.length != count)
        {
            throw new SpecException(where + ": a " + cells[0] + " row has " + count + " tab-separated cells, this one " +
                cells.length);
        }
    }

    private static String name(final String where, final String value, final Pattern pattern, final String what)
    {
        if (!pattern.matcher(value).matches())
        {
            throw new SpecException(where + ": '" + value + "' is not a valid " + what);
        }
        return value;
    }

    private static String text(final String where, final String value)
    {
        if (value.isBlank() || value.contains("*/"))
        {
            throw new SpecException(where + ": a description must be non-empty and must not contain */");
        }
        return value.strip();
    }

    private static String cType(final String where, final String value, final Set<String> allowed)
    {
        if (!allowed.contains(value))
        {
            throw new SpecException(where + ": C type '" + value + "' is not one of " + new TreeSet<>(allowed));
        }
        return value;
    }

    private static boolean presence(final String where, final String value)
    {
        return switch (value)
        {
            case "required" -> false;
            case "optional" -> true;
            default -> throw new SpecException(where + ": '" + value + "' is neither required nor optional");
        };
    }

    private static Text textKind(final String where, final String value, final String cType)
    {
        final Text text = switch (value)
        {
            case "-" -> Text.NONE;
            case "ascii" -> Text.ASCII;
            case "gb18030" -> Text.GB18030;
            default -> throw new SpecException(where + ": text kind '" + value + "' is not ascii, gb18030 or -");
        };
        if ((text == Text.NONE) == "char[]".equals(cType))
        {
            throw new SpecException(where + ": a char[] field needs text kind ascii or gb18030, any other '-'");
        }
        return text;
    }

    private static final class Builder
    {
        private final String name;
        private final String className;
        private final String description;
        private final List<Field> fields = new ArrayList<>();
        private final List<Levels> levels = new ArrayList<>();
        private final List<Legs> legs = new ArrayList<>();
        private final Set<String> accessors = new HashSet<>();
        private final Set<String> fieldNames = new HashSet<>();

        Builder(final String name, final String className, final String description)
        {
            this.name = name;
            this.className = className;
            this.description = description;
        }

        void field(final String where, final Field field)
        {
            if (!fieldNames.add(field.name()) || !accessors.add(field.accessor()))
            {
                throw new SpecException(where + ": " + name + "." + field.name() + " (accessor " + field.accessor() +
                    ") is specified twice");
            }
            fields.add(field);
        }

        Struct build(final String where)
        {
            if (fields.isEmpty())
            {
                throw new SpecException(where + ": struct " + name + " has no field rows");
            }
            for (final Legs leg : legs)
            {
                if (fields.stream().noneMatch(field -> field.name().equals(leg.name()) && "char[]".equals(field.cType())))
                {
                    throw new SpecException(where + ": legs " + leg.name() + " of " + name + " needs a char[] field row");
                }
            }
            for (final Levels level : levels)
            {
                for (int i = 1; i <= 5; i++)
                {
                    final String fieldName = level.prefix() + i;
                    if (fields.stream().noneMatch(field -> field.name().equals(fieldName) &&
                        field.cType().equals(level.cType()) && !field.optional()))
                    {
                        throw new SpecException(where + ": levels " + level.prefix() + " of " + name +
                            " needs a required " + level.cType() + " field row " + fieldName);
                    }
                }
            }
            return new Struct(name, className, description, List.copyOf(fields), List.copyOf(levels), List.copyOf(legs));
        }
    }
}
