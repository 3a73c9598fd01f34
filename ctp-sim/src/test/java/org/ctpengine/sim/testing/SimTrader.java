package org.ctpengine.sim.testing;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.TraderApi;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.codes.ActionFlag;
import org.ctpengine.adapter.codes.ContingentCondition;
import org.ctpengine.adapter.codes.ForceCloseReason;
import org.ctpengine.adapter.codes.HedgeFlag;
import org.ctpengine.adapter.codes.OrderPriceType;
import org.ctpengine.adapter.codes.TimeCondition;
import org.ctpengine.adapter.codes.VolumeCondition;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.QryDepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.QryInstrumentFlyweight;
import org.ctpengine.adapter.struct.QryInvestorPositionFlyweight;
import org.ctpengine.adapter.struct.QryOrderFlyweight;
import org.ctpengine.adapter.struct.QrySettlementInfoFlyweight;
import org.ctpengine.adapter.struct.QryTradeFlyweight;
import org.ctpengine.adapter.struct.QryTradingAccountFlyweight;
import org.ctpengine.adapter.struct.ReqAuthenticateFlyweight;
import org.ctpengine.adapter.struct.ReqUserLoginFlyweight;
import org.ctpengine.adapter.struct.SettlementInfoConfirmFlyweight;
import org.ctpengine.adapter.struct.UserLogoutFlyweight;
import org.ctpengine.sim.SimControl;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link TraderApi} on the simulator with a {@link CallbackRecorder} as its sink, and the requests of a CTP
 * session encoded the production way: flyweights over off-heap memory whose address goes to the library.
 *
 * <p>Request methods return what the API call returned (0, or CTP's -1/-2/-3) and leave the answers to
 * {@link #expect}/{@link #drain}; the steps ({@link #connect}, {@link #authenticateAndLogin}, {@link #login}) also
 * check that each answer is a success. Used from the test thread only; the request memory is reused per call (the
 * library copies a request before the call returns).
 */
public final class SimTrader
{
    private static final int REQUEST_CAPACITY = 4096;

    private final SimFront front;
    private final SimAccount account;
    private final CallbackRecorder recorder;
    private final TraderApi api;
    private final UnsafeBuffer request = new UnsafeBuffer(ByteBuffer.allocateDirect(REQUEST_CAPACITY));
    private final ReqAuthenticateFlyweight authenticate;
    private final ReqUserLoginFlyweight userLogin;
    private final UserLogoutFlyweight userLogout;
    private final SettlementInfoConfirmFlyweight settlementConfirm;
    private final InputOrderFlyweight inputOrder;
    private final InputOrderActionFlyweight inputOrderAction;

    SimTrader(final SimFront front, final String name, final SimAccount account)
    {
        this.front = front;
        this.account = account;
        final AbiProfile profile = front.profile();
        this.recorder = new CallbackRecorder(profile);
        this.authenticate = new ReqAuthenticateFlyweight(profile);
        this.userLogin = new ReqUserLoginFlyweight(profile);
        this.userLogout = new UserLogoutFlyweight(profile);
        this.settlementConfirm = new SettlementInfoConfirmFlyweight(profile);
        this.inputOrder = new InputOrderFlyweight(profile);
        this.inputOrderAction = new InputOrderActionFlyweight(profile);
        this.api = TraderApi.create(front.libraries().trader(), name, front.flowDirectory(name), recorder);
    }

    public TraderApi api()
    {
        return api;
    }

    public SimAccount account()
    {
        return account;
    }

    public CallbackRecorder callbacks()
    {
        return recorder;
    }

    /** The next callback, waiting up to the recorder's deadline. */
    public RecordedCallback next()
    {
        return recorder.next();
    }

    /** The next callback, which must be {@code method}. */
    public RecordedCallback expect(final String method)
    {
        return recorder.expect(method);
    }

    /** Every callback the simulator has queued for this instance, and proof that nothing more is coming. */
    public List<RecordedCallback> drain()
    {
        return front.drain(recorder, SimControl.Target.TRADER);
    }

    // ---- session steps ----

    /**
     * Subscribes the topics, registers the front and starts the instance, without waiting for anything: a front that
     * is down or in maintenance answers nothing.
     */
    public SimTrader start(final ResumeType privateTopic)
    {
        api.subscribePrivateTopic(privateTopic);
        api.subscribePublicTopic(ResumeType.QUICK);
        api.registerFront(SimFront.FRONT_ADDRESS);
        api.init();
        return this;
    }

    /** Subscribes the topics, registers the front and starts the instance, up to OnFrontConnected. */
    public SimTrader connect(final ResumeType privateTopic)
    {
        start(privateTopic);
        recorder.expect("OnFrontConnected");
        return this;
    }

    /** Authenticates and logs in on a connected instance, both successfully; returns OnRspUserLogin. */
    public RecordedCallback authenticateAndLogin()
    {
        check(reqAuthenticate(1, account.appId(), account.authCode()), "ReqAuthenticate");
        success(recorder.expect("OnRspAuthenticate"));
        check(reqUserLogin(2, account.password()), "ReqUserLogin");
        return success(recorder.expect("OnRspUserLogin"));
    }

    /**
     * Connect, authenticate, log in and confirm the settlement; returns OnRspUserLogin. What the private topic
     * replays after the login (per {@code privateTopic}) stays queued for the test, in order.
     */
    public RecordedCallback login(final ResumeType privateTopic)
    {
        connect(privateTopic);
        final RecordedCallback login = authenticateAndLogin();
        check(reqSettlementInfoConfirm(3), "ReqSettlementInfoConfirm");
        success(recorder.expectFirst("OnRspSettlementInfoConfirm"));
        return login;
    }

    /** {@link #login(ResumeType)} with the private topic from now on (QUICK). */
    public RecordedCallback login()
    {
        return login(ResumeType.QUICK);
    }

    // ---- requests ----

    public int reqAuthenticate(final int requestId, final String appId, final String authCode)
    {
        authenticate.wrap(request, 0).clear()
            .brokerId(account.broker())
            .userId(account.user())
            .appId(appId)
            .authCode(authCode);
        return api.reqAuthenticate(address(), requestId);
    }

    public int reqUserLogin(final int requestId, final String password)
    {
        userLogin.wrap(request, 0).clear()
            .brokerId(account.broker())
            .userId(account.user())
            .password(password);
        return api.reqUserLogin(address(), requestId);
    }

    public int reqUserLogout(final int requestId)
    {
        userLogout.wrap(request, 0).clear().brokerId(account.broker()).userId(account.user());
        return api.reqUserLogout(address(), requestId);
    }

    public int reqSettlementInfoConfirm(final int requestId)
    {
        settlementConfirm.wrap(request, 0).clear().brokerId(account.broker()).investorId(account.user());
        return api.reqSettlementInfoConfirm(address(), requestId);
    }

    /**
     * ReqOrderInsert of a GFD limit order for this account (speculation, immediately active, any volume; the
     * struct's RequestID set to the call's, as clients do, so that the order's returns carry it);
     * {@code adjust} may change any field before it is sent, e.g. {@code o -> o.timeCondition(TimeCondition.IOC)}.
     */
    public int insertOrder(
        final int requestId,
        final String instrument,
        final byte direction,
        final byte offset,
        final double price,
        final int volume,
        final String orderRef,
        final Consumer<InputOrderFlyweight> adjust)
    {
        inputOrder.wrap(request, 0).clear()
            .brokerId(account.broker())
            .investorId(account.user())
            .userId(account.user())
            .instrumentId(instrument)
            .orderRef(orderRef)
            .orderPriceType(OrderPriceType.LIMIT_PRICE)
            .direction(direction)
            .combOffsetFlag(offset)
            .combHedgeFlag(HedgeFlag.SPECULATION)
            .limitPrice(price)
            .volumeTotalOriginal(volume)
            .timeCondition(TimeCondition.GFD)
            .volumeCondition(VolumeCondition.ANY)
            .minVolume(1)
            .contingentCondition(ContingentCondition.IMMEDIATELY)
            .forceCloseReason(ForceCloseReason.NOT_FORCE_CLOSE)
            .requestId(requestId);
        adjust.accept(inputOrder);
        return api.reqOrderInsert(address(), requestId);
    }

    /** {@link #insertOrder(int, String, byte, byte, double, int, String, Consumer)} as it is. */
    public int insertOrder(
        final int requestId,
        final String instrument,
        final byte direction,
        final byte offset,
        final double price,
        final int volume,
        final String orderRef)
    {
        return insertOrder(requestId, instrument, direction, offset, price, volume, orderRef, order -> {});
    }

    /** ReqOrderAction deleting the order this session knows as OrderRef + FrontID + SessionID. */
    public int cancelOrder(
        final int requestId, final String instrument, final String orderRef, final int frontId, final int sessionId)
    {
        return orderAction(requestId, instrument, action -> action.orderRef(orderRef).frontId(frontId).sessionId(sessionId));
    }

    /** ReqOrderAction deleting the order the exchange knows as ExchangeID + OrderSysID. */
    public int cancelOrder(final int requestId, final String instrument, final String exchangeId, final String orderSysId)
    {
        return orderAction(requestId, instrument, action -> action.exchangeId(exchangeId).orderSysId(orderSysId));
    }

    /** ReqOrderAction with ActionFlag delete for this account; {@code identify} names the order. */
    public int orderAction(final int requestId, final String instrument, final Consumer<InputOrderActionFlyweight> identify)
    {
        inputOrderAction.wrap(request, 0).clear()
            .brokerId(account.broker())
            .investorId(account.user())
            .userId(account.user())
            .instrumentId(instrument)
            .actionFlag(ActionFlag.DELETE);
        identify.accept(inputOrderAction);
        return api.reqOrderAction(address(), requestId);
    }

    public int reqQryTradingAccount(final int requestId)
    {
        new QryTradingAccountFlyweight(front.profile()).wrap(request, 0).clear()
            .brokerId(account.broker())
            .investorId(account.user());
        return api.reqQryTradingAccount(address(), requestId);
    }

    /** ReqQryInstrument; an empty {@code instrument} asks for all. */
    public int reqQryInstrument(final int requestId, final String instrument)
    {
        new QryInstrumentFlyweight(front.profile()).wrap(request, 0).clear().instrumentId(instrument);
        return api.reqQryInstrument(address(), requestId);
    }

    public int reqQryInvestorPosition(final int requestId)
    {
        new QryInvestorPositionFlyweight(front.profile()).wrap(request, 0).clear()
            .brokerId(account.broker())
            .investorId(account.user());
        return api.reqQryInvestorPosition(address(), requestId);
    }

    public int reqQryOrder(final int requestId)
    {
        new QryOrderFlyweight(front.profile()).wrap(request, 0).clear()
            .brokerId(account.broker())
            .investorId(account.user());
        return api.reqQryOrder(address(), requestId);
    }

    public int reqQryTrade(final int requestId)
    {
        new QryTradeFlyweight(front.profile()).wrap(request, 0).clear()
            .brokerId(account.broker())
            .investorId(account.user());
        return api.reqQryTrade(address(), requestId);
    }

    public int reqQryDepthMarketData(final int requestId, final String instrument)
    {
        new QryDepthMarketDataFlyweight(front.profile()).wrap(request, 0).clear().instrumentId(instrument);
        return api.reqQryDepthMarketData(address(), requestId);
    }

    /** ReqQrySettlementInfo (the adapter has no typed call for it: by slot). */
    public int reqQrySettlementInfo(final int requestId)
    {
        new QrySettlementInfoFlyweight(front.profile()).wrap(request, 0).clear()
            .brokerId(account.broker())
            .investorId(account.user());
        return (int)api.invoke("ReqQrySettlementInfo", address(), requestId);
    }

    /** Any {@code int Req…(Struct*, int)} method of the profile with an all-zero struct of {@code structName}. */
    public int request(final String method, final String structName, final int requestId)
    {
        final int size = front.profile().struct(structName).size();
        request.setMemory(0, size, (byte)0);
        return (int)api.invoke(method, address(), requestId);
    }

    private long address()
    {
        return request.addressOffset();
    }

    private static void check(final int result, final String request)
    {
        if (result != 0)
        {
            throw new AssertionError(request + " returned " + result);
        }
    }

    private static RecordedCallback success(final RecordedCallback callback)
    {
        if (callback.errorId() != 0)
        {
            throw new AssertionError(callback.method() + " failed: " + callback.errorId() + " " + callback.errorMsg());
        }
        return callback;
    }
}
