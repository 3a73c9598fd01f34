package org.ctpengine.abitools.header;

import java.util.List;

import org.ctpengine.adapter.abi.ApiTable;

/**
 * File names and class placement of SFIT's CTP SDK headers. The writer and the extractor share them so
 * that a header directory written by one is exactly what the other expects.
 */
public final class SdkHeaders
{
    /** {@code THOST_FTDC_*} codes, the {@code TThostFtdc*Type} typedefs and the resume-type enum. */
    public static final String DATA_TYPE = "ThostFtdcUserApiDataType.h";
    /** The wire structs. */
    public static final String STRUCT = "ThostFtdcUserApiStruct.h";
    /** {@code CThostFtdcTraderSpi} and {@code CThostFtdcTraderApi}. */
    public static final String TRADER_API = "ThostFtdcTraderApi.h";
    /** {@code CThostFtdcMdSpi} and {@code CThostFtdcMdApi}. */
    public static final String MD_API = "ThostFtdcMdApi.h";

    /** Every header, in include order: each may use what the ones before it declare. */
    public static final List<String> ALL = List.of(DATA_TYPE, STRUCT, TRADER_API, MD_API);

    /** The enum that {@code SubscribePrivateTopic}/{@code SubscribePublicTopic} take. */
    public static final String RESUME_TYPE_ENUM = "THOST_TE_RESUME_TYPE";
    /** {@link org.ctpengine.adapter.abi.CtpConstant#group()} of the resume-type enumerators. */
    public static final String RESUME_TYPE_GROUP = "TERT";

    private SdkHeaders()
    {
    }

    /** The header that declares the table's class. */
    public static String headerOf(final ApiTable table)
    {
        return switch (table)
        {
            case TRADER_API, TRADER_SPI -> TRADER_API;
            case MD_API, MD_SPI -> MD_API;
        };
    }
}
