// The scripted test driver: loads a CTP library (the simulator) with dlopen, as any client would, runs
// commands read from stdin and prints every SPI callback as one line on stdout.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ctp_api.h"

namespace ctpsim::driver
{
using FieldValues = std::vector<std::pair<std::string, std::string>>;

// Sets the named fields of a zeroed struct; throws std::runtime_error naming an unknown struct or field.
void fill(const char* structName, void* data, const FieldValues& values);

// One output line, written whole under a lock so that callback threads never interleave.
class Line
{
public:
    Line(const std::string& instance, const char* method);
    void structArg(const char* structName, const void* data);
    void intArg(int value);
    void boolArg(bool value);
    void otherArg();
    void emit();

private:
    std::string text_;
    std::string method_;
    std::string instance_;
};

bool callTrader(CThostFtdcTraderApi* api, const std::string& method, int requestId, const FieldValues& values, int& result);
bool callMd(CThostFtdcMdApi* api, const std::string& method, int requestId, const FieldValues& values, int& result);
CThostFtdcTraderSpi* newTraderSpi(const std::string& name);
CThostFtdcMdSpi* newMdSpi(const std::string& name);

// Md callbacks of a quiet instance are counted and time-stamped instead of printed (burst measurement).
bool quietDepth(const std::string& instance);
}
