// What the simulator simulates: accounts, instruments, seed, rates and timings. Set through the control
// API (ctpsim_configure, one line at a time) or a file named by CTPSIM_CONFIG; both use the same line grammar.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ctpsim
{
struct InstrumentConfig
{
    std::string id;
    std::string exchange;
    std::string product;
    double priceTick = 1;
    int multiplier = 1;
    double limitBand = 0.1;        // fraction of the pre-settlement price
    double marginRate = 0.1;       // fraction of the contract value, both sides
    double commissionByMoney = 0;  // fraction of turnover
    double commissionByVolume = 0; // per lot
    double preSettlement = 100;
    int nightEndMinute = -1;       // minutes after 00:00 of the evening's date (25*60 = 01:00 next day); -1: no night session
    bool financialHours = false;   // CFFEX day schedule (09:30-11:30, 13:00-15:00)
};

struct AccountConfig
{
    std::string broker;
    std::string user;
    std::string password;
    std::string appId;
    std::string authCode;
    double funds = 0;
};

// A position held since yesterday (before the simulated trading day starts).
struct PositionConfig
{
    std::string broker;
    std::string investor;
    std::string instrument;
    bool isLong = true;
    int volume = 0;
};

struct SimConfig
{
    std::vector<AccountConfig> accounts;
    std::vector<InstrumentConfig> instruments;
    std::vector<PositionConfig> positions;
    uint64_t seed = 20240918;
    int tickIntervalMs = 500;  // per instrument; 0: ticks only on ctpsim_step (tests)
    int flowWindowMs = 1000;   // at most one query per window (CTP: one per second)
    int orderRequestsPerSecond = 0; // the front's order flow control: more inserts + actions in a second return -3 (0: off)
    int responseDelayMs = 0;   // fault: every callback delivered this late
    int connectDelayMs = 0;    // Init (or a reconnect) to OnFrontConnected
    int startDate = 20241105;  // calendar date (yyyymmdd) the simulated clock starts on
    int startTimeMs = 9 * 3600 * 1000;
    int frontId = 1;
    bool authRequired = true;  // ReqUserLogin needs a successful ReqAuthenticate first
    std::string stateDir;      // where the counter's state survives the process (empty: memory only)
    bool recordedFeed = false; // the market moves only by injected (recorded) ticks: no generator, no synthetic ticks
};

// Defaults: one account (broker 9999) and instruments from SHFE, DCE, CZCE, CFFEX and INE.
SimConfig defaultConfig();

// Applies one line ("key value..." or "key = value"); '#' starts a comment. False with a reason on a bad line.
bool applyConfigLine(SimConfig& config, const std::string& line, std::string& error);

bool applyConfigFile(SimConfig& config, const std::string& path, std::string& error);

const InstrumentConfig* findInstrument(const SimConfig& config, const std::string& id);
}
