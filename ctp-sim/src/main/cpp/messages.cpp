// Compiled with -fexec-charset=GB18030: the literals below reach the client as GB18030 bytes, like a real front's.
// The prompts are facts from CTP's error table, written here for the errors the simulator produces.
#include "messages.h"

#include <string>

#include "text.h"

namespace ctpsim
{
const char* errorMessage(int errorId)
{
    switch (errorId)
    {
        case kNone: return "CTP:正确";
        case kInvalidLogin: return "CTP:不合法的登录";
        case kUserNotActive: return "CTP:用户不活跃";
        case kDuplicateLogin: return "CTP:重复的登录";
        case kNotLoginYet: return "CTP:还没有登录";
        case kNotInited: return "CTP:还没有初始化";
        case kFrontNotActive: return "CTP:前置不活跃";
        case kBadField: return "CTP:报单字段有误";
        case kInstrumentNotFound: return "CTP:找不到合约";
        case kDuplicateOrderRef: return "CTP:报单错误：不允许重复报单";
        case kBadOrderActionField: return "CTP:错误的报单操作字段";
        case kOrderNotFound: return "CTP:撤单找不到相应报单";
        case kInsuitableOrderStatus: return "CTP:报单已全成交或已撤销，不能再撤";
        case kUnsupportedFunction: return "CTP:不支持的功能";
        case kOverClosePosition: return "CTP:平仓量超过持仓量";
        case kInsufficientMoney: return "CTP:资金不足";
        case kSettlementInfoNotConfirmed: return "CTP:结算结果未确认";
        case kOverCloseTodayPosition: return "CTP:平今仓位不足";
        case kOverCloseYesterdayPosition: return "CTP:平昨仓位不足";
        case kAuthFailed: return "CTP:客户端认证失败";
        case kNotAuthent: return "CTP:客户端未认证";
        case kLoginForbidden: return "CTP:连续登录失败次数超限，登录被禁止";
        case kFirstLogin: return "CTP:首次登录必须修改密码，请修改密码后重新登录";
        case kPasswordOutOfDate: return "CTP:您当前密码已过期，请修改后登录";
        case kPriceTypeNotSupportedByExchange: return "CTP:交易所不支持的价格类型";
        default: return "CTP:未知错误";
    }
}

void fillRspInfo(CThostFtdcRspInfoField& info, int errorId)
{
    info.ErrorID = errorId;
    put(info.ErrorMsg, errorMessage(errorId));
}

const char* statusText(StatusText text)
{
    switch (text)
    {
        case StatusText::Submitted: return "报单已提交";
        case StatusText::NotTraded: return "未成交";
        case StatusText::PartTraded: return "部分成交";
        case StatusText::AllTraded: return "全部成交";
        case StatusText::Canceled: return "已撤单";
    }
    return "";
}

std::string exchangeRejectText(const char* exchangeId, ExchangeReject reason)
{
    const char* why = "";
    switch (reason)
    {
        case ExchangeReject::PriceNotOnTick: why = "报单价格不是最小变动价位的整数倍"; break;
        case ExchangeReject::PriceAboveUpperLimit: why = "报单价格高于涨停板"; break;
        case ExchangeReject::PriceBelowLowerLimit: why = "报单价格低于跌停板"; break;
    }
    return std::string("已撤单报单被拒绝") + exchangeId + ":" + why;
}

const char* settlementHeading()
{
    return "ctp-sim 模拟结算单";
}
}
