package org.ctpengine.adapter.abi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and writes an {@link AbiProfile} as a directory of tab-separated files that people can read
 * and diff: {@code profile.tsv}, {@code trader-api.tsv}, {@code trader-spi.tsv}, {@code md-api.tsv},
 * {@code md-spi.tsv}, {@code structs.tsv} and {@code constants.tsv}. Each file starts with a header line.
 */
public final class AbiProfileIo
{
    public static final String PROFILE_FILE = "profile.tsv";
    public static final String STRUCTS_FILE = "structs.tsv";
    public static final String CONSTANTS_FILE = "constants.tsv";
    static final String TABLE_HEADER = "slot\tname\treturn\tparameters";
    static final String STRUCTS_HEADER = "struct\tsize\tfield\toffset\ttype\tlength";
    static final String CONSTANTS_HEADER = "name\tgroup\tvalue";
    static final String PROFILE_HEADER = "key\tvalue";

    private AbiProfileIo()
    {
    }

    /** Every file name of a profile directory, in a stable order. */
    public static List<String> fileNames()
    {
        final List<String> names = new ArrayList<>();
        names.add(PROFILE_FILE);
        for (final ApiTable table : ApiTable.values())
        {
            names.add(table.fileStem() + ".tsv");
        }
        names.add(STRUCTS_FILE);
        names.add(CONSTANTS_FILE);
        return names;
    }

    /** Writes the profile's files into {@code dir} (created if missing), replacing any there. */
    public static void write(final AbiProfile profile, final Path dir)
    {
        TextFiles.writeAll(render(profile), dir, "ABI profile " + profile.id());
    }

    /** File name → file text, exactly as {@link #write} stores them. */
    public static Map<String, String> render(final AbiProfile profile)
    {
        final Map<String, String> files = new LinkedHashMap<>();
        final StringBuilder meta = new StringBuilder(PROFILE_HEADER).append('\n');
        meta.append("id\t").append(profile.id()).append('\n');
        meta.append("apiVersion\t").append(profile.apiVersion()).append('\n');
        meta.append("versionPattern\t").append(profile.versionPattern().pattern()).append('\n');
        meta.append("source\t").append(profile.source()).append('\n');
        files.put(PROFILE_FILE, meta.toString());

        for (final ApiTable table : ApiTable.values())
        {
            final StringBuilder text = new StringBuilder(TABLE_HEADER).append('\n');
            for (final VtableSlot slot : profile.slots(table))
            {
                text.append(slot.index()).append('\t').append(slot.name()).append('\t').append(slot.returnType())
                    .append('\t').append(String.join(", ", slot.parameterTypes())).append('\n');
            }
            files.put(table.fileStem() + ".tsv", text.toString());
        }

        final StringBuilder structs = new StringBuilder(STRUCTS_HEADER).append('\n');
        for (final StructLayout struct : profile.structs().values())
        {
            if (struct.fields().isEmpty())
            {
                structs.append(struct.name()).append('\t').append(struct.size()).append("\t\t\t\t\n");
            }
            for (final FieldLayout field : struct.fields())
            {
                structs.append(struct.name()).append('\t').append(struct.size()).append('\t').append(field.name())
                    .append('\t').append(field.offset()).append('\t').append(field.type().cName()).append('\t')
                    .append(field.length()).append('\n');
            }
        }
        files.put(STRUCTS_FILE, structs.toString());

        final StringBuilder constants = new StringBuilder(CONSTANTS_HEADER).append('\n');
        for (final CtpConstant constant : profile.constants().values())
        {
            constants.append(constant.name()).append('\t').append(constant.group()).append('\t')
                .append(constant.value()).append('\n');
        }
        files.put(CONSTANTS_FILE, constants.toString());
        return files;
    }

