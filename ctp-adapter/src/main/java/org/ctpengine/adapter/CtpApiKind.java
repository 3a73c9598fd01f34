package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.ApiTable;

/**
 * The two halves of CTP: the trader API ({@code libthosttraderapi_se.so}) and the market-data API
 * ({@code libthostmduserapi_se.so}), with the exported symbols that identify each. The mangled names are the
 * same in every SFIT version and in CTP-compatible replacements.
 */
public enum CtpApiKind
{
    TRADER(
        "trader",
        "td",
        "_ZN19CThostFtdcTraderApi19CreateFtdcTraderApiEPKc",
        "_ZN19CThostFtdcTraderApi13GetApiVersionEv",
        "_ZTV18CFtdcTraderApiImpl",
        ApiTable.TRADER_API,
        ApiTable.TRADER_SPI),
    MD(
        "market-data",
        "md",
        "_ZN15CThostFtdcMdApi15CreateFtdcMdApiEPKcbb",
        "_ZN15CThostFtdcMdApi13GetApiVersionEv",
        "_ZTV14CFtdcMdApiImpl",
        ApiTable.MD_API,
        ApiTable.MD_SPI);

    private final String description;
    private final String shortName;
    private final String factorySymbol;
    private final String versionSymbol;
    private final String implVtableSymbol;
    private final ApiTable apiTable;
    private final ApiTable spiTable;

    CtpApiKind(
        final String description,
        final String shortName,
        final String factorySymbol,
        final String versionSymbol,
        final String implVtableSymbol,
        final ApiTable apiTable,
        final ApiTable spiTable)
    {
        this.description = description;
        this.shortName = shortName;
        this.factorySymbol = factorySymbol;
        this.versionSymbol = versionSymbol;
        this.implVtableSymbol = implVtableSymbol;
        this.apiTable = apiTable;
        this.spiTable = spiTable;
    }

    /** For messages: {@code trader} or {@code market-data}. */
    public String description()
    {
        return description;
    }

    /** {@code td} or {@code md}: used in callback thread names, {@code ctp-td-<name>}. */
    public String shortName()
    {
        return shortName;
    }

    /** The static {@code CreateFtdcTraderApi} / {@code CreateFtdcMdApi} factory. */
    public String factorySymbol()
    {
        return factorySymbol;
    }

    /** The static {@code GetApiVersion}. */
    public String versionSymbol()
    {
        return versionSymbol;
    }

    /** SFIT's implementation vtable, exported by SFIT's libraries; used to verify a profile at load. */
    public String implVtableSymbol()
    {
        return implVtableSymbol;
    }

    /** The API class's vtable in an {@link org.ctpengine.adapter.abi.AbiProfile}. */
    public ApiTable apiTable()
    {
        return apiTable;
    }

    /** The SPI class's vtable in an {@link org.ctpengine.adapter.abi.AbiProfile}. */
    public ApiTable spiTable()
    {
        return spiTable;
    }
}
