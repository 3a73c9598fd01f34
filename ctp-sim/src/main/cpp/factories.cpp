// SFIT's factory symbols: defining the static members gives exactly the mangled names of
// libthosttraderapi_se.so / libthostmduserapi_se.so, so any CTP client finds them by name.
#include "ctp_api.h"
#include "md_api.h"
#include "trader_api.h"
#include "version.h"

#ifndef CTPSIM_PROFILE
#error "CTPSIM_PROFILE (the ABI profile id) must be defined by the build"
#endif

CTPSIM_EXPORT CThostFtdcTraderApi* CThostFtdcTraderApi::CreateFtdcTraderApi(const char* pszFlowPath)
{
    return new ctpsim::TraderApiImpl(pszFlowPath == nullptr ? "" : pszFlowPath);
}

CTPSIM_EXPORT const char* CThostFtdcTraderApi::GetApiVersion()
{
    return ctpsim::reportedVersion();
}

CTPSIM_EXPORT CThostFtdcMdApi* CThostFtdcMdApi::CreateFtdcMdApi(const char* pszFlowPath, const bool, const bool)
{
    return new ctpsim::MdApiImpl(pszFlowPath == nullptr ? "" : pszFlowPath);
}

CTPSIM_EXPORT const char* CThostFtdcMdApi::GetApiVersion()
{
    return ctpsim::reportedVersion();
}
