// What the simulator simulates: accounts, instruments, seed, rates and timings. Set through the control
// API (ctpsim_configure, one line at a time) or a file named by CTPSIM_CONFIG; both use the same line grammar.
#pragma once

#include <cstdint>
#include <map>
#include <set>
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

// How the front answers a connection attempt.
enum class FrontMode
{
    Up,     // accepts: OnFrontConnected
    Down,   // nothing answers: no callback at all, the library keeps trying
    Storm,  // accepts and closes at once: OnFrontConnected, OnFrontDisconnected, reconnect, over and over
};

// A maintenance window (the counter before it opens, e.g. between settlement and the night session).
enum class Maintenance
{
    None,
    Refuse,     // connections are not answered (like FrontMode::Down)
    NotInited,  // connections are accepted, logins answered with error 7 (not initialised)
};

// What GetApiVersion() reports: the styles real libraries use.
enum class VersionStyle
{
    Sim,    // "ctp-sim 0.1.0 profile=<id>"
    Sfit,   // SFIT's: "v6.7.8_20240918 14:34:34.8082"
    Tts,    // openctp TTS 6.6.x: "V6_6_1_P1"
    Plain,  // openctp TTS 6.3.x / 6.5.x: "6.3.15"
    Text,   // versionText, verbatim
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
    std::set<int> holidays;    // weekdays the exchanges are closed (yyyymmdd), besides weekends

    // The front's behaviour (not kept in state_dir: a restarted process starts with the front up).
    FrontMode frontMode = FrontMode::Up;
    int stormReconnectUs = 500;   // storm: from OnFrontDisconnected to the next attempt
    bool stormConnected = true;   // storm: each accepted connection announces OnFrontConnected before it closes
    int64_t stormWindowFromNs = 0;  // storm_window: when a scheduled storm starts (CLOCK_MONOTONIC ns; 0: none)
    int64_t stormWindowUntilNs = 0; // and when it ends (the front answers again)
    Maintenance maintenance = Maintenance::None;
    int maintenanceUntilDate = 0; // the window opens when the simulated clock reaches this (0: only by a control call)
    int maintenanceUntilMs = 0;
    std::map<std::string, int> loginErrors; // accountKey (broker/user) → error every login of it is answered with
    int loginLockAfter = 0;       // that many wrong passwords in a row lock the account (error 75); 0: never

    VersionStyle versionStyle = VersionStyle::Sim;
    std::string versionText;
};

// Defaults: one account (broker 9999) and instruments from SHFE, DCE, CZCE, CFFEX and INE.
SimConfig defaultConfig();

// Applies one line ("key value..." or "key = value"); '#' starts a comment. False with a reason on a bad line.
bool applyConfigLine(SimConfig& config, const std::string& line, std::string& error);

bool applyConfigFile(SimConfig& config, const std::string& path, std::string& error);

// The built-in exchange holidays (China's futures exchanges, 2024 and 2025: weekdays closed).
std::set<int> builtInHolidays();

const InstrumentConfig* findInstrument(const SimConfig& config, const std::string& id);
}
