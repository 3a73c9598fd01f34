package org.ctpengine.engine.ring;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.ByteOrder;

/**
 * Flyweight over the fixed header that starts every event, in the ring and in the journal alike.
 * Little-endian; all offsets are constants so that a journal can be read without the engine.
 *
 * <pre>
 *   0 int   payloadLength  bytes of raw CTP struct after the header (0 = none)
 *   4 short type           {@link EventType} code (stable across CTP versions)
 *   6 byte  source         {@link EventSource} code
 *   7 byte  flags          {@link #FLAG_IS_LAST}, {@link #FLAG_HAS_RSP_INFO}, {@link #FLAG_COALESCED}
 *   8 short profile        index of the ABI profile the payload is laid out in
 *  10 short channel        which API instance (md/td session) it belongs to
 *  12 short spiSlot        the callback's raw vtable slot in that profile (-1 for engine events)
 *  14 short reserved
 *  16 int   requestId      CTP nRequestID
 *  20 int   errorId        RspInfo.ErrorID, 0 when absent
 *  24 int   intArg         OnFrontDisconnected reason, OnHeartBeatWarning time lapse, command status
 *  28 int   reserved
 *  32 long  sequence       engine-wide event number, gap-free on the ring (the journal leaves out FLAG_COALESCED events)
 *  40 long  receiveNanos   System.nanoTime() at callback entry
 *  48 long  epochNanos     wall clock at callback entry (ns since 1970)
 *  56 long  publishNanos   nanoTime when published to the ring
 *  64 long  handlerNanos   nanoTime when the first strategy handler started on it
 *  72 long  sentNanos      nanoTime when the resulting order left for the library (commands)
 *  80 long  causeSequence  for commands: the sequence of the event being handled when it was issued
 *  88 long  reserved
 *  96 byte[88] rspInfo     raw CThostFtdcRspInfoField when FLAG_HAS_RSP_INFO
 * 192 byte[payloadLength]  raw CTP struct
 * </pre>
 */
public final class EventHeader
{
    public static final int PAYLOAD_LENGTH_OFFSET = 0;
    public static final int TYPE_OFFSET = 4;
    public static final int SOURCE_OFFSET = 6;
    public static final int FLAGS_OFFSET = 7;
    public static final int PROFILE_OFFSET = 8;
    public static final int CHANNEL_OFFSET = 10;
    public static final int SPI_SLOT_OFFSET = 12;
    public static final int REQUEST_ID_OFFSET = 16;
    public static final int ERROR_ID_OFFSET = 20;
    public static final int INT_ARG_OFFSET = 24;
    public static final int SEQUENCE_OFFSET = 32;
    public static final int RECEIVE_NANOS_OFFSET = 40;
    public static final int EPOCH_NANOS_OFFSET = 48;
    public static final int PUBLISH_NANOS_OFFSET = 56;
    public static final int HANDLER_NANOS_OFFSET = 64;
    public static final int SENT_NANOS_OFFSET = 72;
    public static final int CAUSE_SEQUENCE_OFFSET = 80;
    public static final int RSP_INFO_OFFSET = 96;
    /** {@code sizeof(CThostFtdcRspInfoField)}: int ErrorID + char ErrorMsg[81], padded to 88. Same in every version. */
    public static final int RSP_INFO_LENGTH = 88;
    public static final int PAYLOAD_OFFSET = 192;
    public static final int LENGTH = PAYLOAD_OFFSET;

    public static final byte FLAG_IS_LAST = 0x1;
    public static final byte FLAG_HAS_RSP_INFO = 0x2;
    /**
     * A front event inside a reconnect storm: on the ring for the session that owns the connection (it must see every
     * connect and disconnect), but neither journaled nor handed to strategies; the storm's FRONT_STORM events, once a
     * second, carry its counts instead. So the journal stays small and strategies see the same stream live and in replay.
     */
    public static final byte FLAG_COALESCED = 0x4;

    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    private DirectBuffer buffer;
    private MutableDirectBuffer mutableBuffer;
    private int offset;

    public EventHeader wrap(final DirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        this.mutableBuffer = buffer instanceof MutableDirectBuffer mutable ? mutable : null;
        this.offset = offset;
        return this;
    }

    public DirectBuffer buffer()
    {
        return buffer;
    }

    public int offset()
    {
        return offset;
    }

    /** Offset in {@link #buffer()} of the raw CTP struct. */
    public int payloadOffset()
    {
        return offset + PAYLOAD_OFFSET;
    }

    /** Offset in {@link #buffer()} of the raw RspInfo, meaningful when {@link #hasRspInfo()}. */
    public int rspInfoOffset()
    {
        return offset + RSP_INFO_OFFSET;
    }

    /** Header plus payload: the bytes a journal stores for this event. */
    public int totalLength()
    {
        return PAYLOAD_OFFSET + payloadLength();
    }

    public int payloadLength()
    {
        return buffer.getInt(offset + PAYLOAD_LENGTH_OFFSET, LE);
    }

    public EventHeader payloadLength(final int length)
    {
        mutableBuffer.putInt(offset + PAYLOAD_LENGTH_OFFSET, length, LE);
        return this;
    }

    /** {@link EventType} code. */
    public short type()
    {
        return buffer.getShort(offset + TYPE_OFFSET, LE);
    }

