#include "config.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
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
        const std::size_t at = line.find_first_not_of(" \t", line.find(key) + key.size());
        std::string path = at == std::string::npos ? "" : line.substr(at);
        path.erase(path.find_last_not_of(" \t\r\n") + 1);
        if (path.empty())
        {
            error = "state_dir needs a directory (or none)";
            return false;
        }
        c.stateDir = path == "none" ? "" : path;
        return true;
    }
    if (key == "recorded_feed") return one(c.recordedFeed, true);
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