    /** Reads a profile directory on disk. */
    public static AbiProfile read(final Path dir)
    {
        return read(dir.toString(), name ->
        {
            final Path file = dir.resolve(name);
            if (!Files.isRegularFile(file))
            {
                throw new AbiProfileException("ABI profile file missing: " + file);
            }
            try
            {
                return Files.newInputStream(file);
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        });
    }

    /**
     * Reads a profile through {@code opener} (file name → stream), so that class-path resources and
     * directories share one parser. {@code location} names the place in error messages.
     */
    public static AbiProfile read(final String location, final Function<String, InputStream> opener)
    {
        final Map<String, String> meta = new LinkedHashMap<>();
        for (final Row row : rows(location, PROFILE_FILE, PROFILE_HEADER, opener))
        {
            row.expectColumns(2);
            meta.put(row.cell(0), row.cell(1));
        }
        final Map<ApiTable, List<VtableSlot>> tables = new EnumMap<>(ApiTable.class);
        for (final ApiTable table : ApiTable.values())
        {
            final List<VtableSlot> slots = new ArrayList<>();
            for (final Row row : rows(location, table.fileStem() + ".tsv", TABLE_HEADER, opener))
            {
                row.expectColumns(4);
                final List<String> parameters = row.cell(3).isEmpty() ?
                    List.of() : Arrays.asList(row.cell(3).split(", "));
                slots.add(new VtableSlot(row.intCell(0), row.cell(1), row.cell(2), parameters));
            }
            tables.put(table, slots);
        }

        final List<StructLayout> structs = new ArrayList<>();
        String currentName = null;
        int currentSize = 0;
        List<FieldLayout> currentFields = new ArrayList<>();
        Row structRow = null;
        for (final Row row : rows(location, STRUCTS_FILE, STRUCTS_HEADER, opener))
        {
            row.expectColumns(6);
            final String name = row.cell(0);
            if (!name.equals(currentName))
            {
                if (currentName != null)
                {
                    structs.add(struct(currentName, currentSize, currentFields, structRow));
                }
                structRow = row;
                currentName = name;
                currentSize = row.intCell(1);
                currentFields = new ArrayList<>();
            }
            if (!row.cell(2).isEmpty())
            {
                try
                {
                    currentFields.add(new FieldLayout(
                        row.cell(2), row.intCell(3), CType.fromCName(row.cell(4)), row.intCell(5)));
                }
                catch (final IllegalArgumentException e)
                {
                    throw row.error(e.getMessage());
                }
            }
        }
        if (currentName != null)
        {
            structs.add(struct(currentName, currentSize, currentFields, structRow));
        }

        final List<CtpConstant> constants = new ArrayList<>();
        for (final Row row : rows(location, CONSTANTS_FILE, CONSTANTS_HEADER, opener))
        {
            row.expectColumns(3);
            try
            {
                constants.add(new CtpConstant(row.cell(0), row.cell(1), row.cell(2)));
            }
            catch (final IllegalArgumentException e)
            {
                throw row.error(e.getMessage());
            }
        }

        final String versionPattern = required(meta, "versionPattern", location);
        try
        {
            Pattern.compile(versionPattern);
        }
        catch (final PatternSyntaxException e)
        {
            throw new AbiProfileException(location + "/" + PROFILE_FILE + ": versionPattern: '" + versionPattern +
                "' is not a regular expression (" + e.getDescription() + ")");
        }
        try
        {
            return new AbiProfile(
                required(meta, "id", location),
                required(meta, "apiVersion", location),
                versionPattern,
                required(meta, "source", location),
                tables,
                structs,
                constants);
        }
        catch (final IllegalArgumentException e)
        {
            throw new AbiProfileException("invalid ABI profile at " + location + ": " + e.getMessage(), e);
        }
    }

    private static StructLayout struct(final String name, final int size, final List<FieldLayout> fields, final Row firstRow)
    {
        try
        {
            return new StructLayout(name, size, fields);
        }
        catch (final IllegalArgumentException e)
        {
            throw firstRow.error(e.getMessage());
        }
    }

    private static String required(final Map<String, String> meta, final String key, final String location)
    {
        final String value = meta.get(key);
        if (value == null)
        {
            throw new AbiProfileException(location + "/" + PROFILE_FILE + ": missing key '" + key + "'");
        }
        return value;
    }

    private static List<Row> rows(
        final String location, final String fileName, final String header, final Function<String, InputStream> opener)
    {
        final String where = location + "/" + fileName;
        final List<Row> rows = new ArrayList<>();
        try (InputStream in = opener.apply(fileName))
        {
            if (in == null)
            {
                throw new AbiProfileException("ABI profile file missing: " + where);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            final String first = reader.readLine();
            if (!header.equals(first))
            {
                throw new AbiProfileException(where + ":1: expected header '" + header.replace("\t", "\\t") +
                    "' but found '" + (first == null ? "<empty file>" : first.replace("\t", "\\t")) + "'");
            }
            int lineNumber = 1;
            String line;
            while ((line = reader.readLine()) != null)
            {
                lineNumber++;
                if (!line.isEmpty())
                {
                    rows.add(new Row(where, lineNumber, header.split("\t"), line.split("\t", -1)));
                }
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot read " + where, e);
        }
        return rows;
    }

    /** One data line of a profile file, with its place for error messages. */
    private record Row(String file, int line, String[] columns, String[] cells)
    {
        void expectColumns(final int count)
        {
            if (cells.length != count)
            {
                throw error("expected " + count + " tab-separated columns (" + String.join(", ", columns) + "), found " +
                    cells.length);
            }
        }

        String cell(final int i)
        {
            return cells[i];
        }

        int intCell(final int i)
        {
            try
            {
                return Integer.parseInt(cells[i]);
            }
            catch (final NumberFormatException e)
            {
                throw error(columns[i] + ": must be a whole number, found '" + cells[i] + "'");
            }
        }

        AbiProfileException error(final String message)
        {
            return new AbiProfileException(file + ":" + line + ": " + message);
        }
    }
}
