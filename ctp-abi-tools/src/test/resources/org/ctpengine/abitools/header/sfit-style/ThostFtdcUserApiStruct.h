/////////////////////////////////////////////////////////////////////////
///@system 新一代交易所系统（测试用的手写头文件）
///@company 测试公司
///@file ThostFtdcUserApiStruct.h
///@brief 定义了客户端接口使用的业务数据结构
///@history 
/////////////////////////////////////////////////////////////////////////

#if !defined(THOST_FTDCSTRUCT_H)
#define THOST_FTDCSTRUCT_H

#if _MSC_VER > 1000
#pragma once
#endif // _MSC_VER > 1000

#include "ThostFtdcUserApiDataType.h"

///信息分发
struct CThostFtdcDisseminationField
{
	///序列系列号
	TThostFtdcSequenceSeriesType	SequenceSeries;
	///序列号
	TThostFtdcSequenceNoType	SequenceNo;
};

///用户登录请求
struct CThostFtdcReqUserLoginField
{
	///交易日
	TThostFtdcDateType	TradingDay;
	///经纪公司代码
	TThostFtdcBrokerIDType	BrokerID;
	///用户代码
	TThostFtdcUserIDType	UserID;
	///终端IP端口
	TThostFtdcIPPortType	ClientIPPort;
};

///用户登录应答
struct CThostFtdcRspUserLoginField
{
	///交易日
	TThostFtdcDateType	TradingDay;
	///登录成功时间
	TThostFtdcTimeType	LoginTime;
	///前置编号
	TThostFtdcFrontIDType	FrontID;
	///会话编号
	TThostFtdcSessionIDType	SessionID;
};

///用户登出请求
struct CThostFtdcUserLogoutField
{
	///经纪公司代码
	TThostFtdcBrokerIDType	BrokerID;
	///用户代码
	TThostFtdcUserIDType	UserID;
};

///响应信息
struct CThostFtdcRspInfoField
{
	///错误代码
	TThostFtdcErrorIDType	ErrorID;
	///错误信息
	TThostFtdcErrorMsgType	ErrorMsg;
};

/* 输入报单：块注释里的 struct CThostFtdcFakeField { int X; }; 不算数 */
struct CThostFtdcInputOrderField
{
	///经纪公司代码
	TThostFtdcBrokerIDType	BrokerID;
	///买卖方向
	TThostFtdcDirectionType	Direction;
	///价格
	TThostFtdcPriceType	LimitPrice;
	///数量
	TThostFtdcVolumeType	VolumeTotalOriginal;
	///合约在交易所的代码
	TThostFtdcExchangeInstIDType	ExchangeInstID;
	///投机套保标志
	TThostFtdcHedgeFlagType	HedgeFlag;
#ifdef _WIN32
	///只在 Windows 上有的字段（Linux 下不存在）
	TThostFtdcVolumeType	WindowsOnly;
#endif
};

///深度行情
struct CThostFtdcDepthMarketDataField
{
	///交易日
	TThostFtdcDateType	TradingDay;
	///保留的无效字段
	TThostFtdcOldInstrumentIDType	reserve1;
	///最新价
	TThostFtdcPriceType	LastPrice;
	///数量
	TThostFtdcVolumeType	Volume;
	///合约代码
	TThostFtdcInstrumentIDType	InstrumentID;
};

///指定的合约
struct CThostFtdcSpecificInstrumentField
{
	///保留的无效字段
	TThostFtdcOldInstrumentIDType	reserve1;
	///合约代码
	TThostFtdcInstrumentIDType	InstrumentID;
};

#endif
