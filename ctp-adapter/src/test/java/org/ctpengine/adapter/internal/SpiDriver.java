package org.ctpengine.adapter.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import org.ctpengine.adapter.SpiShape;
import org.ctpengine.adapter.SpiSlot;

/**
 * Calls an SPI object's vtable slot from a native thread of its own, as a CTP library does, through the test-support
 * {@code ctp_drive_spi}: for tests, and for the bench module, which measures one callback (trampoline, sink, struct
 * copy) from the CLOCK_MONOTONIC stamps the native loop takes around every call. The calling thread waits until
 * the native thread has finished. Allocates (the stamp buffer); not for hot paths.
 */
public final class SpiDriver
{
    private SpiDriver()
    {
    }

    /**
     * Calls {@code slot} of the SPI object at {@code spi} {@code count} times; request shapes get request id =
     * iteration and isLast on the last call.
     *
     * @param data        struct pointer passed to struct shapes (may be 0)
     * @param rspInfo     RspInfo pointer passed to rsp shapes (may be 0)
     * @param intArgument passed to the {@link SpiShape#INT} shape
     */
    public static void drive(
        final long spi, final SpiSlot slot, final long data, final long rspInfo, final int intArgument, final int count)
    {
        run(spi, slot, data, rspInfo, intArgument, count, 0);
    }

    /**
     * As {@link #drive}, and returns the CLOCK_MONOTONIC nanos (the clock of {@link System#nanoTime()}) taken by the
     * native thread before and after each call: {@code [before0, after0, before1, after1, ...]}.
     */
    public static long[] driveTimed(
        final long spi, final SpiSlot slot, final long data, final long rspInfo, final int intArgument, final int count)
    {
        final Memory stamps = new Memory(2L * Long.BYTES * Math.max(1, count));
        run(spi, slot, data, rspInfo, intArgument, count, Pointer.nativeValue(stamps));
        return stamps.getLongArray(0, 2 * count);
    }

    private static void run(
        final long spi, final SpiSlot slot, final long data, final long rspInfo, final int intArgument, final int count,
        final long stamps)
    {
        if (slot.shape() == SpiShape.RAW)
        {
            throw new IllegalArgumentException("the driver cannot call RAW slots: " + slot);
        }
        if (spi == 0 || count < 0)
        {
            throw new IllegalArgumentException("spi " + spi + ", count " + count);
        }
        final int rc = SpiDriverLibrary.ctp_drive_spi(
            spi, slot.index(), slot.shape().ordinal(), data, rspInfo, intArgument, count, stamps);
        if (rc != 0)
        {
            throw new IllegalStateException("ctp_drive_spi failed with errno " + rc + " for " + slot);
        }
    }
}
