#include "trader_api.h"

#include <algorithm>
#include <cstring>
#include <mutex>

#include "clock.h"
#include "core.h"
#include "messages.h"
#include "text.h"

namespace ctpsim
{
TraderApiImpl::TraderApiImpl(std::string flowPath)
    : link(Core::get(), [this] { loggedIn = false; authenticated = false; queryOutstanding = false; }), core_(Core::get()), flowPath_(std::move(flowPath)), privateCursor_(flowPath_)
{
}

void TraderApiImpl::Release()
{
    link.close(core_.traders, this);
    delete this;
}

void TraderApiImpl::Init()
{
    link.open(core_.traders, this, "ctpsim-td-");
}

int TraderApiImpl::Join()
{
    link.join();
    return 0;
}

const char* TraderApiImpl::GetTradingDay()
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    put(tradingDayBuffer_, loggedIn ? tradingDay : core_.tradingDayText());
    return tradingDayBuffer_;
}

void TraderApiImpl::RegisterFront(char* address)
{
    front_ = address == nullptr ? "" : address;
}

void TraderApiImpl::RegisterNameServer(char* address)
{
    front_ = address == nullptr ? "" : address;
}

void TraderApiImpl::RegisterSpi(CThostFtdcTraderSpi* spi)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    link.spi = spi;
}

void TraderApiImpl::SubscribePrivateTopic(THOST_TE_RESUME_TYPE resumeType)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    privateResume = resumeType;
}

void TraderApiImpl::SubscribePublicTopic(THOST_TE_RESUME_TYPE)
{
    // The simulator publishes nothing on the public topic (instrument status, bulletins).
}

int TraderApiImpl::RegisterUserSystemInfo(CThostFtdcUserSystemInfoField*)
{
    return 0;
}

int TraderApiImpl::SubmitUserSystemInfo(CThostFtdcUserSystemInfoField*)
{
    return 0;
}

void TraderApiImpl::deliver(std::function<void(CThostFtdcTraderSpi*)> callback)
{
    link.deliver(std::move(callback));
}

void TraderApiImpl::deliverPrivate(uint64_t sequence, const PrivateMessage& message)
{
    deliver([this, sequence, message, epoch = core_.dayEpoch, topic = account](CThostFtdcTraderSpi* spi)
    {
        privateCursor_.advance(epoch, topic, sequence + 1);
        std::visit([spi](auto body)
        {
            using Body = decltype(body);
            if constexpr (std::is_same_v<Body, CThostFtdcOrderField>) spi->OnRtnOrder(&body);
            else if constexpr (std::is_same_v<Body, CThostFtdcTradeField>) spi->OnRtnTrade(&body);
            else if constexpr (std::is_same_v<Body, ErrOrderInsert>) spi->OnErrRtnOrderInsert(&body.input, &body.info);
            else spi->OnErrRtnOrderAction(&body.action, &body.info);
        }, message);
    });
}

uint64_t TraderApiImpl::privateReceived() const
{
    return privateCursor_.received(core_.dayEpoch, account);
}

int TraderApiImpl::unsupported(const char*, int requestId)
{
    return link.answerUnsupported(requestId);
}

int TraderApiImpl::ReqAuthenticate(CThostFtdcReqAuthenticateField* request, int requestId)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    if (!link.connected)
    {
        return -1;
    }
    const auto found = core_.accounts.find(Core::accountKey(get(request->BrokerID), get(request->UserID)));
    const bool ok = found != core_.accounts.end() && found->second.config.appId == get(request->AppID) &&
                    found->second.config.authCode == get(request->AuthCode);
    authenticated = ok;
    CThostFtdcRspAuthenticateField rsp{};
    std::memcpy(rsp.BrokerID, request->BrokerID, sizeof rsp.BrokerID);
    std::memcpy(rsp.UserID, request->UserID, sizeof rsp.UserID);
    std::memcpy(rsp.UserProductInfo, request->UserProductInfo, sizeof rsp.UserProductInfo);
    std::memcpy(rsp.AppID, request->AppID, sizeof rsp.AppID);
    rsp.AppType = THOST_FTDC_APP_TYPE_Investor;
    CThostFtdcRspInfoField info{};
    fillRspInfo(info, ok ? kNone : kAuthFailed);
    deliver([rsp, info, requestId](CThostFtdcTraderSpi* spi) mutable { spi->OnRspAuthenticate(&rsp, &info, requestId, true); });
    return 0;
}

