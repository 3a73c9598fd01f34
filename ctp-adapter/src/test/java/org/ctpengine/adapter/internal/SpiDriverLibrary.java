package org.ctpengine.adapter.internal;

import com.sun.jna.Native;

/**
 * JNA direct mapping onto {@code libctpengine-spi-driver.so}: the SPI driver ({@code src/test/c}), built by
 * ctp-adapter's Maven build into its test classes, so that it ships in the test-jar (tests, bench) and never in the
 * production shim. Loaded once, when this class initialises.
 */
final class SpiDriverLibrary
{
    /** Class-path resource of the driver, next to this class. */
    static final String RESOURCE = "native/linux-x86-64/libctpengine-spi-driver.so";

    static
    {
        Native.register(SpiDriverLibrary.class, DynamicLinker.openLocal(NativeShim.locate(SpiDriverLibrary.class,
            RESOURCE, "built by ctp-adapter's Maven build from src/test/c into its test classes and test-jar")));
    }

    private SpiDriverLibrary()
    {
    }

    /**
     * Calls slot {@code slot} of the C++ object {@code spi} {@code count} times from a new native thread, as a
     * CTP library would, and waits for that thread. {@code shape} is the ordinal of
     * {@link org.ctpengine.adapter.SpiShape} (no-args to rsp-request; the C side's numbering is generated from the
     * enum); request shapes get request id = iteration and isLast on the last call. {@code stamps}, when not 0,
     * receives 2·count CLOCK_MONOTONIC nanos (before and after each call), comparable with
     * {@link System#nanoTime()}.
     *
     * @return 0, or an errno value
     */
    static native int ctp_drive_spi(
        long spi, int slot, int shape, long data, long rsp, int intArg, int count, long stamps);
}
