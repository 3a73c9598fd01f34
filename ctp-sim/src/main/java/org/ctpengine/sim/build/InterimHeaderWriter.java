package org.ctpengine.sim.build;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.CtpConstant;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.abi.VtableSlot;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * INTERIM: minimal SFIT-style headers from a profile, only until ctp-adapter's
 * {@code org.ctpengine.adapter.abi.header.CppHeaderWriter} lands on main; then the build switches to
 * that writer and this class is deleted (one source of truth). Writes
 * {@code ThostFtdcUserApiDataType.h}, {@code ThostFtdcUserApiStruct.h} (with static_asserts of every
 * size and offset), {@code ThostFtdcTraderApi.h} and {@code ThostFtdcMdApi.h}.
 * Usage: {@code InterimHeaderWriter PROFILE_ID OUTPUT_DIR}.
 */
public final class InterimHeaderWriter
{
    private InterimHeaderWriter()
    {
    }

    public static void main(final String[] args)
    {
        if (args.length != 2)
        {
            throw new IllegalArgumentException("usage: InterimHeaderWriter PROFILE_ID OUTPUT_DIR");
        }
        write(AbiProfiles.byId(args[0]), Path.of(args[1]));
    }

    public static void write(final AbiProfile profile, final Path dir)
    {
        final String banner = "// Generated from ABI profile " + profile.id() + " (interim writer). Do not edit.\n#pragma once\n";
        final StringBuilder types = new StringBuilder(banner);
        final StringBuilder resume = new StringBuilder("enum THOST_TE_RESUME_TYPE\n{\n");
        profile.constants().values().stream()
            .sorted(Comparator.comparing(CtpConstant::name))
            .forEach(c ->
            {
                if (c.group().equals("TERT"))
                {
                    return;
                }
                types.append("#define ").append(c.name()).append(' ').append(c.value()).append('\n');
            });
        profile.constants().values().stream()
            .filter(c -> c.group().equals("TERT"))
            .sorted(Comparator.comparingInt(CtpConstant::intValue))
            .forEach(c -> resume.append("    ").append(c.name()).append(" = ").append(c.value()).append(",\n"));
        types.append(resume).append("};\n");
        GeneratedFiles.writeIfChanged(dir.resolve("ThostFtdcUserApiDataType.h"), types.toString());

        final StringBuilder structs = new StringBuilder(banner).append("#include <cstddef>\n#include \"ThostFtdcUserApiDataType.h\"\n");
        for (final StructLayout struct : profile.structs().values())
        {
            structs.append("\nstruct ").append(struct.name()).append("\n{\n");
            for (final FieldLayout field : struct.fields())
            {
                structs.append("    ").append(field.declaration()).append(";\n");
            }
            structs.append("};\nstatic_assert(sizeof(").append(struct.name()).append(") == ").append(struct.size()).append(", \"")
                .append(struct.name()).append(" size\");\n");
            for (final FieldLayout field : struct.fields())
            {
                structs.append("static_assert(offsetof(").append(struct.name()).append(", ").append(field.name()).append(") == ")
                    .append(field.offset()).append(", \"").append(struct.name()).append('.').append(field.name()).append("\");\n");
            }
        }
        GeneratedFiles.writeIfChanged(dir.resolve("ThostFtdcUserApiStruct.h"), structs.toString());

        GeneratedFiles.writeIfChanged(dir.resolve("ThostFtdcTraderApi.h"), banner + "#include \"ThostFtdcUserApiStruct.h\"\n" +
            spi(profile, ApiTable.TRADER_SPI) + api(profile, ApiTable.TRADER_API,
            "    static CThostFtdcTraderApi* CreateFtdcTraderApi(const char* pszFlowPath = \"\");\n"));
        GeneratedFiles.writeIfChanged(dir.resolve("ThostFtdcMdApi.h"), banner + "#include \"ThostFtdcUserApiStruct.h\"\n" +
            spi(profile, ApiTable.MD_SPI) + api(profile, ApiTable.MD_API,
            "    static CThostFtdcMdApi* CreateFtdcMdApi(const char* pszFlowPath = \"\", const bool bIsUsingUdp = false," +
            " const bool bIsMulticast = false);\n"));
    }

    private static String spi(final AbiProfile profile, final ApiTable table)
    {
        final StringBuilder out = new StringBuilder("\nclass ").append(table.className()).append("\n{\npublic:\n");
        for (final VtableSlot slot : profile.slots(table))
        {
            out.append("    virtual void ").append(slot.name()).append('(').append(String.join(", ", slot.parameterTypes()))
                .append(") {}\n");
        }
        return out.append("};\n").toString();
    }

    private static String api(final AbiProfile profile, final ApiTable table, final String factory)
    {
        final StringBuilder out = new StringBuilder("\nclass ").append(table.className()).append("\n{\npublic:\n").append(factory)
            .append("    static const char* GetApiVersion();\n");
        for (final VtableSlot slot : profile.slots(table))
        {
            out.append("    virtual ").append(slot.returnType()).append(' ').append(slot.name()).append('(')
                .append(parameters(slot.parameterTypes())).append(") = 0;\n");
        }
        return out.append("\nprotected:\n    ~").append(table.className()).append("() {}\n};\n").toString();
    }

    private static String parameters(final List<String> types)
    {
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < types.size(); i++)
        {
            out.append(i > 0 ? ", " : "").append(types.get(i)).append(" p").append(i);
        }
        return out.toString();
    }
}
