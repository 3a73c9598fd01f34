package org.ctpengine.bench.trampoline;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.CtpApiKind;
import org.ctpengine.adapter.CtpLibrary;
import org.ctpengine.adapter.MdApi;
import org.ctpengine.adapter.SpiSlot;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.internal.NativeShim;
import org.ctpengine.adapter.internal.SpiDriver;
import org.ctpengine.bench.report.LatencyReport;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cost of one CTP callback delivered from a native thread into the engine's sink, the way a CTP library
 * delivers {@code OnRtnDepthMarketData}: the native thread calls the SPI vtable slot; the trampoline stamps
 * the receive time and copies the 584-byte struct into a ring-slot-like direct buffer.
 *
 * <p>The native driver stamps CLOCK_MONOTONIC before and after each call, so the figure is the whole call as
 * the library's thread experiences it. Calls are back to back (closed loop): this is service time per call,
 * there is no queue whose waiting could be omitted. Peers in the same run, through the same driver:
 * <ul>
 *   <li>native → native: the same vtable call into a C function (the floor: driver and clock cost);</li>
 *   <li>JNA's default callback path (what plain JNA code gets): a Callback with Pointer arguments, thread kept
 *       attached, copying the same 584 bytes.</li>
 * </ul>
 */
public final class TrampolineBenchmark
{
    static final String SCENARIO_ENGINE = "callback -> sink, 584 B copy (ctp-engine trampoline)";
    static final String SCENARIO_JNA = "callback -> sink, 584 B copy (JNA default callback)";
    static final String SCENARIO_NATIVE = "native -> native vtable call (floor)";

    private final int warmUp;
    private final int measured;
    private final Path mdLibrary;
    private final Path flowDir;

    public TrampolineBenchmark(final Path mdLibrary, final Path flowDir, final int warmUp, final int measured)
    {
        this.mdLibrary = mdLibrary;
        this.flowDir = flowDir;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    /** Runs the three scenarios, interleaved over several rounds so that machine noise hits them alike. */
    public LatencyReport run(final int rounds) throws Exception
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.MD, mdLibrary);
        final SpiSlot tick = SpiSlot.of(library.profile().slot(ApiTable.MD_SPI, "OnRtnDepthMarketData"), library.profile());
        final Memory data = new Memory(tick.structSize());
        data.clear();
        final UnsafeBuffer slot = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
        final long[] sink = new long[1];

        final Histogram engine = new Histogram(10_000_000_000L, 3);
        final Histogram jna = new Histogram(10_000_000_000L, 3);
        final Histogram floor = new Histogram(10_000_000_000L, 3);
        final double[] rates = new double[3];

        Files.createDirectories(flowDir);
        try (MdApi api = MdApi.create(library, "bench", flowDir, callback ->
        {
            sink[0] += callback.receiveNanos();
            callback.copyStruct(slot, 0);
        }))
        {
            final JnaDefaultPeer jnaPeer = new JnaDefaultPeer(tick.index(), tick.structSize(), slot);
            final FakeSpi nativePeer = new FakeSpi(tick.index(),
                NativeLibrary.getInstance(NativeShim.path()).getFunction("ctp_address_of"));
            for (int round = 0; round < rounds; round++)
            {
                rates[0] += measure(api.spiAddress(), tick, data, engine);
                rates[1] += measure(jnaPeer.spi.address(), tick, data, jna);
                rates[2] += measure(nativePeer.address(), tick, data, floor);
            }
        }
        final LatencyReport report = new LatencyReport(
            "Trampoline: one OnRtnDepthMarketData from a native thread (" + library.apiVersion() + ", " +
            rounds + " x " + measured + " calls each)");
        report.add(SCENARIO_ENGINE, engine, rates[0] / rounds, SCENARIO_JNA);
        report.add(SCENARIO_JNA, jna, rates[1] / rounds, null);
        report.add(SCENARIO_NATIVE, floor, rates[2] / rounds, null);
        if (sink[0] == 42)
        {
            System.out.print(""); // keeps the sink's work observable
        }
        return report;
    }

    /** Records one round into {@code histogram}; returns calls per second over the measured part. */
    private double measure(final long spi, final SpiSlot tick, final Memory data, final Histogram histogram)
    {
        final long[] stamps = SpiDriver.driveTimed(spi, tick, Pointer.nativeValue(data), 0, 0, warmUp + measured);
        for (int i = warmUp; i < warmUp + measured; i++)
        {
            histogram.recordValue(Math.max(0, stamps[2 * i + 1] - stamps[2 * i]));
        }
        final long elapsed = stamps[2 * (warmUp + measured - 1) + 1] - stamps[2 * warmUp];
        return measured * 1e9 / Math.max(1, elapsed);
    }

    /** A C++-shaped object (vptr → table) whose one used slot holds a given function pointer. */
    static final class FakeSpi
    {
        private final Memory object = new Memory(Long.BYTES);
        private final Memory vtable;

        FakeSpi(final int slot, final Pointer function)
        {
            vtable = new Memory((long)(slot + 1) * Long.BYTES);
            vtable.clear();
            vtable.setPointer((long)slot * Long.BYTES, function);
            object.setPointer(0, vtable);
        }

        long address()
        {
            return Pointer.nativeValue(object);
        }
    }

    /** JNA's ordinary callback: Pointer arguments, boxed dispatch; thread attached once, like ours. */
    static final class JnaDefaultPeer
    {
        final FakeSpi spi;
        private final TickCallback callback;

        interface TickCallback extends Callback
        {
            void invoke(Pointer self, Pointer data);
        }

        JnaDefaultPeer(final int slot, final int structSize, final UnsafeBuffer target)
        {
            final UnsafeBuffer source = new UnsafeBuffer(0, 0);
            callback = (self, data) ->
            {
                source.wrap(Pointer.nativeValue(data), structSize);
                target.putBytes(0, source, 0, structSize);
            };
            Native.setCallbackThreadInitializer(callback, new CallbackThreadInitializer(true, false, "bench-jna-peer"));
            spi = new FakeSpi(slot, CallbackReference.getFunctionPointer(callback));
        }
    }
}
