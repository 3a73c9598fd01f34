#include "md_api.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>
#include <vector>

#include "clock.h"
#include "core.h"
#include "messages.h"
#include "text.h"

namespace ctpsim
{
MdApiImpl::MdApiImpl(std::string flowPath)
    : link(Core::get(), [this] { loggedIn = false; subscribed.clear(); }), core_(Core::get()), flowPath_(std::move(flowPath))
{
}

void MdApiImpl::Release()
{
    link.close(core_.mds, this);
    delete this;
}

void MdApiImpl::Init()
{
    link.open(core_.mds, this, "ctpsim-md-");
}

int MdApiImpl::Join()
{
    link.join();
    return 0;
}

const char* MdApiImpl::GetTradingDay()
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    put(tradingDayBuffer_, core_.tradingDayText());
    return tradingDayBuffer_;
}

void MdApiImpl::RegisterFront(char* address)
{
    front_ = address == nullptr ? "" : address;
}

void MdApiImpl::RegisterNameServer(char* address)
{
    front_ = address == nullptr ? "" : address;
}

void MdApiImpl::RegisterSpi(CThostFtdcMdSpi* spi)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    link.spi = spi;
}

void MdApiImpl::deliver(std::function<void(CThostFtdcMdSpi*)> callback)
{
    link.deliver(std::move(callback));
}

void MdApiImpl::sendDepth(const CThostFtdcDepthMarketDataField& depth)
{
    deliver([copy = depth](CThostFtdcMdSpi* spi) mutable { spi->OnRtnDepthMarketData(&copy); });
}

void MdApiImpl::sendBurst(const CThostFtdcDepthMarketDataField& first, double priceTick, int count, int ticksPerSecond,
                          std::shared_ptr<Burst> record)
{
    // Runs on the callback thread, like any delivery, but generates each tick right before sending it, so that
    // the stamps measure the client's path only. Paced: tick i is due at start + i/rate and stamped with that
    // planned time, so a sender held up by a slow client carries the delay into the latency (no coordinated
    // omission). Unpaced: each tick is stamped immediately before its callback.
    deliver([first = first, priceTick, count, ticksPerSecond, record](CThostFtdcMdSpi* spi)
    {
        CThostFtdcDepthMarketDataField depth = first;
        std::vector<int64_t> sent(static_cast<std::size_t>(count));
        const int64_t start = monotonicNs();
        for (int i = 0; i < count; i++)
        {
            // A cheap, deterministic wiggle of the touch: the contents stay consistent (bid < ask, volume grows).
            const double move = ((i * 7919) % 5 - 2) * priceTick;
            depth.BidPrice1 = first.BidPrice1 + move;
            depth.AskPrice1 = depth.BidPrice1 + priceTick;
            depth.LastPrice = (i & 1) ? depth.AskPrice1 : depth.BidPrice1;
            // Numbered 1..count whatever the market traded before, so a client can prove no tick was lost or reordered.
            depth.Volume = i + 1;
            depth.Turnover = first.Turnover + (i + 1) * depth.LastPrice;
            depth.UpdateMillisec = (first.UpdateMillisec + i) % 1000;
            if (ticksPerSecond > 0)
            {
                const int64_t due = plannedSendNs(start, i, ticksPerSecond);
                spinUntil(due);
                sent[static_cast<std::size_t>(i)] = due;
            }
            else
            {
                sent[static_cast<std::size_t>(i)] = monotonicNs();
            }
            spi->OnRtnDepthMarketData(&depth);
        }
        std::lock_guard<std::mutex> lock(record->mutex);
        record->sentNs = std::move(sent);
        record->running = false;
        record->done.notify_all();
    });
}

int MdApiImpl::unsupported(const char*, int requestId)
{
    return link.answerUnsupported(requestId);
}

