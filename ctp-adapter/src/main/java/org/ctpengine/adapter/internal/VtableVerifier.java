package org.ctpengine.adapter.internal;

import com.sun.jna.NativeLibrary;
import org.ctpengine.adapter.abi.VtableSlot;

import java.util.List;

/**
 * Checks a profile's API table against the implementation vtable a library exports: slot i of the profile
 * must be a function whose symbol names the same method. A library that does not export the vtable (a vendor
 * build, the simulator) cannot be checked this way. Load time only; allocates.
 */
public final class VtableVerifier
{
    private VtableVerifier()
    {
    }

    /**
     * The outcome of a check.
     *
     * @param checked  whether the vtable was exported and checked
     * @param mismatch null when every slot matched, otherwise the first slot that differs, e.g.
     *                 {@code slot 4: expected GetFrontInfo, found RegisterFront (_ZN18CFtdc…)}
     */
    public record Result(boolean checked, String mismatch)
    {
        public boolean matches()
        {
            return mismatch == null;
        }
    }

    /**
     * Compares {@code slots} with the exported vtable {@code implVtableSymbol} of {@code library}.
     *
     * @throws IllegalStateException when the exported vtable symbol cannot be read
     */
    public static Result verify(final NativeLibrary library, final String implVtableSymbol, final List<VtableSlot> slots)
    {
        final long[] entries = Vtables.entries(library, implVtableSymbol);
        if (entries == null)
        {
            return new Result(false, null);
        }
        for (final VtableSlot slot : slots)
        {
            final int i = slot.index();
            if (i >= entries.length)
            {
                return new Result(true, "slot " + i + ": expected " + slot.name() + ", but " + implVtableSymbol +
                    " has only " + entries.length + " entries");
            }
            final String found = methodAt(entries[i]);
            if (!slot.name().equals(found))
            {
                return new Result(true, "slot " + i + ": expected " + slot.name() + ", found " + describe(entries[i], found));
            }
        }
        return new Result(true, null);
    }

    /** The method name of the exported function starting exactly at {@code address}, or null. */
    static String methodAt(final long address)
    {
        final DynamicLinker.Symbol symbol = DynamicLinker.symbolAt(address);
        if (symbol == null || symbol.name() == null || symbol.symbolAddress() != address)
        {
            return null;
        }
        return MangledMethod.methodNameOrNull(symbol.name());
    }

    private static String describe(final long address, final String method)
    {
        final DynamicLinker.Symbol symbol = DynamicLinker.symbolAt(address);
        if (method != null)
        {
            return method + " (" + symbol.name() + ")";
        }
        if (symbol == null || symbol.name() == null)
        {
            return "an unnamed function at 0x" + Long.toHexString(address);
        }
        return "0x" + Long.toHexString(address) + " near symbol " + symbol.name();
    }
}
