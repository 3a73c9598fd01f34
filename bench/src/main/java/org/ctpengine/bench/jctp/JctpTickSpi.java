package org.ctpengine.bench.jctp;

import org.ctpengine.bench.load.Arrivals;
import org.rationalityfrontline.jctp.CThostFtdcDepthMarketDataField;
import org.rationalityfrontline.jctp.CThostFtdcMdApi;
import org.rationalityfrontline.jctp.CThostFtdcMdSpi;
import org.rationalityfrontline.jctp.CThostFtdcReqUserLoginField;
import org.rationalityfrontline.jctp.CThostFtdcRspInfoField;
import org.rationalityfrontline.jctp.CThostFtdcRspUserLoginField;

/**
 * The peer's market-data SPI: jctp's SWIG director, subclassed the way a jctp user writes one. It logs in and
 * subscribes, and in {@code OnRtnDepthMarketData} reads the clock first, then the same ten fields the engine's
 * benchmark strategy reads (through jctp's getters: a JNI call each, text as new Strings), then records the tick's
 * number (Volume) into the current burst's {@link Arrivals}.
 *
 * <p>Threads: callbacks on the simulator's md callback thread; {@link #expect} and the volatile reads on the
 * child's main thread, between bursts.
 */
final class JctpTickSpi extends CThostFtdcMdSpi
{
    private final CThostFtdcMdApi api;
    private final String instrument;
    /** The folded fields: a field the JIT must keep writing, so that no read is optimised away. */
    private long sink;
    /** The Java thread of the last callback: a new one each time means the director attaches per callback. */
    private Thread lastThread;
    private long threadChanges;
    private volatile Arrivals arrivals;
    private volatile long ticks;
    private volatile String failure;

    JctpTickSpi(final CThostFtdcMdApi api, final String instrument)
    {
        this.api = api;
        this.instrument = instrument;
    }

    @Override
    public void OnFrontConnected()
    {
        final CThostFtdcReqUserLoginField login = new CThostFtdcReqUserLoginField();
        login.setBrokerID("9999");
        login.setUserID("000001");
        login.setPassword("sim");
        if (api.ReqUserLogin(login, 1) != 0)
        {
            failure = "ReqUserLogin refused";
        }
    }

    @Override
    public void OnRspUserLogin(final CThostFtdcRspUserLoginField rsp, final CThostFtdcRspInfoField info,
        final int requestId, final boolean isLast)
    {
        if (info != null && info.getErrorID() != 0)
        {
            failure = "login failed: " + info.getErrorID();
            return;
        }
        if (api.SubscribeMarketData(new String[] {instrument}) != 0)
        {
            failure = "SubscribeMarketData refused";
        }
    }

    @Override
    public void OnRtnDepthMarketData(final CThostFtdcDepthMarketDataField data)
    {
        final long now = System.nanoTime();
        sink += readTenFields(data);
        final Thread thread = Thread.currentThread();
        if (thread != lastThread)
        {
            lastThread = thread;
            threadChanges++;
        }
        final Arrivals current = arrivals;
        if (current != null)
        {
            current.record(now, data.getVolume(), 0, 0);
        }
        ticks = ticks + 1; // single writer
    }

    /** The same ten fields as {@code TickRecorder.readTenFields}, folded the same way, through jctp's getters. */
    private static long readTenFields(final CThostFtdcDepthMarketDataField data)
    {
        final String id = data.getInstrumentID();
        long fold = id.length() + id.charAt(0);
        final String time = data.getUpdateTime();
        fold += time.length() + time.charAt(0);
        fold += data.getUpdateMillisec() + data.getVolume() + data.getBidVolume1() + data.getAskVolume1();
        fold += Double.doubleToRawLongBits(data.getLastPrice()) ^ Double.doubleToRawLongBits(data.getBidPrice1()) ^
            Double.doubleToRawLongBits(data.getAskPrice1()) ^ Double.doubleToRawLongBits(data.getOpenInterest());
        return fold;
    }

    /** Where the next burst's ticks go; call while no tick is in flight. */
    void expect(final Arrivals next)
    {
        arrivals = next;
    }

    /** Every tick seen, the subscription snapshot included. */
    long ticks()
    {
        return ticks;
    }

    /** How often the callback ran on a different Java Thread object than the one before (read after the bursts). */
    long threadChanges()
    {
        return threadChanges;
    }

    /** Why login or subscription failed, or null. */
    String failure()
    {
        return failure;
    }
}
