package org.ctpengine.engine.recovery;

import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

/** Recovered text as the C string the engine's byte-level lookups expect. Allocates: recovery only. */
public final class NulTerminated
{
    private NulTerminated()
    {
    }

    /** The text's bytes (ASCII ids: InstrumentID, ExchangeID, TradeID, OrderSysID) and a NUL. */
    public static UnsafeBuffer of(final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        final byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return new UnsafeBuffer(out);
    }
}
