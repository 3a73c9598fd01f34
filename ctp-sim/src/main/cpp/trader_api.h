// CThostFtdcTraderApi of the simulator: one trading session. Requests are handled synchronously under
// Core::mutex; their answers reach the SPI from this instance's own callback thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core.h"
#include "ctpsim_api_base.h"
#include "dispatcher.h"
#include "front_link.h"
#include "private_cursor.h"

namespace ctpsim
{
class Core;

class TraderApiImpl final : public TraderApiBase
{
public:
    explicit TraderApiImpl(std::string flowPath);

    void Release() override;
    void Init() override;
    int Join() override;
    const char* GetTradingDay() override;
    void RegisterFront(char* address) override;
    void RegisterNameServer(char* address) override;
    void RegisterSpi(CThostFtdcTraderSpi* spi) override;
    void SubscribePrivateTopic(THOST_TE_RESUME_TYPE resumeType) override;
    void SubscribePublicTopic(THOST_TE_RESUME_TYPE resumeType) override;
    int RegisterUserSystemInfo(CThostFtdcUserSystemInfoField* info) override;
    int SubmitUserSystemInfo(CThostFtdcUserSystemInfoField* info) override;
    int ReqAuthenticate(CThostFtdcReqAuthenticateField* request, int requestId) override;
    int ReqUserLogin(CThostFtdcReqUserLoginField* request, int requestId) override;
    int ReqUserLogout(CThostFtdcUserLogoutField* request, int requestId) override;
    int ReqSettlementInfoConfirm(CThostFtdcSettlementInfoConfirmField* request, int requestId) override;
    int ReqOrderInsert(CThostFtdcInputOrderField* request, int requestId) override;
    int ReqOrderAction(CThostFtdcInputOrderActionField* request, int requestId) override;
    int ReqQryInstrument(CThostFtdcQryInstrumentField* request, int requestId) override;
    int ReqQryInvestorPosition(CThostFtdcQryInvestorPositionField* request, int requestId) override;
    int ReqQryTradingAccount(CThostFtdcQryTradingAccountField* request, int requestId) override;
    int ReqQryOrder(CThostFtdcQryOrderField* request, int requestId) override;
    int ReqQryTrade(CThostFtdcQryTradeField* request, int requestId) override;
    int ReqQryDepthMarketData(CThostFtdcQryDepthMarketDataField* request, int requestId) override;
    int ReqQrySettlementInfo(CThostFtdcQrySettlementInfoField* request, int requestId) override;

    // ---- used by Core and the request handlers, under Core::mutex ----

    // Runs `callback` with the SPI on the callback thread, after the configured response delay.
    void deliver(std::function<void(CThostFtdcTraderSpi*)> callback);

    // Delivers message `sequence` of this session's private topic and advances the resume cursor.
    void deliverPrivate(uint64_t sequence, const PrivateMessage& message);

    // Private-topic messages of the logged-in investor, today, that this instance or an earlier one on the same
    // flow directory has received (what THOST_TERT_RESUME resumes after).
    uint64_t privateReceived() const;

    // The connection to the front (its callback thread, SPI, connect and reconnect cycle).
    FrontLink<CThostFtdcTraderSpi> link;

    bool authenticated = false;
    bool loggedIn = false;
    int frontId = 0;
    int sessionId = 0;
    long long maxOrderRef = 0;
    std::string broker;
    std::string user;
    std::string account;                 // Core::accountKey of the logged-in investor
    std::string tradingDay;
    THOST_TE_RESUME_TYPE privateResume = THOST_TERT_RESTART;
    std::atomic<bool> queryOutstanding{false};
    int64_t lastQueryNs = 0;
    bool lastQueryValid = false;
    int64_t orderWindowStartNs = 0;      // order flow control: the current one-second window and its requests
    int orderRequestsInWindow = 0;

protected:
    int unsupported(const char* method, int requestId) override;

private:
    ~TraderApiImpl() = default;

    // CTP's query flow control: -2 while a query is outstanding, -3 within the window after the last one.
    int admitQuery();
    // The front's order flow control (order_requests_per_second): -3 beyond the limit within one second. Under the lock.
    int admitOrderRequest();

    // Answers a query: each row, the last with bIsLast; no rows gives one empty answer.
    template <typename Row, typename Call>
    void answerQuery(std::vector<Row> rows, int requestId, Call call);

    Core& core_;
    std::string flowPath_;
    PrivateCursor privateCursor_;
    std::string front_;
    char tradingDayBuffer_[9] = {};
};
}