int MdApiImpl::ReqUserLogin(CThostFtdcReqUserLoginField* request, int requestId)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    if (!link.connected)
    {
        return -1;
    }
    // Market-data fronts accept any identity, as CTP's do; not before the system behind them is up.
    const bool notInited = core_.maintenanceLocked() && core_.config.maintenance == Maintenance::NotInited;
    loggedIn = !notInited;
    CThostFtdcRspUserLoginField rsp{};
    std::memcpy(rsp.BrokerID, request->BrokerID, sizeof rsp.BrokerID);
    std::memcpy(rsp.UserID, request->UserID, sizeof rsp.UserID);
    put(rsp.TradingDay, core_.tradingDayText());
    put(rsp.LoginTime, core_.timeText());
    put(rsp.SystemName, "ctp-sim");
    rsp.FrontID = core_.config.frontId;
    CThostFtdcRspInfoField info{};
    fillRspInfo(info, notInited ? kNotInited : kNone);
    deliver([rsp, info, requestId](CThostFtdcMdSpi* spi) mutable { spi->OnRspUserLogin(&rsp, &info, requestId, true); });
    return 0;
}

int MdApiImpl::ReqUserLogout(CThostFtdcUserLogoutField* request, int requestId)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    if (!link.connected)
    {
        return -1;
    }
    loggedIn = false;
    subscribed.clear();
    CThostFtdcUserLogoutField rsp = *request;
    CThostFtdcRspInfoField info{};
    fillRspInfo(info, kNone);
    deliver([rsp, info, requestId](CThostFtdcMdSpi* spi) mutable { spi->OnRspUserLogout(&rsp, &info, requestId, true); });
    return 0;
}

int MdApiImpl::SubscribeMarketData(char* instrumentIds[], int count)
{
    return subscription(instrumentIds, count, true);
}

int MdApiImpl::UnSubscribeMarketData(char* instrumentIds[], int count)
{
    return subscription(instrumentIds, count, false);
}

int MdApiImpl::SubscribeForQuoteRsp(char*[], int)
{
    return 0;
}

int MdApiImpl::UnSubscribeForQuoteRsp(char*[], int)
{
    return 0;
}

int MdApiImpl::subscription(char* instrumentIds[], int count, bool subscribe)
{
    std::lock_guard<std::mutex> lock(core_.mutex);
    if (!link.connected)
    {
        return -1;
    }
    if (instrumentIds == nullptr || count <= 0)
    {
        return -1;
    }
    std::vector<CThostFtdcDepthMarketDataField> snapshots;
    for (int i = 0; i < count; i++)
    {
        if (instrumentIds[i] == nullptr)
        {
            continue;
        }
        const std::string id = instrumentIds[i];
        CThostFtdcSpecificInstrumentField rsp{};
        put(rsp.InstrumentID, id);
        CThostFtdcRspInfoField info{};
        // CTP answers unknown instruments with success too; they just never tick.
        fillRspInfo(info, loggedIn ? kNone : kNotLoginYet);
        const bool last = i + 1 == count;
        if (subscribe)
        {
            if (loggedIn)
            {
                subscribed.insert(id);
            }
            deliver([rsp, info, last](CThostFtdcMdSpi* spi) mutable { spi->OnRspSubMarketData(&rsp, &info, 0, last); });
            // A new subscriber gets the current snapshot at once, as CTP's fronts send the latest tick.
            const Market* market = core_.findMarket(id);
            if (loggedIn && market != nullptr && core_.config.recordedFeed)
            {
                if (market->injected)
                {
                    snapshots.push_back(market->recorded); // a recorded feed sends recorded ticks only
                }
            }
            else if (loggedIn && market != nullptr)
            {
                snapshots.emplace_back();
                fillDepth(*market, snapshots.back());
            }
        }
        else
        {
            subscribed.erase(id);
            deliver([rsp, info, last](CThostFtdcMdSpi* spi) mutable { spi->OnRspUnSubMarketData(&rsp, &info, 0, last); });
        }
    }
    for (const auto& depth : snapshots)
    {
        sendDepth(depth);
    }
    return 0;
}
}
