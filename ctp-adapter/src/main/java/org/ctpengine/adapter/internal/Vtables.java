package org.ctpengine.adapter.internal;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * Reads exported C++ vtables. Under the Itanium ABI a vtable symbol {@code _ZTV…} starts with
 * offset-to-top and the typeinfo pointer; the address an object's vptr holds is the symbol + 16, and
 * entry {@code i} is the function pointer at vptr + 8·i. The symbol's ELF size gives the entry count.
 */
public final class Vtables
{
    /** Bytes before the first entry: offset-to-top and typeinfo. */
    public static final int HEADER_BYTES = 16;

    private Vtables()
    {
    }

    /**
     * Function pointers of an exported vtable, in slot order, or null when the library does not export
     * the symbol.
     *
     * @throws IllegalStateException when the symbol's size cannot be read or is not a whole vtable
     */
    public static long[] entries(final NativeLibrary library, final String vtableSymbol)
    {
        final long address = DynamicLinker.symbolAddress(library, vtableSymbol);
        if (address == 0)
        {
            return null;
        }
        final long size = DynamicLinker.symbolSize(address);
        if (size < HEADER_BYTES || size % Long.BYTES != 0)
        {
            throw new IllegalStateException(vtableSymbol + " in " + library.getFile() + ": unusable symbol size " + size);
        }
        final int count = (int)((size - HEADER_BYTES) / Long.BYTES);
        final long[] entries = new long[count];
        final Pointer first = new Pointer(address + HEADER_BYTES);
        for (int i = 0; i < count; i++)
        {
            entries[i] = first.getLong((long)i * Long.BYTES);
        }
        return entries;
    }

    /** The vptr value objects of the class carry: the vtable symbol's address + 16. */
    public static long addressPoint(final NativeLibrary library, final String vtableSymbol)
    {
        final long address = DynamicLinker.symbolAddress(library, vtableSymbol);
        return address == 0 ? 0 : address + HEADER_BYTES;
    }
}
