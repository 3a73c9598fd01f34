#include "account.h"

#include "market.h"

namespace ctpsim
{
double marginPerLot(const InstrumentConfig& instrument, double price)
{
    return price * instrument.multiplier * instrument.marginRate;
}

double commissionFor(const InstrumentConfig& instrument, double price, int volume)
{
    return price * instrument.multiplier * volume * instrument.commissionByMoney + instrument.commissionByVolume * volume;
}

double Account::currentMargin() const
{
    double sum = 0;
    for (const auto& [id, p] : positions)
    {
        sum += p.longSide.margin + p.shortSide.margin;
    }
    return sum;
}

double Account::positionProfit(const std::map<std::string, const Market*>& markets) const
{
    // Marked to the last price: today's lots against their open price, yesterday's against the pre-settlement price.
    double sum = 0;
    for (const auto& [id, p] : positions)
    {
        const auto found = markets.find(id);
        if (found == markets.end())
        {
            continue;
        }
        const Market& m = *found->second;
        const double last = m.price(m.last);
        const double pre = m.price(m.preSettlement);
        const int mult = m.config.multiplier;
        sum += (last * mult * p.longSide.today - p.longSide.todayCost) + (last - pre) * mult * p.longSide.yesterday;
        sum += (p.shortSide.todayCost - last * mult * p.shortSide.today) + (pre - last) * mult * p.shortSide.yesterday;
    }
    return sum;
}

double Account::available(const std::map<std::string, const Market*>& markets) const
{
    return preBalance + closeProfit + positionProfit(markets) - commission - currentMargin() - frozenMargin -
           frozenCommission;
}

double applyFill(Account& account, const InstrumentConfig& instrument, double preSettlement, bool isBuy, bool isOpen,
                 int fromToday, int fromYesterday, double price, int volume)
{
    Position& position = account.positions[instrument.id];
    const int mult = instrument.multiplier;
    if (isOpen)
    {
        PositionSide& side = position.side(isBuy);
        side.touched = true;
        side.today += volume;
        side.todayCost += price * mult * volume;
        side.margin += marginPerLot(instrument, price) * volume;
        side.openVolume += volume;
        side.openAmount += price * mult * volume;
        return 0;
    }
    // A buy closes the short side and a sell the long side.
    PositionSide& side = position.side(!isBuy);
    side.touched = true;
    const double direction = isBuy ? -1.0 : 1.0; // profit per point for the closed side
    double profit = 0;
    if (fromToday > 0)
    {
        const double averageCost = side.todayCost / side.today;
        profit += direction * (price * mult * fromToday - averageCost * fromToday);
        side.margin -= averageCost * instrument.marginRate * fromToday;
        side.todayCost -= averageCost * fromToday;
        side.today -= fromToday;
        side.frozenToday -= fromToday;
    }
    if (fromYesterday > 0)
    {
        profit += direction * (price - preSettlement) * mult * fromYesterday;
        side.margin -= marginPerLot(instrument, preSettlement) * fromYesterday;
        side.yesterday -= fromYesterday;
        side.frozenYesterday -= fromYesterday;
    }
    if (side.total() == 0)
    {
        side.margin = 0; // no rounding residue on a flat position
        side.todayCost = 0;
    }
    side.closeVolume += volume;
    side.closeAmount += price * mult * volume;
    side.closeProfit += profit;
    account.closeProfit += profit;
    return profit;
}
}
