// Order entry, cancels and fills: the counter's risk checks (rejections through OnRspOrderInsert and
// OnErrRtnOrderInsert with CTP's error numbers), the exchange's checks (an InsertRejected order), and
// price-time matching against the synthetic book and other clients' resting orders.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core.h"
#include "messages.h"
#include "text.h"
#include "trader_api.h"

namespace ctpsim
{
bool isFinished(const CThostFtdcOrderField& o)
{
    return o.OrderStatus == THOST_FTDC_OST_AllTraded || o.OrderStatus == THOST_FTDC_OST_Canceled ||
           o.OrderStatus == THOST_FTDC_OST_NoTradeNotQueueing || o.OrderStatus == THOST_FTDC_OST_PartTradedNotQueueing;
}

namespace
{
bool splitsHistory(const InstrumentConfig& c)
{
    return c.exchange == "SHFE" || c.exchange == "INE";
}

bool marketOrdersAllowed(const InstrumentConfig& c)
{
    // SHFE and INE accept limit orders only.
    return !splitsHistory(c);
}

bool isClose(char offset)
{
    return offset == THOST_FTDC_OF_Close || offset == THOST_FTDC_OF_CloseToday || offset == THOST_FTDC_OF_CloseYesterday ||
           offset == THOST_FTDC_OF_ForceClose || offset == THOST_FTDC_OF_LocalForceClose;
}

void stamp(Core& core, CThostFtdcOrderField& o)
{
    put(o.UpdateTime, core.timeText());
}

// Releases what a working order still holds: frozen margin and commission, or frozen position.
void releaseFrozen(Core& core, OrderState& o)
{
    Account& account = core.accounts[o.account];
    if (o.isOpen)
    {
        account.frozenMargin -= o.frozenMarginPerLot * o.remaining;
        account.frozenCommission -= o.frozenCommissionPerLot * o.remaining;
    }
    else
    {
        PositionSide& side = account.positions[o.order.InstrumentID].side(!o.isBuy);
        side.frozenToday -= o.frozenToday;
        side.frozenYesterday -= o.frozenYesterday;
        o.frozenToday = 0;
        o.frozenYesterday = 0;
    }
}

void removeResting(Market& m, OrderState* o)
{
    m.resting.erase(std::remove(m.resting.begin(), m.resting.end(), o), m.resting.end());
}

// One fill of `o` at `price` ticks: position, money, the order's status, then OnRtnOrder and OnRtnTrade.
void fill(Core& core, OrderState& o, int64_t priceTicks, int volume, bool stillWorking)
{
    Market& m = core.markets[o.market];
    Account& account = core.accounts[o.account];
    const double price = m.price(priceTicks);
    int fromToday = 0;
    int fromYesterday = 0;
    if (!o.isOpen)
    {
        // Consume what was frozen at entry, in the order the exchange closes lots.
        if (o.closeTodayFirst)
        {
            fromToday = std::min(volume, o.frozenToday);
            fromYesterday = volume - fromToday;
        }
        else
        {
            fromYesterday = std::min(volume, o.frozenYesterday);
            fromToday = volume - fromYesterday;
        }
        o.frozenToday -= fromToday;
        o.frozenYesterday -= fromYesterday;
    }
    applyFill(account, m.config, m.price(m.preSettlement), o.isBuy, o.isOpen, fromToday, fromYesterday, price, volume);
    const double commission = commissionFor(m.config, price, volume);
    account.commission += commission;
    PositionSide& side = account.positions[m.config.id].side(o.isOpen ? o.isBuy : !o.isBuy);
    side.commission += commission;
    if (o.isOpen)
    {
        account.frozenMargin -= o.frozenMarginPerLot * volume;
        account.frozenCommission -= o.frozenCommissionPerLot * volume;
    }

    o.remaining -= volume;
    CThostFtdcOrderField& order = o.order;
    order.VolumeTraded += volume;
    order.VolumeTotal = o.remaining;
    if (o.remaining == 0)
    {
        order.OrderStatus = THOST_FTDC_OST_AllTraded;
        put(order.StatusMsg, statusText(StatusText::AllTraded));
    }
    else
    {
        order.OrderStatus = stillWorking ? THOST_FTDC_OST_PartTradedQueueing : THOST_FTDC_OST_PartTradedNotQueueing;
        put(order.StatusMsg, statusText(StatusText::PartTraded));
    }
    order.NotifySequence++;
    stamp(core, order);
    core.publishPrivate(o.account, order);

    CThostFtdcTradeField trade{};
    std::memcpy(trade.BrokerID, order.BrokerID, sizeof trade.BrokerID);
    std::memcpy(trade.InvestorID, order.InvestorID, sizeof trade.InvestorID);
    std::memcpy(trade.InstrumentID, order.InstrumentID, sizeof trade.InstrumentID);
    std::memcpy(trade.ExchangeInstID, order.InstrumentID, sizeof trade.ExchangeInstID);
    std::memcpy(trade.OrderRef, order.OrderRef, sizeof trade.OrderRef);
    std::memcpy(trade.UserID, order.UserID, sizeof trade.UserID);
    std::memcpy(trade.ExchangeID, order.ExchangeID, sizeof trade.ExchangeID);
    std::memcpy(trade.OrderSysID, order.OrderSysID, sizeof trade.OrderSysID);
    std::memcpy(trade.ParticipantID, order.ParticipantID, sizeof trade.ParticipantID);
    std::memcpy(trade.ClientID, order.ClientID, sizeof trade.ClientID);
    std::memcpy(trade.TraderID, order.TraderID, sizeof trade.TraderID);
    std::memcpy(trade.OrderLocalID, order.OrderLocalID, sizeof trade.OrderLocalID);
    std::memcpy(trade.BusinessUnit, order.BusinessUnit, sizeof trade.BusinessUnit);
    std::memcpy(trade.TradingDay, order.TradingDay, sizeof trade.TradingDay);
    putPadded(trade.TradeID, core.nextTradeId++);
    trade.Direction = order.Direction;
    trade.TradingRole = THOST_FTDC_ER_Broker;
    trade.OffsetFlag = order.CombOffsetFlag[0];
    trade.HedgeFlag = order.CombHedgeFlag[0];
    trade.Price = price;
    trade.Volume = volume;
    put(trade.TradeDate, std::to_string(core.clock.date));
    put(trade.TradeTime, core.timeText());
    trade.TradeType = THOST_FTDC_TRDT_Common;
    trade.PriceSource = THOST_FTDC_PSRC_LastPrice;
    trade.SequenceNo = core.nextSequenceNo++;
    trade.SettlementID = 1;
    trade.BrokerOrderSeq = order.BrokerOrderSeq;
    trade.TradeSource = THOST_FTDC_TSRC_NORMAL;
    core.trades.push_back({o.account, trade});
    core.publishPrivate(o.account, trade);

    if (o.remaining == 0)
    {
        removeResting(m, &o);
    }
}

void cancelRemainder(Core& core, OrderState& o)
{
    releaseFrozen(core, o);
    removeResting(core.markets[o.market], &o);
    CThostFtdcOrderField& order = o.order;
    order.OrderStatus = THOST_FTDC_OST_Canceled;
    put(order.StatusMsg, statusText(StatusText::Canceled));
    put(order.CancelTime, core.timeText());
    order.NotifySequence++;
    stamp(core, order);
    core.publishPrivate(o.account, order);
}

// Liquidity an incoming order may take: a synthetic level or another client's resting order.
struct Liquidity
{
    int64_t price;
    uint64_t arrival; // synthetic liquidity was there first (0)
    int volume;
    Level* level;
    OrderState* order;
};

std::vector<Liquidity> liquidityFor(Market& m, const OrderState& o, int64_t limit)
{
    std::vector<Liquidity> out;
    for (Level& l : o.isBuy ? m.asks : m.bids)
    {
        if (l.volume > 0 && (o.isBuy ? l.price <= limit : l.price >= limit))
        {
            out.push_back({l.price, 0, l.volume, &l, nullptr});
        }
    }
    for (OrderState* r : m.resting)
    {
        // Never against the same investor: exchanges refuse self-trades.
        if (r->isBuy != o.isBuy && r->account != o.account && (o.isBuy ? r->priceTicks <= limit : r->priceTicks >= limit))
        {
            out.push_back({r->priceTicks, r->arrival, r->remaining, nullptr, r});
        }
    }
    std::stable_sort(out.begin(), out.end(), [&](const Liquidity& a, const Liquidity& b)
    {
        if (a.price != b.price)
        {
            return o.isBuy ? a.price < b.price : a.price > b.price;
        }
        return a.arrival < b.arrival;
    });
    return out;
}

void dropEmptyLevels(Market& m)
{
    auto empty = [](const Level& l) { return l.volume <= 0; };
    m.bids.erase(std::remove_if(m.bids.begin(), m.bids.end(), empty), m.bids.end());
    m.asks.erase(std::remove_if(m.asks.begin(), m.asks.end(), empty), m.asks.end());
}

// Matches an incoming order; returns whether anything traded.
bool matchIncoming(Core& core, OrderState& o, int64_t limit, bool keepsWorking)
{
    Market& m = core.markets[o.market];
    std::vector<Liquidity> available = liquidityFor(m, o, limit);
    int total = 0;
    for (const auto& l : available)
    {
        total += l.volume;
    }
    const char condition = o.order.VolumeCondition;
    if ((condition == THOST_FTDC_VC_CV && total < o.remaining) || (condition == THOST_FTDC_VC_MV && total < o.order.MinVolume))
    {
        return false;
    }
    bool traded = false;
    for (auto& l : available)
    {
        if (o.remaining == 0)
        {
            break;
        }
        const int volume = std::min(o.remaining, l.volume);
        // Trades happen at the resting side's price.
        if (l.order != nullptr)
        {
            fill(core, *l.order, l.price, volume, true);
        }
        else
        {
            l.level->volume -= volume;
        }
        fill(core, o, l.price, volume, keepsWorking);
        recordTrade(m, l.price, volume);
        traded = true;
    }
    dropEmptyLevels(m);
    return traded;
}

void rejectInsert(Core& core, TraderApiImpl& session, const CThostFtdcInputOrderField& input, int requestId, int error,
                  bool onPrivateTopic)
{
    CThostFtdcInputOrderField echo = input;
    CThostFtdcRspInfoField info{};
    fillRspInfo(info, error);
    session.deliver([echo, info, requestId](CThostFtdcTraderSpi* spi) mutable
    {
        spi->OnRspOrderInsert(&echo, &info, requestId, true);
    });
    if (onPrivateTopic)
    {
        core.publishPrivate(session.account, ErrOrderInsert{echo, info});
    }
}

void rejectAction(Core& core, TraderApiImpl& session, const CThostFtdcInputOrderActionField& input, int requestId, int error,
                  bool onPrivateTopic)
{
    CThostFtdcInputOrderActionField echo = input;
    CThostFtdcRspInfoField info{};
    fillRspInfo(info, error);
    session.deliver([echo, info, requestId](CThostFtdcTraderSpi* spi) mutable
    {
        spi->OnRspOrderAction(&echo, &info, requestId, true);
    });
    if (onPrivateTopic)
    {
        CThostFtdcOrderActionField action{};
        std::memcpy(action.BrokerID, input.BrokerID, sizeof action.BrokerID);
        std::memcpy(action.InvestorID, input.InvestorID, sizeof action.InvestorID);
        action.OrderActionRef = input.OrderActionRef;
        std::memcpy(action.OrderRef, input.OrderRef, sizeof action.OrderRef);
        action.RequestID = input.RequestID;
        action.FrontID = input.FrontID;
        action.SessionID = input.SessionID;
        std::memcpy(action.ExchangeID, input.ExchangeID, sizeof action.ExchangeID);
        std::memcpy(action.OrderSysID, input.OrderSysID, sizeof action.OrderSysID);
        action.ActionFlag = input.ActionFlag;
        action.LimitPrice = input.LimitPrice;
        action.VolumeChange = input.VolumeChange;
        std::memcpy(action.UserID, input.UserID, sizeof action.UserID);
        std::memcpy(action.InstrumentID, input.InstrumentID, sizeof action.InstrumentID);
        action.OrderActionStatus = THOST_FTDC_OAS_Rejected;
        put(action.ActionDate, std::to_string(core.clock.date));
        put(action.ActionTime, core.timeText());
        put(action.StatusMsg, info.ErrorMsg);
        core.publishPrivate(session.account, ErrOrderAction{action, info});
    }
}

bool validFields(const CThostFtdcInputOrderField& in)
{
    const char offset = in.CombOffsetFlag[0];
    return in.VolumeTotalOriginal > 0 && (in.Direction == THOST_FTDC_D_Buy || in.Direction == THOST_FTDC_D_Sell) &&
           (offset == THOST_FTDC_OF_Open || isClose(offset)) &&
           (in.OrderPriceType == THOST_FTDC_OPT_LimitPrice || in.OrderPriceType == THOST_FTDC_OPT_AnyPrice) &&
           (in.TimeCondition == THOST_FTDC_TC_GFD || in.TimeCondition == THOST_FTDC_TC_IOC) &&
           (in.VolumeCondition == THOST_FTDC_VC_AV || in.VolumeCondition == THOST_FTDC_VC_CV ||
            (in.VolumeCondition == THOST_FTDC_VC_MV && in.MinVolume > 0 && in.MinVolume <= in.VolumeTotalOriginal)) &&
           // A market order lives only for the instant it is matched.
           (in.OrderPriceType != THOST_FTDC_OPT_AnyPrice || in.TimeCondition == THOST_FTDC_TC_IOC);
}

bool parseOrderRef(const char* text, long long& value)
{
    char* end = nullptr;
    value = std::strtoll(text, &end, 10);
    while (end != nullptr && *end == ' ')
    {
        end++;
    }
    return end != text && end != nullptr && *end == '\0';
}
}

void insertOrder(Core& core, TraderApiImpl& session, const CThostFtdcInputOrderField& inputRequest, int requestId)
{
    CThostFtdcInputOrderField input = inputRequest;
    if (!session.loggedIn)
    {
        rejectInsert(core, session, input, requestId, kNotLoginYet, false);
        return;
    }
    Account& account = core.accounts[session.account];
    if (!account.settlementConfirmed)
    {
        rejectInsert(core, session, input, requestId, kSettlementInfoNotConfirmed, true);
        return;
    }
    const int marketIndex = core.marketIndex(get(input.InstrumentID));
    if (marketIndex < 0)
    {
        rejectInsert(core, session, input, requestId, kInstrumentNotFound, true);
        return;
    }
    if (!validFields(input))
    {
        rejectInsert(core, session, input, requestId, kBadField, true);
        return;
    }
    // OrderRef must increase within a session; an empty one is assigned by the counter.
    long long orderRef = 0;
    if (input.OrderRef[0] == '\0')
    {
        orderRef = session.maxOrderRef + 1;
        putPadded(input.OrderRef, orderRef);
    }
    else if (!parseOrderRef(input.OrderRef, orderRef) || orderRef <= session.maxOrderRef)
    {
        rejectInsert(core, session, input, requestId, kDuplicateOrderRef, true);
        return;
    }
    Market& m = core.markets[marketIndex];
    const InstrumentConfig& c = m.config;
    const bool isMarket = input.OrderPriceType == THOST_FTDC_OPT_AnyPrice;
    if (isMarket && !marketOrdersAllowed(c))
    {
        rejectInsert(core, session, input, requestId, kPriceTypeNotSupportedByExchange, true);
        return;
    }
    const bool isBuy = input.Direction == THOST_FTDC_D_Buy;
    const char offset = input.CombOffsetFlag[0];
    const bool isOpen = offset == THOST_FTDC_OF_Open;
    const int volume = input.VolumeTotalOriginal;
    const double framePrice = isMarket ? m.price(isBuy ? m.upperLimit : m.lowerLimit) : input.LimitPrice;

    auto order = std::make_unique<OrderState>();
    OrderState& o = *order;
    o.account = session.account;
    o.market = marketIndex;
    o.isBuy = isBuy;
    o.isOpen = isOpen;
    o.remaining = volume;
    o.arrival = core.nextArrival++;

    // The counter's checks: position for closes, money for opens.
    if (!isOpen)
    {
        PositionSide& side = account.positions[c.id].side(!isBuy);
        const int today = side.today - side.frozenToday;
        const int yesterday = side.yesterday - side.frozenYesterday;
        if (today + yesterday < volume)
        {
            rejectInsert(core, session, input, requestId, kOverClosePosition, true);
            return;
        }
        if (splitsHistory(c))
        {
            if (offset == THOST_FTDC_OF_CloseToday)
            {
                if (today < volume)
                {
                    rejectInsert(core, session, input, requestId, kOverCloseTodayPosition, true);
                    return;
                }
                o.frozenToday = volume;
                o.closeTodayFirst = true;
            }
            else
            {
                if (yesterday < volume)
                {
                    rejectInsert(core, session, input, requestId, kOverCloseYesterdayPosition, true);
                    return;
                }
                o.frozenYesterday = volume;
            }
        }
        else
        {
            // Other exchanges close yesterday's lots first, whatever the flag says.
            o.frozenYesterday = std::min(volume, yesterday);
            o.frozenToday = volume - o.frozenYesterday;
        }
        side.frozenToday += o.frozenToday;
        side.frozenYesterday += o.frozenYesterday;
    }
    else
    {
        o.frozenMarginPerLot = marginPerLot(c, framePrice);
        o.frozenCommissionPerLot = commissionFor(c, framePrice, 1);
        const double needed = (o.frozenMarginPerLot + o.frozenCommissionPerLot) * volume;
        if (needed > account.available(core.marketsById()))
        {
            rejectInsert(core, session, input, requestId, kInsufficientMoney, true);
            return;
        }
        account.frozenMargin += o.frozenMarginPerLot * volume;
        account.frozenCommission += o.frozenCommissionPerLot * volume;
    }
    session.maxOrderRef = orderRef;

    CThostFtdcOrderField& out = o.order;
    std::memset(&out, 0, sizeof out);
    std::memcpy(out.BrokerID, input.BrokerID, sizeof out.BrokerID);
    std::memcpy(out.InvestorID, input.InvestorID, sizeof out.InvestorID);
    std::memcpy(out.InstrumentID, input.InstrumentID, sizeof out.InstrumentID);
    std::memcpy(out.ExchangeInstID, input.InstrumentID, sizeof out.ExchangeInstID);
    std::memcpy(out.OrderRef, input.OrderRef, sizeof out.OrderRef);
    std::memcpy(out.UserID, input.UserID, sizeof out.UserID);
    out.OrderPriceType = input.OrderPriceType;
    out.Direction = input.Direction;
    std::memcpy(out.CombOffsetFlag, input.CombOffsetFlag, sizeof out.CombOffsetFlag);
    std::memcpy(out.CombHedgeFlag, input.CombHedgeFlag, sizeof out.CombHedgeFlag);
    out.LimitPrice = input.LimitPrice;
    out.VolumeTotalOriginal = volume;
    out.TimeCondition = input.TimeCondition;
    std::memcpy(out.GTDDate, input.GTDDate, sizeof out.GTDDate);
    out.VolumeCondition = input.VolumeCondition;
    out.MinVolume = input.MinVolume;
    out.ContingentCondition = input.ContingentCondition;
    out.StopPrice = input.StopPrice;
    out.ForceCloseReason = input.ForceCloseReason;
    out.IsAutoSuspend = input.IsAutoSuspend;
    std::memcpy(out.BusinessUnit, input.BusinessUnit, sizeof out.BusinessUnit);
    out.RequestID = input.RequestID;
    putPadded(out.OrderLocalID, core.nextLocalId++);
    put(out.ExchangeID, c.exchange);
    put(out.ParticipantID, session.broker);
    std::memcpy(out.ClientID, input.InvestorID, sizeof out.ClientID);
    put(out.TraderID, "ctpsim01");
    out.InstallID = 1;
    out.OrderSubmitStatus = THOST_FTDC_OSS_InsertSubmitted;
    out.NotifySequence = 1;
    put(out.TradingDay, session.tradingDay);
    out.SettlementID = 1;
    out.OrderSource = THOST_FTDC_OSRC_Participant;
    out.OrderStatus = THOST_FTDC_OST_Unknown;
    out.OrderType = THOST_FTDC_ORDT_Normal;
    out.VolumeTraded = 0;
    out.VolumeTotal = volume;
    put(out.InsertDate, std::to_string(core.clock.date));
    put(out.InsertTime, core.timeText());
    stamp(core, out);
    out.FrontID = session.frontId;
    out.SessionID = session.sessionId;
    put(out.StatusMsg, statusText(StatusText::Submitted));
    out.UserForceClose = input.UserForceClose;
    out.BrokerOrderSeq = static_cast<int>(o.arrival);
    out.IsSwapOrder = input.IsSwapOrder;
    std::memcpy(out.InvestUnitID, input.InvestUnitID, sizeof out.InvestUnitID);
    std::memcpy(out.AccountID, input.AccountID, sizeof out.AccountID);
    std::memcpy(out.CurrencyID, input.CurrencyID, sizeof out.CurrencyID);
    std::memcpy(out.MacAddress, input.MacAddress, sizeof out.MacAddress);
    std::memcpy(out.IPAddress, input.IPAddress, sizeof out.IPAddress);

    OrderState* placed = order.get();
    core.orders.push_back(std::move(order));
    core.publishPrivate(placed->account, placed->order); // accepted by the counter, on its way to the exchange

    // The exchange's checks.
    int64_t priceTicks = 0;
    bool refused = false;
    ExchangeReject reason = ExchangeReject::PriceNotOnTick;
    if (isMarket)
    {
        priceTicks = isBuy ? m.upperLimit : m.lowerLimit;
    }
    else
    {
        const double ticks = input.LimitPrice / c.priceTick;
        priceTicks = std::llround(ticks);
        if (std::fabs(ticks - static_cast<double>(priceTicks)) > 1e-6)
        {
            refused = true;
        }
        else if (priceTicks > m.upperLimit)
        {
            refused = true;
            reason = ExchangeReject::PriceAboveUpperLimit;
        }
        else if (priceTicks < m.lowerLimit)
        {
            refused = true;
            reason = ExchangeReject::PriceBelowLowerLimit;
        }
    }
    placed->priceTicks = priceTicks;
    if (refused)
    {
        releaseFrozen(core, *placed);
        placed->order.OrderSubmitStatus = THOST_FTDC_OSS_InsertRejected;
        placed->order.OrderStatus = THOST_FTDC_OST_Canceled;
        put(placed->order.StatusMsg, exchangeRejectText(c.exchange.c_str(), reason));
        put(placed->order.CancelTime, core.timeText());
        placed->order.NotifySequence++;
        core.publishPrivate(placed->account, placed->order);
        return;
    }
    placed->order.OrderSubmitStatus = THOST_FTDC_OSS_Accepted;
    putPadded(placed->order.OrderSysID, core.nextOrderSysId++);
    placed->order.SequenceNo = core.nextSequenceNo++;
    std::memcpy(placed->order.ActiveTime, placed->order.InsertTime, sizeof placed->order.ActiveTime);
    const bool immediate = input.TimeCondition == THOST_FTDC_TC_IOC;
    if (!immediate)
    {
        placed->order.OrderStatus = THOST_FTDC_OST_NoTradeQueueing;
        put(placed->order.StatusMsg, statusText(StatusText::NotTraded));
        placed->order.NotifySequence++;
        core.publishPrivate(placed->account, placed->order);
    }
    matchIncoming(core, *placed, priceTicks, !immediate);
    if (placed->remaining > 0)
    {
        if (immediate)
        {
            cancelRemainder(core, *placed);
        }
        else
        {
            // Joins the back of the queue at its price: everyone already there trades first.
            int ahead = 0;
            for (const Level& l : isBuy ? m.bids : m.asks)
            {
                ahead += l.price == priceTicks ? l.volume : 0;
            }
            for (const OrderState* r : m.resting)
            {
                ahead += (r->isBuy == isBuy && r->priceTicks == priceTicks) ? r->remaining : 0;
            }
            placed->queueAhead = ahead;
            m.resting.push_back(placed);
        }
    }
    core.publishDepth(m);
}

void actionOrder(Core& core, TraderApiImpl& session, const CThostFtdcInputOrderActionField& input, int requestId)
{
    if (!session.loggedIn)
    {
        rejectAction(core, session, input, requestId, kNotLoginYet, false);
        return;
    }
    if (input.ActionFlag != THOST_FTDC_AF_Delete)
    {
        rejectAction(core, session, input, requestId, kBadOrderActionField, true);
        return;
    }
    OrderState* target = nullptr;
    const bool byRef = input.OrderRef[0] != '\0';
    long long wantedRef = 0;
    if (byRef && !parseOrderRef(input.OrderRef, wantedRef))
    {
        wantedRef = -1;
    }
    const int front = input.FrontID != 0 ? input.FrontID : session.frontId;
    const int sessionId = input.SessionID != 0 ? input.SessionID : session.sessionId;
    for (const auto& o : core.orders)
    {
        if (o->account != session.account)
        {
            continue;
        }
        long long ref = 0;
        const bool found = byRef ? (o->order.FrontID == front && o->order.SessionID == sessionId &&
                                    parseOrderRef(o->order.OrderRef, ref) && ref == wantedRef)
                                 : (get(o->order.ExchangeID) == get(input.ExchangeID) &&
                                    get(o->order.OrderSysID) == get(input.OrderSysID) && o->order.OrderSysID[0] != '\0');
        if (found)
        {
            target = o.get();
            break;
        }
    }
    if (target == nullptr)
    {
        rejectAction(core, session, input, requestId, kOrderNotFound, true);
        return;
    }
    if (isFinished(target->order))
    {
        rejectAction(core, session, input, requestId, kInsuitableOrderStatus, true);
        return;
    }
    // As SFIT documents the callbacks: the counter forwards the cancel and returns the order as it stands with
    // CancelSubmitted (status and StatusMsg unchanged); the exchange's answer follows as Canceled.
    CThostFtdcOrderField& order = target->order;
    order.OrderSubmitStatus = THOST_FTDC_OSS_CancelSubmitted;
    order.NotifySequence++;
    stamp(core, order);
    core.publishPrivate(target->account, order);
    order.OrderSubmitStatus = THOST_FTDC_OSS_Accepted;
    cancelRemainder(core, *target);
    core.publishDepth(core.markets[target->market]);
}

void cancelWorkingOrders(Core& core)
{
    for (auto& o : core.orders)
    {
        if (!isFinished(o->order))
        {
            cancelRemainder(core, *o);
        }
    }
}

void matchResting(Core& core, Market& m)
{
    // Price priority among the client's orders, then time.
    std::vector<OrderState*> byPriority = m.resting;
    std::stable_sort(byPriority.begin(), byPriority.end(), [](const OrderState* a, const OrderState* b)
    {
        if (a->isBuy != b->isBuy)
        {
            return a->isBuy;
        }
        if (a->priceTicks != b->priceTicks)
        {
            return a->isBuy ? a->priceTicks > b->priceTicks : a->priceTicks < b->priceTicks;
        }
        return a->arrival < b->arrival;
    });
    int printLeft = m.lastTradeVolume;
    for (OrderState* o : byPriority)
    {
        // The new synthetic book crossing a resting order trades at the resting order's price.
        for (Level& l : o->isBuy ? m.asks : m.bids)
        {
            if (o->remaining == 0)
            {
                break;
            }
            if (l.volume > 0 && (o->isBuy ? l.price <= o->priceTicks : l.price >= o->priceTicks))
            {
                const int volume = std::min(o->remaining, l.volume);
                l.volume -= volume;
                fill(core, *o, o->priceTicks, volume, true);
                recordTrade(m, o->priceTicks, volume);
            }
        }
        // A print at the order's price first uses up the volume queued ahead of it.
        if (o->remaining > 0 && printLeft > 0 && m.last == o->priceTicks)
        {
            const int ahead = std::min(printLeft, o->queueAhead);
            o->queueAhead -= ahead;
            printLeft -= ahead;
            const int volume = std::min(printLeft, o->remaining);
            if (volume > 0)
            {
                printLeft -= volume;
                fill(core, *o, o->priceTicks, volume, true);
            }
        }
    }
    dropEmptyLevels(m);
}

void marketTrade(Core& core, Market& m, int64_t price, int volume)
{
    // Buyers at or above the print and sellers at or below it, each side in price-time priority.
    for (const bool buys : {true, false})
    {
        std::vector<OrderState*> side;
        for (OrderState* o : m.resting)
        {
            if (o->isBuy == buys)
            {
                side.push_back(o);
            }
        }
        std::stable_sort(side.begin(), side.end(), [buys](const OrderState* a, const OrderState* b)
        {
            if (a->priceTicks != b->priceTicks)
            {
                return buys ? a->priceTicks > b->priceTicks : a->priceTicks < b->priceTicks;
            }
            return a->arrival < b->arrival;
        });
        int left = volume;
        for (OrderState* o : side)
        {
            if (left == 0)
            {
                break;
            }
            if (buys ? o->priceTicks > price : o->priceTicks < price)
            {
                const int filled = std::min(left, o->remaining);
                left -= filled;
                fill(core, *o, o->priceTicks, filled, true);
            }
            else if (o->priceTicks == price)
            {
                const int ahead = std::min(left, o->queueAhead);
                o->queueAhead -= ahead;
                left -= ahead;
                const int filled = std::min(left, o->remaining);
                if (filled > 0)
                {
                    left -= filled;
                    fill(core, *o, o->priceTicks, filled, true);
                }
            }
        }
    }
    recordTrade(m, price, volume);
}
}
