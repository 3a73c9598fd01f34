package org.ctpengine.abitools.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.AbiProfileIo;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.ApiVersion;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.CtpConstant;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.abi.VtableSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HeaderAbiExtractorTest
{
    @TempDir
    Path dir;

    static List<String> builtInProfiles()
    {
        return AbiProfiles.BUILT_IN;
    }

    @Test
    void roundTripReproducesSyntheticProfile()
    {
        assertRoundTrip(SyntheticProfile.create());
    }

    @ParameterizedTest
    @MethodSource("builtInProfiles")
    void roundTripReproducesBuiltInProfile(final String id)
    {
        assertRoundTrip(AbiProfiles.byId(id));
    }

    @Test
    void fixtureIsGb18030WithChineseComments() throws IOException
    {
        for (final String name : SdkHeaders.ALL)
        {
            final byte[] bytes = Files.readAllBytes(fixture().resolve(name));
            assertThat(HeaderText.isValidUtf8(bytes)).as(name + " must not be UTF-8").isFalse();
        }
        assertThat(HeaderText.read(fixture().resolve(SdkHeaders.DATA_TYPE))).contains("///TFtdcDirectionType是一个买卖方向类型");
    }

    @Test
    void readsSfitStyleGb18030HeadersIntoTheExpectedProfile()
    {
        final AbiProfile extracted = HeaderAbiExtractor.extract(fixture(), "fixture-1", "v1_fixture", "^v1_");

        assertThat(AbiProfileIo.render(extracted)).isEqualTo(AbiProfileIo.render(expectedFixtureProfile(fixture())));
    }

    @Test
    void readsTheSameHeadersEncodedAsUtf8() throws IOException
    {
        for (final String name : SdkHeaders.ALL)
        {
            Files.writeString(dir.resolve(name), HeaderText.read(fixture().resolve(name)), StandardCharsets.UTF_8);
        }

        final AbiProfile extracted = HeaderAbiExtractor.extract(dir, "fixture-1", "v1_fixture", "^v1_");

        assertThat(AbiProfileIo.render(extracted)).isEqualTo(AbiProfileIo.render(expectedFixtureProfile(dir)));
    }

    @Test
    void gxxAgreesWithTheExpectedProfileOfTheFixture()
    {
        final AbiProfile expected = expectedFixtureProfile(fixture());

        // SFIT-style headers name the unused parameters of their empty SPI bodies: no -Wextra here.
        final LayoutDumpProgram.Dump dump = CompiledHeaders.dump(expected, fixture(), dir, List.of("-std=c++17", "-Wall", "-Werror"));

        CompiledHeaders.assertEqualsProfile(dump, expected);
    }

    @Test
    void profileValuesDefaultToUnknownVersionAndEverySpellingOfTheIdsVersion()
    {
        final AbiProfile extracted = HeaderAbiExtractor.extract(fixture(), "6.3.19_P1", null, null);

        assertThat(extracted.id()).isEqualTo("6.3.19_P1");
        assertThat(extracted.apiVersion()).isEqualTo("unknown");
        assertThat(extracted.versionPattern().pattern()).isEqualTo(ApiVersion.patternFor("6.3.19_P1"));
        assertThat(extracted.matchesVersion("v6.3.19_P1_20200106 15:21:24")).isTrue();
        assertThat(extracted.matchesVersion("V6_3_19_P1")).isTrue();
        assertThat(extracted.matchesVersion("v6.3.1909_P1")).isFalse();
        assertThat(extracted.source()).isEqualTo("headers:" + fixture());
    }

    @Test
    void missingHeaderFileIsNamed() throws IOException
    {
        copyFixture();
        Files.delete(dir.resolve(SdkHeaders.MD_API));

        assertThatThrownBy(() -> HeaderAbiExtractor.extract(dir, "x", null, null))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith("missing header file " + dir.resolve(SdkHeaders.MD_API));
    }

    @Test
    void unknownTypedefOfAFieldIsNamedWithFileAndLine() throws IOException
    {
        copyFixture();
        final int line = edit(SdkHeaders.STRUCT, "TThostFtdcHedgeFlagType\tHedgeFlag;", "TThostFtdcNoSuchType\tHedgeFlag;");

        assertThatThrownBy(() -> HeaderAbiExtractor.extract(dir, "x", null, null))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith(dir.resolve(SdkHeaders.STRUCT) + ":" + line + ": ")
            .hasMessageContaining("field HedgeFlag of struct CThostFtdcInputOrderField has unknown type 'TThostFtdcNoSuchType'");
    }

    @Test
    void methodMissingItsSemicolonIsNamedWithFileAndLine() throws IOException
    {
        copyFixture();
        edit(SdkHeaders.TRADER_API, "CThostFtdcUserLogoutField * pUserLogout, int nRequestID) = 0;",
            "CThostFtdcUserLogoutField * pUserLogout, int nRequestID) = 0");
        final int line = lineOf(SdkHeaders.TRADER_API, "virtual int ReqOrderInsert(");

        assertThatThrownBy(() -> HeaderAbiExtractor.extract(dir, "x", null, null))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith(dir.resolve(SdkHeaders.TRADER_API) + ":" + line + ": ")
            .hasMessageContaining("unexpected 'virtual' after the parameter list of ReqUserLogout (missing ';'?)");
    }

    @Test
    void unparsableMethodLineIsNamedWithFileAndLine() throws IOException
    {
        copyFixture();
        final int line = edit(SdkHeaders.MD_API, "virtual void Init() = 0;", "virtual void Init() = 1;");

        assertThatThrownBy(() -> HeaderAbiExtractor.extract(dir, "x", null, null))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith(dir.resolve(SdkHeaders.MD_API) + ":" + line + ": ")
            .hasMessageContaining("unexpected '=' after the parameter list of Init");
    }

    @Test
    void virtualDestructorIsRejectedBecauseItWouldShiftTheSlots() throws IOException
    {
        copyFixture();
        final int line = edit(SdkHeaders.MD_API, "~CThostFtdcMdApi(){};", "virtual ~CThostFtdcMdApi(){};");

        assertThatThrownBy(() -> HeaderAbiExtractor.extract(dir, "x", null, null))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith(dir.resolve(SdkHeaders.MD_API) + ":" + line + ": ")
            .hasMessageContaining("CThostFtdcMdApi declares a virtual destructor");
    }

    @Test
    void missingClassIsNamed() throws IOException
    {
        copyFixture();
        edit(SdkHeaders.MD_API, "class CThostFtdcMdSpi", "class CThostFtdcRenamedSpi");

        assertThatThrownBy(() -> HeaderAbiExtractor.extract(dir, "x", null, null))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage(dir.resolve(SdkHeaders.MD_API) + ": no class CThostFtdcMdSpi declared");
    }

    private void assertRoundTrip(final AbiProfile original)
    {
        CppHeaderWriter.write(original, dir);

        final AbiProfile extracted = HeaderAbiExtractor.extract(
            dir, original.id(), original.apiVersion(), original.versionPattern().pattern());

        assertThat(withoutSource(AbiProfileIo.render(extracted))).isEqualTo(withoutSource(AbiProfileIo.render(original)));
        assertThat(extracted.source()).isEqualTo("headers:" + dir);
    }

    private static Map<String, String> withoutSource(final Map<String, String> files)
    {
        final Map<String, String> copy = new LinkedHashMap<>(files);
        copy.put(AbiProfileIo.PROFILE_FILE, copy.get(AbiProfileIo.PROFILE_FILE).replaceAll("(?m)^source\t.*\n", ""));
        return copy;
    }

    private Path fixture()
    {
        try
        {
            return Path.of(HeaderAbiExtractorTest.class.getResource("sfit-style").toURI());
        }
        catch (final URISyntaxException e)
        {
            throw new IllegalStateException(e);
        }
    }

    private void copyFixture() throws IOException
    {
        for (final String name : SdkHeaders.ALL)
        {
            Files.copy(fixture().resolve(name), dir.resolve(name));
        }
    }

    /** Replaces text in a copied fixture header, keeping it GB18030; returns the 1-based line of the change. */
    private int edit(final String file, final String from, final String to) throws IOException
    {
        final String text = HeaderText.read(dir.resolve(file));
        assertThat(text).as(file).contains(from);
        Files.write(dir.resolve(file), text.replace(from, to).getBytes(HeaderText.GB18030));
        return lineOf(file, to);
    }

    private int lineOf(final String file, final String text)
    {
        final List<String> lines = HeaderText.read(dir.resolve(file)).lines().toList();
        for (int i = 0; i < lines.size(); i++)
        {
            if (lines.get(i).contains(text))
            {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    /** What the hand-written fixture declares, worked out by hand (and confirmed by g++ in a test above). */
    private static AbiProfile expectedFixtureProfile(final Path headerDir)
    {
        final Map<ApiTable, List<VtableSlot>> tables = new EnumMap<>(ApiTable.class);
        tables.put(ApiTable.TRADER_SPI, slots(
            List.of("void", "OnFrontConnected"),
            List.of("void", "OnFrontDisconnected", "int"),
            List.of("void", "OnRspUserLogin", "CThostFtdcRspUserLoginField*", "CThostFtdcRspInfoField*", "int", "bool"),
            List.of("void", "OnRspUserLogout", "CThostFtdcUserLogoutField*", "CThostFtdcRspInfoField*", "int", "bool"),
            List.of("void", "OnRtnOrder", "CThostFtdcInputOrderField*"),
            List.of("void", "OnRspError", "CThostFtdcRspInfoField*", "int", "bool")));
        tables.put(ApiTable.TRADER_API, slots(
            List.of("void", "Release"),
            List.of("void", "Init"),
            List.of("int", "Join"),
            List.of("const char*", "GetTradingDay"),
            List.of("void", "RegisterFront", "char*"),
            List.of("void", "RegisterSpi", "CThostFtdcTraderSpi*"),
            List.of("void", "SubscribePrivateTopic", "THOST_TE_RESUME_TYPE"),
            List.of("int", "ReqUserLogin", "CThostFtdcReqUserLoginField*", "int"),
            List.of("int", "ReqUserLoginWithInfo", "CThostFtdcReqUserLoginField*", "int", "int", "char*"),
            List.of("int", "ReqUserLogout", "CThostFtdcUserLogoutField*", "int"),
            List.of("int", "ReqOrderInsert", "CThostFtdcInputOrderField*", "int")));
        tables.put(ApiTable.MD_SPI, slots(
            List.of("void", "OnFrontConnected"),
            List.of("void", "OnFrontDisconnected", "int"),
            List.of("void", "OnHeartBeatWarning", "int"),
            List.of("void", "OnRspSubMarketData", "CThostFtdcSpecificInstrumentField*", "CThostFtdcRspInfoField*", "int", "bool"),
            List.of("void", "OnRtnDepthMarketData", "CThostFtdcDepthMarketDataField*")));
        tables.put(ApiTable.MD_API, slots(
            List.of("void", "Release"),
            List.of("void", "Init"),
            List.of("int", "Join"),
            List.of("const char*", "GetTradingDay"),
            List.of("void", "RegisterFront", "char*"),
            List.of("void", "RegisterSpi", "CThostFtdcMdSpi*"),
            List.of("int", "SubscribeMarketData", "char**", "int"),
            List.of("int", "UnSubscribeMarketData", "char**", "int"),
            List.of("int", "SetOption", "int", "bool"),
            List.of("int", "ReqUserLogin", "CThostFtdcReqUserLoginField*", "int")));

        final List<StructLayout> structs = List.of(
            new StructLayout("CThostFtdcDisseminationField", 8, List.of(
                new FieldLayout("SequenceSeries", 0, CType.SHORT, 2),
                new FieldLayout("SequenceNo", 4, CType.INT, 4))),
            new StructLayout("CThostFtdcReqUserLoginField", 40, List.of(
                new FieldLayout("TradingDay", 0, CType.CHAR_ARRAY, 9),
                new FieldLayout("BrokerID", 9, CType.CHAR_ARRAY, 11),
                new FieldLayout("UserID", 20, CType.CHAR_ARRAY, 16),
                new FieldLayout("ClientIPPort", 36, CType.INT, 4))),
            new StructLayout("CThostFtdcRspUserLoginField", 28, List.of(
                new FieldLayout("TradingDay", 0, CType.CHAR_ARRAY, 9),
                new FieldLayout("LoginTime", 9, CType.CHAR_ARRAY, 9),
                new FieldLayout("FrontID", 20, CType.INT, 4),
                new FieldLayout("SessionID", 24, CType.INT, 4))),
            new StructLayout("CThostFtdcUserLogoutField", 27, List.of(
                new FieldLayout("BrokerID", 0, CType.CHAR_ARRAY, 11),
                new FieldLayout("UserID", 11, CType.CHAR_ARRAY, 16))),
            new StructLayout("CThostFtdcRspInfoField", 88, List.of(
                new FieldLayout("ErrorID", 0, CType.INT, 4),
                new FieldLayout("ErrorMsg", 4, CType.CHAR_ARRAY, 81))),
            new StructLayout("CThostFtdcInputOrderField", 112, List.of(
                new FieldLayout("BrokerID", 0, CType.CHAR_ARRAY, 11),
                new FieldLayout("Direction", 11, CType.CHAR, 1),
                new FieldLayout("LimitPrice", 16, CType.DOUBLE, 8),
                new FieldLayout("VolumeTotalOriginal", 24, CType.INT, 4),
                new FieldLayout("ExchangeInstID", 28, CType.CHAR_ARRAY, 81),
                new FieldLayout("HedgeFlag", 109, CType.CHAR, 1))),
            new StructLayout("CThostFtdcDepthMarketDataField", 136, List.of(
                new FieldLayout("TradingDay", 0, CType.CHAR_ARRAY, 9),
                new FieldLayout("reserve1", 9, CType.CHAR_ARRAY, 31),
                new FieldLayout("LastPrice", 40, CType.DOUBLE, 8),
                new FieldLayout("Volume", 48, CType.INT, 4),
                new FieldLayout("InstrumentID", 52, CType.CHAR_ARRAY, 81))),
            new StructLayout("CThostFtdcSpecificInstrumentField", 112, List.of(
                new FieldLayout("reserve1", 0, CType.CHAR_ARRAY, 31),
                new FieldLayout("InstrumentID", 31, CType.CHAR_ARRAY, 81))));

        final List<CtpConstant> constants = new ArrayList<>();
        for (final String[] code : new String[][] {
            {"THOST_FTDC_D_Buy", "'0'"}, {"THOST_FTDC_D_Sell", "'1'"},
            {"THOST_FTDC_OST_AllTraded", "'0'"}, {"THOST_FTDC_OST_PartTradedQueueing", "'1'"},
            {"THOST_FTDC_OST_Unknown", "'a'"}, {"THOST_FTDC_HF_Speculation", "'1'"},
            {"THOST_TERT_RESTART", "0"}, {"THOST_TERT_RESUME", "1"}, {"THOST_TERT_QUICK", "2"}, {"THOST_TERT_NONE", "3"}})
        {
            constants.add(new CtpConstant(code[0], CtpConstant.groupOf(code[0]), code[1]));
        }
        return new AbiProfile("fixture-1", "v1_fixture", "^v1_", "headers:" + headerDir, tables, structs, constants);
    }

    /** Each entry: return type, name, parameter types. */
    @SafeVarargs
    private static List<VtableSlot> slots(final List<String>... methods)
    {
        final List<VtableSlot> slots = new ArrayList<>();
        for (final List<String> method : methods)
        {
            slots.add(new VtableSlot(slots.size(), method.get(1), method.get(0), method.subList(2, method.size())));
        }
        return slots;
    }
}