int TraderApiImpl::ReqUserLogin(CThostFtdcReqUserLoginField* request, int requestId)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    if (!link.connected)
    {
        return -1;
    }
    const std::string key = Core::accountKey(get(request->BrokerID), get(request->UserID));
    const auto found = core_.accounts.find(key);
    int error = kNone;
    const auto forced = core_.config.loginErrors.find(key);
    const int lockAfter = core_.config.loginLockAfter;
    int& failures = core_.loginFailures[key];
    if (loggedIn)
    {
        error = kDuplicateLogin;
    }
    else if (core_.maintenanceLocked() && core_.config.maintenance == Maintenance::NotInited)
    {
        error = kNotInited; // the front is up, the trading system behind it not yet
    }
    else if (forced != core_.config.loginErrors.end())
    {
        error = forced->second;
    }
    else if (lockAfter > 0 && failures >= lockAfter)
    {
        error = kLoginForbidden;
    }
    else if (found == core_.accounts.end() || found->second.config.password != get(request->Password))
    {
        error = kInvalidLogin;
        failures++;
    }
    else if (core_.config.authRequired && !authenticated)
    {
        error = kNotAuthent;
    }
    if (error == kNone)
    {
        failures = 0;
    }
    CThostFtdcRspUserLoginField rsp{};
    CThostFtdcRspInfoField info{};
    fillRspInfo(info, error);
    std::memcpy(rsp.BrokerID, request->BrokerID, sizeof rsp.BrokerID);
    std::memcpy(rsp.UserID, request->UserID, sizeof rsp.UserID);
    put(rsp.SystemName, "ctp-sim");
    if (error == kNone)
    {
        loggedIn = true;
        broker = get(request->BrokerID);
        user = get(request->UserID);
        account = key;
        frontId = core_.config.frontId;
        sessionId = core_.nextSessionId++;
        maxOrderRef = 0;
        tradingDay = core_.tradingDayText();
        lastQueryValid = false;
        put(rsp.TradingDay, tradingDay);
        const std::string now = core_.timeText();
        put(rsp.LoginTime, now);
        put(rsp.SHFETime, now);
        put(rsp.DCETime, now);
        put(rsp.CZCETime, now);
        put(rsp.FFEXTime, now);
        put(rsp.INETime, now);
        rsp.FrontID = frontId;
        rsp.SessionID = sessionId;
        put(rsp.MaxOrderRef, "1");
        core_.persistLocked(); // the next SessionID: a restarted counter must not hand this one out again
    }
    deliver([rsp, info, requestId](CThostFtdcTraderSpi* spi) mutable { spi->OnRspUserLogin(&rsp, &info, requestId, true); });
    if (error == kNone)
    {
        // The private topic follows the login, from where the resume type says.
        const auto& topic = core_.topics[key];
        uint64_t from = 0;
        if (privateResume == THOST_TERT_RESUME)
        {
            from = std::min<uint64_t>(privateReceived(), topic.size());
        }
        else if (privateResume == THOST_TERT_QUICK)
        {
            from = topic.size();
        }
        for (uint64_t sequence = from; sequence < topic.size(); sequence++)
        {
            deliverPrivate(sequence, topic[sequence]);
        }
        if (from == topic.size())
        {
            // Nothing to replay: the cursor moves to the end, in order with the callbacks (on their thread).
            link.post([this, epoch = core_.dayEpoch, topic = account, count = from]
            {
                privateCursor_.advance(epoch, topic, count);
            });
        }
    }
    return 0;
}

int TraderApiImpl::ReqUserLogout(CThostFtdcUserLogoutField* request, int requestId)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    if (!link.connected)
    {
        return -1;
    }
    CThostFtdcUserLogoutField rsp = *request;
    CThostFtdcRspInfoField info{};
    fillRspInfo(info, loggedIn ? kNone : kNotLoginYet);
    loggedIn = false;
    authenticated = false;
    deliver([rsp, info, requestId](CThostFtdcTraderSpi* spi) mutable { spi->OnRspUserLogout(&rsp, &info, requestId, true); });
    return 0;
}

int TraderApiImpl::ReqSettlementInfoConfirm(CThostFtdcSettlementInfoConfirmField* request, int requestId)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    if (!link.connected)
    {
        return -1;
    }
    CThostFtdcSettlementInfoConfirmField rsp = *request;
    CThostFtdcRspInfoField info{};
    if (!loggedIn)
    {
        fillRspInfo(info, kNotLoginYet);
    }
    else
    {
        core_.accounts[account].settlementConfirmed = true;
        fillRspInfo(info, kNone);
        put(rsp.BrokerID, broker);
        put(rsp.InvestorID, user);
        put(rsp.ConfirmDate, std::to_string(core_.clock.date));
        put(rsp.ConfirmTime, core_.timeText());
        core_.persistLocked();
    }
    deliver([rsp, info, requestId](CThostFtdcTraderSpi* spi) mutable
    {
        spi->OnRspSettlementInfoConfirm(&rsp, &info, requestId, true);
    });
    return 0;
}

int TraderApiImpl::ReqOrderInsert(CThostFtdcInputOrderField* request, int requestId)
{
    // The probe's arrival stamp comes first: waiting for the lock is the simulator's time, not the client's.
    const int64_t arrivalNs = monotonicNs();
    std::lock_guard<std::mutex> lock(core_.mutex);
    if (core_.orderProbe.every > 0)
    {
        core_.orderProbe.arrivalNs.push_back(arrivalNs);
    }
    if (!link.connected)
    {
        return -1;
    }
    if (const int refused = admitOrderRequest(); refused != 0)
    {
        return refused;
    }
    insertOrder(core_, *this, *request, requestId);
    core_.persistLocked();
    return 0;
}

int TraderApiImpl::ReqOrderAction(CThostFtdcInputOrderActionField* request, int requestId)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    if (!link.connected)
    {
        return -1;
    }
    if (const int refused = admitOrderRequest(); refused != 0)
    {
        return refused;
    }
    actionOrder(core_, *this, *request, requestId);
    core_.persistLocked();
    return 0;
}

int TraderApiImpl::admitOrderRequest()
{
    const int limit = core_.config.orderRequestsPerSecond;
    if (limit <= 0)
    {
        return 0;
    }
    const int64_t now = monotonicNs();
    if (now - orderWindowStartNs >= 1000 * kNsPerMs)
    {
        orderWindowStartNs = now;
        orderRequestsInWindow = 0;
    }
    return ++orderRequestsInWindow > limit ? -3 : 0;
}
}
