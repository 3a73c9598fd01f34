package org.ctpengine.engine.order;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One order the engine tracks, pooled and reused: mutable, owned by the account's thread. Identity is
 * (FrontID, SessionID, OrderRef) until the exchange assigns ExchangeID + OrderSysID.
 */
public final class WorkingOrder
{
    /** {@code char[21]} OrderSysID, {@code char[9]} ExchangeID: kept as bytes, no Strings. */
    static final int ORDER_SYS_ID_LENGTH = 21;
    static final int EXCHANGE_ID_LENGTH = 9;

    private final UnsafeBuffer orderSysId = new UnsafeBuffer(new byte[ORDER_SYS_ID_LENGTH]);
    private final UnsafeBuffer exchangeId = new UnsafeBuffer(new byte[EXCHANGE_ID_LENGTH]);
    long key;
    long orderRef;
    int frontId;
    int sessionId;
    int instrument;
    int owner;
    byte direction;
    byte offsetFlag;
    double limitPrice;
    long volume;
    long tradedVolume;
    OrderState state = OrderState.PENDING_NEW;
    boolean cancelPending;
    int lastErrorId;
    long sentNanos;
    /** When the last cancel of it went out (the engine thread's stop retries by it). */
    long cancelSentNanos;
    boolean holdsGlobalExposure;

    void reset()
    {
        orderSysId.setMemory(0, ORDER_SYS_ID_LENGTH, (byte)0);
        exchangeId.setMemory(0, EXCHANGE_ID_LENGTH, (byte)0);
        key = 0;
        orderRef = 0;
        frontId = 0;
        sessionId = 0;
        instrument = -1;
        owner = -1;
        direction = 0;
        offsetFlag = 0;
        limitPrice = Double.NaN;
        volume = 0;
        tradedVolume = 0;
        state = OrderState.PENDING_NEW;
        cancelPending = false;
        cancelSentNanos = 0;
        lastErrorId = 0;
        sentNanos = 0;
        holdsGlobalExposure = false;
    }

    /** Whether this open still holds its volume in the global position limit (see GlobalRisk). */
    public boolean holdsGlobalExposure()
    {
        return holdsGlobalExposure;
    }

    /** Only the owning thread's book sets it ({@link OrderBook#holdsGlobalExposure}): strategies hold this object. */
    void holdsGlobalExposure(final boolean holds)
    {
        holdsGlobalExposure = holds;
    }

    public long orderRef()
    {
        return orderRef;
    }

    public int frontId()
    {
        return frontId;
    }

    public int sessionId()
    {
        return sessionId;
    }

    /** Instrument index in the engine's registry. */
    public int instrument()
    {
        return instrument;
    }

    /** The strategy that placed it (-1: placed elsewhere, e.g. learned from a query). */
    public int owner()
    {
        return owner;
    }

    public byte direction()
    {
        return direction;
    }

    public byte offsetFlag()
    {
        return offsetFlag;
    }

    /** Limit price; NaN for a market order. */
    public double limitPrice()
    {
        return limitPrice;
    }

    public long volume()
    {
        return volume;
    }

    /** Lots filled, counted from OnRtnTrade (each trade once). */
    public long tradedVolume()
    {
        return tradedVolume;
    }

    public long remainingVolume()
    {
        return state.isLive() ? Math.max(0, volume - tradedVolume) : 0;
    }

    public OrderState state()
    {
        return state;
    }

    /** A cancel was sent and has not been answered. */
    /** When the last cancel of this order was sent (System.nanoTime), 0 for none. */
    public long cancelSentNanos()
    {
        return cancelSentNanos;
    }

    public boolean isCancelPending()
    {
        return cancelPending;
    }

    /** CTP ErrorID of the last rejection (insert or cancel); 0 when none. */
    public int lastErrorId()
    {
        return lastErrorId;
    }

    /** The exchange's order id (char[21]), empty until the exchange accepts the order. */
    public DirectBuffer orderSysId()
    {
        return orderSysId;
    }

    public DirectBuffer exchangeId()
    {
        return exchangeId;
    }

    public boolean hasOrderSysId()
    {
        return orderSysId.getByte(0) != 0;
    }

    void orderSysId(final DirectBuffer source, final int offset)
    {
        copyText(source, offset, orderSysId, ORDER_SYS_ID_LENGTH);
    }

    void exchangeId(final DirectBuffer source, final int offset)
    {
        copyText(source, offset, exchangeId, EXCHANGE_ID_LENGTH);
    }

    private static void copyText(final DirectBuffer source, final int offset, final UnsafeBuffer target, final int length)
    {
        boolean ended = false;
        for (int i = 0; i < length; i++)
        {
            final byte b = ended ? 0 : source.getByte(offset + i);
            ended |= b == 0;
            target.putByte(i, b);
        }
    }
}
