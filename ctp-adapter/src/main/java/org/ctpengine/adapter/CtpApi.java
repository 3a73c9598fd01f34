package org.ctpengine.adapter;

import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.VtableSlot;
import org.ctpengine.adapter.internal.ApiCallShape;
import org.ctpengine.adapter.internal.ApiVtable;
import org.ctpengine.adapter.internal.CStrings;
import org.ctpengine.adapter.internal.LiveApis;
import org.ctpengine.adapter.internal.NativeShim;
import org.ctpengine.adapter.internal.SpiDispatcher;
import org.ctpengine.adapter.internal.SpiObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One CTP API instance (a C++ {@code CThostFtdcTraderApi} or {@code CThostFtdcMdApi} created by the library)
 * together with the SPI object through which the library calls back. What trader and market-data instances
 * share: creation, the methods both classes have, generic calls by slot, and the lifecycle.
 *
 * <p>Threads: requests may be made from any one thread (the engine's command thread); callbacks arrive on the
 * library's own thread and go to the {@link SpiSink}. {@link #release()} is idempotent and safe from any thread,
 * including the callback thread. Until Release() returns, the library, the SPI memory and the trampolines stay
 * strongly reachable (fields of this object, which a static registry holds).
 */
public abstract sealed class CtpApi implements AutoCloseable permits TraderApi, MdApi
{
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final int LIVE = 0;
    private static final int RELEASING = 1;
    private static final int RELEASED = 2;

    private final CtpLibrary library;
    @SuppressWarnings("unused") // held so that the library can never be disposed while this instance lives
    private final NativeLibrary nativeLibrary;
    private final String name;
    private final Path flowDirectory;
    private final SpiObject spi;
    private final SpiDispatcher dispatcher;
    private final ApiVtable vtable;
    private final List<Memory> retainedArguments = new ArrayList<>();
    private final AtomicInteger state = new AtomicInteger(LIVE);
    private final CompletableFuture<Void> released = new CompletableFuture<>();
    private final int releaseSlot;
    private final int initSlot;
    private final int joinSlot;
    private final int tradingDaySlot;
    private final int registerSpiSlot;
    private final int registerFrontSlot;
    private final int registerNameServerSlot;

    /** Creates the native instance (see {@link TraderApi#create}, {@link MdApi#create}). */
    CtpApi(
        final CtpApiKind expectedKind,
        final CtpLibrary library,
        final String name,
        final Path flowDirectory,
        final SpiSink sink,
        final boolean udp,
        final boolean multicast)
    {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(flowDirectory, "flowDirectory");
        Objects.requireNonNull(sink, "sink");
        if (library.kind() != expectedKind)
        {
            throw new IllegalArgumentException("a " + expectedKind.description() + " API needs a " +
                expectedKind.description() + " library, not " + library);
        }
        if (!NAME.matcher(name).matches())
        {
            throw new IllegalArgumentException("API name must be 1-40 of [A-Za-z0-9_.-] (it names threads): '" + name + "'");
        }
        this.library = library;
        this.nativeLibrary = library.nativeLibrary();
        this.name = name;
        final CtpApiKind kind = library.kind();
        final AbiProfile profile = library.profile();
        final String what = kind.description() + " API '" + name + "' from " + library.path() + " (profile " +
            profile.id() + ")";

        final List<VtableSlot> apiSlots = profile.slots(kind.apiTable());
        try
        {
            this.releaseSlot = require(apiSlots, "Release", ApiCallShape.V_V);
            this.initSlot = require(apiSlots, "Init", ApiCallShape.V_V);
            this.joinSlot = require(apiSlots, "Join", ApiCallShape.I_V);
            this.tradingDaySlot = require(apiSlots, "GetTradingDay", ApiCallShape.P_V);
            this.registerSpiSlot = require(apiSlots, "RegisterSpi", ApiCallShape.V_P);
            this.registerFrontSlot = require(apiSlots, "RegisterFront", ApiCallShape.V_P);
            this.registerNameServerSlot = ApiVtable.resolve(apiSlots, "RegisterNameServer", ApiCallShape.V_P);
            final List<SpiSlot> spiSlots = new ArrayList<>();
            for (final VtableSlot slot : profile.slots(kind.spiTable()))
            {
                spiSlots.add(SpiSlot.of(slot, profile));
            }
            this.dispatcher = new SpiDispatcher(new SpiCallback(name, kind, profile), sink);
            this.spi = new SpiObject(spiSlots, dispatcher, "ctp-" + kind.shortName() + "-" + name);
        }
        catch (final IllegalArgumentException e)
        {
            throw new CtpLoadException("cannot create " + what + ": " + e.getMessage(), e);
        }

        this.flowDirectory = createFlowDirectory(flowDirectory, what);
        final Memory flowPath = CStrings.toNative(this.flowDirectory + "/", CStrings.fileNameCharset());
        final long self = kind == CtpApiKind.TRADER ?
            NativeShim.ctp_static_p_p(library.factoryAddress(), Pointer.nativeValue(flowPath)) :
            NativeShim.ctp_static_p_pbb(library.factoryAddress(), Pointer.nativeValue(flowPath), udp ? 1 : 0, multicast ? 1 : 0);
        if (self == 0)
        {
            throw new CtpLoadException("cannot create " + what + ": " + kind.factorySymbol() + " returned null");
        }
        this.vtable = new ApiVtable(self, apiSlots);
        LiveApis.add(this);
        registerSpi();
    }

    /** The name given at creation; callback threads are named {@code ctp-td-<name>} / {@code ctp-md-<name>}. */
    public final String name()
    {
        return name;
    }

    public final CtpLibrary library()
    {
        return library;
    }

    public final AbiProfile profile()
    {
        return library.profile();
    }

    /** The flow directory the library writes its {@code .con} files into (created by us). */
    public final Path flowDirectory()
    {
        return flowDirectory;
    }

    /** Name the library's callback thread gets, e.g. {@code ctp-td-main}. */
    public final String callbackThreadName()
    {
        return spi.threadName();
    }

    /** Whether the calling thread is this instance's callback thread. */
    public final boolean isCallbackThread()
    {
        return spi.isCallbackThread(Thread.currentThread());
    }

    /** Exceptions thrown by the sink (or the adapter) inside callbacks, caught and counted so far. */
    public final long spiErrorCount()
    {
        return dispatcher.errorCount();
    }

    /** RegisterSpi(our SPI object). Done at creation; calling again is harmless. */
    public final void registerSpi()
    {
        requireLive();
        vtable.callVoidPointer(registerSpiSlot, spi.address());
    }

    /** RegisterFront, e.g. {@code tcp://180.168.146.187:10130}. Call before {@link #init()}; may be repeated. */
    public final void registerFront(final String address)
    {
        vtable.callVoidPointer(registerFrontSlot, retain(address));
    }

    /** RegisterNameServer, e.g. {@code tcp://127.0.0.1:12001}. */
    public final void registerNameServer(final String address)
    {
        if (registerNameServerSlot < 0)
        {
            throw new UnsupportedOperationException("profile " + profile().id() + " has no RegisterNameServer");
        }
        vtable.callVoidPointer(registerNameServerSlot, retain(address));
    }

    /** Init: the library starts its threads and connects to the registered fronts. */
    public final void init()
    {
        requireLive();
        vtable.callVoid(initSlot);
    }

    /** Join: blocks until the library's threads end; returns the library's result. */
    public final int join()
    {
        requireLive();
        return vtable.callInt(joinSlot);
    }

    /** GetTradingDay: {@code yyyyMMdd} once logged in, otherwise whatever the library says (may be empty). */
    public final String tradingDay()
    {
        requireLive();
        final String day = CStrings.fromNative(vtable.callPointer(tradingDaySlot), CStrings.GB18030);
        return day == null ? "" : day;
    }

    /** Slot index of an API method in this instance's profile, or -1. */
    public final int slotIndex(final String methodName)
    {
        return vtable.indexOf(methodName);
    }

    /**
     * Calls any API method by slot: pointer arguments as addresses of off-heap memory that stays valid during
     * the call, int/enum/bool arguments as ints (bool 0/1). Does not allocate. Release and RegisterSpi are
     * refused: they belong to the lifecycle ({@link #release()}).
     *
     * @return the method's int or pointer result; 0 for void methods; {@link ApiResult#RELEASED} once released
     * @throws IllegalArgumentException for an unknown slot, a lifecycle method, or an unsupported signature
     */
    public final long invoke(final int slot, final long pointerArgument, final int intArgument)
    {
        if (slot == releaseSlot || slot == registerSpiSlot)
        {
            throw new IllegalArgumentException("call release() or registerSpi() instead of slot " + slot);
        }
        if (state.get() != LIVE)
        {
            return ApiResult.RELEASED;
        }
        return vtable.invoke(slot, pointerArgument, intArgument);
    }

    /** {@link #invoke(int, long, int)} by method name (looks the slot up: not for hot paths). */
    public final long invoke(final String methodName, final long pointerArgument, final int intArgument)
    {
        final int slot = vtable.indexOf(methodName);
        if (slot < 0)
        {
            throw new IllegalArgumentException("profile " + profile().id() + " has no " + library.kind().apiTable().className() +
                "::" + methodName);
        }
        return invoke(slot, pointerArgument, intArgument);
    }

    /**
     * RegisterSpi(null) then Release(), once. From the instance's own callback thread Release() would deadlock
     * (it joins that thread), so there the work is handed to a new thread and this returns at once; from any
     * other thread this returns when Release() has returned (or another thread's release has finished).
     */
    public final void release()
    {
        if (spi.isCallbackThread(Thread.currentThread()))
        {
            if (state.compareAndSet(LIVE, RELEASING))
            {
                final Thread releaser = new Thread(this::doRelease, "ctp-release-" + name);
                releaser.setDaemon(true);
                releaser.start();
            }
            return;
        }
        if (state.compareAndSet(LIVE, RELEASING))
        {
            doRelease();
        }
        else
        {
            released.join();
        }
    }

    /**
     * Never releases this instance: it is left to the process's end (which should then come by
     * {@link org.ctpengine.adapter.ProcessExit#now}, skipping the libraries' static destructors). For a library still
     * reconnecting at shutdown: some crash in Release while their reconnect thread runs.
     */
    public final void abandon()
    {
        LiveApis.abandon(this);
    }

    /** Same as {@link #release()}. */
    @Override
    public final void close()
    {
        release();
    }

    /** Whether Release() has returned. */
    public final boolean isReleased()
    {
        return released.isDone();
    }

    /** Completes when Release() has returned (also when release() was called from the callback thread). */
    public final CompletableFuture<Void> releaseFuture()
    {
        return released.copy();
    }

    /** For the benchmark and tests: address of the SPI object the library calls. */
    public final long spiAddress()
    {
        return spi.address();
    }

    /** Request helper for subclasses: the order path, no allocation. */
    final int request(final int slot, final long field, final int requestId)
    {
        if (slot < 0)
        {
            return ApiResult.UNSUPPORTED;
        }
        if (field == 0)
        {
            return ApiResult.NULL_ARGUMENT;
        }
        if (state.get() != LIVE)
        {
            return ApiResult.RELEASED;
        }
        return vtable.callPointerInt(slot, field, requestId);
    }

    /** Request helper for {@code void (int)} methods such as SubscribePrivateTopic. */
    final void callInt(final int slot, final int value, final String method)
    {
        if (slot < 0)
        {
            throw new UnsupportedOperationException("profile " + profile().id() + " has no " + method);
        }
        requireLive();
        vtable.callVoidInt(slot, value);
    }

    /** Slot of a method with the given shape in this instance's API table, or -1 when absent. */
    final int resolve(final String methodName, final ApiCallShape shape)
    {
        return ApiVtable.resolve(profile().slots(library.kind().apiTable()), methodName, shape);
    }

    /** Keeps a C string of {@code text} reachable for the life of this instance and returns its address. */
    final long retain(final String text)
    {
        requireLive();
        final Memory memory = CStrings.toNative(Objects.requireNonNull(text, "text"), CStrings.GB18030);
        synchronized (retainedArguments)
        {
            retainedArguments.add(memory);
        }
        return Pointer.nativeValue(memory);
    }

    /** Keeps native memory reachable for the life of this instance. */
    final void retain(final Memory memory)
    {
        synchronized (retainedArguments)
        {
            retainedArguments.add(memory);
        }
    }

    final void requireLive()
    {
        if (state.get() != LIVE)
        {
            throw new IllegalStateException(library.kind().description() + " API '" + name + "' is released");
        }
    }

    final boolean isLive()
    {
        return state.get() == LIVE;
    }

    private void doRelease()
    {
        Throwable failure = null;
        try
        {
            vtable.callVoidPointer(registerSpiSlot, 0);
            vtable.callVoid(releaseSlot);
        }
        catch (final Throwable t)
        {
            failure = t;
        }
        // Only now may the SPI memory and trampolines become unreachable: the library's threads are gone.
        state.set(RELEASED);
        LiveApis.remove(this);
        if (failure == null)
        {
            released.complete(null);
        }
        else
        {
            released.completeExceptionally(failure);
        }
    }

    private static int require(final List<VtableSlot> slots, final String method, final ApiCallShape shape)
    {
        final int slot = ApiVtable.resolve(slots, method, shape);
        if (slot < 0)
        {
            throw new IllegalArgumentException("the profile has no " + method);
        }
        return slot;
    }

    private static Path createFlowDirectory(final Path flowDirectory, final String what)
    {
        final Path dir = flowDirectory.toAbsolutePath().normalize();
        try
        {
            Files.createDirectories(dir);
        }
        catch (final IOException e)
        {
            throw new CtpLoadException("cannot create " + what + ": flow directory " + dir + " cannot be created: " + e, e);
        }
        return dir;
    }

    @Override
    public String toString()
    {
        return getClass().getSimpleName() + "[" + name + ", " + library + (isReleased() ? ", released" : "") + "]";
    }
}
