package org.ctpengine.adapter.abi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything the engine must know about one CTP version's binary interface: the four vtables in
 * slot order, every struct layout, and the {@code THOST_FTDC_*} codes. Read from the data files
 * under {@code org/ctpengine/abi/<id>/}; never guessed. Immutable, shared between threads.
 */
public final class AbiProfile
{
    private final String id;
    private final String apiVersion;
    private final Pattern versionPattern;
    private final String source;
    private final Map<ApiTable, List<VtableSlot>> tables;
    private final Map<String, StructLayout> structs;
    private final Map<String, CtpConstant> constants;

    public AbiProfile(
        final String id,
        final String apiVersion,
        final String versionPattern,
        final String source,
        final Map<ApiTable, List<VtableSlot>> tables,
        final List<StructLayout> structs,
        final List<CtpConstant> constants)
    {
        this.id = Objects.requireNonNull(id, "id");
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
        this.versionPattern = Pattern.compile(Objects.requireNonNull(versionPattern, "versionPattern"));
        this.source = Objects.requireNonNull(source, "source");
        final EnumMap<ApiTable, List<VtableSlot>> tableCopy = new EnumMap<>(ApiTable.class);
        for (final ApiTable table : ApiTable.values())
        {
            final List<VtableSlot> slots = List.copyOf(Objects.requireNonNull(tables.get(table), "table " + table));
            for (int i = 0; i < slots.size(); i++)
            {
                if (slots.get(i).index() != i)
                {
                    throw new IllegalArgumentException("profile " + id + ", " + table.fileStem() + ": slot " + i +
                        " has index " + slots.get(i).index());
                }
            }
            tableCopy.put(table, slots);
        }
        this.tables = Collections.unmodifiableMap(tableCopy);
        // Sorted by name so that profiles from different sources (binaries, headers) compare and diff cleanly.
        final Map<String, StructLayout> structMap = new TreeMap<>();
        for (final StructLayout struct : structs)
        {
            if (structMap.put(struct.name(), struct) != null)
            {
                throw new IllegalArgumentException("profile " + id + ": duplicate struct " + struct.name());
            }
        }
        this.structs = Collections.unmodifiableMap(structMap);
        final Map<String, CtpConstant> constantMap = new TreeMap<>();
        for (final CtpConstant constant : constants)
        {
            if (constantMap.put(constant.name(), constant) != null)
            {
                throw new IllegalArgumentException("profile " + id + ": duplicate constant " + constant.name());
            }
        }
        this.constants = Collections.unmodifiableMap(constantMap);
    }

    /** Short name, e.g. {@code 6.7.8} or {@code 6.6.1_P1}. */
    public String id()
    {
        return id;
    }

    /** The {@code GetApiVersion()} string of the library this profile was extracted from. */
    public String apiVersion()
    {
        return apiVersion;
    }

    /** Regular expression that a library's {@code GetApiVersion()} must match for this profile to be chosen. */
    public Pattern versionPattern()
    {
        return versionPattern;
    }

    /** Where the profile was extracted from (artifact or header directory), for the record. */
    public String source()
    {
        return source;
    }

    public boolean matchesVersion(final String libraryVersion)
    {
        return versionPattern.matcher(libraryVersion).find();
    }

    /**
     * Whether this profile describes only the market-data half (extracted from an SDK without
     * {@code ThostFtdcTraderApi.h}): its trader tables are empty and no trader library may use it.
     */
    public boolean marketDataOnly()
    {
        return tables.get(ApiTable.TRADER_API).isEmpty() && tables.get(ApiTable.TRADER_SPI).isEmpty();
    }

    /** Slots of one vtable, in order. */
    public List<VtableSlot> slots(final ApiTable table)
    {
        return tables.get(table);
    }

    /**
     * The slot of the named method.
     *
     * @throws IllegalArgumentException naming the profile, table and method
     */
    public VtableSlot slot(final ApiTable table, final String methodName)
    {
        for (final VtableSlot slot : tables.get(table))
        {
            if (slot.name().equals(methodName))
            {
                return slot;
            }
        }
        throw new IllegalArgumentException("profile " + id + ": " + table.className() + " has no method " + methodName);
    }

    /** Every struct, sorted by name. */
    public Map<String, StructLayout> structs()
    {
        return structs;
    }

    public boolean hasStruct(final String name)
    {
        return structs.containsKey(name);
    }

    /**
     * The named struct's layout.
     *
     * @throws IllegalArgumentException naming the profile and the struct
     */
    public StructLayout struct(final String name)
    {
        final StructLayout layout = structs.get(name);
        if (layout == null)
        {
            throw new IllegalArgumentException("profile " + id + " has no struct " + name);
        }
        return layout;
    }

    /** Every code, sorted by name. */
    public Map<String, CtpConstant> constants()
    {
        return constants;
    }

    /**
     * The named code.
     *
     * @throws IllegalArgumentException naming the profile and the constant
     */
    public CtpConstant constant(final String name)
    {
        final CtpConstant constant = constants.get(name);
        if (constant == null)
        {
            throw new IllegalArgumentException("profile " + id + " has no constant " + name);
        }
        return constant;
    }

    @Override
    public String toString()
    {
        return "AbiProfile[" + id + ", " + apiVersion + "]";
    }
}
