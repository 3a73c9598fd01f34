package org.ctpengine.adapter;

/**
 * Receives every SPI callback of one API instance, on the library's own callback thread (one thread per
 * instance). The {@link SpiCallback} view and the native memory it points to are valid only during the call:
 * copy what is needed (e.g. {@link SpiCallback#copyStruct}) into a ring slot and return quickly, without
 * blocking; the library does not deliver the next callback until this one returns.
 *
 * <p>Implementations should not throw; if one does, the adapter catches, counts and logs it (once) so that no
 * exception reaches native code.
 */
@FunctionalInterface
public interface SpiSink
{
    void onCallback(SpiCallback callback);
}
