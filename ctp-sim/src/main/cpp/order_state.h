// One order as the simulated counter keeps it: the Order struct the client sees, plus what matching and
// risk need. Owned by Core, under its lock.
#pragma once

#include <cstdint>
#include <string>

#include "ctp_api.h"

namespace ctpsim
{
struct OrderState
{
    CThostFtdcOrderField order;   // as reported in OnRtnOrder / OnRspQryOrder
    std::string account;          // Core's account key (broker/investor)
    int market = -1;              // index into Core::markets
    bool isBuy = true;
    bool isOpen = true;
    int64_t priceTicks = 0;       // limit price (market orders: the limit price they may reach)
    int remaining = 0;
    int queueAhead = 0;           // volume ahead of this order at its price (price-time priority)
    uint64_t arrival = 0;
    double frozenMarginPerLot = 0;
    double frozenCommissionPerLot = 0;
    int frozenToday = 0;          // close orders: position volume held back until filled or canceled
    int frozenYesterday = 0;
    bool closeTodayFirst = false; // non-SHFE closes take yesterday first; SHFE picks by offset flag
};

// The order can change no more: all traded, cancelled, or not queueing (IOC remainder, exchange rejection).
bool isFinished(const CThostFtdcOrderField& order);
}
