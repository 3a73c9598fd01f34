package org.ctpengine.bench.jctp;

import org.HdrHistogram.Histogram;
import org.ctpengine.bench.load.Arrivals;
import org.ctpengine.bench.load.Bursts;
import org.ctpengine.sim.SimControl;
import org.rationalityfrontline.jctp.CThostFtdcMdApi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The jctp peer's child JVM (started by {@link JctpPeer}): jctp's own API and SWIG director against our simulator,
 * driven by the same bursts as the engine benchmark. One round: a warm-up burst, a paced burst at the benchmark's
 * rate and one at a lower rate (0: none; latency from the planned send time) and a max-rate burst; the rows ("paced",
 * "low", "max") go to the output file as {@link PeerRow} lines.
 *
 * <p>The parent has linked our simulator into the library directory under SFIT's names (see {@link JctpLibraryDir});
 * before jctp's classes load (their static initialiser loads the native libraries), this opens the simulator's
 * control API on the same file. It then proves
 * the binding: jctp's {@code GetApiVersion()} must be the simulator's, no SFIT library may be mapped, and the
 * simulator must be mapped from one file only; the bursts, sent by the control API to "the first md session
 * subscribed", reach jctp's SPI only if both sides share one simulator instance.
 *
 * <p>Arguments: library-dir simulator-library flow-dir paced-ticks rate low-rate low-ticks max-ticks warm-up-ticks
 * out-file.
 */
public final class JctpTickPeer
{
    static final String INSTRUMENT = "rb2501";

    private JctpTickPeer()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final Path libraryDir = Path.of(args[0]);
        final Path simulator = Path.of(args[1]);
        final Path flow = Path.of(args[2]);
        final int pacedTicks = Integer.parseInt(args[3]);
        final int rate = Integer.parseInt(args[4]);
        final int lowRate = Integer.parseInt(args[5]);
        final int lowTicks = Integer.parseInt(args[6]);
        final int maxTicks = Integer.parseInt(args[7]);
        final int warmUpTicks = Integer.parseInt(args[8]);
        final Path out = Path.of(args[9]);
        try
        {
            Files.write(out, run(libraryDir, simulator, flow, pacedTicks, rate, lowRate, lowTicks, maxTicks, warmUpTicks));
        }
        catch (final Throwable t)
        {
            t.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
        // Not Release(): the process ends here, and halting skips the SWIG finalizers racing the native threads.
        Runtime.getRuntime().halt(0);
    }

    private static List<String> run(final Path libraryDir, final Path simulator, final Path flow, final int pacedTicks,
        final int rate, final int lowRate, final int lowTicks, final int maxTicks, final int warmUpTicks) throws IOException
    {
        if (!Files.isSameFile(libraryDir.resolve(JctpLibraryDir.SFIT_SONAMES.get(0)), simulator))
        {
            throw new IllegalStateException("jctp peer: " + libraryDir + " does not link to " + simulator);
        }
        final SimControl control = SimControl.open(simulator);
        control.reset();
        control.configure("tick_interval_ms 0"); // only burst ticks

        final String version = CThostFtdcMdApi.GetApiVersion(); // loads jctp's natives
        if (!version.equals(control.version()))
        {
            throw new IllegalStateException("jctp is bound to '" + version + "', not the simulator (" + control.version() + ")");
        }
        MappedLibraries.requireSimulatorOnly(simulator);

        Files.createDirectories(flow);
        final CThostFtdcMdApi api = CThostFtdcMdApi.CreateFtdcMdApi(flow.toAbsolutePath() + "/", false, false);
        final JctpTickSpi spi = new JctpTickSpi(api, INSTRUMENT);
        api.RegisterSpi(spi);
        api.RegisterFront("tcp://127.0.0.1:41213");
        api.Init();
        waitUntil(() -> spi.ticks() > 0 || spi.failure() != null, "login, subscription and snapshot");
        if (spi.failure() != null)
        {
            throw new IllegalStateException("jctp peer: " + spi.failure());
        }

        Bursts.run(control, INSTRUMENT, spi::expect, warmUpTicks, 0); // JIT the path
        final List<String> rows = new ArrayList<>();
        rows.add(row("paced", control, Bursts.run(control, INSTRUMENT, spi::expect, pacedTicks, rate)).toLine());
        if (lowRate > 0)
        {
            rows.add(row("low", control, Bursts.run(control, INSTRUMENT, spi::expect, lowTicks, lowRate)).toLine());
        }
        rows.add(row("max", control, Bursts.run(control, INSTRUMENT, spi::expect, maxTicks, 0)).toLine());
        // Why jctp's callback costs what it costs: SWIG directors attach the native thread to the JVM for a callback
        // and detach it afterwards unless built not to; a new Thread object per callback shows the former.
        System.out.printf("jctp peer: %d callbacks arrived on %d different Java Thread objects in turn%n", spi.ticks(),
            spi.threadChanges());
        return rows;
    }

    private static PeerRow row(final String name, final SimControl control, final Arrivals arrivals)
    {
        final long[] sent = control.burstTimestamps();
        final Histogram histogram = new Histogram(60_000_000_000L, 3);
        long last = 0;
        for (int number = 1; number <= arrivals.count && number <= sent.length; number++)
        {
            final long handled = arrivals.handledNanos[number];
            if (handled != 0)
            {
                histogram.recordValue(Math.min(60_000_000_000L, Math.max(0, handled - sent[number - 1])));
                last = Math.max(last, handled);
            }
        }
        final double perSecond = arrivals.count * 1e9 / Math.max(1, last - sent[0]);
        return new PeerRow(name, perSecond, sent.length, arrivals.missing(), arrivals.duplicates(), arrivals.outOfOrder(),
            histogram);
    }

    private static void waitUntil(final BooleanSupplier condition, final String what)
    {
        final long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() > deadline)
            {
                throw new IllegalStateException("jctp peer timed out waiting for " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
