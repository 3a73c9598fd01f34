package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.CtpConstant;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.abi.VtableSlot;

/**
 * A C++ program, generated from a profile, that includes the generated headers and prints what the
 * compiler made of them: {@code sizeof}, {@code offsetof} and declared type of every struct and field, the
 * value of every code, and the vtable position of every API and SPI method. The Java side parses the output
 * with {@link #parse} and compares it with the profile. It also instantiates a subclass of each SPI and
 * calls every slot through the base class, and checks every method's exact signature with static_asserts.
 */
final class LayoutDumpProgram
{
    private LayoutDumpProgram()
    {
    }

    /** One method as the compiler placed it: the Itanium member-function pointer's two words. */
    record DumpedSlot(String name, long ptr, long adj)
    {
        /** For a virtual function, Itanium stores 1 + the byte offset of its entry in the vtable. */
        boolean isVirtual()
        {
            return (ptr & 1) == 1;
        }

        int slotIndex()
        {
            return (int)((ptr - 1) / 8);
        }
    }

    /** The program's output. */
    record Dump(
        List<StructLayout> structs,
        Map<String, Integer> constants,
        Map<ApiTable, List<DumpedSlot>> slots,
        Map<ApiTable, Integer> spiCallsMade)
    {
    }

    static String render(final AbiProfile profile)
    {
        final StringBuilder cpp = new StringBuilder(256 * 1024);
        cpp.append("""
            #include <cstddef>
            #include <cstdio>
            #include <cstring>
            #include <type_traits>
            #include "ThostFtdcUserApiDataType.h"
            #include "ThostFtdcUserApiStruct.h"
            #include "ThostFtdcTraderApi.h"
            #include "ThostFtdcMdApi.h"

            template <typename T> struct FieldType;
            template <> struct FieldType<char> { static const char *name() { return "char"; } };
            template <std::size_t N> struct FieldType<char[N]> { static const char *name() { return "char[]"; } };
            template <> struct FieldType<short> { static const char *name() { return "short"; } };
            template <> struct FieldType<int> { static const char *name() { return "int"; } };
            template <> struct FieldType<double> { static const char *name() { return "double"; } };

            struct ItaniumMemberPointer
            {
                std::size_t ptr;
                std::ptrdiff_t adj;
            };

            template <typename M>
            static void slot(const char *table, const char *name, M member)
            {
                static_assert(sizeof(M) == sizeof(ItaniumMemberPointer), "Itanium member pointers are two words");
                ItaniumMemberPointer raw;
                std::memcpy(&raw, &member, sizeof raw);
                std::printf("slot\\t%s\\t%s\\t%zu\\t%td\\n", table, name, raw.ptr, raw.adj);
            }

            static_assert(std::is_same<decltype(&CThostFtdcTraderApi::CreateFtdcTraderApi),
                CThostFtdcTraderApi *(*)(const char *)>::value, "trader factory");
            static_assert(std::is_same<decltype(&CThostFtdcTraderApi::GetApiVersion), const char *(*)()>::value, "version");
            static_assert(std::is_same<decltype(&CThostFtdcMdApi::CreateFtdcMdApi),
                CThostFtdcMdApi *(*)(const char *, bool, bool)>::value, "md factory");
            static_assert(std::is_same<decltype(&CThostFtdcMdApi::GetApiVersion), const char *(*)()>::value, "version");
            static_assert(!std::has_virtual_destructor<CThostFtdcTraderApi>::value, "no destructor in the vtable");
            static_assert(!std::has_virtual_destructor<CThostFtdcMdApi>::value, "no destructor in the vtable");

            class TraderSpi : public CThostFtdcTraderSpi {};
            class MdSpi : public CThostFtdcMdSpi {};

            """);
        for (final ApiTable table : ApiTable.values())
        {
            for (final VtableSlot slot : profile.slots(table))
            {
                cpp.append("static_assert(std::is_same<decltype(&").append(table.className()).append("::")
                    .append(slot.name()).append("), ").append(slot.returnType()).append(" (").append(table.className())
                    .append("::*)(").append(String.join(", ", slot.parameterTypes())).append(")>::value, \"signature of ")
                    .append(table.className()).append("::").append(slot.name()).append("\");\n");
            }
        }
        cpp.append("\nint main()\n{\n");
        cpp.append("    TraderSpi traderSpi;\n    MdSpi mdSpi;\n");
        spiCalls(cpp, profile, ApiTable.TRADER_SPI, "traderSpi");
        spiCalls(cpp, profile, ApiTable.MD_SPI, "mdSpi");
        for (final StructLayout struct : profile.structs().values())
        {
            final String name = struct.name();
            cpp.append("    std::printf(\"struct\\t%s\\t%zu\\n\", \"").append(name).append("\", sizeof(").append(name)
                .append("));\n");
            for (final FieldLayout field : struct.fields())
            {
                final String member = name + "::" + field.name();
                cpp.append("    std::printf(\"field\\t%s\\t%s\\t%zu\\t%s\\t%zu\\n\", \"").append(name).append("\", \"")
                    .append(field.name()).append("\", offsetof(").append(name).append(", ").append(field.name())
                    .append("), FieldType<decltype(").append(member).append(")>::name(), sizeof(").append(member)
                    .append("));\n");
            }
        }
        for (final String constant : constantNames(profile))
        {
            cpp.append("    std::printf(\"constant\\t%s\\t%d\\n\", \"").append(constant).append("\", (int)").append(constant)
                .append(");\n");
        }
        for (final ApiTable table : ApiTable.values())
        {
            for (final VtableSlot slot : profile.slots(table))
            {
                cpp.append("    slot(\"").append(table.fileStem()).append("\", \"").append(slot.name()).append("\", &")
                    .append(table.className()).append("::").append(slot.name()).append(");\n");
            }
        }
        cpp.append("    return 0;\n}\n");
        return cpp.toString();
    }

