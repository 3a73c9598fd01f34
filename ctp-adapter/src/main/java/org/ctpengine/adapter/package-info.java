/**
 * The native boundary to any CTP-compatible library, small and in one place.
 * <p>
 * {@link org.ctpengine.adapter.CtpLibrary} (or {@link org.ctpengine.adapter.CtpLibraries} for both halves) opens a
 * library with local symbol scope, reads its version, picks and verifies its
 * {@link org.ctpengine.adapter.abi.AbiProfile}; every failure is a {@link org.ctpengine.adapter.CtpLoadException}.
 * {@link org.ctpengine.adapter.TraderApi} and {@link org.ctpengine.adapter.MdApi} create API instances and call
 * them through their vtables without allocating (requests take the address of a struct in off-heap memory, e.g.
 * one built with {@link org.ctpengine.adapter.struct}); {@link org.ctpengine.adapter.CtpApi#invoke} calls any slot.
 * Every SPI callback arrives on the library's own thread at a {@link org.ctpengine.adapter.SpiSink} as a reusable
 * {@link org.ctpengine.adapter.SpiCallback} view, whose {@code copyStruct} / {@code copyRspInfo} move the bytes
 * into the caller's buffer.
 * <p>
 * The JNA mechanics (call shim, trampolines, SPI memory, registry of live instances) are in
 * {@code org.ctpengine.adapter.internal}.
 */
package org.ctpengine.adapter;
