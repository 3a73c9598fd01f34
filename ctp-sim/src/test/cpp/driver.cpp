// Test driver main loop and the helpers the generated part uses. Protocol (one command per line):
//   load PATH                          dlopen(PATH, RTLD_NOW | RTLD_LOCAL), find the factories and ctpsim_*
//   version                            RET 0 <GetApiVersion()>
//   trader NAME FLOWDIR | md NAME FLOWDIR   create an API instance with a recording SPI
//   call NAME METHOD ARGS...            Init, Release, GetTradingDay, RegisterFront ADDR,
//                                      SubscribePrivateTopic N, SubscribePublicTopic N,
//                                      SubscribeMarketData ID..., UnSubscribeMarketData ID...,
//                                      or any request: ReqXxx REQUEST_ID Field=value...
//   ctl FUNCTION ARGS...               a ctpsim_ control function (see ctpsim.h)
//   quiet NAME                         count and time-stamp this md instance's ticks instead of printing them
//   latency NAME                       RET <ticks received> <p50 ns> <p99 ns> <max ns> <ticks/s> for the last burst
//   exit
// Replies: "RET <code> [text]". Callbacks: "CB NAME METHOD ARG...", ARG = null | i:N | b:0/1 | ? |
// Struct:Field=value,... (non-zero fields only; bytes outside printable ASCII and % , = : percent-encoded).
#include "driver.h"

#include <dlfcn.h>

#include <algorithm>
#include <cfloat>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "reflect.h"

namespace ctpsim::driver
{
namespace
{
std::mutex outputMutex;
std::mutex quietMutex;
std::set<std::string> quietInstances;
std::map<std::string, std::vector<int64_t>> received;

int64_t nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

void encode(std::string& out, const char* bytes, std::size_t n)
{
    static const char* hex = "0123456789ABCDEF";
    for (std::size_t i = 0; i < n; i++)
    {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c <= 0x20 || c >= 0x7f || c == '%' || c == ',' || c == '=' || c == ':')
        {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        else
        {
            out += static_cast<char>(c);
        }
    }
}

std::string decode(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); i++)
    {
        if (text[i] == '%' && i + 2 < text.size())
        {
            out += static_cast<char>(std::strtol(text.substr(i + 1, 2).c_str(), nullptr, 16));
            i += 2;
        }
        else
        {
            out += text[i];
        }
    }
    return out;
}

const StructInfo* findStruct(const char* name)
{
    for (std::size_t i = 0; i < kStructCount; i++)
    {
        if (std::strcmp(kStructs[i].name, name) == 0)
        {
            return &kStructs[i];
        }
    }
    return nullptr;
}

void reply(int code, const std::string& text = "")
{
    std::lock_guard<std::mutex> lock(outputMutex);
    std::fprintf(stdout, "RET %d%s%s\n", code, text.empty() ? "" : " ", text.c_str());
    std::fflush(stdout);
}
}

void fill(const char* structName, void* data, const FieldValues& values)
{
    const StructInfo* info = findStruct(structName);
    if (info == nullptr)
    {
        throw std::runtime_error(std::string("unknown struct ") + structName);
    }
    char* base = static_cast<char*>(data);
    for (const auto& [name, raw] : values)
    {
        const FieldInfo* field = nullptr;
        for (std::size_t i = 0; i < info->count; i++)
        {
            if (name == info->fields[i].name)
            {
                field = &info->fields[i];
            }
        }
        if (field == nullptr)
        {
            throw std::runtime_error(std::string(structName) + " has no field " + name);
        }
        const std::string value = decode(raw);
        char* at = base + field->offset;
        switch (field->type)
        {
            case FieldType::CharArray:
                std::memset(at, 0, field->size);
                std::memcpy(at, value.data(), std::min(value.size(), field->size - 1));
                break;
            case FieldType::Char: *at = value.empty() ? '\0' : value[0]; break;
            case FieldType::Short: { short v = static_cast<short>(std::atoi(value.c_str())); std::memcpy(at, &v, sizeof v); break; }
            case FieldType::Int: { int v = std::atoi(value.c_str()); std::memcpy(at, &v, sizeof v); break; }
            case FieldType::Double: { double v = std::strtod(value.c_str(), nullptr); std::memcpy(at, &v, sizeof v); break; }
        }
    }
}

