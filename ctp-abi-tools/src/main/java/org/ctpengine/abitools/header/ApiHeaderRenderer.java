package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.List;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.VtableSlot;

/**
 * Renders {@code ThostFtdcTraderApi.h} or {@code ThostFtdcMdApi.h} the way SFIT writes them: the SPI class
 * first, every slot a non-pure virtual with an empty body; then the API class with its static factories,
 * every slot a pure virtual, and a protected non-virtual destructor (so that no destructor enters the
 * vtable and slot indexes are the profile's). Parameters get generated names {@code p0, p1, ...}.
 */
final class ApiHeaderRenderer
{
    /** What differs between the trader and the market-data header. */
    enum Flavour
    {
        TRADER(SdkHeaders.TRADER_API, "THOST_FTDCTRADERAPI_H", "TRADER_API_EXPORT", ApiTable.TRADER_SPI,
            ApiTable.TRADER_API, List.of(
            "static CThostFtdcTraderApi *CreateFtdcTraderApi(const char *pszFlowPath = \"\");",
            "static const char *GetApiVersion();")),
        MD(SdkHeaders.MD_API, "THOST_FTDCMDAPI_H", "MD_API_EXPORT", ApiTable.MD_SPI, ApiTable.MD_API, List.of(
            "static CThostFtdcMdApi *CreateFtdcMdApi(const char *pszFlowPath = \"\", const bool bIsUsingUdp=false, " +
            "const bool bIsMulticast=false);",
            "static const char *GetApiVersion();"));

        final String fileName;
        final String guard;
        final String exportMacro;
        final ApiTable spi;
        final ApiTable api;
        final List<String> factories;

        Flavour(
            final String fileName,
            final String guard,
            final String exportMacro,
            final ApiTable spi,
            final ApiTable api,
            final List<String> factories)
        {
            this.fileName = fileName;
            this.guard = guard;
            this.exportMacro = exportMacro;
            this.spi = spi;
            this.api = api;
            this.factories = factories;
        }
    }

    private ApiHeaderRenderer()
    {
    }

    static String render(final AbiProfile profile, final Flavour flavour)
    {
        final CppSourceBuilder out = new CppSourceBuilder(profile, flavour.fileName, flavour.guard);
        out.line("#include \"" + SdkHeaders.STRUCT + "\"");
        out.blank();
        // SFIT's macro switches between dllexport and dllimport; on Linux it keeps the factories visible
        // when a simulator is built with -fvisibility=hidden.
        out.line("#ifndef " + flavour.exportMacro);
        out.line("#define " + flavour.exportMacro + " __attribute__((visibility(\"default\")))");
        out.line("#endif");
        out.blank();

        // The empty bodies leave every parameter unused; includers built with -Wextra should not hear of it.
        out.line("#pragma GCC diagnostic push");
        out.line("#pragma GCC diagnostic ignored \"-Wunused-parameter\"");
        out.line("class " + flavour.spi.className());
        out.line("{");
        out.line("public:");
        for (final VtableSlot slot : profile.slots(flavour.spi))
        {
            final String body = "void".equals(slot.returnType()) ? " {}" : " { return {}; }";
            out.indented(method(slot) + body);
        }
        out.line("};");
        out.line("#pragma GCC diagnostic pop");
        out.blank();

        final String apiClass = flavour.api.className();
        out.line("class " + flavour.exportMacro + " " + apiClass);
        out.line("{");
        out.line("public:");
        for (final String factory : flavour.factories)
        {
            out.indented(factory);
        }
        for (final VtableSlot slot : profile.slots(flavour.api))
        {
            out.indented(method(slot) + " = 0;");
        }
        out.line("protected:");
        out.indented("~" + apiClass + "(){}");
        out.line("};");
        out.blank();
        return out.finish();
    }

    private static String method(final VtableSlot slot)
    {
        final List<String> parameters = new ArrayList<>();
        for (int i = 0; i < slot.parameterTypes().size(); i++)
        {
            parameters.add(CppSourceBuilder.declarator(slot.parameterTypes().get(i), "p" + i));
        }
        return "virtual " + CppSourceBuilder.declarator(slot.returnType(), slot.name()) +
            "(" + String.join(", ", parameters) + ")";
    }
}
