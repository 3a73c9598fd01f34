// One instrument's market: the seeded generator's state, the synthetic book it publishes, and the
// client's resting orders, which join that book with price-time priority. Owned by Core, under its lock.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "calendar.h"
#include "config.h"
#include "ctp_api.h"
#include "random.h"

namespace ctpsim
{
struct OrderState;

// A price level of synthetic (other participants') liquidity. Prices are integer ticks throughout.
struct Level
{
    int64_t price = 0;
    int volume = 0;
};

constexpr int kDepth = 5;

struct Market
{
    InstrumentConfig config;
    Random random;
    int64_t preSettlement = 0; // ticks
    int64_t upperLimit = 0;
    int64_t lowerLimit = 0;
    int64_t bid = 0;           // the generator's best bid; its ask is bid + spread
    int spread = 1;
    int64_t last = 0;
    int64_t open = 0;
    int64_t high = 0;
    int64_t low = 0;
    int volume = 0;
    double turnover = 0;
    double openInterest = 0;
    double preOpenInterest = 0;
    int lastTradeVolume = 0;   // volume traded at `last` by the latest tick (for queue positions)
    std::vector<Level> bids;   // synthetic, best first
    std::vector<Level> asks;
    std::vector<OrderState*> resting; // the client's working orders, in arrival order
    SimTime time;                      // the moment of the latest tick
    bool traded = false;
    // Recorded feed: the latest injected tick as recorded (what subscribers get) and its cumulative volume.
    bool injected = false;
    int recordedVolume = 0;
    CThostFtdcDepthMarketDataField recorded{};

    double price(int64_t ticks) const { return static_cast<double>(ticks) * config.priceTick; }
};

// A fresh market at the start of the day, seeded from the simulator's seed and the instrument's ID.
Market openMarket(const InstrumentConfig& config, uint64_t seed);

// Moves the generator one tick: new synthetic book and possibly a trade print.
void stepMarket(Market& market);

// Replaces the synthetic book with one level per side (volume 0: that side empty). For tests.
void setBook(Market& market, int64_t bid, int bidVolume, int64_t ask, int askVolume);

// Records a trade print of other participants (after any fills it caused).
void recordTrade(Market& market, int64_t price, int volume);

// Takes a recorded tick as the market's state: its five levels become the synthetic book (other participants'
// liquidity), its last price and the volume traded since the previous injected tick become the trade print that
// resting orders queue against, and its limits, prices and volume become the market's. False (with a reason) when
// a price is off the instrument's tick grid.
bool injectTick(Market& market, const CThostFtdcDepthMarketDataField& tick, std::string& error);

// The book as published: synthetic levels merged with the client's resting orders, 5 levels a side.
void fillDepth(const Market& market, CThostFtdcDepthMarketDataField& out);
}
