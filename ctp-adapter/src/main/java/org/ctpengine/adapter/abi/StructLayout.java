package org.ctpengine.adapter.abi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Layout of one CTP struct (e.g. {@code CThostFtdcDepthMarketDataField}) in one ABI profile.
 * Immutable; safe to share between threads.
 */
public final class StructLayout
{
    private final String name;
    private final int size;
    private final List<FieldLayout> fields;
    private final Map<String, FieldLayout> fieldsByName;

    public StructLayout(final String name, final int size, final List<FieldLayout> fields)
    {
        this.name = name;
        this.size = size;
        this.fields = List.copyOf(fields);
        final Map<String, FieldLayout> byName = new LinkedHashMap<>();
        int previousEnd = 0;
        for (final FieldLayout field : this.fields)
        {
            if (byName.put(field.name(), field) != null)
            {
                throw new IllegalArgumentException("struct " + name + ": duplicate field " + field.name());
            }
            if (field.offset() < previousEnd)
            {
                throw new IllegalArgumentException("struct " + name + ": field " + field.name() + " at offset " +
                    field.offset() + " overlaps the previous field ending at " + previousEnd);
            }
            previousEnd = field.end();
        }
        if (previousEnd > size)
        {
            throw new IllegalArgumentException("struct " + name + ": fields end at " + previousEnd + " beyond size " + size);
        }
        this.fieldsByName = Collections.unmodifiableMap(byName);
    }

    /** Struct name as in SFIT's header, e.g. {@code CThostFtdcInputOrderField}. */
    public String name()
    {
        return name;
    }

    /** {@code sizeof} the struct in bytes. */
    public int size()
    {
        return size;
    }

    /** Fields in declaration (= offset) order. */
    public List<FieldLayout> fields()
    {
        return fields;
    }

    /** Whether this profile's version of the struct has the field (fields get appended between versions). */
    public boolean hasField(final String fieldName)
    {
        return fieldsByName.containsKey(fieldName);
    }

    /**
     * The named field.
     *
     * @throws IllegalArgumentException naming the struct and the missing field
     */
    public FieldLayout field(final String fieldName)
    {
        final FieldLayout field = fieldsByName.get(fieldName);
        if (field == null)
        {
            throw new IllegalArgumentException("struct " + name + " has no field " + fieldName);
        }
        return field;
    }

    /**
     * Size computed by the C rules from the fields alone: end of the last field rounded up to the
     * largest scalar alignment. Extractors use it; a profile whose recorded size disagrees is corrupt.
     */
    public static int naturalSize(final List<FieldLayout> fields)
    {
        int end = 0;
        int alignment = 1;
        for (final FieldLayout field : fields)
        {
            end = Math.max(end, field.end());
            alignment = Math.max(alignment, field.type().alignment());
        }
        return (end + alignment - 1) / alignment * alignment;
    }

    @Override
    public boolean equals(final Object o)
    {
        return o instanceof StructLayout other && name.equals(other.name) && size == other.size && fields.equals(other.fields);
    }

    @Override
    public int hashCode()
    {
        return name.hashCode() * 31 + size;
    }

    @Override
    public String toString()
    {
        return name + "(" + size + " bytes, " + fields.size() + " fields)";
    }
}
