package org.ctpengine.adapter;

import org.ctpengine.adapter.internal.ApiCallShape;

import java.nio.file.Path;

/**
 * A {@code CThostFtdcTraderApi} instance. Requests take the address of a CTP request struct already encoded in
 * off-heap memory (laid out by this library's {@link org.ctpengine.adapter.abi.AbiProfile}) and a request id,
 * and return CTP's status code or one of {@link ApiResult}'s; they allocate nothing. Callbacks go to the
 * {@link SpiSink} given at creation, on the library's thread {@code ctp-td-<name>}.
 *
 * <p>Typical sequence: {@link #create}, {@link #subscribePrivateTopic}, {@link #subscribePublicTopic},
 * {@link #registerFront}, {@link #init()}, then on OnFrontConnected {@link #reqAuthenticate} and
 * {@link #reqUserLogin}; finally {@link #release()}.
 */
public final class TraderApi extends CtpApi
{
    private final int subscribePrivateTopic;
    private final int subscribePublicTopic;
    private final int reqAuthenticate;
    private final int reqUserLogin;
    private final int reqUserLogout;
    private final int reqSettlementInfoConfirm;
    private final int reqOrderInsert;
    private final int reqOrderAction;
    private final int reqQryInstrument;
    private final int reqQryInvestorPosition;
    private final int reqQryTradingAccount;
    private final int reqQryOrder;
    private final int reqQryTrade;
    private final int reqQryDepthMarketData;

    private TraderApi(final CtpLibrary library, final String name, final Path flowDirectory, final SpiSink sink)
    {
        super(CtpApiKind.TRADER, library, name, flowDirectory, sink, false, false);
        subscribePrivateTopic = resolve("SubscribePrivateTopic", ApiCallShape.V_I);
        subscribePublicTopic = resolve("SubscribePublicTopic", ApiCallShape.V_I);
        reqAuthenticate = resolve("ReqAuthenticate", ApiCallShape.I_PI);
        reqUserLogin = resolve("ReqUserLogin", ApiCallShape.I_PI);
        reqUserLogout = resolve("ReqUserLogout", ApiCallShape.I_PI);
        reqSettlementInfoConfirm = resolve("ReqSettlementInfoConfirm", ApiCallShape.I_PI);
        reqOrderInsert = resolve("ReqOrderInsert", ApiCallShape.I_PI);
        reqOrderAction = resolve("ReqOrderAction", ApiCallShape.I_PI);
        reqQryInstrument = resolve("ReqQryInstrument", ApiCallShape.I_PI);
        reqQryInvestorPosition = resolve("ReqQryInvestorPosition", ApiCallShape.I_PI);
        reqQryTradingAccount = resolve("ReqQryTradingAccount", ApiCallShape.I_PI);
        reqQryOrder = resolve("ReqQryOrder", ApiCallShape.I_PI);
        reqQryTrade = resolve("ReqQryTrade", ApiCallShape.I_PI);
        reqQryDepthMarketData = resolve("ReqQryDepthMarketData", ApiCallShape.I_PI);
    }

    /**
     * Creates a trader API instance: CreateFtdcTraderApi with {@code flowDirectory} (created if missing; passed
     * with the trailing {@code /} the library needs), then RegisterSpi with a fresh SPI object delivering to
     * {@code sink}.
     *
     * @param name names the instance and its callback thread ({@code ctp-td-<name>}): 1-40 of [A-Za-z0-9_.-]
     * @throws CtpLoadException when the directory cannot be created or the library returns no instance
     */
    public static TraderApi create(final CtpLibrary library, final String name, final Path flowDirectory, final SpiSink sink)
    {
        return new TraderApi(library, name, flowDirectory, sink);
    }

    /** SubscribePrivateTopic: where the private stream (orders, trades) restarts. Call before {@link #init()}. */
    public void subscribePrivateTopic(final ResumeType type)
    {
        callInt(subscribePrivateTopic, type.value(profile()), "SubscribePrivateTopic");
    }

    /** SubscribePublicTopic: where the public stream (instrument status, bulletins) restarts. Before {@link #init()}. */
    public void subscribePublicTopic(final ResumeType type)
    {
        callInt(subscribePublicTopic, type.value(profile()), "SubscribePublicTopic");
    }

    /** ReqAuthenticate(CThostFtdcReqAuthenticateField*, nRequestID). */
    public int reqAuthenticate(final long reqAuthenticateField, final int requestId)
    {
        return request(reqAuthenticate, reqAuthenticateField, requestId);
    }

    /** ReqUserLogin(CThostFtdcReqUserLoginField*, nRequestID). */
    public int reqUserLogin(final long reqUserLoginField, final int requestId)
    {
        return request(reqUserLogin, reqUserLoginField, requestId);
    }

    /** ReqUserLogout(CThostFtdcUserLogoutField*, nRequestID). */
    public int reqUserLogout(final long userLogoutField, final int requestId)
    {
        return request(reqUserLogout, userLogoutField, requestId);
    }

    /** ReqSettlementInfoConfirm(CThostFtdcSettlementInfoConfirmField*, nRequestID). */
    public int reqSettlementInfoConfirm(final long settlementInfoConfirmField, final int requestId)
    {
        return request(reqSettlementInfoConfirm, settlementInfoConfirmField, requestId);
    }

    /** ReqOrderInsert(CThostFtdcInputOrderField*, nRequestID): the order path; allocates nothing. */
    public int reqOrderInsert(final long inputOrderField, final int requestId)
    {
        return request(reqOrderInsert, inputOrderField, requestId);
    }

    /** ReqOrderAction(CThostFtdcInputOrderActionField*, nRequestID): cancel; allocates nothing. */
    public int reqOrderAction(final long inputOrderActionField, final int requestId)
    {
        return request(reqOrderAction, inputOrderActionField, requestId);
    }

    /** ReqQryInstrument(CThostFtdcQryInstrumentField*, nRequestID). */
    public int reqQryInstrument(final long qryInstrumentField, final int requestId)
    {
        return request(reqQryInstrument, qryInstrumentField, requestId);
    }

    /** ReqQryInvestorPosition(CThostFtdcQryInvestorPositionField*, nRequestID). */
    public int reqQryInvestorPosition(final long qryInvestorPositionField, final int requestId)
    {
        return request(reqQryInvestorPosition, qryInvestorPositionField, requestId);
    }

    /** ReqQryTradingAccount(CThostFtdcQryTradingAccountField*, nRequestID). */
    public int reqQryTradingAccount(final long qryTradingAccountField, final int requestId)
    {
        return request(reqQryTradingAccount, qryTradingAccountField, requestId);
    }

    /** ReqQryOrder(CThostFtdcQryOrderField*, nRequestID). */
    public int reqQryOrder(final long qryOrderField, final int requestId)
    {
        return request(reqQryOrder, qryOrderField, requestId);
    }

    /** ReqQryTrade(CThostFtdcQryTradeField*, nRequestID). */
    public int reqQryTrade(final long qryTradeField, final int requestId)
    {
        return request(reqQryTrade, qryTradeField, requestId);
    }

    /** ReqQryDepthMarketData(CThostFtdcQryDepthMarketDataField*, nRequestID). */
    public int reqQryDepthMarketData(final long qryDepthMarketDataField, final int requestId)
    {
        return request(reqQryDepthMarketData, qryDepthMarketDataField, requestId);
    }
}
