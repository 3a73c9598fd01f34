package org.ctpengine.adapter.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.PointerByReference;

import java.nio.file.Path;
import java.util.Map;

/**
 * glibc's dynamic linker through JNA: open a library with local symbol scope, look up symbols, and
 * name the symbol an address belongs to ({@code dladdr}). Used at load time only; allocates freely.
 */
public final class DynamicLinker
{
    public static final int RTLD_LAZY = 0x1;
    public static final int RTLD_NOW = 0x2;
    /** Symbols stay private to the library, so two CTP libraries with identical symbol names coexist. */
    public static final int RTLD_LOCAL = 0x0;

    private static final int RTLD_DL_SYMENT = 1;
    /** {@code Elf64_Sym}: st_name(4) st_info(1) st_other(1) st_shndx(2) st_value(8) st_size(8). */
    private static final int ELF64_SYM_SIZE_OFFSET = 16;
    private static final CLib C = Native.load("c", CLib.class);

    private DynamicLinker()
    {
    }

    /**
     * A symbol found by {@link #symbolAt}.
     *
     * @param libraryPath   path of the shared object holding the address
     * @param name          nearest exported symbol at or below the address, or null when none is exported
     * @param symbolAddress that symbol's address (equal to the queried address when it is the symbol's start)
     */
    public record Symbol(String libraryPath, String name, long symbolAddress)
    {
    }

    /**
     * Opens a shared library with {@code RTLD_NOW | RTLD_LOCAL}: every undefined symbol is resolved now
     * (an incomplete library fails here, not at the first call) and none of its symbols become global.
     * The returned {@link NativeLibrary} must stay strongly reachable while any of its code can run.
     *
     * @throws UnsatisfiedLinkError with the dynamic linker's own reason
     */
    public static NativeLibrary openLocal(final Path path)
    {
        return NativeLibrary.getInstance(
            path.toAbsolutePath().toString(),
            Map.of(Library.OPTION_OPEN_FLAGS, RTLD_NOW | RTLD_LOCAL));
    }

    /** Address of an exported symbol, or 0 when the library does not export it. */
    public static long symbolAddress(final NativeLibrary library, final String symbol)
    {
        try
        {
            return Pointer.nativeValue(library.getGlobalVariableAddress(symbol));
        }
        catch (final UnsatisfiedLinkError e)
        {
            return 0;
        }
    }

    /** What {@code dladdr} says about an address, or null when it lies in no loaded object. */
    public static Symbol symbolAt(final long address)
    {
        final DlInfo info = new DlInfo();
        if (C.dladdr(new Pointer(address), info) == 0)
        {
            return null;
        }
        final String library = info.dli_fname == null ? null : info.dli_fname.getString(0);
        final String name = info.dli_sname == null ? null : info.dli_sname.getString(0);
        return new Symbol(library, name, Pointer.nativeValue(info.dli_saddr));
    }

    /**
     * Size in bytes of the ELF symbol that starts at {@code address} ({@code st_size} through
     * {@code dladdr1(RTLD_DL_SYMENT)}), or -1 when no symbol starts exactly there. Gives a vtable's
     * length without an ELF parser.
     */
    public static long symbolSize(final long address)
    {
        final DlInfo info = new DlInfo();
        final PointerByReference extra = new PointerByReference();
        if (C.dladdr1(new Pointer(address), info, extra, RTLD_DL_SYMENT) == 0 || extra.getValue() == null ||
            Pointer.nativeValue(info.dli_saddr) != address)
        {
            return -1;
        }
        return extra.getValue().getLong(ELF64_SYM_SIZE_OFFSET);
    }

    /** glibc's {@code Dl_info}. */
    @Structure.FieldOrder({ "dli_fname", "dli_fbase", "dli_sname", "dli_saddr" })
    public static final class DlInfo extends Structure
    {
        public Pointer dli_fname;
        public Pointer dli_fbase;
        public Pointer dli_sname;
        public Pointer dli_saddr;
    }

    interface CLib extends Library
    {
        int dladdr(Pointer address, DlInfo info);

        int dladdr1(Pointer address, DlInfo info, PointerByReference extraInfo, int flags);
    }
}
