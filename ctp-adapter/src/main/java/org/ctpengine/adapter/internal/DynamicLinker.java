package org.ctpengine.adapter.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.PointerByReference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern MISSING_DEPENDENCY = Pattern.compile("([^\\s:/]+): cannot open shared object file");
    /** Dependencies chain (a bridge's vendor library needing its own): a bound against a cycle of bad files. */
    private static final int MAX_DEPENDENCY_DEPTH = 8;
    /** Dependencies opened from a library's own directory, by path: never closed (see {@link #openLocal}). */
    private static final Map<Path, NativeLibrary> DEPENDENCIES = new HashMap<>();

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
     * <p>A library that needs another one the loader cannot find, which lies in its own directory (a vendor bridge's
     * {@code libxtptraderapi.so} beside its {@code thosttraderapi_se.so}), gets that one opened first, from there, the
     * same way, then is opened again: the loader takes an already loaded library for a needed name when the name is
     * its SONAME. Such dependencies stay loaded for the life of the process, like the libraries that need them.
     *
     * @throws UnsatisfiedLinkError with the dynamic linker's own reason
     */
    public static NativeLibrary openLocal(final Path path)
    {
        return openLocal(path.toAbsolutePath().normalize(), 0);
    }

    /**
     * The library a dynamic linker error says it could not find ({@code libx.so: cannot open shared object file}),
     * or null when the error is about something else.
     */
    public static String missingDependency(final String linkerMessage)
    {
        if (linkerMessage == null)
        {
            return null;
        }
        final Matcher matcher = MISSING_DEPENDENCY.matcher(linkerMessage);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static NativeLibrary openLocal(final Path path, final int depth)
    {
        final Set<String> preloaded = new HashSet<>();
        while (true)
        {
            try
            {
                return NativeLibrary.getInstance(path.toString(), Map.of(Library.OPTION_OPEN_FLAGS, RTLD_NOW | RTLD_LOCAL));
            }
            catch (final UnsatisfiedLinkError e)
            {
                final String missing = missingDependency(e.getMessage());
                final Path beside = missing == null || path.getParent() == null ? null : path.getParent().resolve(missing);
                // Once per name: a dependency loaded yet still missing has no SONAME, and retrying would not help.
                if (beside == null || depth >= MAX_DEPENDENCY_DEPTH || !Files.isRegularFile(beside) || !preloaded.add(missing))
                {
                    throw e;
                }
                preloadDependency(beside, depth + 1);
            }
        }
    }

    private static void preloadDependency(final Path dependency, final int depth)
    {
        synchronized (DEPENDENCIES)
        {
            if (!DEPENDENCIES.containsKey(dependency))
            {
                DEPENDENCIES.put(dependency, openLocal(dependency, depth));
            }
        }
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
