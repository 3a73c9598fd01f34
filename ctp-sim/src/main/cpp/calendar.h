// The simulated market clock: calendar dates, trading sessions, and CTP's TradingDay/ActionDay rules
// (night sessions belong to the next trading day; DCE and CZCE have their own well-known quirks).
#pragma once

#include <cstdint>
#include <set>
#include <vector>

#include "config.h"

namespace ctpsim
{
struct SimTime
{
    int date = 0;       // calendar date, yyyymmdd
    int64_t ms = 0;     // milliseconds since 00:00 of that date
};

int addDays(int yyyymmdd, int days);
int weekday(int yyyymmdd); // 0 = Monday … 6 = Sunday
// The exchanges' holidays (weekdays they are closed), besides weekends. Under Core::mutex.
void setHolidays(const std::set<int>& days);
bool isBusinessDay(int yyyymmdd);
// Whether the evening of this calendar day holds a night session (for the next trading day): business days
// not followed by a holiday.
bool hasNightSession(int yyyymmdd);
int nextBusinessDay(int yyyymmdd);

SimTime advance(SimTime t, int64_t ms);

// The trading day a moment belongs to: evenings (from 18:00) and the small hours belong to the next business day.
int tradingDay(SimTime t);

bool inSession(const InstrumentConfig& instrument, SimTime t);

// The first moment at or after t when any of the instruments trades (t itself when one does).
SimTime nextOpen(const std::vector<InstrumentConfig>& instruments, SimTime t);

// DepthMarketData.TradingDay as the exchange fills it: CZCE sends the calendar date during the night session.
int reportedTradingDay(const InstrumentConfig& instrument, SimTime t);

// DepthMarketData.ActionDay: the calendar date, except DCE, which sends the trading day during the night session.
int reportedActionDay(const InstrumentConfig& instrument, SimTime t);
}
