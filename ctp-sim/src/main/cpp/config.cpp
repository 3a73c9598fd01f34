#include "config.h"
#include "clock.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <type_traits>

namespace ctpsim
{
namespace
{
InstrumentConfig instrument(const char* id, const char* exchange, const char* product, double tick, int multiplier,
                            double band, double margin, double byMoney, double byVolume, double preSettlement,
                            int nightEndMinute, bool financial = false)
{
    InstrumentConfig c;
    c.id = id;
    c.exchange = exchange;
    c.product = product;
    c.priceTick = tick;
    c.multiplier = multiplier;
    c.limitBand = band;
    c.marginRate = margin;
    c.commissionByMoney = byMoney;
    c.commissionByVolume = byVolume;
    c.preSettlement = preSettlement;
    c.nightEndMinute = nightEndMinute;
    c.financialHours = financial;
    return c;
}

std::vector<std::string> words(const std::string& line)
{
    std::vector<std::string> out;
    std::istringstream in(line);
    std::string word;
    while (in >> word)
    {
        if (word == "=" && out.size() == 1)
        {
            continue;
        }
        out.push_back(word);
    }
    return out;
}

bool number(const std::string& text, double& out)
{
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return end != text.c_str() && *end == '\0';
}

bool integer(const std::string& text, long long& out)
{
    char* end = nullptr;
    out = std::strtoll(text.c_str(), &end, 10);
    return end != text.c_str() && *end == '\0';
}

// What follows the key, trimmed: for values that may hold spaces.
std::string restOfLine(const std::string& line, const std::string& key)
{
    const std::size_t at = line.find_first_not_of(" \t", line.find(key) + key.size());
    std::string rest = at == std::string::npos ? "" : line.substr(at);
    rest.erase(rest.find_last_not_of(" \t\r\n") + 1);
    return rest;
}

// One of a few words: its value in `choices`.
template <typename T>
bool lookup(const std::string& word, const std::map<std::string, T>& choices, T& out)
{
    const auto found = choices.find(word);
    if (found == choices.end())
    {
        return false;
    }
    out = found->second;
    return true;
}

// "HH:MM:SS" → milliseconds of the day.
bool timeOfDay(const std::string& text, int& ms)
{
    int h = 0, m = 0, s = 0;
    if (std::sscanf(text.c_str(), "%d:%d:%d", &h, &m, &s) != 3 || h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
    {
        return false;
    }
    ms = ((h * 60 + m) * 60 + s) * 1000;
    return true;
}
}

std::set<int> builtInHolidays()
{
    // Weekdays on which SHFE, INE, DCE, CZCE, CFFEX and GFEX were closed (published exchange calendars).
    return {
        20240101, 20240209, 20240212, 20240213, 20240214, 20240215, 20240216, 20240404, 20240405, 20240501,
        20240502, 20240503, 20240610, 20240916, 20240917, 20241001, 20241002, 20241003, 20241004, 20241007,
        20250101, 20250128, 20250129, 20250130, 20250131, 20250203, 20250204, 20250404, 20250501, 20250502,
        20250505, 20250602, 20251001, 20251002, 20251003, 20251006, 20251007, 20251008,
    };
}

SimConfig defaultConfig()
{
    SimConfig c;
    // SimNow's public test identity, so that programs written against SimNow log in unchanged.
    c.accounts.push_back({"9999", "000001", "sim", "simnow_client_test", "0000000000000000", 10000000});
    constexpr int h23 = 23 * 60, h01 = 25 * 60, h0230 = 26 * 60 + 30;
    c.instruments = {
        instrument("rb2501", "SHFE", "rb", 1, 10, 0.07, 0.10, 0.0001, 0, 3500, h23),
        instrument("cu2501", "SHFE", "cu", 10, 5, 0.08, 0.12, 0.00005, 0, 75000, h01),
        instrument("m2501", "DCE", "m", 1, 10, 0.06, 0.10, 0, 1.5, 3000, h23),
        instrument("i2501", "DCE", "i", 0.5, 100, 0.10, 0.15, 0.0001, 0, 800, h23),
        instrument("SR501", "CZCE", "SR", 1, 10, 0.06, 0.08, 0, 3, 6000, h23),
        instrument("TA501", "CZCE", "TA", 2, 5, 0.06, 0.08, 0, 3, 5000, h23),
        instrument("IF2412", "CFFEX", "IF", 0.2, 300, 0.10, 0.12, 0.000023, 0, 3900, -1, true),
        instrument("sc2501", "INE", "sc", 0.1, 1000, 0.08, 0.10, 0, 20, 550, h0230),
    };
    c.holidays = builtInHolidays();
    const char* style = std::getenv("CTPSIM_VERSION_STYLE");
    if (style != nullptr && *style != '\0')
    {
        std::string error;
        if (!applyConfigLine(c, std::string("version_style ") + style, error))
        {
            std::fprintf(stderr, "ctp-sim: CTPSIM_VERSION_STYLE: %s\n", error.c_str());
        }
    }
    const char* path = std::getenv("CTPSIM_CONFIG");
    if (path != nullptr && *path != '\0')
    {
        std::string error;
        if (!applyConfigFile(c, path, error))
        {
            std::fprintf(stderr, "ctp-sim: CTPSIM_CONFIG %s: %s\n", path, error.c_str());
        }
    }
    return c;
}

bool applyConfigLine(SimConfig& c, const std::string& rawLine, std::string& error)
{
    const std::string line = rawLine.substr(0, rawLine.find('#'));
    const std::vector<std::string> w = words(line);
    if (w.empty())
    {
        return true;
    }
    const std::string& key = w[0];
    long long i = 0;
    double d = 0;
    auto one = [&](auto& target, bool isInt) -> bool
    {
        if (w.size() != 2 || (isInt ? !integer(w[1], i) : !number(w[1], d)))
        {
            error = key + " needs one " + (isInt ? "integer" : "number");
            return false;
        }
        target = isInt ? static_cast<std::remove_reference_t<decltype(target)>>(i)
                       : static_cast<std::remove_reference_t<decltype(target)>>(d);
        return true;
    };
    if (key == "seed") return one(c.seed, true);
    if (key == "tick_interval_ms") return one(c.tickIntervalMs, true);
    if (key == "flow_window_ms") return one(c.flowWindowMs, true);
    if (key == "order_requests_per_second") return one(c.orderRequestsPerSecond, true);
    if (key == "response_delay_ms") return one(c.responseDelayMs, true);
    if (key == "connect_delay_ms") return one(c.connectDelayMs, true);
    if (key == "front_id") return one(c.frontId, true);
    if (key == "auth_required") return one(c.authRequired, true);
    if (key == "state_dir")
    {
        // state_dir PATH: the rest of the line, so that a path may hold spaces; "none" detaches
        const std::string path = restOfLine(line, key);
        if (path.empty())
        {
            error = "state_dir needs a directory (or none)";
            return false;
        }
        c.stateDir = path == "none" ? "" : path;
        return true;
    }
    if (key == "recorded_feed") return one(c.recordedFeed, true);
    if (key == "storm_reconnect_us") return one(c.stormReconnectUs, true);
    if (key == "storm_connected") return one(c.stormConnected, true);
    if (key == "storm_window")
    {
        // storm_window AFTER_MS FOR_MS: a front that is up storms from AFTER_MS after this line is read, for FOR_MS
        // (a storm in the middle of a run whose process a test cannot reach: the host's)
        long long afterMs = 0;
        long long forMs = 0;
        if (w.size() != 3 || !integer(w[1], afterMs) || !integer(w[2], forMs) || afterMs < 0 || forMs <= 0)
        {
            error = "storm_window needs AFTER_MS (0 or more) and FOR_MS (more than 0)";
            return false;
        }
        c.stormWindowFromNs = monotonicNs() + afterMs * kNsPerMs;
        c.stormWindowUntilNs = c.stormWindowFromNs + forMs * kNsPerMs;
        return true;
    }
    if (key == "login_lock_after") return one(c.loginLockAfter, true);
    if (key == "front")
    {
        static const std::map<std::string, FrontMode> modes{
            {"up", FrontMode::Up}, {"down", FrontMode::Down}, {"storm", FrontMode::Storm}};
        if (w.size() != 2 || !lookup(w[1], modes, c.frontMode))
        {
            error = "front needs up, down or storm";
            return false;
        }
        return true;
    }
    if (key == "maintenance")
    {
        // maintenance none|refuse|not_inited [YYYYMMDD HH:MM:SS]: until then (or a control call) the front is closed
        static const std::map<std::string, Maintenance> styles{
            {"none", Maintenance::None}, {"refuse", Maintenance::Refuse}, {"not_inited", Maintenance::NotInited}};
        Maintenance style = Maintenance::None;
        int untilMs = 0;
        if ((w.size() != 2 && w.size() != 4) || !lookup(w[1], styles, style) ||
            (w.size() == 4 && (!integer(w[2], i) || !timeOfDay(w[3], untilMs))))
        {
            error = "maintenance needs none, refuse or not_inited, optionally followed by YYYYMMDD HH:MM:SS";
            return false;
        }
        c.maintenance = style;
        c.maintenanceUntilDate = w.size() == 4 ? static_cast<int>(i) : 0;
        c.maintenanceUntilMs = untilMs;
        return true;
    }
    if (key == "login_error")
    {
        // login_error BROKER USER CODE: every login of that user is answered with CODE (0: normal again)
        if (w.size() != 4 || !integer(w[3], i) || i < 0)
        {
            error = "login_error needs BROKER USER CODE (0 clears)";
            return false;
        }
        const std::string account = w[1] + "/" + w[2];
        if (i == 0)
        {
            c.loginErrors.erase(account);
        }
        else
        {
            c.loginErrors[account] = static_cast<int>(i);
        }
        return true;
    }
    if (key == "holiday")
    {
        if (w.size() != 2 || !integer(w[1], i) || i < 19700101 || i > 99991231)
        {
            error = "holiday needs YYYYMMDD";
            return false;
        }
        c.holidays.insert(static_cast<int>(i));
        return true;
    }
    if (key == "clear_holidays")
    {
        c.holidays.clear();
        return true;
    }
    if (key == "version_style")
    {
        static const std::map<std::string, VersionStyle> styles{
            {"sim", VersionStyle::Sim}, {"sfit", VersionStyle::Sfit}, {"tts", VersionStyle::Tts},
            {"plain", VersionStyle::Plain}};
        if (w.size() != 2 || !lookup(w[1], styles, c.versionStyle))
        {
            error = "version_style needs sim, sfit, tts or plain (or use version_text)";
            return false;
        }
        return true;
    }
    if (key == "version_text")
    {
        // the rest of the line, verbatim (vendor strings hold spaces)
        const std::string text = restOfLine(line, key);
        if (text.empty())
        {
            error = "version_text needs a text";
            return false;
        }
        c.versionStyle = VersionStyle::Text;
        c.versionText = text;
        return true;
    }
    if (key == "start")
    {
        // start YYYYMMDD HH:MM:SS
        if (w.size() != 3 || !integer(w[1], i) || !timeOfDay(w[2], c.startTimeMs))
        {
            error = "start needs YYYYMMDD HH:MM:SS";
            return false;
        }
        c.startDate = static_cast<int>(i);
        return true;
    }
    if (key == "clear_accounts")
    {
        c.accounts.clear();
        c.positions.clear();
        return true;
    }
    if (key == "clear_instruments")
    {
        c.instruments.clear();
        c.positions.clear();
        return true;
    }
    if (key == "account")
    {
        // account BROKER USER PASSWORD APPID AUTHCODE FUNDS
        if (w.size() != 7 || !number(w[6], d))
        {
            error = "account needs BROKER USER PASSWORD APPID AUTHCODE FUNDS";
            return false;
        }
        for (auto& a : c.accounts)
        {
            if (a.broker == w[1] && a.user == w[2])
            {
                a = {w[1], w[2], w[3], w[4], w[5], d};
                return true;
            }
        }
        c.accounts.push_back({w[1], w[2], w[3], w[4], w[5], d});
        return true;
    }
    if (key == "instrument")
    {
        // instrument ID EXCHANGE PRODUCT TICK MULTIPLIER BAND MARGIN BY_MONEY BY_VOLUME PRESETTLE NIGHT_END(HH:MM|none)
        if (w.size() != 12)
        {
            error = "instrument needs ID EXCHANGE PRODUCT TICK MULTIPLIER BAND MARGIN BY_MONEY BY_VOLUME PRESETTLE NIGHT_END";
            return false;
        }
        double v[7];
        for (int k = 0; k < 7; k++)
        {
            if (!number(w[4 + k], v[k]))
            {
                error = "instrument: '" + w[4 + k] + "' is not a number";
                return false;
            }
        }
        int night = -1;
        if (w[11] != "none")
        {
            int hh = 0, mm = 0;
            if (std::sscanf(w[11].c_str(), "%d:%d", &hh, &mm) != 2)
            {
                error = "instrument: NIGHT_END must be HH:MM or none";
                return false;
            }
            night = hh * 60 + mm;
            if (night < 21 * 60)
            {
                night += 24 * 60; // ends after midnight
            }
        }
        InstrumentConfig ic = instrument(w[1].c_str(), w[2].c_str(), w[3].c_str(), v[0], static_cast<int>(v[1]), v[2],
                                         v[3], v[4], v[5], v[6], night, w[2] == "CFFEX");
        for (auto& existing : c.instruments)
        {
            if (existing.id == ic.id)
            {
                existing = ic;
                return true;
            }
        }
        c.instruments.push_back(ic);
        return true;
    }
    if (key == "position")
    {
        // position BROKER INVESTOR INSTRUMENT long|short VOLUME   (held since yesterday)
        if (w.size() != 6 || (w[4] != "long" && w[4] != "short") || !integer(w[5], i))
        {
            error = "position needs BROKER INVESTOR INSTRUMENT long|short VOLUME";
            return false;
        }
        c.positions.push_back({w[1], w[2], w[3], w[4] == "long", static_cast<int>(i)});
        return true;
    }
    error = "unknown key '" + key + "'";
    return false;
}

bool applyConfigFile(SimConfig& c, const std::string& path, std::string& error)
{
    std::ifstream in(path);
    if (!in)
    {
        error = "cannot read " + path;
        return false;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line))
    {
        number++;
        if (!applyConfigLine(c, line, error))
        {
            error = path + ":" + std::to_string(number) + ": " + error;
            return false;
        }
    }
    return true;
}

const InstrumentConfig* findInstrument(const SimConfig& config, const std::string& id)
{
    for (const auto& i : config.instruments)
    {
        if (i.id == id)
        {
            return &i;
        }
    }
    return nullptr;
}
}
