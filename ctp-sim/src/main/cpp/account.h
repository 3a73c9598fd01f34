// Money and positions of one investor, CTP-style: positions per direction split into today and
// yesterday (SHFE/INE close them separately), margin, commission and available funds.
// Owned by Core, under its lock.
#pragma once

#include <map>
#include <string>

#include "config.h"
#include "ctp_api.h"

namespace ctpsim
{
struct Market;

struct PositionSide
{
    int today = 0;
    int yesterday = 0;
    int yesterdayAtStart = 0;    // YdPosition: what was held at the start of the day, unchanged by closes
    int frozenToday = 0;         // held back by working close orders
    int frozenYesterday = 0;
    double todayCost = 0;        // sum of open price × multiplier × volume of today's remaining lots
    double margin = 0;
    int openVolume = 0;
    int closeVolume = 0;
    double openAmount = 0;
    double closeAmount = 0;
    double closeProfit = 0;
    double commission = 0;
    bool touched = false;        // reported by the position query even when flat again

    int total() const { return today + yesterday; }
};

struct Position
{
    PositionSide longSide;
    PositionSide shortSide;
    PositionSide& side(bool isLong) { return isLong ? longSide : shortSide; }
};

struct Account
{
    AccountConfig config;
    double preBalance = 0;
    double closeProfit = 0;
    double commission = 0;
    double frozenMargin = 0;
    double frozenCommission = 0;
    bool settlementConfirmed = false;
    std::map<std::string, Position> positions; // by instrument ID

    double currentMargin() const;
    double positionProfit(const std::map<std::string, const Market*>& markets) const;
    double available(const std::map<std::string, const Market*>& markets) const;
};

double marginPerLot(const InstrumentConfig& instrument, double price);
double commissionFor(const InstrumentConfig& instrument, double price, int volume);

// Books a fill into the position: opens add today's lots; closes take today's or yesterday's lots as
// decided when the order was accepted. Returns the close profit (0 for opens).
double applyFill(Account& account, const InstrumentConfig& instrument, double preSettlement, bool isBuy, bool isOpen,
                 int fromToday, int fromYesterday, double price, int volume);
}
