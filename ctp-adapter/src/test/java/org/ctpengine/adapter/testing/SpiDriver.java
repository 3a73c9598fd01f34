package org.ctpengine.adapter.testing;

import org.ctpengine.adapter.SpiShape;
import org.ctpengine.adapter.SpiSlot;
import org.ctpengine.adapter.internal.NativeShim;

/**
 * Calls an SPI object's vtable slots from a native thread of its own, as a CTP library does, through the shim's
 * {@code ctp_drive_spi}. The calling thread waits until the native thread has finished.
 */
public final class SpiDriver
{
    private SpiDriver()
    {
    }

    /**
     * Calls {@code slot} of the SPI object at {@code spi} {@code count} times; request shapes get request id =
     * iteration and isLast on the last call. {@code stamps} (0 or room for 2·count longs) receives CLOCK_MONOTONIC
     * nanos before and after each call.
     */
    public static void drive(
        final long spi, final SpiSlot slot, final long data, final long rspInfo, final int intArgument, final int count,
        final long stamps)
    {
        if (slot.shape() == SpiShape.RAW)
        {
            throw new IllegalArgumentException("the driver cannot call RAW slots: " + slot);
        }
        final int rc = NativeShim.ctp_drive_spi(
            spi, slot.index(), slot.shape().ordinal(), data, rspInfo, intArgument, count, stamps);
        if (rc != 0)
        {
            throw new IllegalStateException("ctp_drive_spi failed with errno " + rc + " for " + slot);
        }
    }
}