Line::Line(const std::string& instance, const char* method) : method_(method), instance_(instance)
{
    text_ = "CB " + instance + " " + method;
}

bool quietDepth(const std::string& instance)
{
    std::lock_guard<std::mutex> lock(quietMutex);
    return quietInstances.count(instance) > 0;
}

void Line::structArg(const char* structName, const void* data)
{
    if (method_ == "OnRtnDepthMarketData" && quietDepth(instance_))
    {
        return;
    }
    if (data == nullptr)
    {
        text_ += " null";
        return;
    }
    const StructInfo* info = findStruct(structName);
    text_ += ' ';
    text_ += structName;
    text_ += ':';
    bool first = true;
    const char* base = static_cast<const char*>(data);
    for (std::size_t i = 0; info != nullptr && i < info->count; i++)
    {
        const FieldInfo& f = info->fields[i];
        const char* at = base + f.offset;
        std::string value;
        switch (f.type)
        {
            case FieldType::CharArray: encode(value, at, strnlen(at, f.size)); break;
            case FieldType::Char: if (*at != 0) encode(value, at, 1); break;
            case FieldType::Short: { short v; std::memcpy(&v, at, sizeof v); if (v != 0) value = std::to_string(v); break; }
            case FieldType::Int: { int v; std::memcpy(&v, at, sizeof v); if (v != 0) value = std::to_string(v); break; }
            case FieldType::Double:
            {
                double v;
                std::memcpy(&v, at, sizeof v);
                if (v != 0)
                {
                    char number[32];
                    std::snprintf(number, sizeof number, "%.17g", v);
                    value = number;
                }
                break;
            }
        }
        if (value.empty())
        {
            continue;
        }
        if (!first)
        {
            text_ += ',';
        }
        first = false;
        text_ += f.name;
        text_ += '=';
        text_ += value;
    }
}

void Line::intArg(int value)
{
    text_ += " i:" + std::to_string(value);
}

void Line::boolArg(bool value)
{
    text_ += value ? " b:1" : " b:0";
}

void Line::otherArg()
{
    text_ += " ?";
}

void Line::emit()
{
    if (method_ == "OnRtnDepthMarketData" && quietDepth(instance_))
    {
        const int64_t now = nowNs();
        std::lock_guard<std::mutex> lock(quietMutex);
        received[instance_].push_back(now);
        return;
    }
    std::lock_guard<std::mutex> lock(outputMutex);
    std::fprintf(stdout, "%s\n", text_.c_str());
    std::fflush(stdout);
}

namespace
{
using TraderFactory = CThostFtdcTraderApi* (*)(const char*);
using MdFactory = CThostFtdcMdApi* (*)(const char*, bool, bool);
using VersionFn = const char* (*)();

struct Driver
{
    void* library = nullptr;
    TraderFactory traderFactory = nullptr;
    MdFactory mdFactory = nullptr;
    VersionFn version = nullptr;
    std::map<std::string, CThostFtdcTraderApi*> traders;
    std::map<std::string, CThostFtdcMdApi*> mds;
    std::vector<std::string> keep; // strings handed to the library stay alive

    template <typename F>
    F control(const char* name)
    {
        return reinterpret_cast<F>(dlsym(library, name));
    }