    /**
     * Every code of the profile, and the resume types the header declares when the profile has none (a profile that
     * has some, such as 6.3.x's three without THOST_TERT_NONE, declares exactly those).
     */
    private static List<String> constantNames(final AbiProfile profile)
    {
        final List<String> names = new ArrayList<>(profile.constants().keySet());
        final boolean hasResumeTypes = profile.constants().values().stream()
            .anyMatch(constant -> SdkHeaders.RESUME_TYPE_GROUP.equals(constant.group()));
        for (final CtpConstant standard : hasResumeTypes ? List.<CtpConstant>of() : DataTypeHeaderRenderer.STANDARD_RESUME_TYPES)
        {
            if (!names.contains(standard.name()))
            {
                names.add(standard.name());
            }
        }
        return names;
    }

    /** Calls every SPI slot through the base class with value-initialised arguments: the empty bodies must link. */
    private static void spiCalls(final StringBuilder cpp, final AbiProfile profile, final ApiTable table, final String object)
    {
        cpp.append("    {\n        ").append(table.className()).append(" *base = &").append(object).append(";\n");
        for (final VtableSlot slot : profile.slots(table))
        {
            final List<String> arguments = new ArrayList<>();
            for (int i = 0; i < slot.parameterTypes().size(); i++)
            {
                arguments.add("{}");
            }
            cpp.append("        base->").append(slot.name()).append("(").append(String.join(", ", arguments)).append(");\n");
        }
        cpp.append("        std::printf(\"called\\t").append(table.fileStem()).append("\\t%d\\n\", ")
            .append(profile.slots(table).size()).append(");\n    }\n");
    }

    static Dump parse(final String output)
    {
        final Map<String, Integer> sizes = new LinkedHashMap<>();
        final Map<String, List<FieldLayout>> fields = new LinkedHashMap<>();
        final Map<String, Integer> constants = new LinkedHashMap<>();
        final Map<ApiTable, List<DumpedSlot>> slots = new EnumMap<>(ApiTable.class);
        final Map<ApiTable, Integer> calls = new EnumMap<>(ApiTable.class);
        for (final ApiTable table : ApiTable.values())
        {
            slots.put(table, new ArrayList<>());
        }
        for (final String line : output.split("\n"))
        {
            final String[] cells = line.split("\t");
            switch (cells[0])
            {
                case "struct" ->
                {
                    sizes.put(cells[1], Integer.parseInt(cells[2]));
                    fields.put(cells[1], new ArrayList<>());
                }
                case "field" -> fields.get(cells[1]).add(new FieldLayout(
                    cells[2], Integer.parseInt(cells[3]), CType.fromCName(cells[4]), Integer.parseInt(cells[5])));
                case "constant" -> constants.put(cells[1], Integer.parseInt(cells[2]));
                case "slot" -> slots.get(table(cells[1])).add(
                    new DumpedSlot(cells[2], Long.parseLong(cells[3]), Long.parseLong(cells[4])));
                case "called" -> calls.put(table(cells[1]), Integer.parseInt(cells[2]));
                default -> throw new IllegalArgumentException("unexpected dump line: " + line);
            }
        }
        final List<StructLayout> structs = new ArrayList<>();
        for (final Map.Entry<String, Integer> size : sizes.entrySet())
        {
            structs.add(new StructLayout(size.getKey(), size.getValue(), fields.get(size.getKey())));
        }
        return new Dump(structs, constants, slots, calls);
    }

    private static ApiTable table(final String fileStem)
    {
        for (final ApiTable table : ApiTable.values())
        {
            if (table.fileStem().equals(fileStem))
            {
                return table;
            }
        }
        throw new IllegalArgumentException("unknown table " + fileStem);
    }
}
