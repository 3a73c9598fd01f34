package org.ctpengine.adapter;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import org.ctpengine.adapter.internal.ApiCallShape;
import org.ctpengine.adapter.internal.CStrings;

import java.nio.file.Path;

/**
 * A {@code CThostFtdcMdApi} instance (market data). Callbacks go to the {@link SpiSink} given at creation, on
 * the library's thread {@code ctp-md-<name>}. Subscriptions take a C array of instrument-id strings
 * ({@code char**}) and its length; {@link #subscribeMarketData(String...)} builds one (and allocates).
 */
public final class MdApi extends CtpApi
{
    private final int subscribeMarketData;
    private final int unSubscribeMarketData;
    private final int reqUserLogin;
    private final int reqUserLogout;

    private MdApi(
        final CtpLibrary library,
        final String name,
        final Path flowDirectory,
        final boolean udp,
        final boolean multicast,
        final SpiSink sink)
    {
        super(CtpApiKind.MD, library, name, flowDirectory, sink, udp, multicast);
        subscribeMarketData = resolve("SubscribeMarketData", ApiCallShape.I_PI);
        unSubscribeMarketData = resolve("UnSubscribeMarketData", ApiCallShape.I_PI);
        reqUserLogin = resolve("ReqUserLogin", ApiCallShape.I_PI);
        reqUserLogout = resolve("ReqUserLogout", ApiCallShape.I_PI);
    }

    /**
     * Creates a market-data API over TCP: CreateFtdcMdApi(flowDirectory + "/", false, false), then RegisterSpi.
     *
     * @param name names the instance and its callback thread ({@code ctp-md-<name>}): 1-40 of [A-Za-z0-9_.-]
     * @throws CtpLoadException when the directory cannot be created or the library returns no instance
     */
    public static MdApi create(final CtpLibrary library, final String name, final Path flowDirectory, final SpiSink sink)
    {
        return create(library, name, flowDirectory, false, false, sink);
    }

    /** As {@link #create(CtpLibrary, String, Path, SpiSink)} with CreateFtdcMdApi's bIsUsingUdp and bIsMulticast. */
    public static MdApi create(
        final CtpLibrary library,
        final String name,
        final Path flowDirectory,
        final boolean udp,
        final boolean multicast,
        final SpiSink sink)
    {
        return new MdApi(library, name, flowDirectory, udp, multicast, sink);
    }

    /** SubscribeMarketData(char** ppInstrumentID, nCount) with an array already in native memory; no allocation. */
    public int subscribeMarketData(final long instrumentIds, final int count)
    {
        return request(subscribeMarketData, instrumentIds, count);
    }

    /** SubscribeMarketData for the given ids (builds the C array: allocates). */
    public int subscribeMarketData(final String... instrumentIds)
    {
        final Memory array = instrumentIdArray(instrumentIds);
        return subscribeMarketData(Pointer.nativeValue(array), instrumentIds.length);
    }

    /** UnSubscribeMarketData(char** ppInstrumentID, nCount); no allocation. */
    public int unSubscribeMarketData(final long instrumentIds, final int count)
    {
        return request(unSubscribeMarketData, instrumentIds, count);
    }

    /** UnSubscribeMarketData for the given ids (builds the C array: allocates). */
    public int unSubscribeMarketData(final String... instrumentIds)
    {
        final Memory array = instrumentIdArray(instrumentIds);
        return unSubscribeMarketData(Pointer.nativeValue(array), instrumentIds.length);
    }

    /** ReqUserLogin(CThostFtdcReqUserLoginField*, nRequestID). */
    public int reqUserLogin(final long reqUserLoginField, final int requestId)
    {
        return request(reqUserLogin, reqUserLoginField, requestId);
    }

    /** ReqUserLogout(CThostFtdcUserLogoutField*, nRequestID). */
    public int reqUserLogout(final long userLogoutField, final int requestId)
    {
        return request(reqUserLogout, userLogoutField, requestId);
    }

    /**
     * One block of native memory holding a {@code char*} array followed by the NUL-terminated GB18030 strings it
     * points to. Kept reachable for the life of this instance, in case the library keeps the pointers.
     */
    private Memory instrumentIdArray(final String... instrumentIds)
    {
        if (instrumentIds.length == 0)
        {
            throw new IllegalArgumentException("no instrument ids");
        }
        final byte[][] encoded = new byte[instrumentIds.length][];
        long textBytes = 0;
        for (int i = 0; i < instrumentIds.length; i++)
        {
            encoded[i] = instrumentIds[i].getBytes(CStrings.GB18030);
            textBytes += encoded[i].length + 1;
        }
        final long pointerBytes = (long)Long.BYTES * instrumentIds.length;
        final Memory memory = new Memory(pointerBytes + textBytes);
        long at = pointerBytes;
        for (int i = 0; i < encoded.length; i++)
        {
            memory.setLong((long)Long.BYTES * i, Pointer.nativeValue(memory) + at);
            memory.write(at, encoded[i], 0, encoded[i].length);
            memory.setByte(at + encoded[i].length, (byte)0);
            at += encoded[i].length + 1;
        }
        retain(memory);
        return memory;
    }
}
