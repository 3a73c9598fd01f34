/**
 * JNA mechanics behind {@link org.ctpengine.adapter}: not API.
 * <p>
 * {@link org.ctpengine.adapter.internal.NativeShim} is a direct mapping onto {@code libctpengine-shim.so} (built
 * from {@code src/main/c} by Maven): calls through vtable function pointers with primitive arguments, no
 * allocation (the native SPI driver for tests and benchmarks is a library of its own, in the test-jar).
 * {@link org.ctpengine.adapter.internal.SpiObject}
 * is the C++ SPI object in off-heap memory whose vtable holds one JNA direct-mode trampoline
 * ({@link org.ctpengine.adapter.internal.SpiTrampolines}) per slot. {@link org.ctpengine.adapter.internal.LiveApis}
 * keeps every instance reachable until its Release() returns. {@link org.ctpengine.adapter.internal.DynamicLinker},
 * {@link org.ctpengine.adapter.internal.Vtables} and {@link org.ctpengine.adapter.internal.VtableVerifier} serve
 * loading.
 */
package org.ctpengine.adapter.internal;