    public EventHeader type(final short type)
    {
        mutableBuffer.putShort(offset + TYPE_OFFSET, type, LE);
        return this;
    }

    /** {@link EventSource} code. */
    public byte source()
    {
        return buffer.getByte(offset + SOURCE_OFFSET);
    }

    public EventHeader source(final EventSource source)
    {
        mutableBuffer.putByte(offset + SOURCE_OFFSET, source.code());
        return this;
    }

    public byte flags()
    {
        return buffer.getByte(offset + FLAGS_OFFSET);
    }

    public EventHeader flags(final byte flags)
    {
        mutableBuffer.putByte(offset + FLAGS_OFFSET, flags);
        return this;
    }

    /** CTP's bIsLast: the last response of a request. */
    public boolean isLast()
    {
        return (flags() & FLAG_IS_LAST) != 0;
    }

    public boolean hasRspInfo()
    {
        return (flags() & FLAG_HAS_RSP_INFO) != 0;
    }

    /** A reconnect storm's front event: for the session only, not journaled, not for strategies. */
    public boolean isCoalesced()
    {
        return (flags() & FLAG_COALESCED) != 0;
    }

    public short profile()
    {
        return buffer.getShort(offset + PROFILE_OFFSET, LE);
    }

    public EventHeader profile(final short profile)
    {
        mutableBuffer.putShort(offset + PROFILE_OFFSET, profile, LE);
        return this;
    }

    public short channel()
    {
        return buffer.getShort(offset + CHANNEL_OFFSET, LE);
    }

    public EventHeader channel(final short channel)
    {
        mutableBuffer.putShort(offset + CHANNEL_OFFSET, channel, LE);
        return this;
    }

    public short spiSlot()
    {
        return buffer.getShort(offset + SPI_SLOT_OFFSET, LE);
    }

    public EventHeader spiSlot(final short slot)
    {
        mutableBuffer.putShort(offset + SPI_SLOT_OFFSET, slot, LE);
        return this;
    }

    public int requestId()
    {
        return buffer.getInt(offset + REQUEST_ID_OFFSET, LE);
    }

    public EventHeader requestId(final int requestId)
    {
        mutableBuffer.putInt(offset + REQUEST_ID_OFFSET, requestId, LE);
        return this;
    }

    public int errorId()
    {
        return buffer.getInt(offset + ERROR_ID_OFFSET, LE);
    }

    public EventHeader errorId(final int errorId)
    {
        mutableBuffer.putInt(offset + ERROR_ID_OFFSET, errorId, LE);
        return this;
    }

    public int intArg()
    {
        return buffer.getInt(offset + INT_ARG_OFFSET, LE);
    }

    public EventHeader intArg(final int value)
    {
        mutableBuffer.putInt(offset + INT_ARG_OFFSET, value, LE);
        return this;
    }

    public long sequence()
    {
        return buffer.getLong(offset + SEQUENCE_OFFSET, LE);
    }

    public EventHeader sequence(final long sequence)
    {
        mutableBuffer.putLong(offset + SEQUENCE_OFFSET, sequence, LE);
        return this;
    }

    public long receiveNanos()
    {
        return buffer.getLong(offset + RECEIVE_NANOS_OFFSET, LE);
    }

    public EventHeader receiveNanos(final long nanos)
    {
        mutableBuffer.putLong(offset + RECEIVE_NANOS_OFFSET, nanos, LE);
        return this;
    }

    public long epochNanos()
    {
        return buffer.getLong(offset + EPOCH_NANOS_OFFSET, LE);
    }

    public EventHeader epochNanos(final long nanos)
    {
        mutableBuffer.putLong(offset + EPOCH_NANOS_OFFSET, nanos, LE);
        return this;
    }

    public long publishNanos()
    {
        return buffer.getLong(offset + PUBLISH_NANOS_OFFSET, LE);
    }

    public EventHeader publishNanos(final long nanos)
    {
        mutableBuffer.putLong(offset + PUBLISH_NANOS_OFFSET, nanos, LE);
        return this;
    }

    public long handlerNanos()
    {
        return buffer.getLong(offset + HANDLER_NANOS_OFFSET, LE);
    }

    public EventHeader handlerNanos(final long nanos)
    {
        mutableBuffer.putLong(offset + HANDLER_NANOS_OFFSET, nanos, LE);
        return this;
    }

    public long sentNanos()
    {
        return buffer.getLong(offset + SENT_NANOS_OFFSET, LE);
    }

    public EventHeader sentNanos(final long nanos)
    {
        mutableBuffer.putLong(offset + SENT_NANOS_OFFSET, nanos, LE);
        return this;
    }

    public long causeSequence()
    {
        return buffer.getLong(offset + CAUSE_SEQUENCE_OFFSET, LE);
    }

    public EventHeader causeSequence(final long sequence)
    {
        mutableBuffer.putLong(offset + CAUSE_SEQUENCE_OFFSET, sequence, LE);
        return this;
    }

    /** Zeroes the header (not the payload), so a reused slot carries nothing from its last event. */
    public EventHeader clear()
    {
        mutableBuffer.setMemory(offset, PAYLOAD_OFFSET, (byte)0);
        return this;
    }
}
