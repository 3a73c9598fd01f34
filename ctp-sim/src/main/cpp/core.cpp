#include "core.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>

#include "clock.h"
#include "front_link.h"
#include "md_api.h"
#include "state_file.h"
#include "text.h"
#include "trader_api.h"

namespace ctpsim
{
namespace
{
std::atomic<Core*> created{nullptr};

// Runs `action` on the front link of every session, trader and md alike (a generic lambda: the links' SPI types differ).
template <typename Action>
void forEachLink(Core& core, Action action)
{
    for (TraderApiImpl* t : core.traders)
    {
        action(t->link);
    }
    for (MdApiImpl* m : core.mds)
    {
        action(m->link);
    }
}
}

Core& Core::get()
{
    // Never destroyed: API objects and the timer may still run while the process exits.
    static Core* core = [] { Core* c = new Core(); created = c; return c; }();
    return *core;
}

uint64_t Core::randomEpochBase()
{
    std::random_device random;
    return (static_cast<uint64_t>(random()) << 32 | random()) & ~0xffffffULL;
}

Core::Core()
{
    config = defaultConfig();
    resetLocked();
    attachStateDirLocked(); // CTPSIM_CONFIG may name a state directory: a restarted process finds its counter
    timer_ = std::thread([this] { timerLoop(); });
    pthread_setname_np(timer_.native_handle(), "ctpsim-market");
}

void Core::applyCalendarLocked()
{
    setHolidays(config.holidays);
}

void Core::resetLocked()
{
    applyCalendarLocked();
    markets.clear();
    for (const auto& instrument : config.instruments)
    {
        markets.push_back(openMarket(instrument, config.seed));
    }
    clock = nextOpen(config.instruments, SimTime{config.startDate, config.startTimeMs});
    for (auto& m : markets)
    {
        m.time = clock;
    }
    accounts.clear();
    for (const auto& a : config.accounts)
    {
        Account account;
        account.config = a;
        account.preBalance = a.funds;
        accounts[accountKey(a.broker, a.user)] = account;
    }
    for (const auto& p : config.positions)
    {
        auto found = accounts.find(accountKey(p.broker, p.investor));
        const Market* market = findMarket(p.instrument);
        if (found == accounts.end() || market == nullptr)
        {
            continue;
        }
        PositionSide& side = found->second.positions[p.instrument].side(p.isLong);
        side.yesterday += p.volume;
        side.yesterdayAtStart += p.volume;
        side.margin += marginPerLot(market->config, market->price(market->preSettlement)) * p.volume;
        side.touched = true;
    }
    orders.clear();
    trades.clear();
    topics.clear();
    loginFailures.clear();
    // Deterministic identifiers, distinct per front so that sessions of two simulators never collide.
    nextSessionId = 0x10000 * config.frontId + 1;
    nextOrderSysId = 1;
    nextTradeId = 1;
    nextLocalId = 1;
    nextSequenceNo = 1;
    nextArrival = 1;
    // A new day: resume cursors of earlier days (in this process or another) no longer apply.
    dayEpoch = epochBase_ + ++resets_;
    detachSessionsLocked();
    if (store_ && config.stateDir == attachedStateDir_)
    {
        store_->clear(); // a new day at the same counter; a newly named directory is attached by the caller
        persistLocked();
    }
    wakeTimer();
}

void Core::detachSessionsLocked()
{
    for (TraderApiImpl* t : traders)
    {
        t->loggedIn = false;
        t->authenticated = false;
    }
    for (MdApiImpl* m : mds)
    {
        m->subscribed.clear();
    }
}

bool Core::maintenanceLocked() const
{
    if (config.maintenance == Maintenance::None)
    {
        return false;
    }
    if (config.maintenanceUntilDate == 0)
    {
        return true;
    }
    return clock.date < config.maintenanceUntilDate ||
           (clock.date == config.maintenanceUntilDate && clock.ms < config.maintenanceUntilMs);
}

FrontMode Core::frontModeLocked() const
{
    return scheduledStorm && config.frontMode == FrontMode::Up ? FrontMode::Storm : config.frontMode;
}

void Core::followStormWindowLocked()
{
    const int64_t now = monotonicNs();
    const bool inWindow = config.stormWindowFromNs != 0 && now >= config.stormWindowFromNs && now < config.stormWindowUntilNs;
    if (inWindow == scheduledStorm)
    {
        return;
    }
    const int before = frontStateLocked();
    scheduledStorm = inWindow;
    followFrontLocked(before);
}

Core::Admission Core::admitConnectionLocked() const
{
    const FrontMode mode = frontModeLocked();
    if (mode == FrontMode::Down || (maintenanceLocked() && config.maintenance == Maintenance::Refuse))
    {
        return Admission::Silent;
    }
    return mode == FrontMode::Storm ? Admission::AcceptAndClose : Admission::Accept;
}

int Core::frontStateLocked() const
{
    const int maintenance = maintenanceLocked() ? static_cast<int>(config.maintenance) : 0;
    return static_cast<int>(frontModeLocked()) * 4 + maintenance;
}

void Core::followFrontLocked(const int before)
{
    const int now = frontStateLocked();
    if (now == before)
    {
        return;
    }
    if (now != 0)
    {
        // The front goes down, storms or enters maintenance: its sessions end (a restarted front's clients reconnect).
        forEachLink(*this, [](auto& link) { link.drop(kFrontClosedReason, 0, true); });
    }
    if (admitConnectionLocked() != Admission::Silent)
    {
        forEachLink(*this, [](auto& link) { link.revive(); });
    }
}

void Core::openMaintenanceIfDueLocked()
{
    if (config.maintenance != Maintenance::None && config.maintenanceUntilDate != 0 && !maintenanceLocked())
    {
        const int before = static_cast<int>(config.maintenance) + static_cast<int>(frontModeLocked()) * 4;
        config.maintenance = Maintenance::None;
        followFrontLocked(before);
    }
}

int Core::settleLocked()
{
    // The day's end as a counter's settlement sees it: first the working orders expire (their OnRtnOrder goes out).
    cancelWorkingOrders(*this);
    // Positions and funds at the settlement price (the last price): today's lots become yesterday's.
    const auto byId = marketsById();
    for (auto& [key, account] : accounts)
    {
        account.preBalance += account.closeProfit + account.positionProfit(byId) - account.commission;
        account.closeProfit = 0;
        account.commission = 0;
        account.frozenMargin = 0;
        account.frozenCommission = 0;
        account.settlementConfirmed = false;
        for (auto& [instrument, position] : account.positions)
        {
            const Market* market = findMarket(instrument);
            for (PositionSide* side : {&position.longSide, &position.shortSide})
            {
                const int held = side->total();
                PositionSide rolled;
                rolled.yesterday = held;
                rolled.yesterdayAtStart = held;
                rolled.margin = market == nullptr ? 0 : marginPerLot(market->config, market->price(market->last)) * held;
                rolled.touched = held > 0;
                *side = rolled;
            }
        }
    }
    for (auto& m : markets)
    {
        InstrumentConfig settled = m.config;
        settled.preSettlement = m.price(m.last);
        Market next = openMarket(settled, 0);
        next.config = m.config;
        next.random = m.random; // the generator goes on: a new day, not a replay of the first
        next.preOpenInterest = m.openInterest;
        next.openInterest = m.openInterest;
        next.time = m.time;
        m = std::move(next);
    }
    // The clock moves to the evening after the settled trading day, so that what follows (a night session, or the
    // next day session after a weekend or holiday) belongs to the next trading day.
    const bool afternoon = isBusinessDay(clock.date) && clock.ms >= kSettleFromMs && clock.ms < kNightOpenMs;
    const int settledDay = afternoon ? clock.date : tradingDay(clock);
    const SimTime evening{settledDay, kSettledAtMs};
    if (clock.date < evening.date || (clock.date == evening.date && clock.ms < evening.ms))
    {
        clock = evening;
    }
    orders.clear();
    trades.clear();
    topics.clear();
    dayEpoch = epochBase_ + ++resets_;
    // Every session closes after what it was sent (the cancels), and reconnects to find the new day.
    const int64_t reconnectNs = static_cast<int64_t>(config.connectDelayMs) * kNsPerMs;
    forEachLink(*this, [reconnectNs](auto& link) { link.drop(kFrontClosedReason, reconnectNs, false); });
    if (store_)
    {
        store_->clear(); // the logs start again with the new day
    }
    persistLocked();
    wakeTimer();
    return tradingDay(clock);
}

void Core::persistLocked()
{
    if (!store_)
    {
        return;
    }
    std::string error;
    if (!store_->save(*this, error))
    {
        lastError = error;
        std::fprintf(stderr, "ctp-sim: state not saved: %s\n", error.c_str());
    }
}

void Core::attachStateDirLocked()
{
    if (config.stateDir == attachedStateDir_)
    {
        return;
    }
    attachedStateDir_ = config.stateDir;
    store_.reset();
    if (attachedStateDir_.empty())
    {
        return;
    }
    store_ = std::make_unique<StateStore>(attachedStateDir_);
    std::string error;
    if (store_->load(*this, error))
    {
        applyCalendarLocked();
        detachSessionsLocked();
        wakeTimer();
        return;
    }
    if (!error.empty())
    {
        std::fprintf(stderr, "ctp-sim: saved state ignored, a new day starts: %s\n", error.c_str());
    }
    store_->clear();
    persistLocked();
}

int64_t Core::dueNs() const
{
    return config.responseDelayMs > 0 ? monotonicNs() + config.responseDelayMs * kNsPerMs : 0;
}

Market* Core::findMarket(const std::string& instrumentId)
{
    const int index = marketIndex(instrumentId);
    return index < 0 ? nullptr : &markets[index];
}

int Core::marketIndex(const std::string& instrumentId) const
{
    for (std::size_t i = 0; i < markets.size(); i++)
    {
        if (markets[i].config.id == instrumentId)
        {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::map<std::string, const Market*> Core::marketsById() const
{
    std::map<std::string, const Market*> byId;
    for (const auto& m : markets)
    {
        byId[m.config.id] = &m;
    }
    return byId;
}

std::string Core::tradingDayText() const
{
    return std::to_string(tradingDay(clock));
}

std::string Core::timeText() const
{
    return timeOfDay(clock.ms);
}

void Core::publishPrivate(const std::string& account, const PrivateMessage& message)
{
    auto& topic = topics[account];
    const uint64_t sequence = topic.size();
    topic.push_back(message);
    for (TraderApiImpl* t : traders)
    {
        if (t->loggedIn && t->account == account)
        {
            t->deliverPrivate(sequence, message);
        }
    }
}

void Core::publishDepth(const Market& market)
{
    if (config.recordedFeed)
    {
        return; // subscribers get the recorded ticks only (publishRecorded)
    }
    bool anyone = false;
    for (MdApiImpl* m : mds)
    {
        anyone = anyone || (m->loggedIn && m->subscribed.count(market.config.id) > 0);
    }
    if (!anyone)
    {
        return;
    }
    CThostFtdcDepthMarketDataField depth;
    fillDepth(market, depth);
    for (MdApiImpl* m : mds)
    {
        if (m->loggedIn && m->subscribed.count(market.config.id) > 0)
        {
            m->sendDepth(depth);
        }
    }
}

void Core::publishRecorded(const Market& market)
{
    for (MdApiImpl* m : mds)
    {
        if (m->loggedIn && m->subscribed.count(market.config.id) > 0)
        {
            m->sendDepth(market.recorded);
        }
    }
}

void Core::runRoundLocked()
{
    const int interval = config.tickIntervalMs > 0 ? config.tickIntervalMs : 500;
    SimTime next = advance(clock, interval);
    bool anyTrading = false;
    for (const auto& m : markets)
    {
        anyTrading = anyTrading || inSession(m.config, next);
    }
    clock = anyTrading ? next : nextOpen(config.instruments, next);
    openMaintenanceIfDueLocked();
    followStormWindowLocked();
    for (auto& m : markets)
    {
        if (!inSession(m.config, clock))
        {
            continue;
        }
        m.time = clock;
        stepMarket(m);
        matchResting(*this, m);
        publishDepth(m);
    }
    persistLocked();
}

void Core::wakeTimer()
{
    timerWake_.notify_all();
}

void Core::stopTimer()
{
    {
        std::lock_guard<std::mutex> lock(mutex);
        timerStop_ = true;
    }
    timerWake_.notify_all();
    if (timer_.joinable())
    {
        timer_.join();
    }
}

void Core::timerLoop()
{
    std::unique_lock<std::mutex> lock(mutex);
    int64_t nextRound = monotonicNs();
    while (!timerStop_)
    {
        if (config.tickIntervalMs <= 0 || config.recordedFeed)
        {
            timerWake_.wait(lock);
            nextRound = monotonicNs();
            continue;
        }
        const int64_t now = monotonicNs();
        if (now < nextRound)
        {
            timerWake_.wait_for(lock, std::chrono::nanoseconds(nextRound - now));
            continue;
        }
        runRoundLocked();
        // Planned times, so that a slow round does not shift the rate; a long stall does not cause a catch-up storm.
        nextRound = std::max(nextRound + config.tickIntervalMs * kNsPerMs, monotonicNs() - config.tickIntervalMs * kNsPerMs);
    }
}

namespace
{
// Stops the market timer before the library's code is unmapped (dlclose) or the process exits.
__attribute__((destructor)) void stopCoreTimer()
{
    if (Core* core = created.load())
    {
        core->stopTimer();
    }
}
}
}
