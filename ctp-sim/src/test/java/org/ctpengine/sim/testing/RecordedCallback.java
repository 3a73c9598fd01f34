package org.ctpengine.sim.testing;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.SpiCallback;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.struct.RspInfoFlyweight;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.adapter.struct.StructPrinter;
import org.ctpengine.adapter.text.Gb18030;

import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * One SPI callback as it arrived, copied off the library's memory on its callback thread: the method, the bytes of
 * its struct and of its {@code CThostFtdcRspInfoField}, nRequestID, bIsLast, the int argument and the thread it came
 * on. The library's memory is valid only during the callback, so a test can only look at a copy.
 *
 * <p>Immutable: the bytes are private, and each view handed out ({@link #struct}) wraps a fresh copy, so a test
 * that writes through a flyweight cannot change what was recorded. Text is decoded from GB18030, as a front sends it.
 */
public final class RecordedCallback
{
    private final AbiProfile profile;
    private final String apiName;
    private final String method;
    private final String structName;
    private final byte[] struct;
    private final byte[] rspInfo;
    private final int requestId;
    private final boolean isLast;
    private final int intArgument;
    private final String threadName;
    private final long receiveNanos;

    private RecordedCallback(
        final AbiProfile profile,
        final String apiName,
        final String method,
        final String structName,
        final byte[] struct,
        final byte[] rspInfo,
        final int requestId,
        final boolean isLast,
        final int intArgument,
        final String threadName,
        final long receiveNanos)
    {
        this.profile = profile;
        this.apiName = apiName;
        this.method = method;
        this.structName = structName;
        this.struct = struct;
        this.rspInfo = rspInfo;
        this.requestId = requestId;
        this.isLast = isLast;
        this.intArgument = intArgument;
        this.threadName = threadName;
        this.receiveNanos = receiveNanos;
    }

    /** Copies the callback in progress; call on the callback thread, inside the sink. */
    static RecordedCallback copyOf(final SpiCallback callback, final AbiProfile profile)
    {
        byte[] struct = null;
        if (callback.hasStruct())
        {
            struct = new byte[callback.structSize()];
            callback.copyStruct(new UnsafeBuffer(struct), 0);
        }
        byte[] rspInfo = null;
        if (callback.hasRspInfo())
        {
            rspInfo = new byte[callback.rspInfoSize()];
            callback.copyRspInfo(new UnsafeBuffer(rspInfo), 0);
        }
        return new RecordedCallback(profile, callback.apiName(), callback.methodName(), callback.structName(), struct,
            rspInfo, callback.requestId(), callback.isLast(), callback.intArgument(), Thread.currentThread().getName(),
            callback.receiveNanos());
    }

    /** Name of the API instance that received it. */
    public String apiName()
    {
        return apiName;
    }

    /** The SPI method, e.g. {@code OnRtnOrder}. */
    public String method()
    {
        return method;
    }

    /** The struct type of the method's data argument, e.g. {@code CThostFtdcOrderField}; null when it has none. */
    public String structName()
    {
        return structName;
    }

    /** Whether the library passed a data struct (an empty query answer passes a null pointer). */
    public boolean hasStruct()
    {
        return struct != null;
    }

    /** A copy of the data struct's bytes. */
    public byte[] structBytes()
    {
        return Arrays.copyOf(requireStruct(), struct.length);
    }

    /**
     * Wraps {@code flyweight} over a copy of the data struct, e.g. {@code callback.struct(new OrderFlyweight(profile))}.
     *
     * @return the flyweight, wrapped
     * @throws IllegalStateException when the callback carried no struct, or one of another type
     */
    public <F extends StructFlyweight> F struct(final F flyweight)
    {
        if (!flyweight.layout().name().equals(structName))
        {
            throw new IllegalStateException(method + " carries " + structName + ", not " + flyweight.layout().name());
        }
        flyweight.wrap(new UnsafeBuffer(structBytes()), 0);
        return flyweight;
    }

    /** A text field of the data struct by its CTP name, decoded from GB18030 (for structs without a flyweight). */
    public String text(final String field)
    {
        final FieldLayout layout = field(field);
        return Gb18030.decode(new UnsafeBuffer(struct), layout.offset(), layout.length());
    }

    /** An int field of the data struct by its CTP name. */
    public int intField(final String field)
    {
        return new UnsafeBuffer(struct).getInt(field(field).offset(), ByteOrder.LITTLE_ENDIAN);
    }

    /** A double field of the data struct by its CTP name. */
    public double doubleField(final String field)
    {
        return new UnsafeBuffer(struct).getDouble(field(field).offset(), ByteOrder.LITTLE_ENDIAN);
    }

    /** A char (code) field of the data struct by its CTP name. */
    public byte charField(final String field)
    {
        return struct[field(field).offset()];
    }

    /** Whether the library passed a {@code CThostFtdcRspInfoField}. */
    public boolean hasRspInfo()
    {
        return rspInfo != null;
    }

    /** RspInfo's ErrorID; 0 when there is no RspInfo (CTP's "success"). */
    public int errorId()
    {
        return rspInfo == null ? 0 : rspInfoView().errorId();
    }

    /** RspInfo's ErrorMsg decoded from GB18030, e.g. {@code CTP:找不到合约}; empty when there is no RspInfo. */
    public String errorMsg()
    {
        return rspInfo == null ? "" : rspInfoView().errorMsg();
    }

    /** nRequestID of an OnRsp… callback; 0 for other shapes. */
    public int requestId()
    {
        return requestId;
    }

    /** bIsLast of an OnRsp… callback; false for other shapes. */
    public boolean isLast()
    {
        return isLast;
    }

    /** OnFrontDisconnected's reason or OnHeartBeatWarning's lapse; 0 for other shapes. */
    public int intArgument()
    {
        return intArgument;
    }

    /** The thread the library called back on. */
    public String threadName()
    {
        return threadName;
    }

    /** {@link System#nanoTime()} when the adapter's trampoline was entered. */
    public long receiveNanos()
    {
        return receiveNanos;
    }

    @Override
    public String toString()
    {
        final StringBuilder out = new StringBuilder(method).append('[');
        if (struct != null)
        {
            out.append(StructPrinter.forProfile(profile).line(structName, new UnsafeBuffer(struct), 0));
        }
        else if (structName != null)
        {
            out.append("null");
        }
        if (rspInfo != null)
        {
            out.append(" rsp=").append(errorId()).append(' ').append(errorMsg());
        }
        if (requestId != 0 || isLast)
        {
            out.append(" req=").append(requestId).append(" last=").append(isLast);
        }
        if (intArgument != 0)
        {
            out.append(" int=").append(intArgument);
        }
        return out.append(']').toString();
    }

    private RspInfoFlyweight rspInfoView()
    {
        return new RspInfoFlyweight(profile).wrap(new UnsafeBuffer(rspInfo), 0);
    }

    private byte[] requireStruct()
    {
        if (struct == null)
        {
            throw new IllegalStateException(method + " carried no struct" +
                (structName == null ? "" : " (the library passed a null " + structName + ")"));
        }
        return struct;
    }

    private FieldLayout field(final String field)
    {
        requireStruct();
        final StructLayout layout = profile.struct(structName);
        if (!layout.hasField(field))
        {
            throw new IllegalArgumentException(structName + " has no field " + field + " in profile " + profile.id());
        }
        return layout.field(field);
    }
}
