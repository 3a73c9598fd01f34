// The extern "C" control API (ctpsim.h): each call takes Core's lock, like a request.
#include "ctpsim.h"

#include <chrono>
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>

#include "core.h"
#include "dispatcher.h"
#include "ctp_api.h"
#include "md_api.h"
#include "trader_api.h"
#include "version.h"

using ctpsim::Core;

namespace
{
thread_local std::string lastError;

int fail(const std::string& why)
{
    lastError = why;
    return -1;
}

constexpr int kNetworkReadFailure = 0x1001; // CTP: "network read failure", what a dropped front reports

bool reshapesDay(const std::string& line)
{
    const std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos)
    {
        return false;
    }
    const std::string key = line.substr(start, line.find_first_of(" \t=", start) - start);
    return key == "account" || key == "instrument" || key == "position" || key == "seed" || key == "start" ||
           key == "front_id" || key == "clear_accounts" || key == "clear_instruments";
}

ctpsim::Market* market(Core& core, const char* instrument)
{
    return instrument == nullptr ? nullptr : core.findMarket(instrument);
}

bool ticksOf(const ctpsim::Market& m, double price, int64_t& ticks)
{
    const double exact = price / m.config.priceTick;
    ticks = std::llround(exact);
    return std::fabs(exact - static_cast<double>(ticks)) < 1e-6;
}

// The first logged-in md session subscribed to the market: where a burst goes.
ctpsim::MdApiImpl* burstReceiver(Core& core, const ctpsim::Market& m)
{
    for (auto* md : core.mds)
    {
        if (md->loggedIn && md->subscribed.count(m.config.id) > 0)
        {
            return md;
        }
    }
    return nullptr;
}

// Both burst entry points: checks, marks the burst running (one at a time: the timestamps are per burst) and
// hands it to the receiver's callback thread. ticksPerSecond 0 = as fast as possible.
int startBurst(const char* instrument, int count, int ticksPerSecond)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    ctpsim::Market* m = market(core, instrument);
    if (m == nullptr || count <= 0)
    {
        return fail("burst needs a known instrument and a positive count");
    }
    ctpsim::MdApiImpl* receiver = burstReceiver(core, *m);
    if (receiver == nullptr)
    {
        return fail(std::string("no md session subscribed to ") + instrument);
    }
    {
        std::lock_guard<std::mutex> burstLock(core.burst->mutex);
        if (core.burst->running)
        {
            return fail("a burst is still running");
        }
        core.burst->running = true;
        core.burst->requested = count;
        core.burst->sentNs.clear();
    }
    CThostFtdcDepthMarketDataField first;
    ctpsim::fillDepth(*m, first);
    receiver->sendBurst(first, m->config.priceTick, count, ticksPerSecond, core.burst);
    return 0;
}
}

extern "C" {

CTPSIM_EXPORT const char* ctpsim_version(void)
{
    return ctpsim::simVersion();
}

CTPSIM_EXPORT const char* ctpsim_profile(void)
{
    return CTPSIM_PROFILE;
}

CTPSIM_EXPORT const char* ctpsim_last_error(void)
{
    return lastError.c_str();
}

CTPSIM_EXPORT int ctpsim_reset(void)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    const int front = core.frontStateLocked();
    core.config = ctpsim::defaultConfig();
    core.scheduledStorm = false; // the configuration read again decides (a storm_window in it starts afresh)
    core.connectionsAccepted = 0;
    core.resetLocked();
    core.attachStateDirLocked();
    core.followFrontLocked(front);
    return 0;
}

CTPSIM_EXPORT int ctpsim_configure(const char* line)
{
    if (line == nullptr)
    {
        return fail("null line");
    }
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    std::string error;
    const int front = core.frontStateLocked();
    const int lockAfter = core.config.loginLockAfter;
    if (!ctpsim::applyConfigLine(core.config, line, error))
    {
        return fail(error);
    }
    if (core.config.loginLockAfter != lockAfter)
    {
        core.loginFailures.clear(); // a new policy starts counting afresh (and unlocks)
    }
    core.applyCalendarLocked();
    if (reshapesDay(line))
    {
        core.resetLocked();
    }
    core.attachStateDirLocked();
    core.persistLocked();
    core.followFrontLocked(front);
    core.wakeTimer();
    return 0;
}

CTPSIM_EXPORT int ctpsim_load_config(const char* path)
{
    if (path == nullptr)
    {
        return fail("null path");
    }
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    std::string error;
    const int front = core.frontStateLocked();
    if (!ctpsim::applyConfigFile(core.config, path, error))
    {
        return fail(error);
    }
    core.resetLocked();
    core.attachStateDirLocked();
    core.followFrontLocked(front);
    return 0;
}

CTPSIM_EXPORT int ctpsim_step(int rounds)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    for (int i = 0; i < rounds; i++)
    {
        core.runRoundLocked();
    }
    return rounds;
}

