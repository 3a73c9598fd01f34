// The trader queries, with CTP's flow control, answered from Core's state at the moment of the request.
#include <cstring>
#include <mutex>
#include <vector>

#include "clock.h"
#include "core.h"
#include "messages.h"
#include "text.h"
#include "trader_api.h"

namespace ctpsim
{
namespace
{
bool matches(const char* filter, const std::string& value)
{
    return filter[0] == '\0' || value == filter;
}

// Delivery year and month from a futures code: rb2501 → 2025/01; CZCE's SR501 → 2025/01 (decade assumed 202x).
void deliveryOf(const std::string& id, int& year, int& month)
{
    std::size_t digits = id.find_first_of("0123456789");
    const std::string number = digits == std::string::npos ? "" : id.substr(digits);
    if (number.size() == 4)
    {
        year = 2000 + std::stoi(number.substr(0, 2));
        month = std::stoi(number.substr(2));
    }
    else if (number.size() == 3)
    {
        year = 2020 + std::stoi(number.substr(0, 1));
        month = std::stoi(number.substr(1));
    }
    else
    {
        year = 2025;
        month = 1;
    }
}

CThostFtdcInstrumentField instrumentRow(const Market& m)
{
    CThostFtdcInstrumentField row{};
    const InstrumentConfig& c = m.config;
    put(row.InstrumentID, c.id);
    put(row.ExchangeID, c.exchange);
    put(row.InstrumentName, c.id);
    put(row.ExchangeInstID, c.id);
    put(row.ProductID, c.product);
    row.ProductClass = THOST_FTDC_PC_Futures;
    deliveryOf(c.id, row.DeliveryYear, row.DeliveryMonth);
    row.MaxMarketOrderVolume = 1000;
    row.MinMarketOrderVolume = 1;
    row.MaxLimitOrderVolume = 1000;
    row.MinLimitOrderVolume = 1;
    row.VolumeMultiple = c.multiplier;
    row.PriceTick = c.priceTick;
    const int delivery = row.DeliveryYear * 10000 + row.DeliveryMonth * 100;
    putInt(row.CreateDate, delivery - 10000 + 1);
    putInt(row.OpenDate, delivery - 10000 + 15);
    putInt(row.ExpireDate, delivery + 15);
    putInt(row.StartDelivDate, delivery + 16);
    putInt(row.EndDelivDate, delivery + 20);
    row.InstLifePhase = THOST_FTDC_IP_Started;
    row.IsTrading = 1;
    row.PositionType = THOST_FTDC_PT_Gross;
    const bool splitsHistory = c.exchange == "SHFE" || c.exchange == "INE";
    row.PositionDateType = splitsHistory ? THOST_FTDC_PDT_UseHistory : THOST_FTDC_PDT_NoUseHistory;
    row.LongMarginRatio = c.marginRate;
    row.ShortMarginRatio = c.marginRate;
    row.MaxMarginSideAlgorithm = '0';
    row.UnderlyingMultiple = 1;
    return row;
}

void positionRows(const Core& core, const Account& account, const std::string& investor, const std::string& instrumentId,
                  const Position& position, std::vector<CThostFtdcInvestorPositionField>& rows)
{
    const Market* m = const_cast<Core&>(core).findMarket(instrumentId);
    if (m == nullptr)
    {
        return;
    }
    const InstrumentConfig& c = m->config;
    const double last = m->price(m->last);
    const double pre = m->price(m->preSettlement);
    const bool splitsHistory = c.exchange == "SHFE" || c.exchange == "INE";
    for (int s = 0; s < 2; s++)
    {
        const bool isLong = s == 0;
        const PositionSide& side = isLong ? position.longSide : position.shortSide;
        if (!side.touched)
        {
            continue;
        }
        const double sign = isLong ? 1.0 : -1.0;
        auto base = [&](char date)
        {
            CThostFtdcInvestorPositionField row{};
            put(row.InstrumentID, instrumentId);
            put(row.ExchangeID, c.exchange);
            put(row.BrokerID, account.config.broker);
            put(row.InvestorID, investor);
            row.PosiDirection = isLong ? THOST_FTDC_PD_Long : THOST_FTDC_PD_Short;
            row.HedgeFlag = THOST_FTDC_HF_Speculation;
            row.PositionDate = date;
            put(row.TradingDay, core.tradingDayText());
            row.SettlementID = 1;
            row.PreSettlementPrice = pre;
            row.SettlementPrice = last;
            row.MarginRateByMoney = c.marginRate;
            return row;
        };
        // A long position's closing orders are sells, frozen on the short side of the row, as CTP reports them.
        auto frozen = [&](CThostFtdcInvestorPositionField& row, int volume)
        {
            (isLong ? row.ShortFrozen : row.LongFrozen) = volume;
        };
        const double todayMargin = side.todayCost * c.marginRate;
        const double yesterdayMargin = pre * c.multiplier * c.marginRate * side.yesterday;
        const double todayProfit = sign * (last * c.multiplier * side.today - side.todayCost);
        const double yesterdayProfit = sign * (last - pre) * c.multiplier * side.yesterday;
        if (splitsHistory)
        {
            CThostFtdcInvestorPositionField today = base(THOST_FTDC_PSD_Today);
            today.Position = side.today;
            today.TodayPosition = side.today;
            frozen(today, side.frozenToday);
            today.OpenVolume = side.openVolume;
            today.OpenAmount = side.openAmount;
            today.PositionCost = side.todayCost;
            today.OpenCost = side.todayCost;
            today.UseMargin = todayMargin;
            today.ExchangeMargin = todayMargin;
            today.PositionProfit = todayProfit;
            today.Commission = side.commission;
            today.CloseVolume = side.closeVolume;
            today.CloseAmount = side.closeAmount;
            today.CloseProfit = side.closeProfit;
            today.CloseProfitByDate = side.closeProfit;
            rows.push_back(today);
            if (side.yesterdayAtStart > 0)
            {
                CThostFtdcInvestorPositionField history = base(THOST_FTDC_PSD_History);
                history.Position = side.yesterday;
                history.YdPosition = side.yesterdayAtStart;
                frozen(history, side.frozenYesterday);
                history.PositionCost = pre * c.multiplier * side.yesterday;
                history.OpenCost = history.PositionCost;
                history.UseMargin = yesterdayMargin;
                history.ExchangeMargin = yesterdayMargin;
                history.PositionProfit = yesterdayProfit;
                rows.push_back(history);
            }
        }
        else
        {
            CThostFtdcInvestorPositionField row = base(THOST_FTDC_PSD_Today);
            row.Position = side.total();
            row.TodayPosition = side.today;
            row.YdPosition = side.yesterdayAtStart;
            frozen(row, side.frozenToday + side.frozenYesterday);
            row.OpenVolume = side.openVolume;
            row.OpenAmount = side.openAmount;
            row.CloseVolume = side.closeVolume;
            row.CloseAmount = side.closeAmount;
            row.PositionCost = side.todayCost + pre * c.multiplier * side.yesterday;
            row.OpenCost = row.PositionCost;
            row.UseMargin = todayMargin + yesterdayMargin;
            row.ExchangeMargin = row.UseMargin;
            row.PositionProfit = todayProfit + yesterdayProfit;
            row.Commission = side.commission;
            row.CloseProfit = side.closeProfit;
            row.CloseProfitByDate = side.closeProfit;
            rows.push_back(row);
        }
    }
}
}

int TraderApiImpl::admitQuery()
{
    if (!link.connected)
    {
        return -1;
    }
    if (queryOutstanding)
    {
        return -2;
    }
    const int64_t now = monotonicNs();
    if (lastQueryValid && now - lastQueryNs < core_.config.flowWindowMs * kNsPerMs)
    {
        return -3;
    }
    lastQueryNs = now;
    lastQueryValid = true;
    queryOutstanding = true;
    return 0;
}

template <typename Row, typename Call>
void TraderApiImpl::answerQuery(std::vector<Row> rows, int requestId, Call call)
{
    if (rows.empty())
    {
        deliver([this, requestId, call](CThostFtdcTraderSpi* spi)
        {
            queryOutstanding = false; // before the callback: a client may query again from inside it
            call(spi, nullptr, nullptr, requestId, true);
        });
        return;
    }
    for (std::size_t i = 0; i < rows.size(); i++)
    {
        const bool last = i + 1 == rows.size();
        Row row = rows[i];
        deliver([this, row, requestId, last, call](CThostFtdcTraderSpi* spi) mutable
        {
            CThostFtdcRspInfoField info{};
            fillRspInfo(info, kNone);
            if (last)
            {
                queryOutstanding = false;
            }
            call(spi, &row, &info, requestId, last);
        });
    }
}

// Not logged in: the query's own response carries the error.
#define CTPSIM_QUERY_PROLOGUE(Row, Callback)                                                         \
    std::lock_guard<std::mutex> lock(core_.mutex);                                                   \
    const int admitted = admitQuery();                                                               \
    if (admitted != 0)                                                                               \
    {                                                                                                \
        return admitted;                                                                             \
    }                                                                                                \
    auto call = [](CThostFtdcTraderSpi* spi, Row* row, CThostFtdcRspInfoField* info, int id, bool last) \
    { spi->Callback(row, info, id, last); };                                                         \
    if (!loggedIn)                                                                                   \
    {                                                                                                \
        deliver([this, requestId, call](CThostFtdcTraderSpi* spi)                                    \
        {                                                                                            \
            CThostFtdcRspInfoField info{};                                                           \
            fillRspInfo(info, kNotLoginYet);                                                         \
            queryOutstanding = false;                                                                \
            call(spi, nullptr, &info, requestId, true);                                              \
        });                                                                                          \
        return 0;                                                                                    \
    }                                                                                                \
    std::vector<Row> rows

int TraderApiImpl::ReqQryInstrument(CThostFtdcQryInstrumentField* request, int requestId)
{
    CTPSIM_QUERY_PROLOGUE(CThostFtdcInstrumentField, OnRspQryInstrument);
    for (const auto& m : core_.markets)
    {
        if (matches(request->InstrumentID, m.config.id) && matches(request->ExchangeID, m.config.exchange) &&
            matches(request->ProductID, m.config.product))
        {
            rows.push_back(instrumentRow(m));
        }
    }
    answerQuery(rows, requestId, call);
    return 0;
}

int TraderApiImpl::ReqQryInvestorPosition(CThostFtdcQryInvestorPositionField* request, int requestId)
{
    CTPSIM_QUERY_PROLOGUE(CThostFtdcInvestorPositionField, OnRspQryInvestorPosition);
    const Account& a = core_.accounts[account];
    for (const auto& [id, position] : a.positions)
    {
        if (matches(request->InstrumentID, id))
        {
            positionRows(core_, a, user, id, position, rows);
        }
    }
    answerQuery(rows, requestId, call);
    return 0;
}

int TraderApiImpl::ReqQryTradingAccount(CThostFtdcQryTradingAccountField*, int requestId)
{
    CTPSIM_QUERY_PROLOGUE(CThostFtdcTradingAccountField, OnRspQryTradingAccount);
    const Account& a = core_.accounts[account];
    const auto markets = core_.marketsById();
    CThostFtdcTradingAccountField row{};
    put(row.BrokerID, broker);
    put(row.AccountID, user);
    put(row.TradingDay, tradingDay);
    put(row.CurrencyID, "CNY");
    row.SettlementID = 1;
    row.PreBalance = a.preBalance;
    row.CurrMargin = a.currentMargin();
    row.ExchangeMargin = row.CurrMargin;
    row.FrozenMargin = a.frozenMargin;
    row.FrozenCommission = a.frozenCommission;
    row.Commission = a.commission;
    row.CloseProfit = a.closeProfit;
    row.PositionProfit = a.positionProfit(markets);
    row.Balance = a.preBalance + a.closeProfit + row.PositionProfit - a.commission;
    row.Available = a.available(markets);
    row.WithdrawQuota = row.Available > 0 ? row.Available : 0;
    row.BizType = '1';
    rows.push_back(row);
    answerQuery(rows, requestId, call);
    return 0;
}

int TraderApiImpl::ReqQryOrder(CThostFtdcQryOrderField* request, int requestId)
{
    CTPSIM_QUERY_PROLOGUE(CThostFtdcOrderField, OnRspQryOrder);
    for (const auto& o : core_.orders)
    {
        if (o->account == account && matches(request->InstrumentID, get(o->order.InstrumentID)) &&
            matches(request->ExchangeID, get(o->order.ExchangeID)) && matches(request->OrderSysID, get(o->order.OrderSysID)))
        {
            rows.push_back(o->order);
        }
    }
    answerQuery(rows, requestId, call);
    return 0;
}

int TraderApiImpl::ReqQryTrade(CThostFtdcQryTradeField* request, int requestId)
{
    CTPSIM_QUERY_PROLOGUE(CThostFtdcTradeField, OnRspQryTrade);
    for (const auto& t : core_.trades)
    {
        if (t.account == account && matches(request->InstrumentID, get(t.trade.InstrumentID)) &&
            matches(request->ExchangeID, get(t.trade.ExchangeID)) && matches(request->TradeID, get(t.trade.TradeID)))
        {
            rows.push_back(t.trade);
        }
    }
    answerQuery(rows, requestId, call);
    return 0;
}

int TraderApiImpl::ReqQryDepthMarketData(CThostFtdcQryDepthMarketDataField* request, int requestId)
{
    CTPSIM_QUERY_PROLOGUE(CThostFtdcDepthMarketDataField, OnRspQryDepthMarketData);
    for (const auto& m : core_.markets)
    {
        if (matches(request->InstrumentID, m.config.id) && matches(request->ExchangeID, m.config.exchange))
        {
            CThostFtdcDepthMarketDataField row;
            fillDepth(m, row);
            rows.push_back(row);
        }
    }
    answerQuery(rows, requestId, call);
    return 0;
}

int TraderApiImpl::ReqQrySettlementInfo(CThostFtdcQrySettlementInfoField*, int requestId)
{
    CTPSIM_QUERY_PROLOGUE(CThostFtdcSettlementInfoField, OnRspQrySettlementInfo);
    const Account& a = core_.accounts[account];
    char body[256];
    std::snprintf(body, sizeof body, "\r\nBroker %s Investor %s\r\nPre-balance %.2f\r\nPositions held since yesterday are "
                  "valued at the pre-settlement price.\r\n", broker.c_str(), user.c_str(), a.preBalance);
    const std::string text = std::string(settlementHeading()) + body;
    // Content is at most 500 bytes per row; the heading is the only non-ASCII text and sits in the first row.
    CThostFtdcSettlementInfoField row{};
    constexpr std::size_t chunk = sizeof row.Content - 1;
    for (std::size_t offset = 0, sequence = 1; offset < text.size(); offset += chunk, sequence++)
    {
        std::memset(&row, 0, sizeof row);
        put(row.TradingDay, std::to_string(addDays(std::stoi(tradingDay), -1)));
        row.SettlementID = 1;
        put(row.BrokerID, broker);
        put(row.InvestorID, user);
        put(row.AccountID, user);
        put(row.CurrencyID, "CNY");
        row.SequenceNo = static_cast<int>(sequence);
        put(row.Content, text.substr(offset, chunk));
        rows.push_back(row);
    }
    answerQuery(rows, requestId, call);
    return 0;
}
}
