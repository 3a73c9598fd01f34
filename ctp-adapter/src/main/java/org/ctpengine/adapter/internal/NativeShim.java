package org.ctpengine.adapter.internal;

import com.sun.jna.Callback;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * JNA direct mapping onto {@code libctpengine-shim.so} (built from {@code src/main/c} by the Maven build).
 * Every method takes the function pointer to call as its first argument and only primitives, so a call
 * costs one JNI transition and allocates nothing: the path ReqOrderInsert takes. Pointers are {@code long}.
 *
 * <p>Stateless and safe from any thread. The shim library is loaded once, when this class initialises, and
 * stays loaded for the life of the JVM.
 */
public final class NativeShim
{
    /** Class-path resource of the shim, next to this class. */
    public static final String RESOURCE = "native/linux-x86-64/libctpengine-shim.so";

    private static final NativeLibrary LIBRARY;

    static
    {
        LIBRARY = DynamicLinker.openLocal(locate(NativeShim.class, RESOURCE,
            "built by ctp-adapter's Maven build from src/main/c; is gcc installed?"));
        Native.register(NativeShim.class, LIBRARY);
    }

    private NativeShim()
    {
    }

    /** Path of the loaded shim, for diagnostics. */
    public static String path()
    {
        return LIBRARY.getFile().getPath();
    }

    /** {@code void (*fn)(this)}. */
    public static native void ctp_v_v(long fn, long self);

    /** {@code int (*fn)(this)}. */
    public static native int ctp_i_v(long fn, long self);

    /** {@code const char* (*fn)(this)}. */
    public static native long ctp_p_v(long fn, long self);

    /** {@code void (*fn)(this, void*)}. */
    public static native void ctp_v_p(long fn, long self, long a);

    /** {@code void (*fn)(this, int)}; also enum parameters such as THOST_TE_RESUME_TYPE. */
    public static native void ctp_v_i(long fn, long self, int a);

    /** {@code int (*fn)(this, void*)}. */
    public static native int ctp_i_p(long fn, long self, long a);

    /** {@code int (*fn)(this, void*, int)}: every ReqXxx(field, requestId) and SubscribeMarketData(ids, count). */
    public static native int ctp_i_pi(long fn, long self, long a, int n);

    /** {@code const char* (*fn)(void)}: GetApiVersion. */
    public static native long ctp_static_p_v(long fn);

    /** {@code void* (*fn)(const char*)}: CreateFtdcTraderApi(flowPath). */
    public static native long ctp_static_p_p(long fn, long a);

    /** {@code void* (*fn)(const char*, bool, bool)}: CreateFtdcMdApi(flowPath, udp, multicast); bools as 0/1. */
    public static native long ctp_static_p_pbb(long fn, long a, int b1, int b2);

    /**
     * The native entry point of {@code callback} in JNA's direct mode: arguments arrive as JNI primitives, with
     * no boxing and no Object[] per call. JNA uses that mode only for Callbacks passed to direct-mapped methods
     * ({@code CallbackReference.getFunctionPointer(Callback)} gives the boxing proxy), hence this identity
     * function. Set the callback's thread initializer first: JNA reads it when it builds the stub.
     */
    public static native long ctp_address_of(Callback callback);

    /**
     * A native library that ships as a class path resource next to {@code anchor}, as a file JNA can open: the file
     * itself when the class path is a directory, else a temporary copy out of the jar.
     *
     * @param hint where the library comes from, for the error when it is missing
     */
    static Path locate(final Class<?> anchor, final String resource, final String hint)
    {
        final URL url = anchor.getResource(resource);
        if (url == null)
        {
            throw new IllegalStateException("native library not on the class path: " +
                anchor.getPackageName().replace('.', '/') + "/" + resource + " (" + hint + ")");
        }
        try
        {
            if ("file".equals(url.getProtocol()))
            {
                return Path.of(url.toURI());
            }
            final String name = resource.substring(resource.lastIndexOf('/') + 1);
            final Path copy = Files.createTempFile(name.substring(0, name.length() - ".so".length()), ".so");
            copy.toFile().deleteOnExit();
            try (InputStream in = url.openStream())
            {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot extract the native library " + url, e);
        }
        catch (final URISyntaxException e)
        {
            throw new IllegalStateException("bad native library resource URL " + url, e);
        }
    }
}
