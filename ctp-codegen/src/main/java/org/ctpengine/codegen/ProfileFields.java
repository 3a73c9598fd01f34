package org.ctpengine.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The struct fields of the built-in ABI profiles, read from their {@code structs.tsv} files (one directory per
 * profile id; header {@code struct size field offset type length}). Only what the generator needs: which profile has
 * which field, with which C type and length. ctp-adapter's own reader is not used because this module builds before it.
 */
public final class ProfileFields
{
    private static final String STRUCTS_FILE = "structs.tsv";
    private static final String HEADER = "struct\tsize\tfield\toffset\ttype\tlength";

    /** A field as one profile has it. */
    public record Field(String cType, int length)
    {
    }

    private final List<String> ids;
    private final Map<String, Map<String, Field>> fieldsByProfile;

    private ProfileFields(final List<String> ids, final Map<String, Map<String, Field>> fieldsByProfile)
    {
        this.ids = ids;
        this.fieldsByProfile = fieldsByProfile;
    }

    /**
     * Reads every profile directory under {@code root}.
     *
     * @throws SpecException naming the file and line that cannot be read
     */
    public static ProfileFields read(final Path root)
    {
        final List<Path> directories;
        try (Stream<Path> children = Files.list(root))
        {
            directories = children.filter(child -> Files.isRegularFile(child.resolve(STRUCTS_FILE))).toList();
        }
        catch (final IOException e)
        {
            throw new SpecException(root + ": cannot list the ABI profiles (" + e.getMessage() + ")");
        }
        if (directories.isEmpty())
        {
            throw new SpecException(root + ": no ABI profile directory (none holds " + STRUCTS_FILE + ")");
        }
        final Map<String, Map<String, Field>> fieldsByProfile = new HashMap<>();
        for (final Path directory : directories)
        {
            fieldsByProfile.put(directory.getFileName().toString(), readStructs(directory.resolve(STRUCTS_FILE)));
        }
        final List<String> ids = new ArrayList<>(fieldsByProfile.keySet());
        ids.sort(NEWEST_FIRST);
        return new ProfileFields(List.copyOf(ids), fieldsByProfile);
    }

    /** Profile ids, newest CTP version first ({@code 6.7.11} before {@code 6.7.8}, {@code 6.3.19_P1} before {@code 6.3.15}). */
    public List<String> ids()
    {
        return ids;
    }

    /** The newest profile: the one whose char[N] sizes the generated documentation quotes. */
    public String newest()
    {
        return ids.get(0);
    }

    /** {@code struct.field} in profile {@code id}, or null when that profile lacks it. */
    public Field field(final String id, final String struct, final String field)
    {
        return fieldsByProfile.get(id).get(struct + "." + field);
    }

    /** Whether profile {@code id} has the struct at all. */
    public boolean hasStruct(final String id, final String struct)
    {
        final String prefix = struct + ".";
        return fieldsByProfile.get(id).keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    /** Profile ids that lack {@code struct.field}, newest first. */
    public List<String> lacking(final String struct, final String field)
    {
        return ids.stream().filter(id -> field(id, struct, field) == null).toList();
    }

    /** Orders profile ids by the numbers in them, newest first; a patch ({@code _P1}) is newer than none. */
    static final Comparator<String> NEWEST_FIRST = (a, b) -> compareVersions(b, a);

    static int compareVersions(final String a, final String b)
    {
        final String[] left = a.split("[^0-9]+");
        final String[] right = b.split("[^0-9]+");
        for (int i = 0; i < Math.max(left.length, right.length); i++)
        {
            final long l = i < left.length && !left[i].isEmpty() ? Long.parseLong(left[i]) : -1;
            final long r = i < right.length && !right[i].isEmpty() ? Long.parseLong(right[i]) : -1;
            if (l != r)
            {
                return Long.compare(l, r);
            }
        }
        return a.compareTo(b);
    }

    private static Map<String, Field> readStructs(final Path file)
    {
        final List<String> lines;
        try
        {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new SpecException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (lines.isEmpty() || !HEADER.equals(lines.get(0)))
        {
            throw new SpecException(file + ":1: expected the header '" + HEADER.replace('\t', ' ') + "'");
        }
        final Map<String, Field> fields = new HashMap<>();
        for (int i = 1; i < lines.size(); i++)
        {
            final String line = lines.get(i);
            if (line.isBlank())
            {
                continue;
            }
            final String[] cells = line.split("\t", -1);
            if (cells.length != 6)
            {
                throw new SpecException(file + ":" + (i + 1) + ": expected 6 tab-separated cells, found " + cells.length);
            }
            try
            {
                fields.put(cells[0] + "." + cells[2], new Field(cells[4], Integer.parseInt(cells[5])));
            }
            catch (final NumberFormatException e)
            {
                throw new SpecException(file + ":" + (i + 1) + ": length '" + cells[5] + "' is not a number");
            }
        }
        return fields;
    }
}
