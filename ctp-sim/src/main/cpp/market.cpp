#include "market.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <map>

#include "order_state.h"
#include "text.h"

namespace ctpsim
{
namespace
{
void regenerateLevels(Market& m)
{
    m.bids.clear();
    m.asks.clear();
    for (int i = 0; i < kDepth; i++)
    {
        const int64_t b = m.bid - i;
        const int64_t a = m.bid + m.spread + i;
        if (b >= m.lowerLimit)
        {
            m.bids.push_back({b, m.random.between(1, 60)});
        }
        if (a <= m.upperLimit)
        {
            m.asks.push_back({a, m.random.between(1, 60)});
        }
    }
}

void clampBid(Market& m)
{
    m.bid = std::max(m.lowerLimit, std::min(m.bid, m.upperLimit - m.spread));
}

std::string yyyymmdd(int date)
{
    return std::to_string(date);
}
}

Market openMarket(const InstrumentConfig& config, uint64_t seed)
{
    Market m;
    m.config = config;
    m.random = Random(seed ^ hashOf(config.id));
    m.preSettlement = std::llround(config.preSettlement / config.priceTick);
    m.upperLimit = static_cast<int64_t>(std::floor(config.preSettlement * (1 + config.limitBand) / config.priceTick + 1e-9));
    m.lowerLimit = static_cast<int64_t>(std::ceil(config.preSettlement * (1 - config.limitBand) / config.priceTick - 1e-9));
    m.bid = m.preSettlement;
    m.spread = 1;
    clampBid(m);
    m.last = m.preSettlement;
    m.open = m.high = m.low = 0;
    m.preOpenInterest = 50000 + m.random.below(150000);
    m.openInterest = m.preOpenInterest;
    regenerateLevels(m);
    return m;
}

void stepMarket(Market& m)
{
    // A symmetric random walk of the best bid, a spread of one tick most of the time, and a trade print
    // of 0-30 lots at the touch.
    const int move = m.random.below(10);
    m.bid += move < 3 ? -1 : (move < 7 ? 0 : 1);
    m.spread = m.random.below(8) == 0 ? 2 : 1;
    clampBid(m);
    regenerateLevels(m);
    const int traded = m.random.between(0, 30);
    const int64_t at = m.random.below(2) == 0 ? m.bid : m.bid + m.spread;
    const int oiChange = traded == 0 ? 0 : m.random.between(-traded / 2, traded / 2);
    m.lastTradeVolume = 0;
    if (traded > 0)
    {
        recordTrade(m, at, traded);
        m.openInterest = std::max(0.0, m.openInterest + oiChange);
    }
}

void setBook(Market& m, int64_t bid, int bidVolume, int64_t ask, int askVolume)
{
    m.bids.clear();
    m.asks.clear();
    if (bidVolume > 0)
    {
        m.bids.push_back({bid, bidVolume});
        m.bid = bid;
    }
    if (askVolume > 0)
    {
        m.asks.push_back({ask, askVolume});
        m.spread = static_cast<int>(std::max<int64_t>(1, ask - m.bid));
    }
}

void recordTrade(Market& m, int64_t price, int volume)
{
    if (volume <= 0)
    {
        return;
    }
    m.last = price;
    if (!m.traded)
    {
        m.open = m.high = m.low = price;
        m.traded = true;
    }
    m.high = std::max(m.high, price);
    m.low = std::min(m.low, price);
    m.volume += volume;
    m.turnover += m.price(price) * m.config.multiplier * volume;
    m.lastTradeVolume = volume;
}

void fillDepth(const Market& m, CThostFtdcDepthMarketDataField& out)
{
    std::memset(&out, 0, sizeof out);
    std::map<int64_t, int, std::greater<>> bids;
    std::map<int64_t, int> asks;
    for (const auto& l : m.bids) bids[l.price] += l.volume;
    for (const auto& l : m.asks) asks[l.price] += l.volume;
    for (const OrderState* o : m.resting)
    {
        (o->isBuy ? static_cast<void>(bids[o->priceTicks] += o->remaining) : static_cast<void>(asks[o->priceTicks] += o->remaining));
    }
    // CTP marks absent values with DBL_MAX.
    double bidPrice[kDepth], askPrice[kDepth];
    int bidVolume[kDepth], askVolume[kDepth];
    auto bi = bids.begin();
    auto ai = asks.begin();
    for (int i = 0; i < kDepth; i++)
    {
        bidPrice[i] = bi != bids.end() ? m.price(bi->first) : DBL_MAX;
        bidVolume[i] = bi != bids.end() ? (bi++)->second : 0;
        askPrice[i] = ai != asks.end() ? m.price(ai->first) : DBL_MAX;
        askVolume[i] = ai != asks.end() ? (ai++)->second : 0;
    }
    out.BidPrice1 = bidPrice[0]; out.BidVolume1 = bidVolume[0]; out.AskPrice1 = askPrice[0]; out.AskVolume1 = askVolume[0];
    out.BidPrice2 = bidPrice[1]; out.BidVolume2 = bidVolume[1]; out.AskPrice2 = askPrice[1]; out.AskVolume2 = askVolume[1];
    out.BidPrice3 = bidPrice[2]; out.BidVolume3 = bidVolume[2]; out.AskPrice3 = askPrice[2]; out.AskVolume3 = askVolume[2];
    out.BidPrice4 = bidPrice[3]; out.BidVolume4 = bidVolume[3]; out.AskPrice4 = askPrice[3]; out.AskVolume4 = askVolume[3];
    out.BidPrice5 = bidPrice[4]; out.BidVolume5 = bidVolume[4]; out.AskPrice5 = askPrice[4]; out.AskVolume5 = askVolume[4];

    put(out.TradingDay, yyyymmdd(reportedTradingDay(m.config, m.time)));
    put(out.ActionDay, yyyymmdd(reportedActionDay(m.config, m.time)));
    put(out.InstrumentID, m.config.id);
    put(out.ExchangeInstID, m.config.id);
    put(out.ExchangeID, m.config.exchange);
    put(out.UpdateTime, timeOfDay(m.time.ms));
    out.UpdateMillisec = static_cast<int>(m.time.ms % 1000);
    out.LastPrice = m.price(m.last);
    out.PreSettlementPrice = m.price(m.preSettlement);
    out.PreClosePrice = m.price(m.preSettlement);
    out.PreOpenInterest = m.preOpenInterest;
    out.OpenPrice = m.traded ? m.price(m.open) : DBL_MAX;
    out.HighestPrice = m.traded ? m.price(m.high) : DBL_MAX;
    out.LowestPrice = m.traded ? m.price(m.low) : DBL_MAX;
    out.Volume = m.volume;
    out.Turnover = m.turnover;
    out.OpenInterest = m.openInterest;
    out.ClosePrice = DBL_MAX;
    out.SettlementPrice = DBL_MAX;
    out.UpperLimitPrice = m.price(m.upperLimit);
    out.LowerLimitPrice = m.price(m.lowerLimit);
    out.PreDelta = 0;
    out.CurrDelta = DBL_MAX;
    // SHFE/DCE/INE/CFFEX send turnover / volume (contract value); CZCE sends a per-unit price.
    if (m.volume == 0)
    {
        out.AveragePrice = 0;
    }
    else if (m.config.exchange == "CZCE")
    {
        out.AveragePrice = m.turnover / m.volume / m.config.multiplier;
    }
    else
    {
        out.AveragePrice = m.turnover / m.volume;
    }
}
}