CTPSIM_EXPORT int ctpsim_set_book(const char* instrument, double bid, int bidVolume, double ask, int askVolume)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    ctpsim::Market* m = market(core, instrument);
    if (m == nullptr)
    {
        return fail(std::string("no instrument ") + (instrument ? instrument : "(null)"));
    }
    int64_t bidTicks = 0, askTicks = 0;
    if ((bidVolume > 0 && !ticksOf(*m, bid, bidTicks)) || (askVolume > 0 && !ticksOf(*m, ask, askTicks)))
    {
        return fail("price not on the tick grid");
    }
    if (bidVolume > 0 && askVolume > 0 && bidTicks >= askTicks)
    {
        return fail("bid must be below ask");
    }
    ctpsim::setBook(*m, bidTicks, bidVolume, askTicks, askVolume);
    m->lastTradeVolume = 0;
    ctpsim::matchResting(core, *m);
    core.publishDepth(*m);
    core.persistLocked();
    return 0;
}

CTPSIM_EXPORT int ctpsim_market_trade(const char* instrument, double price, int volume)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    ctpsim::Market* m = market(core, instrument);
    if (m == nullptr)
    {
        return fail(std::string("no instrument ") + (instrument ? instrument : "(null)"));
    }
    int64_t ticks = 0;
    if (!ticksOf(*m, price, ticks) || volume <= 0)
    {
        return fail("price not on the tick grid or volume not positive");
    }
    ctpsim::marketTrade(core, *m, ticks, volume);
    core.publishDepth(*m);
    core.persistLocked();
    return 0;
}

CTPSIM_EXPORT int ctpsim_inject_depth(const void* depth, int size)
{
    if (depth == nullptr || size != static_cast<int>(sizeof(CThostFtdcDepthMarketDataField)))
    {
        return fail("inject needs a CThostFtdcDepthMarketDataField of " + std::to_string(sizeof(CThostFtdcDepthMarketDataField)) +
                    " bytes (profile " CTPSIM_PROFILE "), got " + std::to_string(size));
    }
    CThostFtdcDepthMarketDataField tick;
    std::memcpy(&tick, depth, sizeof tick);
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    if (!core.config.recordedFeed)
    {
        return fail("inject needs a recorded feed: configure 'recorded_feed 1' first");
    }
    const std::string id(tick.InstrumentID, strnlen(tick.InstrumentID, sizeof tick.InstrumentID));
    ctpsim::Market* m = core.findMarket(id);
    if (m == nullptr)
    {
        return fail("no instrument '" + id + "' in the simulator (add it with an 'instrument' configuration line)");
    }
    std::string error;
    if (!ctpsim::injectTick(*m, tick, error))
    {
        return fail(error);
    }
    if (m->time.date != 0)
    {
        core.clock = m->time;
    }
    ctpsim::matchResting(core, *m);
    core.persistLocked();
    return 0;
}

CTPSIM_EXPORT int ctpsim_publish_injected(const char* instrument)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    ctpsim::Market* m = market(core, instrument);
    if (m == nullptr || !m->injected)
    {
        return fail(std::string("no injected tick of ") + (instrument ? instrument : "(null)"));
    }
    core.publishRecorded(*m);
    return 0;
}

CTPSIM_EXPORT int64_t ctpsim_connections_accepted(void)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    return static_cast<int64_t>(core.connectionsAccepted);
}

CTPSIM_EXPORT int ctpsim_settle(void)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    return core.settleLocked();
}

CTPSIM_EXPORT int ctpsim_advance_clock(int yyyymmdd, int msOfDay)
{
    if (msOfDay < 0 || msOfDay >= 24 * 3600 * 1000 || yyyymmdd < 19700101 || yyyymmdd > 99991231 ||
        yyyymmdd % 100 < 1 || yyyymmdd % 100 > 31 || yyyymmdd / 100 % 100 < 1 || yyyymmdd / 100 % 100 > 12)
    {
        return fail("advance_clock needs a date yyyymmdd and a time of day in ms, got " + std::to_string(yyyymmdd) +
                    " " + std::to_string(msOfDay));
    }
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    const ctpsim::SimTime target{yyyymmdd, msOfDay};
    if (target.date < core.clock.date || (target.date == core.clock.date && target.ms < core.clock.ms))
    {
        return fail("the simulated clock only moves forward: it is " + std::to_string(core.clock.date) + " " +
                    core.timeText() + " already");
    }
    core.clock = target;
    core.openMaintenanceIfDueLocked();
    core.persistLocked();
    core.wakeTimer();
    return ctpsim::tradingDay(core.clock);
}

CTPSIM_EXPORT int ctpsim_trading_day(void)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    return ctpsim::tradingDay(core.clock);
}

CTPSIM_EXPORT int64_t ctpsim_callbacks_pending(void)
{
    return ctpsim::Dispatcher::pendingTasks();
}

CTPSIM_EXPORT int64_t ctpsim_callbacks_finished(void)
{
    return ctpsim::Dispatcher::finishedTasks();
}

