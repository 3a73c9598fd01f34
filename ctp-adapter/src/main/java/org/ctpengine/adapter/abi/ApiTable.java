package org.ctpengine.adapter.abi;

/** The four virtual tables a CTP library's ABI consists of, with the C++ class each belongs to. */
public enum ApiTable
{
    TRADER_API("trader-api", "CThostFtdcTraderApi"),
    TRADER_SPI("trader-spi", "CThostFtdcTraderSpi"),
    MD_API("md-api", "CThostFtdcMdApi"),
    MD_SPI("md-spi", "CThostFtdcMdSpi");

    private final String fileStem;
    private final String className;

    ApiTable(final String fileStem, final String className)
    {
        this.fileStem = fileStem;
        this.className = className;
    }

    /** Profile file name without extension, e.g. {@code trader-api}. */
    public String fileStem()
    {
        return fileStem;
    }

    /** The SFIT C++ class, e.g. {@code CThostFtdcTraderApi}. */
    public String className()
    {
        return className;
    }
}
