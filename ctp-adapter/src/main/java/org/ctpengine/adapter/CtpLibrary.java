package org.ctpengine.adapter;

import com.sun.jna.NativeLibrary;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.internal.CStrings;
import org.ctpengine.adapter.internal.DynamicLinker;
import org.ctpengine.adapter.internal.MethodSymbolCheck;
import org.ctpengine.adapter.internal.NativeShim;
import org.ctpengine.adapter.internal.VtableVerifier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One CTP-compatible shared library (trader or market-data half), opened with local symbol scope so that
 * libraries of different versions or vendors, whose symbols have identical names, live side by side in one
 * JVM. Knows the library's {@code GetApiVersion()} string and the {@link AbiProfile} that describes it, and
 * creates API instances ({@link TraderApi#create}, {@link MdApi#create}).
 *
 * <p>Loading checks, in order: the file exists; it is a shared library; it exports the factory and
 * {@code GetApiVersion} of its kind; a profile is known for its version (or one is given as an override);
 * and, where the library exports SFIT's implementation vtable, every API slot of the profile is the method
 * of that name in the library; where it does not, the methods it exports agree with the profile's names and
 * parameter types ({@link #verification()} says which was done). Any failure is a {@link CtpLoadException} naming
 * the file and the problem.
 *
 * <p>A library that passed the factory check is never unloaded: CTP libraries start threads and register
 * thread-local destructors, and {@code dlclose} under them crashes the process. Instances are immutable and
 * may be shared between threads.
 */
public final class CtpLibrary
{
    /**
     * Every library that exported a CTP factory, by absolute path: strongly reachable for the life of the JVM,
     * so that JNA never disposes (dlcloses) one while native code of it may run.
     */
    private static final Map<Path, NativeLibrary> PINNED = new ConcurrentHashMap<>();

    private final CtpApiKind kind;
    private final Path path;
    private final NativeLibrary library;
    private final String apiVersion;
    private final AbiProfile profile;
    private final long factory;
    private final boolean vtableVerified;
    private final String verification;

    private CtpLibrary(
        final CtpApiKind kind,
        final Path path,
        final NativeLibrary library,
        final String apiVersion,
        final AbiProfile profile,
        final long factory,
        final boolean vtableVerified,
        final String verification)
    {
        this.kind = kind;
        this.path = path;
        this.library = library;
        this.apiVersion = apiVersion;
        this.profile = profile;
        this.factory = factory;
        this.vtableVerified = vtableVerified;
        this.verification = verification;
    }

    /**
     * Loads a library and picks the built-in profile for its {@code GetApiVersion()} string.
     *
     * @throws CtpLoadException naming the file and the problem
     */
    public static CtpLibrary load(final CtpApiKind kind, final Path path)
    {
        return load(kind, path, (AbiProfile)null);
    }

    /**
     * Loads a library described by {@code profileOverride} whatever its version string says (for vendor builds
     * whose version no built-in profile matches), or by the built-in profile for its version when the override
     * is null. The override is still verified against the library's exported vtable when there is one.
     *
     * @throws CtpLoadException naming the file and the problem
     */
    public static CtpLibrary load(final CtpApiKind kind, final Path path, final AbiProfile profileOverride)
    {
        return load(kind, path, profileOverride == null ? AbiProfiles::forVersion : version -> profileOverride);
    }

    /** As {@link #load(CtpApiKind, Path, AbiProfile)} with the profile chosen by {@code profileSelector} (a test seam). */
    static CtpLibrary load(final CtpApiKind kind, final Path path, final Function<String, AbiProfile> profileSelector)
    {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        final Path file = path.toAbsolutePath().normalize();
        final String what = "CTP " + kind.description() + " library " + file;
        if (!Files.exists(file))
        {
            throw new CtpLoadException("cannot load " + what + ": no such file");
        }
        if (!Files.isRegularFile(file))
        {
            throw new CtpLoadException("cannot load " + what + ": not a regular file");
        }

        final NativeLibrary library;
        try
        {
            library = DynamicLinker.openLocal(file);
        }
        catch (final UnsatisfiedLinkError e)
        {
            throw new CtpLoadException("cannot load " + what + ": not a loadable shared library (" +
                linkerReason(e.getMessage()) + ")" + dependencyHint(file, e.getMessage()), e);
        }

        final long factory = DynamicLinker.symbolAddress(library, kind.factorySymbol());
        final long versionFunction = DynamicLinker.symbolAddress(library, kind.versionSymbol());
        if (factory == 0 || versionFunction == 0)
        {
            throw new CtpLoadException("cannot load " + what + ": not a CTP " + kind.description() +
                " library, it does not export " + (factory == 0 ? kind.factorySymbol() : kind.versionSymbol()));
        }
        PINNED.putIfAbsent(file, library);

        final String apiVersion = CStrings.fromNative(NativeShim.ctp_static_p_v(versionFunction), StandardCharsets.ISO_8859_1);
        if (apiVersion == null)
        {
            throw new CtpLoadException("cannot load " + what + ": GetApiVersion() returned null");
        }

        final AbiProfile profile;
        try
        {
            profile = Objects.requireNonNull(profileSelector.apply(apiVersion), "no profile selected");
        }
        catch (final AbiProfileException | NullPointerException e)
        {
            throw new CtpLoadException("cannot load " + what + " (version '" + apiVersion + "'): " + e.getMessage(), e);
        }

        if (profile.slots(kind.apiTable()).isEmpty())
        {
            throw new CtpLoadException("cannot load " + what + " (version '" + apiVersion + "'): ABI profile " +
                profile.id() + " has no " + kind.apiTable().className() + " table (market data only: it was extracted " +
                "from an SDK without ThostFtdcTraderApi.h); name a profile extracted from the full SDK with " +
                "'abi-profile: ID'");
        }

        final VtableVerifier.Result verification;
        try
        {
            verification = VtableVerifier.verify(library, kind.implVtableSymbol(), profile.slots(kind.apiTable()));
        }
        catch (final RuntimeException e)
        {
            throw new CtpLoadException("cannot load " + what + " (version '" + apiVersion + "'): cannot read " +
                kind.implVtableSymbol() + ": " + e.getMessage(), e);
        }
        if (!verification.matches())
        {
            throw new CtpLoadException("cannot load " + what + " (version '" + apiVersion + "'): it does not match ABI " +
                "profile " + profile.id() + ", " + kind.apiTable().className() + " " + verification.mismatch());
        }
        if (verification.checked())
        {
            return new CtpLibrary(kind, file, library, apiVersion, profile, factory, true, "vtable verified: every " +
                kind.apiTable().className() + " slot of ABI profile " + profile.id() + " matches " + kind.implVtableSymbol());
        }
        final String notVerified = "vtable NOT verified (the library does not export " + kind.implVtableSymbol() + ")";
        final MethodSymbolCheck.Result methods = checkExportedMethods(file, kind, profile);
        if (!methods.matches())
        {
            throw new CtpLoadException("cannot load " + what + " (version '" + apiVersion + "'): it does not match ABI " +
                "profile " + profile.id() + " (" + notVerified + ", but by the methods it exports: " + methods.mismatch() +
                "); name the right one with 'abi-profile: ID'");
        }
        return new CtpLibrary(kind, file, library, apiVersion, profile, factory, false, methods.checked() == null ?
            notVerified + " and it exports no implementation methods to check instead: ABI profile " + profile.id() +
                " is taken on its version string alone, and a wrong one crashes at the first call" :
            notVerified + "; checked instead: " + methods.checked());
    }

    private static MethodSymbolCheck.Result checkExportedMethods(final Path file, final CtpApiKind kind, final AbiProfile profile)
    {
        try
        {
            return MethodSymbolCheck.check(file, kind.apiTable(), profile.slots(kind.apiTable()));
        }
        catch (final RuntimeException e)
        {
            // An ELF the loader accepted but this reader does not: nothing more to check, and the note says so.
            return new MethodSymbolCheck.Result(null, null);
        }
    }

    /** Trader or market data. */
    public CtpApiKind kind()
    {
        return kind;
    }

    /** Absolute path of the shared library. */
    public Path path()
    {
        return path;
    }

    /** What the library's {@code GetApiVersion()} returned, e.g. {@code v6.7.8_20240918 14:34:34.8082}. */
    public String apiVersion()
    {
        return apiVersion;
    }

    /** The ABI profile used for every call into and out of this library. */
    public AbiProfile profile()
    {
        return profile;
    }

    /** Whether the library exported its implementation vtable and every API slot of the profile matched it. */
    public boolean vtableVerified()
    {
        return vtableVerified;
    }

    /**
     * What was checked of the profile against the library, in one line for {@code run --check} and the run's log: the
     * exported vtable slot by slot, or, when the library does not export it, that it was not verified and what was
     * checked instead (its exported methods' names and parameter types, or nothing).
     */
    public String verification()
    {
        return verification;
    }

    /** Address of the static factory function ({@code CreateFtdcTraderApi} / {@code CreateFtdcMdApi}). */
    long factoryAddress()
    {
        return factory;
    }

    /** The JNA handle: held by every API created from this library. */
    NativeLibrary nativeLibrary()
    {
        return library;
    }

    @Override
    public String toString()
    {
        return "CtpLibrary[" + kind.shortName() + ", " + path + ", '" + apiVersion + "', profile " + profile.id() +
            (vtableVerified ? ", verified" : "") + "]";
    }

    /**
     * The dynamic linker's reason out of JNA's message, which lists every place it tried: the first line after
     * JNA's own heading (e.g. {@code /x.so: invalid ELF header}).
     */
    /** What to do about a library the loader could not find, when that is the reason. */
    private static String dependencyHint(final Path file, final String linkerMessage)
    {
        final String missing = DynamicLinker.missingDependency(linkerMessage);
        if (missing == null)
        {
            return "";
        }
        final Path dir = file.getParent();
        if (Files.isRegularFile(dir.resolve(missing)))
        {
            return "; " + missing + " is in the library's directory, but loaded from there it does not count as the " +
                "library needed (it has no SONAME " + missing + "): start the engine with LD_LIBRARY_PATH=" + dir;
        }
        return "; it needs " + missing + ", found neither in the library's directory (" + dir + ") nor on the loader's " +
            "path: put it there (vendor libraries ship beside the CTP-named one) or add its folder to LD_LIBRARY_PATH";
    }

    private static String linkerReason(final String message)
    {
        if (message == null)
        {
            return "no reason given";
        }
        final String[] lines = message.split("\n");
        for (int i = 1; i < lines.length; i++)
        {
            if (!lines[i].isBlank())
            {
                return lines[i].trim();
            }
        }
        return lines[0].trim();
    }
}