    void run(const std::vector<std::string>& w);
    void callApi(const std::vector<std::string>& w);
    void controlCall(const std::vector<std::string>& w);
};

FieldValues fieldValues(const std::vector<std::string>& w, std::size_t from)
{
    FieldValues values;
    for (std::size_t i = from; i < w.size(); i++)
    {
        const std::size_t eq = w[i].find('=');
        if (eq == std::string::npos)
        {
            throw std::runtime_error("expected Field=value, got " + w[i]);
        }
        values.emplace_back(w[i].substr(0, eq), w[i].substr(eq + 1));
    }
    return values;
}

void Driver::run(const std::vector<std::string>& w)
{
    const std::string& command = w[0];
    if (command == "load")
    {
        library = dlopen(w.at(1).c_str(), RTLD_NOW | RTLD_LOCAL);
        if (library == nullptr)
        {
            reply(-1, dlerror());
            return;
        }
        traderFactory = reinterpret_cast<TraderFactory>(dlsym(library, "_ZN19CThostFtdcTraderApi19CreateFtdcTraderApiEPKc"));
        mdFactory = reinterpret_cast<MdFactory>(dlsym(library, "_ZN15CThostFtdcMdApi15CreateFtdcMdApiEPKcbb"));
        version = reinterpret_cast<VersionFn>(dlsym(library, "_ZN19CThostFtdcTraderApi13GetApiVersionEv"));
        reply(traderFactory && mdFactory && version ? 0 : -1);
    }
    else if (command == "version")
    {
        reply(0, version());
    }
    else if (command == "trader")
    {
        CThostFtdcTraderApi* api = traderFactory(w.at(2).c_str());
        api->RegisterSpi(newTraderSpi(w.at(1)));
        traders[w.at(1)] = api;
        reply(0);
    }
    else if (command == "md")
    {
        CThostFtdcMdApi* api = mdFactory(w.at(2).c_str(), false, false);
        api->RegisterSpi(newMdSpi(w.at(1)));
        mds[w.at(1)] = api;
        reply(0);
    }
    else if (command == "call")
    {
        callApi(w);
    }
    else if (command == "ctl")
    {
        controlCall(w);
    }
    else if (command == "quiet")
    {
        std::lock_guard<std::mutex> lock(quietMutex);
        quietInstances.insert(w.at(1));
        received[w.at(1)].clear();
        reply(0);
    }
    else if (command == "latency")
    {
        std::vector<int64_t> got;
        {
            std::lock_guard<std::mutex> lock(quietMutex);
            got = received[w.at(1)];
        }
        std::vector<int64_t> sent(got.size());
        const int n = control<int (*)(int64_t*, int)>("ctpsim_burst_timestamps")(sent.data(), static_cast<int>(sent.size()));
        const std::size_t count = std::min<std::size_t>(static_cast<std::size_t>(n), got.size());
        std::vector<int64_t> latency;
        for (std::size_t i = 0; i < count; i++)
        {
            latency.push_back(got[got.size() - count + i] - sent[i]);
        }
        std::sort(latency.begin(), latency.end());
        auto at = [&](double q) { return latency.empty() ? 0 : latency[std::min(latency.size() - 1, static_cast<std::size_t>(q * latency.size()))]; };
        const double seconds = count > 1 ? (got.back() - got[got.size() - count]) / 1e9 : 0;
        std::ostringstream text;
        text << count << ' ' << at(0.5) << ' ' << at(0.99) << ' ' << (latency.empty() ? 0 : latency.back()) << ' '
             << static_cast<int64_t>(seconds > 0 ? (count - 1) / seconds : 0);
        reply(0, text.str());
    }
    else
    {
        reply(-100, "unknown command " + command);
    }
}

void Driver::callApi(const std::vector<std::string>& w)
{
    const std::string& name = w.at(1);
    const std::string& method = w.at(2);
    auto trader = traders.find(name);
    auto md = mds.find(name);
    if (trader == traders.end() && md == mds.end())
    {
        reply(-100, "no instance " + name);
        return;
    }
    if (method == "Init" || method == "Release" || method == "GetTradingDay" || method == "RegisterFront")
    {
        if (method == "RegisterFront")
        {
            keep.push_back(w.at(3));
            char* address = const_cast<char*>(keep.back().c_str());
            trader != traders.end() ? trader->second->RegisterFront(address) : md->second->RegisterFront(address);
            reply(0);
        }
        else if (method == "Init")
        {
            trader != traders.end() ? trader->second->Init() : md->second->Init();
            reply(0);
        }
        else if (method == "GetTradingDay")
        {
            reply(0, trader != traders.end() ? trader->second->GetTradingDay() : md->second->GetTradingDay());
        }
        else
        {
            if (trader != traders.end())
            {
                trader->second->Release();
                traders.erase(trader);
            }
            else
            {
                md->second->Release();
                mds.erase(md);
            }
            reply(0);
        }
        return;
    }
    if (trader != traders.end() && (method == "SubscribePrivateTopic" || method == "SubscribePublicTopic"))
    {
        const auto type = static_cast<THOST_TE_RESUME_TYPE>(std::atoi(w.at(3).c_str()));
        method == "SubscribePrivateTopic" ? trader->second->SubscribePrivateTopic(type)
                                          : trader->second->SubscribePublicTopic(type);
        reply(0);
        return;
    }
    if (md != mds.end() && (method == "SubscribeMarketData" || method == "UnSubscribeMarketData"))
    {
        std::vector<std::string> ids(w.begin() + 3, w.end());
        std::vector<char*> pointers;
        for (auto& id : ids)
        {
            pointers.push_back(&id[0]);
        }
        const int count = static_cast<int>(pointers.size());
        reply(method == "SubscribeMarketData" ? md->second->SubscribeMarketData(pointers.data(), count)
                                              : md->second->UnSubscribeMarketData(pointers.data(), count));
        return;
    }
    const int requestId = std::atoi(w.at(3).c_str());
    const FieldValues values = fieldValues(w, 4);
    int result = 0;
    const bool found = trader != traders.end() ? callTrader(trader->second, method, requestId, values, result)
                                               : callMd(md->second, method, requestId, values, result);
    if (!found)
    {
        reply(-100, "no request " + method);
        return;
    }
    reply(result);
}

void Driver::controlCall(const std::vector<std::string>& w)
{
    const std::string& f = w.at(1);
    auto arg = [&](std::size_t i) { return w.at(2 + i); };
    auto integer = [&](std::size_t i) { return std::atoi(arg(i).c_str()); };
    auto number = [&](std::size_t i) { return std::strtod(arg(i).c_str(), nullptr); };
    int result = -100;
    if (f == "reset") result = control<int (*)()>("ctpsim_reset")();
    else if (f == "configure")
    {
        std::string line;
        for (std::size_t i = 2; i < w.size(); i++) line += (i > 2 ? " " : "") + w[i];
        result = control<int (*)(const char*)>("ctpsim_configure")(line.c_str());
    }
    else if (f == "step") result = control<int (*)(int)>("ctpsim_step")(integer(0));
    else if (f == "set_book")
        result = control<int (*)(const char*, double, int, double, int)>("ctpsim_set_book")(arg(0).c_str(), number(1), integer(2), number(3), integer(4));
    else if (f == "market_trade")
        result = control<int (*)(const char*, double, int)>("ctpsim_market_trade")(arg(0).c_str(), number(1), integer(2));
    else if (f == "drop_connection") result = control<int (*)(int, int)>("ctpsim_drop_connection")(integer(0), integer(1));
    else if (f == "reconnect") result = control<int (*)(int, int)>("ctpsim_reconnect")(integer(0), integer(1));
    else if (f == "heartbeat_warning") result = control<int (*)(int, int)>("ctpsim_heartbeat_warning")(integer(0), integer(1));
    else if (f == "burst") result = control<int (*)(const char*, int)>("ctpsim_burst")(arg(0).c_str(), integer(1));
    else if (f == "burst_wait") result = control<int (*)(int)>("ctpsim_burst_wait")(integer(0));
    if (result == -100)
    {
        reply(-100, "unknown control function " + f);
        return;
    }
    reply(result, result < 0 ? control<const char* (*)()>("ctpsim_last_error")() : "");
}
}
}

int main()
{
    ctpsim::driver::Driver driver;
    std::string line;
    while (std::getline(std::cin, line))
    {
        std::istringstream in(line);
        std::vector<std::string> words;
        std::string word;
        while (in >> word)
        {
            words.push_back(word);
        }
        if (words.empty())
        {
            continue;
        }
        if (words[0] == "exit")
        {
            break;
        }
        try
        {
            driver.run(words);
        }
        catch (const std::exception& e)
        {
            ctpsim::driver::reply(-100, e.what());
        }
    }
    // Leave without Release(): the library's threads end with the process.
    std::fflush(stdout);
    std::_Exit(0);
}
