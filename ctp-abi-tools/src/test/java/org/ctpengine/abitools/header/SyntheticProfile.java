package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.EnumMap;
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
 * A small profile with every field type, padding before each alignment, every parameter spelling of the
 * real tables and a non-void SPI method, for tests that must not depend on the shipped profiles.
 */
final class SyntheticProfile
{
    private SyntheticProfile()
    {
    }

    static AbiProfile create()
    {
        return create(true);
    }

    /** With or without the {@code THOST_TERT_*} constants. */
    static AbiProfile create(final boolean withResumeTypes)
    {
        final Map<ApiTable, List<VtableSlot>> tables = new EnumMap<>(ApiTable.class);
        tables.put(ApiTable.TRADER_API, slots(
            "void Release",
            "void Init",
            "int Join",
            "const char* GetTradingDay",
            "void RegisterFront char*",
            "void RegisterSpi CThostFtdcTraderSpi*",
            "void SubscribePrivateTopic THOST_TE_RESUME_TYPE",
            "int ReqUserLogin CThostFtdcReqUserLoginField* int",
            "int ReqOrderInsert CThostFtdcInputOrderField* int"));
        tables.put(ApiTable.TRADER_SPI, slots(
            "void OnFrontConnected",
            "void OnFrontDisconnected int",
            "void OnRspUserLogin CThostFtdcRspUserLoginField* CThostFtdcRspInfoField* int bool",
            "int OnVendorExtension const char* char**",
            "void OnRtnOrder CThostFtdcInputOrderField*"));
        tables.put(ApiTable.MD_API, slots(
            "void Release",
            "void Init",
            "void RegisterSpi CThostFtdcMdSpi*",
            "int SubscribeMarketData char** int",
            "int ReqUserLogin CThostFtdcReqUserLoginField* int"));
        tables.put(ApiTable.MD_SPI, slots(
            "void OnFrontConnected",
            "void OnRtnDepthMarketData CThostFtdcDepthMarketDataField*"));

        final List<StructLayout> structs = List.of(
            struct("CThostFtdcReqUserLoginField",
                field("TradingDay", CType.CHAR_ARRAY, 9),
                field("BrokerID", CType.CHAR_ARRAY, 11),
                field("ClientIPPort", CType.INT, 4)),
            struct("CThostFtdcRspUserLoginField",
                field("TradingDay", CType.CHAR_ARRAY, 9),
                field("FrontID", CType.INT, 4),
                field("SessionID", CType.INT, 4)),
            struct("CThostFtdcRspInfoField",
                field("ErrorID", CType.INT, 4),
                field("ErrorMsg", CType.CHAR_ARRAY, 81)),
            struct("CThostFtdcInputOrderField",
                field("BrokerID", CType.CHAR_ARRAY, 11),
                field("Direction", CType.CHAR, 1),
                field("LimitPrice", CType.DOUBLE, 8),
                field("SequenceSeries", CType.SHORT, 2),
                field("VolumeTotalOriginal", CType.INT, 4),
                field("reserve1", CType.CHAR_ARRAY, 31),
                field("OneByte", CType.CHAR_ARRAY, 1)),
            struct("CThostFtdcDepthMarketDataField",
                field("TradingDay", CType.CHAR_ARRAY, 9),
                field("LastPrice", CType.DOUBLE, 8),
                field("Volume", CType.INT, 4),
                field("InstrumentID", CType.CHAR_ARRAY, 81)));

        final List<CtpConstant> constants = new ArrayList<>(List.of(
            constant("THOST_FTDC_D_Buy", "'0'"),
            constant("THOST_FTDC_D_Sell", "'1'"),
            constant("THOST_FTDC_OST_AllTraded", "'0'"),
            constant("THOST_FTDC_OST_Unknown", "'a'"),
            constant("THOST_FTDC_HF_Speculation", "'1'")));
        if (withResumeTypes)
        {
            constants.addAll(List.of(
                constant("THOST_TERT_RESTART", "0"),
                constant("THOST_TERT_RESUME", "1"),
                constant("THOST_TERT_QUICK", "2"),
                constant("THOST_TERT_NONE", "3")));
        }
        return new AbiProfile("synthetic-1.0", "v1.0_synthetic", "^v1\\.0_", "test", tables, structs, constants);
    }

    /** Each spec is "RETURN NAME PARAM..."; {@code const char*} is written as one word. */
    private static List<VtableSlot> slots(final String... specs)
    {
        final List<VtableSlot> slots = new ArrayList<>();
        for (final String spec : specs)
        {
            final List<String> words = new ArrayList<>(List.of(spec.replace("const char*", "const_char*").split(" ")));
            words.replaceAll(word -> word.replace("const_char*", "const char*"));
            slots.add(new VtableSlot(slots.size(), words.get(1), words.get(0), words.subList(2, words.size())));
        }
        return slots;
    }

    private static StructLayout struct(final String name, final FieldLayout... unplaced)
    {
        final List<FieldLayout> fields = new ArrayList<>();
        int end = 0;
        for (final FieldLayout field : unplaced)
        {
            final int alignment = field.type().alignment();
            final int offset = (end + alignment - 1) / alignment * alignment;
            fields.add(new FieldLayout(field.name(), offset, field.type(), field.length()));
            end = offset + field.length();
        }
        return new StructLayout(name, StructLayout.naturalSize(fields), fields);
    }

    /** A field whose offset {@link #struct} works out. */
    private static FieldLayout field(final String name, final CType type, final int length)
    {
        return new FieldLayout(name, 0, type, length);
    }

    private static CtpConstant constant(final String name, final String value)
    {
        return new CtpConstant(name, CtpConstant.groupOf(name), value);
    }
}
