package org.ctpengine.abitools.extract;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileIo;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.ApiVersion;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.CtpConstant;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.abi.VtableSlot;
import org.ctpengine.adapter.internal.DynamicLinker;
import org.ctpengine.adapter.internal.MangledMethod;
import org.ctpengine.adapter.internal.Vtables;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Extracts a complete {@link AbiProfile} from one jctp jar (Maven Central
 * {@code org.rationalityfrontline:jctp}), which must be on this JVM's class path together with
 * scijava's native-lib-loader. Runs in a child JVM, one per version, because every jctp version uses
 * the same class names ({@link JctpJarExtractor} starts it).
 *
 * <ul>
 *   <li>API slots: the first N entries of SFIT's exported {@code _ZTV18CFtdcTraderApiImpl} /
 *       {@code _ZTV14CFtdcMdApiImpl}, N = the {@code __cxa_pure_virtual} entries of the abstract
 *       {@code _ZTV19CThostFtdcTraderApi} / {@code _ZTV15CThostFtdcMdApi}; parameter types from the
 *       mangled names, return types from jctp's Java proxies.</li>
 *   <li>SPI slots: {@code libjctp.so}'s exported {@code _ZTV19CThostFtdcTraderSpi} / {@code _ZTV15CThostFtdcMdSpi}
 *       (compiled from SFIT's headers).</li>
 *   <li>Struct layouts: the SWIG oracle. Each member setter is called with two distinctive values on a
 *       struct allocated by {@code libjctp.so}; the bytes that differ give offset, size and, for
 *       {@code char[N]} (setters copy N−1 bytes plus NUL), the length.</li>
 *   <li>Codes: {@code jctpConstants} and the {@code THOST_TE_RESUME_TYPE} enum.</li>
 * </ul>
 */
public final class JctpOracle
{
    static final String PACKAGE = "org.rationalityfrontline.jctp.";
    /** Stale SWIG class in the 6.7.8 jar that has no struct in SFIT's header (docs/design.md). */
    static final List<String> STALE_CLASSES = List.of("CThostFtdcReqUserLoginSCField");
    private static final String LOCALE = "zh_CN.GB18030";
    private static final String LONG_TEXT = "A".repeat(4096);
    private static final long DISTINCT_DOUBLE_BITS = 0x1122334455667788L;

    private final ClassLoader loader;
    private final Class<?> jni;

    private JctpOracle(final ClassLoader loader) throws ClassNotFoundException
    {
        this.loader = loader;
        this.jni = Class.forName(PACKAGE + "jctpJNI", true, loader);
    }

    /** Child-JVM entry point: {@code JctpOracle <profile-id> <source> <output-dir>}. Exit 0 on success. */
    public static void main(final String[] args)
    {
        if (args.length != 3)
        {
            System.err.println("usage: JctpOracle <profile-id> <source> <output-dir>");
            System.exit(2);
        }
        try
        {
            final AbiProfile profile = extract(args[0], args[1]);
            AbiProfileIo.write(profile, Path.of(args[2]));
            System.out.println("extracted " + profile.id() + ": " + profile.structs().size() + " structs");
            System.exit(0);
        }
        catch (final Throwable t)
        {
            System.err.println("jctp extraction failed: " + t);
            t.printStackTrace();
            System.exit(1);
        }
    }

    /** Extracts the profile of the jctp jar on the class path. */
    public static AbiProfile extract(final String id, final String source) throws Exception
    {
        requireLocale();
        final JctpOracle oracle = new JctpOracle(JctpOracle.class.getClassLoader());
        return oracle.extractProfile(id, source);
    }

    private AbiProfile extractProfile(final String id, final String source) throws Exception
    {
        final Method loaded = jni.getMethod("libraryLoaded");
        if (!(Boolean)loaded.invoke(null))
        {
            throw new IllegalStateException("jctp could not load its native libraries (see its message above)");
        }
        final Map<String, Path> natives = loadedNatives();
        final NativeLibrary trader = DynamicLinker.openLocal(natives.get("libthosttraderapi_se.so"));
        final NativeLibrary md = DynamicLinker.openLocal(natives.get("libthostmduserapi_se.so"));
        final NativeLibrary jctp = DynamicLinker.openLocal(natives.get("libjctp.so"));

        final String apiVersion = trader.getFunction("_ZN19CThostFtdcTraderApi13GetApiVersionEv").invokeString(new Object[0], false);
        final Map<ApiTable, List<VtableSlot>> tables = new EnumMap<>(ApiTable.class);
        tables.put(ApiTable.TRADER_API, apiSlots(trader, "_ZTV19CThostFtdcTraderApi", "_ZTV18CFtdcTraderApiImpl",
            "CFtdcTraderApiImpl", "CThostFtdcTraderApi"));
        tables.put(ApiTable.MD_API, apiSlots(md, "_ZTV15CThostFtdcMdApi", "_ZTV14CFtdcMdApiImpl",
            "CFtdcMdApiImpl", "CThostFtdcMdApi"));
        tables.put(ApiTable.TRADER_SPI, spiSlots(jctp, "_ZTV19CThostFtdcTraderSpi", "CThostFtdcTraderSpi"));
        tables.put(ApiTable.MD_SPI, spiSlots(jctp, "_ZTV15CThostFtdcMdSpi", "CThostFtdcMdSpi"));

        return new AbiProfile(id, apiVersion, versionPatternFor(id), source, tables, structs(), constants());
    }

    /** Every spelling of the id's version ({@link ApiVersion#patternFor}): SFIT's, TTS's, a vendor's. */
    static String versionPatternFor(final String id)
    {
        return ApiVersion.patternFor(id);
    }

    private List<VtableSlot> apiSlots(
        final NativeLibrary library,
        final String abstractVtable,
        final String implVtable,
        final String implClass,
        final String proxyClass) throws ClassNotFoundException
    {
        final long[] pure = Vtables.entries(library, abstractVtable);
        final long[] impl = Vtables.entries(library, implVtable);
        if (pure == null || impl == null)
        {
            throw new IllegalStateException(library.getFile() + " does not export " + abstractVtable + " and " + implVtable);
        }
        for (int i = 0; i < pure.length; i++)
        {
            final DynamicLinker.Symbol symbol = DynamicLinker.symbolAt(pure[i]);
            if (symbol == null || !"__cxa_pure_virtual".equals(symbol.name()))
            {
                throw new IllegalStateException(abstractVtable + " entry " + i + " is not __cxa_pure_virtual: " + symbol);
            }
        }
        final Class<?> proxy = Class.forName(PACKAGE + proxyClass, false, loader);
        final List<VtableSlot> slots = new ArrayList<>();
        for (int i = 0; i < pure.length; i++)
        {
            final MangledMethod method = methodAt(impl[i], implVtable, i);
            if (!method.className().equals(implClass))
            {
                throw new IllegalStateException(implVtable + " entry " + i + " belongs to " + method.className());
            }
            slots.add(new VtableSlot(i, method.methodName(), returnType(proxy, method.methodName()), method.parameterTypes()));
        }
        return slots;
    }

    private List<VtableSlot> spiSlots(final NativeLibrary jctp, final String vtable, final String spiClass)
        throws ClassNotFoundException
    {
        final long[] entries = Vtables.entries(jctp, vtable);
        if (entries == null)
        {
            throw new IllegalStateException(jctp.getFile() + " does not export " + vtable);
        }
        final Class<?> proxy = Class.forName(PACKAGE + spiClass, false, loader);
        final List<VtableSlot> slots = new ArrayList<>();
        for (int i = 0; i < entries.length; i++)
        {
            final MangledMethod method = methodAt(entries[i], vtable, i);
            if (!method.className().equals(spiClass))
            {
                throw new IllegalStateException(vtable + " entry " + i + " belongs to " + method.className());
            }
            slots.add(new VtableSlot(i, method.methodName(), returnType(proxy, method.methodName()), method.parameterTypes()));
        }
        return slots;
    }

    private static MangledMethod methodAt(final long entry, final String vtable, final int index)
    {
        final DynamicLinker.Symbol symbol = DynamicLinker.symbolAt(entry);
        if (symbol == null || symbol.name() == null || symbol.symbolAddress() != entry)
        {
            throw new IllegalStateException(vtable + " entry " + index + " (0x" + Long.toHexString(entry) +
                ") is not the start of an exported function: " + symbol);
        }
        return MangledMethod.parse(symbol.name());
    }

    /** C++ return type from the SWIG proxy's Java return type. */
    private static String returnType(final Class<?> proxy, final String methodName)
    {
        for (final Method method : proxy.getMethods())
        {
            if (method.getName().equals(methodName) && !Modifier.isStatic(method.getModifiers()))
            {
                final Class<?> type = method.getReturnType();
                if (type == void.class)
                {
                    return "void";
                }
                if (type == int.class)
                {
                    return "int";
                }
                if (type == boolean.class)
                {
                    return "bool";
                }
                if (type == String.class)
                {
                    return "const char*";
                }
                throw new IllegalStateException(proxy.getName() + "." + methodName + " returns unmapped type " + type);
            }
        }
        throw new IllegalStateException(proxy.getName() + " has no method " + methodName);
    }

    private List<StructLayout> structs() throws Exception
    {
        final TreeMap<String, TreeMap<String, Method>> settersByStruct = new TreeMap<>();
        final Map<String, Method> constructors = new TreeMap<>();
        final Map<String, Method> destructors = new TreeMap<>();
        for (final Method method : jni.getMethods())
        {
            final String name = method.getName();
            if (name.startsWith("new_CThostFtdc") && name.endsWith("Field"))
            {
                constructors.put(name.substring(4), method);
            }
            else if (name.startsWith("delete_CThostFtdc") && name.endsWith("Field"))
            {
                destructors.put(name.substring(7), method);
            }
        }
        for (final String struct : constructors.keySet())
        {
            if (STALE_CLASSES.contains(struct))
            {
                continue;
            }
            final TreeMap<String, Method> setters = new TreeMap<>();
            final String prefix = struct + "_";
            for (final Method method : jni.getMethods())
            {
                final String name = method.getName();
                if (name.startsWith(prefix) && name.endsWith("_set") && method.getParameterCount() == 3)
                {
                    setters.put(name.substring(prefix.length(), name.length() - "_set".length()), method);
                }
            }
            settersByStruct.put(struct, setters);
        }

        final List<StructLayout> structs = new ArrayList<>();
        for (final Map.Entry<String, TreeMap<String, Method>> entry : settersByStruct.entrySet())
        {
            final String struct = entry.getKey();
            final long address = (Long)constructors.get(struct).invoke(null);
            try
            {
                structs.add(layoutOf(struct, address, entry.getValue()));
            }
            finally
            {
                final Method destructor = destructors.get(struct);
                if (destructor != null)
                {
                    destructor.invoke(null, address);
                }
            }
        }
        return structs;
    }

    private StructLayout layoutOf(final String struct, final long address, final Map<String, Method> setters)
        throws Exception
    {
        final long usable = Libc.INSTANCE.malloc_usable_size(new Pointer(address));
        if (usable <= 0 || usable > 1 << 20)
        {
            throw new IllegalStateException(struct + ": implausible allocation size " + usable);
        }
        final Pointer memory = new Pointer(address);
        final List<FieldLayout> fields = new ArrayList<>();
        for (final Map.Entry<String, Method> entry : setters.entrySet())
        {
            final String field = entry.getKey();
            final Method setter = entry.getValue();
            final Class<?> valueType = setter.getParameterTypes()[2];
            final Object low;
            final Object high;
            final CType type;
            if (valueType == String.class)
            {
                type = CType.CHAR_ARRAY;
                low = "";
                high = LONG_TEXT;
            }
            else if (valueType == char.class)
            {
                type = CType.CHAR;
                low = 'A';
                high = 'B';
            }
            else if (valueType == int.class)
            {
                type = CType.INT;
                low = 0;
                high = -1;
            }
            else if (valueType == short.class)
            {
                type = CType.SHORT;
                low = (short)0;
                high = (short)-1;
            }
            else if (valueType == double.class)
            {
                type = CType.DOUBLE;
                low = 0.0;
                high = Double.longBitsToDouble(DISTINCT_DOUBLE_BITS);
            }
            else
            {
                throw new IllegalStateException(struct + "." + field + ": unexpected member type " + valueType);
            }
            setter.invoke(null, address, null, low);
            final byte[] before = memory.getByteArray(0, (int)usable);
            setter.invoke(null, address, null, high);
            final byte[] after = memory.getByteArray(0, (int)usable);
            fields.add(fieldFromDiff(struct, field, type, before, after));
            setter.invoke(null, address, null, low);
        }
        fields.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        final int size = StructLayout.naturalSize(fields);
        if (size > usable)
        {
            throw new IllegalStateException(struct + ": computed size " + size + " exceeds the allocation " + usable);
        }
        return new StructLayout(struct, size, fields);
    }

    /** The run of changed bytes between two snapshots is the field. */
    static FieldLayout fieldFromDiff(
        final String struct, final String field, final CType type, final byte[] before, final byte[] after)
    {
        int first = -1;
        int last = -1;
        for (int i = 0; i < before.length; i++)
        {
            if (before[i] != after[i])
            {
                if (first < 0)
                {
                    first = i;
                }
                else if (last != i - 1)
                {
                    throw new IllegalStateException(struct + "." + field + ": changed bytes are not contiguous (" +
                        first + ".." + last + " and " + i + ")");
                }
                last = i;
            }
        }
        if (first < 0)
        {
            throw new IllegalStateException(struct + "." + field + ": setter changed no byte (char[1]?)");
        }
        final int changed = last - first + 1;
        final int length;
        if (type == CType.CHAR_ARRAY)
        {
            length = changed + 1; // the setter writes N-1 characters, then NUL
            if (after[last + 1] != 0)
            {
                throw new IllegalStateException(struct + "." + field + ": no NUL after the copied text at " + (last + 1));
            }
        }
        else
        {
            length = type.alignment();
            if (changed != length || first % type.alignment() != 0)
            {
                throw new IllegalStateException(struct + "." + field + ": " + type.cName() + " changed " + changed +
                    " bytes at offset " + first);
            }
        }
        return new FieldLayout(field, first, type, length);
    }

    private List<CtpConstant> constants() throws Exception
    {
        final List<CtpConstant> constants = new ArrayList<>();
        final Class<?> codes = Class.forName(PACKAGE + "jctpConstants", true, loader);
        for (final Field field : codes.getFields())
        {
            if (field.getType() != char.class)
            {
                throw new IllegalStateException("jctpConstants." + field.getName() + " has unexpected type " + field.getType());
            }
            final char value = field.getChar(null);
            constants.add(new CtpConstant(field.getName(), CtpConstant.groupOf(field.getName()), "'" + value + "'"));
        }
        final Class<?> resumeType = Class.forName(PACKAGE + "THOST_TE_RESUME_TYPE", true, loader);
        final Method swigValue = resumeType.getMethod("swigValue");
        for (final Field field : resumeType.getFields())
        {
            if (field.getType() == resumeType && Modifier.isStatic(field.getModifiers()))
            {
                final int value = (Integer)swigValue.invoke(field.get(null));
                constants.add(new CtpConstant(field.getName(), CtpConstant.groupOf(field.getName()), Integer.toString(value)));
            }
        }
        return constants;
    }

    /** Where jctp's loader put the three native libraries, from this process's memory map. */
    private static Map<String, Path> loadedNatives() throws IOException
    {
        final Map<String, Path> found = new TreeMap<>();
        final TreeSet<String> wanted = new TreeSet<>(List.of("libjctp.so", "libthosttraderapi_se.so", "libthostmduserapi_se.so"));
        for (final String line : Files.readAllLines(Path.of("/proc/self/maps")))
        {
            final int slash = line.indexOf('/');
            if (slash < 0)
            {
                continue;
            }
            final Path path = Path.of(line.substring(slash).trim());
            final String name = path.getFileName().toString();
            if (wanted.contains(name))
            {
                found.putIfAbsent(name, path);
            }
        }
        if (found.size() != wanted.size())
        {
            throw new IllegalStateException("jctp's native libraries are not all mapped: found " + found.keySet());
        }
        return found;
    }

    /** libjctp.so aborts the whole JVM at load without this locale: fail with a message instead. */
    static void requireLocale()
    {
        final Pointer locale = Libc.INSTANCE.newlocale(Libc.LC_CTYPE_MASK, LOCALE, null);
        if (locale == null)
        {
            throw new IllegalStateException("locale " + LOCALE + " is not available (LOCPATH=" + System.getenv("LOCPATH") +
                "); libjctp.so would abort the JVM. Build it with 'localedef -i zh_CN -f GB18030 DIR/" + LOCALE +
                "' and set LOCPATH=DIR (the Maven build does this into .locale/)");
        }
        Libc.INSTANCE.freelocale(locale);
    }

    interface Libc extends Library
    {
        Libc INSTANCE = Native.load("c", Libc.class);
        int LC_CTYPE_MASK = 1;

        long malloc_usable_size(Pointer pointer);

        Pointer newlocale(int mask, String locale, Pointer base);

        void freelocale(Pointer locale);
    }
}
