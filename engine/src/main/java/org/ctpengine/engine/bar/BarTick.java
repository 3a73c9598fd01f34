package org.ctpengine.engine.bar;

import org.ctpengine.engine.time.Exchange;

/**
 * The fields of a market data update a bar needs, as CTP's DepthMarketData carries them. Implemented over the
 * engine's tick, over a journal event, or by {@link MutableBarTick}; read only during
 * {@link BarBuilder#onTick}.
 */
public interface BarTick
{
    /** InstrumentID. */
    CharSequence instrument();

    /** ExchangeID; {@link Exchange#UNKNOWN} when empty (SHFE often leaves it so). */
    Exchange exchange();

    /** ActionDay as yyyyMMdd (DCE puts the trading day there at night), or -1 when empty. */
    int actionDay();

    /** UpdateTime as seconds since China-time midnight. */
    int updateSecond();

    /** UpdateMillisec. */
    int updateMillisec();

    /** Wall clock when the tick was received, epoch nanoseconds; 0 when unknown (then the calendar dates it). */
    long receiveEpochNanos();

    /** LastPrice; CTP's no-value marker (Double.MAX_VALUE) when nothing has traded. */
    double lastPrice();

    /** Volume: lots traded so far this trading day (cumulative). */
    long volume();

    /** Turnover: value traded so far this trading day (cumulative). */
    double turnover();

    /** OpenInterest. */
    double openInterest();
}
