package org.ctpengine.abitools.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.abi.VtableSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CppHeaderWriterTest
{
    private static final Pattern VIRTUAL_METHOD = Pattern.compile("^ {4}virtual .*?(\\w+)\\((.*)\\)(.*)$");

    @TempDir
    Path dir;

    static List<String> builtInProfiles()
    {
        return AbiProfiles.BUILT_IN;
    }

    @Test
    void compiledHeadersReproduceSyntheticProfile()
    {
        assertCompiledHeadersEqualProfile(SyntheticProfile.create());
    }

    @ParameterizedTest
    @MethodSource("builtInProfiles")
    void compiledHeadersReproduceBuiltInProfile(final String id)
    {
        assertCompiledHeadersEqualProfile(AbiProfiles.byId(id));
    }

    @ParameterizedTest
    @MethodSource("builtInProfiles")
    void virtualMethodsAreDeclaredInSlotOrder(final String id)
    {
        final AbiProfile profile = AbiProfiles.byId(id);
        final Map<String, String> headers = CppHeaderWriter.render(profile);
        for (final ApiTable table : ApiTable.values())
        {
            final List<String> declared = new ArrayList<>();
            for (final String line : classBody(headers.get(SdkHeaders.headerOf(table)), table.className()))
            {
                final Matcher method = VIRTUAL_METHOD.matcher(line);
                if (method.matches())
                {
                    declared.add(method.group(1));
                }
            }
            assertThat(declared).as(table.className()).containsExactlyElementsOf(
                profile.slots(table).stream().map(VtableSlot::name).toList());
        }
    }

    @Test
    void versionDifferencesFollowFromTheProfiles()
    {
        final List<String> v678 = classBody(CppHeaderWriter.render(AbiProfiles.byId("6.7.8")).get(SdkHeaders.TRADER_API),
            "CThostFtdcTraderApi");
        final List<String> v661 = classBody(CppHeaderWriter.render(AbiProfiles.byId("6.6.1_P1")).get(SdkHeaders.TRADER_API),
            "CThostFtdcTraderApi");

        assertThat(v678).anyMatch(line -> line.contains(" GetFrontInfo("));
        assertThat(v661).noneMatch(line -> line.contains(" GetFrontInfo("));
        assertThat(v678.stream().filter(line -> line.contains("= 0;")).count()).isEqualTo(126);
        assertThat(v661.stream().filter(line -> line.contains("= 0;")).count()).isEqualTo(98);
    }

    @Test
    void spiSlotsAreVirtualsWithEmptyBodiesAndApiSlotsArePureVirtuals()
    {
        final String trader = CppHeaderWriter.render(SyntheticProfile.create()).get(SdkHeaders.TRADER_API);

        assertThat(classBody(trader, "CThostFtdcTraderSpi")).containsExactly(
            "public:",
            "    virtual void OnFrontConnected() {}",
            "    virtual void OnFrontDisconnected(int p0) {}",
            "    virtual void OnRspUserLogin(CThostFtdcRspUserLoginField *p0, CThostFtdcRspInfoField *p1, int p2, bool p3) {}",
            "    virtual int OnVendorExtension(const char *p0, char **p1) { return {}; }",
            "    virtual void OnRtnOrder(CThostFtdcInputOrderField *p0) {}");
        assertThat(classBody(trader, "CThostFtdcTraderApi")).containsExactly(
            "public:",
            "    static CThostFtdcTraderApi *CreateFtdcTraderApi(const char *pszFlowPath = \"\");",
            "    static const char *GetApiVersion();",
            "    virtual void Release() = 0;",
            "    virtual void Init() = 0;",
            "    virtual int Join() = 0;",
            "    virtual const char *GetTradingDay() = 0;",
            "    virtual void RegisterFront(char *p0) = 0;",
            "    virtual void RegisterSpi(CThostFtdcTraderSpi *p0) = 0;",
            "    virtual void SubscribePrivateTopic(THOST_TE_RESUME_TYPE p0) = 0;",
            "    virtual int ReqUserLogin(CThostFtdcReqUserLoginField *p0, int p1) = 0;",
            "    virtual int ReqOrderInsert(CThostFtdcInputOrderField *p0, int p1) = 0;",
            "protected:",
            "    ~CThostFtdcTraderApi(){}");
    }

    @Test
    void mdApiDeclaresSfitFactoriesAndAProtectedNonVirtualDestructor()
    {
        final String md = CppHeaderWriter.render(SyntheticProfile.create()).get(SdkHeaders.MD_API);

        assertThat(classBody(md, "CThostFtdcMdApi"))
            .contains(
                "    static CThostFtdcMdApi *CreateFtdcMdApi(const char *pszFlowPath = \"\", const bool bIsUsingUdp=false, " +
                    "const bool bIsMulticast=false);",
                "    static const char *GetApiVersion();",
                "    virtual int SubscribeMarketData(char **p0, int p1) = 0;")
            .endsWith("protected:", "    ~CThostFtdcMdApi(){}");
        assertThat(md).startsWith("// ThostFtdcMdApi.h: generated").contains("#include \"ThostFtdcUserApiStruct.h\"");
    }

    @Test
    void structHeaderDeclaresPlainMembersAndAssertsEverySizeAndOffset()
    {
        final String structs = CppHeaderWriter.render(SyntheticProfile.create()).get(SdkHeaders.STRUCT);

        assertThat(structs).contains(
            "#include <cstddef>\n",
            "struct CThostFtdcInputOrderField\n{\n" +
                "    char BrokerID[11];\n" +
                "    char Direction;\n" +
                "    double LimitPrice;\n" +
                "    short SequenceSeries;\n" +
                "    int VolumeTotalOriginal;\n" +
                "    char reserve1[31];\n" +
                "    char OneByte[1];\n" +
                "};\n" +
                "static_assert(sizeof(CThostFtdcInputOrderField) == 64, ",
            "static_assert(offsetof(CThostFtdcInputOrderField, LimitPrice) == 16, ",
            "static_assert(offsetof(CThostFtdcInputOrderField, VolumeTotalOriginal) == 28, ");
        assertThat(structs.lines().filter(line -> line.startsWith("static_assert(offsetof(")).count()).isEqualTo(
            SyntheticProfile.create().structs().values().stream().mapToLong(struct -> struct.fields().size()).sum());
    }

    @Test
    void codesAreGroupedUnderACommentLineAndResumeTypesFormTheEnum()
    {
        final String types = CppHeaderWriter.render(SyntheticProfile.create()).get(SdkHeaders.DATA_TYPE);

        assertThat(types).contains(
            "enum THOST_TE_RESUME_TYPE\n{\n" +
                "    THOST_TERT_RESTART = 0,\n    THOST_TERT_RESUME = 1,\n    THOST_TERT_QUICK = 2,\n    THOST_TERT_NONE = 3\n};\n",
            "///group D\n#define THOST_FTDC_D_Buy '0'\n#define THOST_FTDC_D_Sell '1'\n\n",
            "///group OST\n#define THOST_FTDC_OST_AllTraded '0'\n#define THOST_FTDC_OST_Unknown 'a'\n\n",
            "///group HF\n#define THOST_FTDC_HF_Speculation '1'\n\n");
        assertThat(types).doesNotContain("#define THOST_TERT");
    }

    @Test
    void resumeTypeEnumHasStandardValuesWhenProfileHasNone()
    {
        final AbiProfile profile = SyntheticProfile.create(false);

        final LayoutDumpProgram.Dump dump = compileAndRun(profile);

        assertThat(dump.constants()).containsEntry("THOST_TERT_RESTART", 0).containsEntry("THOST_TERT_RESUME", 1)
            .containsEntry("THOST_TERT_QUICK", 2).containsEntry("THOST_TERT_NONE", 3);
    }

    @Test
    void compilerRejectsHeadersOfAProfileWhoseOffsetsAreNotCLayout() throws IOException
    {
        final AbiProfile synthetic = SyntheticProfile.create();
        final List<StructLayout> structs = new ArrayList<>(synthetic.structs().values());
        // ErrorMsg at 8 instead of 4: a layout no plain C declaration produces.
        structs.add(new StructLayout("CThostFtdcGappedField", 96,
            List.of(new FieldLayout("ErrorID", 0, CType.INT, 4), new FieldLayout("ErrorMsg", 8, CType.CHAR_ARRAY, 81))));
        final AbiProfile gapped = new AbiProfile(synthetic.id(), synthetic.apiVersion(), synthetic.versionPattern().pattern(),
            synthetic.source(), tables(synthetic), structs, new ArrayList<>(synthetic.constants().values()));
        CppHeaderWriter.write(gapped, dir);
        final Path source = dir.resolve("only-structs.cpp");
        Files.writeString(source, "#include \"ThostFtdcUserApiStruct.h\"\nint main() { return 0; }\n");

        final Gxx.Outcome compiled = Gxx.compile(source, dir, dir.resolve("only-structs"));

        assertThat(compiled.succeeded()).as("g++ must refuse the header").isFalse();
        assertThat(compiled.stderr()).contains("offset of CThostFtdcGappedField::ErrorMsg in ABI profile synthetic-1.0");
    }

    private void assertCompiledHeadersEqualProfile(final AbiProfile profile)
    {
        CompiledHeaders.assertEqualsProfile(compileAndRun(profile), profile);
    }

    private LayoutDumpProgram.Dump compileAndRun(final AbiProfile profile)
    {
        final Path include = dir.resolve("include");
        CppHeaderWriter.write(profile, include);
        return CompiledHeaders.dump(profile, include, dir, Gxx.FLAGS);
    }

    private static Map<ApiTable, List<VtableSlot>> tables(final AbiProfile profile)
    {
        final Map<ApiTable, List<VtableSlot>> tables = new EnumMap<>(ApiTable.class);
        for (final ApiTable table : ApiTable.values())
        {
            tables.put(table, profile.slots(table));
        }
        return tables;
    }

    /** The lines between "class ... NAME" + "{" and the closing "};". */
    private static List<String> classBody(final String header, final String name)
    {
        final List<String> lines = header.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++)
        {
            start = lines.get(i).startsWith("class ") && lines.get(i).endsWith(" " + name) ? i : -1;
        }
        assertThat(start).as("class %s in header", name).isNotNegative();
        assertThat(lines.get(start + 1)).isEqualTo("{");
        final int end = lines.subList(start, lines.size()).indexOf("};") + start;
        return lines.subList(start + 2, end);
    }
}
