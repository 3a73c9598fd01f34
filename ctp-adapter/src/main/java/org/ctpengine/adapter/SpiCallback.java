package org.ctpengine.adapter;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.StructLayout;

import java.nio.ByteOrder;

/**
 * A reusable view of the SPI callback in progress, one per API instance, handed to {@link SpiSink}: which slot
 * was called, the native addresses of its struct and {@code CThostFtdcRspInfoField}, nRequestID, bIsLast, the
 * int argument, and the {@link System#nanoTime()} taken at trampoline entry.
 *
 * <p>Owned by the instance's callback thread. The native memory is the library's and is valid only until the
 * sink returns: copy it with {@link #copyStruct} / {@link #copyRspInfo}. Nothing here allocates.
 */
public final class SpiCallback
{
    private static final byte[] EMPTY = new byte[0];

    private final String apiName;
    private final CtpApiKind kind;
    private final int rspInfoSize;
    private final int rspInfoErrorIdOffset;
    private final UnsafeBuffer structView = new UnsafeBuffer(EMPTY);
    private final UnsafeBuffer rspInfoView = new UnsafeBuffer(EMPTY);
    private final long[] rawArguments = new long[SpiShape.MAX_RAW_ARGUMENTS];

    private SpiSlot slot;
    private long structAddress;
    private long rspInfoAddress;
    private int requestId;
    private boolean isLast;
    private int intArgument;
    private long receiveNanos;

    /**
     * @param apiName the API instance's name
     * @param kind    trader or market data
     * @param profile the profile of the instance's library, for the size and layout of CThostFtdcRspInfoField
     */
    public SpiCallback(final String apiName, final CtpApiKind kind, final AbiProfile profile)
    {
        this.apiName = apiName;
        this.kind = kind;
        final StructLayout rspInfo = profile.struct("CThostFtdcRspInfoField");
        this.rspInfoSize = rspInfo.size();
        this.rspInfoErrorIdOffset = rspInfo.field("ErrorID").offset();
    }

    /**
     * Points this view at a callback. Called by the adapter's trampolines on the callback thread; public only
     * so that those (in {@code internal}) and tests can reach it.
     */
    public SpiCallback wrap(
        final SpiSlot slot,
        final long structAddress,
        final long rspInfoAddress,
        final int requestId,
        final boolean isLast,
        final int intArgument,
        final long receiveNanos)
    {
        this.slot = slot;
        this.structAddress = structAddress;
        this.rspInfoAddress = rspInfoAddress;
        this.requestId = requestId;
        this.isLast = isLast;
        this.intArgument = intArgument;
        this.receiveNanos = receiveNanos;
        return this;
    }

    /** Records the raw argument registers of a {@link SpiShape#RAW} slot, after {@link #wrap}. */
    public SpiCallback rawArguments(final long a0, final long a1, final long a2, final long a3, final long a4)
    {
        rawArguments[0] = a0;
        rawArguments[1] = a1;
        rawArguments[2] = a2;
        rawArguments[3] = a3;
        rawArguments[4] = a4;
        return this;
    }

    /** Name of the API instance the callback belongs to. */
    public String apiName()
    {
        return apiName;
    }

    public CtpApiKind apiKind()
    {
        return kind;
    }

    /** The slot being called, with its method name, shape and struct. */
    public SpiSlot slot()
    {
        return slot;
    }

    /** Its index in the SPI vtable of this instance's profile. */
    public int slotIndex()
    {
        return slot.index();
    }

    /** e.g. {@code OnRtnDepthMarketData}. */
    public String methodName()
    {
        return slot.name();
    }

    public SpiShape shape()
    {
        return slot.shape();
    }

    /** The struct type the slot carries, e.g. {@code CThostFtdcDepthMarketDataField}, or null. */
    public String structName()
    {
        return slot.structName();
    }

    /** Its size in this profile; 0 when the slot carries no struct. */
    public int structSize()
    {
        return slot.structSize();
    }

    /** Whether the library passed a struct (shapes with one may still pass null). */
    public boolean hasStruct()
    {
        return structAddress != 0 && slot.structSize() > 0;
    }

    /** Native address of the struct, valid only during the callback; 0 when absent. */
    public long structAddress()
    {
        return structAddress;
    }

    /**
     * A view of the struct's bytes in native memory (length = the profile's size; empty when absent), valid only
     * during the callback. The same view object every time.
     */
    public DirectBuffer structBuffer()
    {
        if (hasStruct())
        {
            structView.wrap(structAddress, slot.structSize());
        }
        else
        {
            structView.wrap(EMPTY);
        }
        return structView;
    }

    /**
     * Copies the struct's bytes into {@code dst} at {@code index}.
     *
     * @return bytes copied: the profile's struct size, or 0 when the slot or the library passed no struct
     */
    public int copyStruct(final MutableDirectBuffer dst, final int index)
    {
        if (!hasStruct())
        {
            return 0;
        }
        final int size = slot.structSize();
        structView.wrap(structAddress, size);
        dst.putBytes(index, structView, 0, size);
        return size;
    }

    /** Whether the library passed a {@code CThostFtdcRspInfoField}. */
    public boolean hasRspInfo()
    {
        return rspInfoAddress != 0;
    }

    /** Native address of the RspInfo, valid only during the callback; 0 when absent. */
    public long rspInfoAddress()
    {
        return rspInfoAddress;
    }

    /** {@code sizeof(CThostFtdcRspInfoField)} in this profile. */
    public int rspInfoSize()
    {
        return rspInfoSize;
    }

    /** RspInfo's ErrorID (0 = success); 0 when there is no RspInfo. */
    public int rspInfoErrorId()
    {
        if (rspInfoAddress == 0)
        {
            return 0;
        }
        rspInfoView.wrap(rspInfoAddress, rspInfoSize);
        return rspInfoView.getInt(rspInfoErrorIdOffset, ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Copies the RspInfo bytes into {@code dst} at {@code index}.
     *
     * @return bytes copied: {@link #rspInfoSize()}, or 0 when absent
     */
    public int copyRspInfo(final MutableDirectBuffer dst, final int index)
    {
        if (rspInfoAddress == 0)
        {
            return 0;
        }
        rspInfoView.wrap(rspInfoAddress, rspInfoSize);
        dst.putBytes(index, rspInfoView, 0, rspInfoSize);
        return rspInfoSize;
    }

    /** nRequestID of an OnRsp… callback (the id passed with the request); 0 for other shapes. */
    public int requestId()
    {
        return requestId;
    }

    /** bIsLast of an OnRsp… callback; false for other shapes. */
    public boolean isLast()
    {
        return isLast;
    }

    /** The int argument: OnFrontDisconnected's reason (e.g. 0x1001), OnHeartBeatWarning's time lapse; else 0. */
    public int intArgument()
    {
        return intArgument;
    }

    /**
     * Argument register {@code i} (0-based, after {@code this}) of a {@link SpiShape#RAW} slot. Parameters narrower
     * than 64 bits (int, bool) occupy the low bits only; the rest is undefined.
     */
    public long rawArgument(final int i)
    {
        return rawArguments[i];
    }

    /** {@link System#nanoTime()} at trampoline entry. */
    public long receiveNanos()
    {
        return receiveNanos;
    }

    @Override
    public String toString()
    {
        return "SpiCallback[" + apiName + ", " + (slot == null ? "-" : slot.name()) + ", struct=0x" +
            Long.toHexString(structAddress) + ", rsp=0x" + Long.toHexString(rspInfoAddress) + ", req=" + requestId +
            ", last=" + isLast + ", int=" + intArgument + "]";
    }
}
