// The errors the simulator produces (CTP's real numbers and GB18030 prompts) and the order status texts.
#pragma once

#include <string>

#include "ctp_api.h"

namespace ctpsim
{
// CTP error numbers as in SFIT's error table; only those the simulator produces.
enum Error : int
{
    kNone = 0,
    kInvalidLogin = 3,
    kUserNotActive = 4,
    kDuplicateLogin = 5,
    kNotLoginYet = 6,
    kNotInited = 7,
    kFrontNotActive = 8,
    kBadField = 15,
    kInstrumentNotFound = 16,
    kDuplicateOrderRef = 22,
    kBadOrderActionField = 23,
    kOrderNotFound = 25,
    kInsuitableOrderStatus = 26,
    kUnsupportedFunction = 27,
    kOverClosePosition = 30,
    kInsufficientMoney = 31,
    kSettlementInfoNotConfirmed = 42,
    kOverCloseTodayPosition = 50,
    kOverCloseYesterdayPosition = 51,
    kAuthFailed = 63,
    kNotAuthent = 64,
    kLoginForbidden = 75,
    kPriceTypeNotSupportedByExchange = 80,
    kFirstLogin = 140,
    kPasswordOutOfDate = 141,
};

// GB18030 prompt of an error number ("CTP:..." as the real front sends it).
const char* errorMessage(int errorId);

void fillRspInfo(CThostFtdcRspInfoField& info, int errorId);

// Order status texts (StatusMsg) as CTP sends them, GB18030.
enum class StatusText
{
    Submitted,
    NotTraded,
    PartTraded,
    AllTraded,
    Canceled,
};

const char* statusText(StatusText text);

// Why an exchange refuses an order; reported in StatusMsg of an InsertRejected order.
enum class ExchangeReject
{
    PriceNotOnTick,
    PriceAboveUpperLimit,
    PriceBelowLowerLimit,
};

// "已撤单报单被拒绝<EXCHANGE>:<reason>", the StatusMsg of an order the exchange refused.
std::string exchangeRejectText(const char* exchangeId, ExchangeReject reason);

// Text of the simulated settlement statement (GB18030).
const char* settlementHeading();
}