namespace ctpsim
{
namespace
{
bool present(double price)
{
    return price != DBL_MAX && std::isfinite(price) && price > 0;
}

bool toTicks(const Market& m, double price, int64_t& ticks)
{
    const double exact = price / m.config.priceTick;
    ticks = std::llround(exact);
    return std::fabs(exact - static_cast<double>(ticks)) < 1e-6;
}

// "HH:MM:SS" and milliseconds into ms since midnight; false when the text is not a time.
bool msOfDay(const char* text, int millis, int64_t& ms)
{
    int h = 0, m = 0, s = 0;
    if (std::sscanf(text, "%2d:%2d:%2d", &h, &m, &s) != 3)
    {
        return false;
    }
    ms = ((h * 60LL + m) * 60 + s) * 1000 + millis;
    return true;
}
}

bool injectTick(Market& m, const CThostFtdcDepthMarketDataField& tick, std::string& error)
{
    const double bidPrice[kDepth] = {tick.BidPrice1, tick.BidPrice2, tick.BidPrice3, tick.BidPrice4, tick.BidPrice5};
    const int bidVolume[kDepth] = {tick.BidVolume1, tick.BidVolume2, tick.BidVolume3, tick.BidVolume4, tick.BidVolume5};
    const double askPrice[kDepth] = {tick.AskPrice1, tick.AskPrice2, tick.AskPrice3, tick.AskPrice4, tick.AskPrice5};
    const int askVolume[kDepth] = {tick.AskVolume1, tick.AskVolume2, tick.AskVolume3, tick.AskVolume4, tick.AskVolume5};
    std::vector<Level> bids, asks;
    for (int i = 0; i < kDepth; i++)
    {
        int64_t ticks = 0;
        if (present(bidPrice[i]) && bidVolume[i] > 0)
        {
            if (!toTicks(m, bidPrice[i], ticks))
            {
                error = m.config.id + ": BidPrice" + std::to_string(i + 1) + " " + std::to_string(bidPrice[i]) + " is off the tick grid";
                return false;
            }
            bids.push_back({ticks, bidVolume[i]});
        }
        if (present(askPrice[i]) && askVolume[i] > 0)
        {
            if (!toTicks(m, askPrice[i], ticks))
            {
                error = m.config.id + ": AskPrice" + std::to_string(i + 1) + " " + std::to_string(askPrice[i]) + " is off the tick grid";
                return false;
            }
            asks.push_back({ticks, askVolume[i]});
        }
    }
    int64_t last = m.last;
    if (present(tick.LastPrice) && !toTicks(m, tick.LastPrice, last))
    {
        error = m.config.id + ": LastPrice " + std::to_string(tick.LastPrice) + " is off the tick grid";
        return false;
    }
    int64_t upper = m.upperLimit, lower = m.lowerLimit, preSettlement = m.preSettlement;
    if (present(tick.UpperLimitPrice)) toTicks(m, tick.UpperLimitPrice, upper);
    if (present(tick.LowerLimitPrice)) toTicks(m, tick.LowerLimitPrice, lower);
    if (present(tick.PreSettlementPrice)) toTicks(m, tick.PreSettlementPrice, preSettlement);

    m.bids = bids;
    m.asks = asks;
    if (!bids.empty())
    {
        m.bid = bids[0].price;
    }
    if (!bids.empty() && !asks.empty())
    {
        m.spread = static_cast<int>(std::max<int64_t>(1, asks[0].price - bids[0].price));
    }
    m.upperLimit = upper;
    m.lowerLimit = lower;
    m.preSettlement = preSettlement;
    // The print since the previous injected tick: what queues at the last price trade against.
    m.lastTradeVolume = m.injected ? std::max(0, tick.Volume - m.recordedVolume) : 0;
    m.last = last;
    m.recordedVolume = tick.Volume;
    m.volume = tick.Volume;
    m.turnover = tick.Turnover;
    m.openInterest = tick.OpenInterest;
    m.preOpenInterest = tick.PreOpenInterest;
    if (present(tick.OpenPrice) && present(tick.HighestPrice) && present(tick.LowestPrice))
    {
        m.traded = toTicks(m, tick.OpenPrice, m.open) && toTicks(m, tick.HighestPrice, m.high) && toTicks(m, tick.LowestPrice, m.low);
    }
    int64_t ms = 0;
    int date = 0;
    if (std::sscanf(tick.ActionDay, "%8d", &date) == 1 && date > 19000000 && msOfDay(tick.UpdateTime, tick.UpdateMillisec, ms))
    {
        m.time = SimTime{date, ms};
    }
    m.recorded = tick;
    m.injected = true;
    return true;
}
}
