// CThostFtdcMdApi of the simulator: one market-data session, fed by Core's generator.
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>

#include "ctpsim_api_base.h"
#include "dispatcher.h"
#include "front_link.h"

namespace ctpsim
{
class Core;
struct Burst;

class MdApiImpl final : public MdApiBase
{
public:
    explicit MdApiImpl(std::string flowPath);

    void Release() override;
    void Init() override;
    int Join() override;
    const char* GetTradingDay() override;
    void RegisterFront(char* address) override;
    void RegisterNameServer(char* address) override;
    void RegisterSpi(CThostFtdcMdSpi* spi) override;
    int SubscribeMarketData(char* instrumentIds[], int count) override;
    int UnSubscribeMarketData(char* instrumentIds[], int count) override;
    int SubscribeForQuoteRsp(char* instrumentIds[], int count) override;
    int UnSubscribeForQuoteRsp(char* instrumentIds[], int count) override;
    int ReqUserLogin(CThostFtdcReqUserLoginField* request, int requestId) override;
    int ReqUserLogout(CThostFtdcUserLogoutField* request, int requestId) override;

    // ---- used by Core, under Core::mutex ----
    void deliver(std::function<void(CThostFtdcMdSpi*)> callback);
    void sendDepth(const CThostFtdcDepthMarketDataField& depth);
    // Runs a burst on the callback thread: `count` ticks derived from `first`, numbered 1..count in Volume.
    // ticksPerSecond 0: as fast as possible, each stamped just before its callback; otherwise tick i is sent at
    // start + i/rate and stamped with that planned time.
    void sendBurst(const CThostFtdcDepthMarketDataField& first, double priceTick, int count, int ticksPerSecond,
                   std::shared_ptr<Burst> record);

    // The connection to the front (its callback thread, SPI, connect and reconnect cycle).
    FrontLink<CThostFtdcMdSpi> link;

    bool loggedIn = false;
    std::set<std::string> subscribed;

protected:
    int unsupported(const char* method, int requestId) override;

private:
    ~MdApiImpl() = default;

    int subscription(char* instrumentIds[], int count, bool subscribe);

    Core& core_;
    std::string flowPath_;
    std::string front_;
    char tradingDayBuffer_[9] = {};
};
}
