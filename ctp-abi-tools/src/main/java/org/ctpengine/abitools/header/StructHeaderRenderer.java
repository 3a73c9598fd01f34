package org.ctpengine.abitools.header;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;

/**
 * Renders {@code ThostFtdcUserApiStruct.h}: every struct of the profile with its fields in order, each
 * followed by {@code static_assert}s on {@code sizeof} and every {@code offsetof}, so that the compiler
 * proves the header lays the structs out exactly as the profile says.
 */
final class StructHeaderRenderer
{
    private StructHeaderRenderer()
    {
    }

    static String render(final AbiProfile profile)
    {
        final CppSourceBuilder out = new CppSourceBuilder(profile, SdkHeaders.STRUCT, "THOST_FTDCSTRUCT_H");
        out.line("#include <cstddef>");
        out.line("#include \"" + SdkHeaders.DATA_TYPE + "\"");
        out.blank();
        final String because = " in ABI profile " + profile.id() + "\");";
        for (final StructLayout struct : profile.structs().values())
        {
            final String name = struct.name();
            out.line("struct " + name);
            out.line("{");
            for (final FieldLayout field : struct.fields())
            {
                out.indented(field.declaration() + ";");
            }
            out.line("};");
            out.line("static_assert(sizeof(" + name + ") == " + struct.size() + ", \"sizeof " + name + because);
            for (final FieldLayout field : struct.fields())
            {
                out.line("static_assert(offsetof(" + name + ", " + field.name() + ") == " + field.offset() +
                    ", \"offset of " + name + "::" + field.name() + because);
            }
            out.blank();
        }
        return out.finish();
    }
}
