/////////////////////////////////////////////////////////////////////////
///@system 新一代交易所系统（测试用的手写头文件）
///@company 测试公司
///@file ThostFtdcMdApi.h
///@brief 定义了客户端行情接口
///@history 
/////////////////////////////////////////////////////////////////////////

#if !defined(THOST_FTDCMDAPI_H)
#define THOST_FTDCMDAPI_H

#if _MSC_VER > 1000
#pragma once
#endif // _MSC_VER > 1000

#include "ThostFtdcUserApiStruct.h"

#if defined(ISLIB) && defined(WIN32)
#ifdef LIB_MD_API_EXPORT
#define MD_API_EXPORT __declspec(dllexport)
#else
#define MD_API_EXPORT __declspec(dllimport)
#endif
#else
#define MD_API_EXPORT 
#endif

class CThostFtdcMdSpi
{
public:
	///当客户端与交易后台建立起通信连接时（还未登录前），该方法被调用。
	virtual void OnFrontConnected(){};
	
	///当客户端与交易后台通信连接断开时，该方法被调用。
	virtual void OnFrontDisconnected(int nReason){};
		
	///心跳超时警告。当长时间未收到报文时，该方法被调用。
	///@param nTimeLapse 距离上次接收报文的时间
	virtual void OnHeartBeatWarning(int nTimeLapse){};

	///订阅行情应答
	virtual void OnRspSubMarketData(CThostFtdcSpecificInstrumentField *pSpecificInstrument, CThostFtdcRspInfoField *pRspInfo, int nRequestID, bool bIsLast) {};

	///深度行情通知
	virtual void OnRtnDepthMarketData(CThostFtdcDepthMarketDataField *pDepthMarketData) {};
};

class MD_API_EXPORT CThostFtdcMdApi
{
public:
	///创建MdApi
	///@param pszFlowPath 存贮订阅信息文件的目录，默认为当前目录
	///@param bIsUsingUdp 是否使用UDP
	///@param bIsMulticast 是否使用组播
	///@return 创建出的UserApi
	static CThostFtdcMdApi *CreateFtdcMdApi(const char *pszFlowPath = "", const bool bIsUsingUdp=false, const bool bIsMulticast=false);
	
	///获取API的版本信息
	///@retrun 获取到的版本号
	static const char *GetApiVersion();
	
	///删除接口对象本身
	virtual void Release() = 0;
	
	///初始化
	virtual void Init() = 0;
	
	///等待接口线程结束运行
	virtual int Join() = 0;
	
	///获取当前交易日
	virtual const char *GetTradingDay() = 0;
	
	///注册前置机网络地址
	virtual void RegisterFront(char *pszFrontAddress) = 0;
	
	///注册回调接口
	virtual void RegisterSpi(CThostFtdcMdSpi *pSpi) = 0;
	
	///订阅行情。
	///@param ppInstrumentID 合约ID  
	///@param nCount 要订阅/退订行情的合约个数
	virtual int SubscribeMarketData(char *ppInstrumentID[], int nCount) = 0;

	///退订行情。
	virtual int UnSubscribeMarketData(char *ppInstrumentID[], int nCount) = 0;

	///设置选项（按值传递的 const 参数与缺省参数）
	virtual int SetOption(const int nOption, const bool bEnable=true) = 0;

	///用户登录请求
	virtual int ReqUserLogin(CThostFtdcReqUserLoginField *pReqUserLoginField, int nRequestID) = 0;
protected:
	~CThostFtdcMdApi(){};
};

#endif