CTPSIM_EXPORT int ctpsim_drop_connection(int target, int reconnectDelayMs)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    int dropped = 0;
    if (target & CTPSIM_TRADER)
    {
        for (auto* t : core.traders)
        {
            dropped += t->link.connected ? 1 : 0;
            t->link.drop(kNetworkReadFailure, reconnectDelayMs < 0 ? -1 : reconnectDelayMs * ctpsim::kNsPerMs, true);
        }
    }
    if (target & CTPSIM_MD)
    {
        for (auto* m : core.mds)
        {
            dropped += m->link.connected ? 1 : 0;
            m->link.drop(kNetworkReadFailure, reconnectDelayMs < 0 ? -1 : reconnectDelayMs * ctpsim::kNsPerMs, true);
        }
    }
    return dropped;
}

CTPSIM_EXPORT int ctpsim_reconnect(int target, int delayMs)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    if (target & CTPSIM_TRADER)
    {
        for (auto* t : core.traders)
        {
            t->link.reconnect(delayMs);
        }
    }
    if (target & CTPSIM_MD)
    {
        for (auto* m : core.mds)
        {
            m->link.reconnect(delayMs);
        }
    }
    return 0;
}

CTPSIM_EXPORT int ctpsim_heartbeat_warning(int target, int lapseSeconds)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    if (target & CTPSIM_TRADER)
    {
        for (auto* t : core.traders)
        {
            t->deliver([lapseSeconds](CThostFtdcTraderSpi* spi) { spi->OnHeartBeatWarning(lapseSeconds); });
        }
    }
    if (target & CTPSIM_MD)
    {
        for (auto* m : core.mds)
        {
            m->deliver([lapseSeconds](CThostFtdcMdSpi* spi) { spi->OnHeartBeatWarning(lapseSeconds); });
        }
    }
    return 0;
}

CTPSIM_EXPORT int ctpsim_burst(const char* instrument, int count)
{
    return startBurst(instrument, count, 0);
}

CTPSIM_EXPORT int ctpsim_burst_paced(const char* instrument, int count, int ticksPerSecond)
{
    if (ticksPerSecond <= 0)
    {
        return fail("a paced burst needs a positive rate (ctpsim_burst sends as fast as possible)");
    }
    return startBurst(instrument, count, ticksPerSecond);
}

CTPSIM_EXPORT int ctpsim_burst_wait(int timeoutMs)
{
    std::shared_ptr<ctpsim::Burst> burst;
    {
        Core& core = Core::get();
        std::lock_guard<std::mutex> lock(core.mutex);
        burst = core.burst;
    }
    std::unique_lock<std::mutex> lock(burst->mutex);
    if (!burst->done.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return !burst->running; }))
    {
        return fail("burst still running");
    }
    return static_cast<int>(burst->sentNs.size());
}

CTPSIM_EXPORT int ctpsim_burst_timestamps(int64_t* out, int capacity)
{
    std::shared_ptr<ctpsim::Burst> burst;
    {
        Core& core = Core::get();
        std::lock_guard<std::mutex> lock(core.mutex);
        burst = core.burst;
    }
    std::lock_guard<std::mutex> lock(burst->mutex);
    const int n = std::min<int>(capacity, static_cast<int>(burst->sentNs.size()));
    if (out != nullptr && n > 0)
    {
        std::memcpy(out, burst->sentNs.data(), sizeof(int64_t) * static_cast<std::size_t>(n));
    }
    return n;
}

CTPSIM_EXPORT int ctpsim_order_probe(int everyNthTick)
{
    if (everyNthTick < 0)
    {
        return fail("the probe needs a tick interval of 1 or more (0 disarms)");
    }
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    core.orderProbe.every = everyNthTick;
    core.orderProbe.arrivalNs.clear();
    return 0;
}

CTPSIM_EXPORT int ctpsim_order_probe_arrivals(void)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    return static_cast<int>(core.orderProbe.arrivalNs.size());
}

CTPSIM_EXPORT int ctpsim_order_probe_pairs(int64_t* tickSentNs, int64_t* orderArrivalNs, int capacity)
{
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    const ctpsim::OrderProbe& probe = core.orderProbe;
    if (probe.every <= 0)
    {
        return fail("the order probe is not armed");
    }
    std::lock_guard<std::mutex> burstLock(core.burst->mutex);
    const std::vector<int64_t>& sent = core.burst->sentNs;
    int pairs = 0;
    for (std::size_t k = 0; k < probe.arrivalNs.size() && pairs < capacity; k++)
    {
        const std::size_t tick = (k + 1) * static_cast<std::size_t>(probe.every); // numbered from 1
        if (tick > sent.size())
        {
            break; // an arrival with no probe tick of the last burst behind it: not paired
        }
        if (tickSentNs != nullptr)
        {
            tickSentNs[pairs] = sent[tick - 1];
        }
        if (orderArrivalNs != nullptr)
        {
            orderArrivalNs[pairs] = probe.arrivalNs[k];
        }
        pairs++;
    }
    return pairs;
}
}
