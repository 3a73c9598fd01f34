package org.ctpengine.adapter.testing;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import org.ctpengine.adapter.internal.DynamicLinker;

import java.nio.file.Path;

/** Real shared libraries that are not CTP libraries, found where the dynamic linker actually loaded them. */
public final class SystemLibraries
{
    private SystemLibraries()
    {
    }

    /** The C library this JVM runs on. */
    public static Path libc()
    {
        return pathOf("c", "printf");
    }

    /** zlib (the JDK's own zip support links it on Debian; JNA finds it either way). */
    public static Path libz()
    {
        return pathOf("z", "deflate");
    }

    private static Path pathOf(final String library, final String symbol)
    {
        final long address = Pointer.nativeValue(NativeLibrary.getInstance(library).getFunction(symbol));
        final DynamicLinker.Symbol found = DynamicLinker.symbolAt(address);
        if (found == null || found.libraryPath() == null)
        {
            throw new IllegalStateException("cannot tell which file holds " + symbol);
        }
        return Path.of(found.libraryPath());
    }
}
