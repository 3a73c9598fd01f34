package org.ctpengine.sim.testing;

import org.ctpengine.adapter.CtpLibraries;
import org.ctpengine.adapter.CtpApi;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The simulator of one ABI profile as a test's front, reached the production way: its library loaded through
 * ctp-adapter ({@link CtpLibraries}), trader and md instances created through it with a {@link CallbackRecorder} as
 * their sink, and the simulator steered through its control API ({@link SimControl}).
 *
 * <p>The simulator is one per loaded library, i.e. one per profile per JVM: {@link #start} resets it to a fresh
 * trading day whose market moves only when the test says ({@code tick_interval_ms 0}), and {@link #close} releases
 * every instance created here and deletes their flow directories. Tests sharing a JVM must therefore use one front
 * at a time per profile. Used from the test thread only.
 */
public final class SimFront implements AutoCloseable
{
    /** Where instances "connect": the simulator ignores the address, but a CTP client always registers one. */
    public static final String FRONT_ADDRESS = "tcp://127.0.0.1:41205";

    private static final Map<String, CtpLibraries> LIBRARIES = new ConcurrentHashMap<>();
    private static final AtomicInteger FENCES = new AtomicInteger(CallbackRecorder.FENCE_BASE);

    private final String profileId;
    private final CtpLibraries libraries;
    private final SimControl control;
    private final Path flowRoot;
    private final List<CtpApi> instances = new ArrayList<>();

    private SimFront(final String profileId, final CtpLibraries libraries, final SimControl control, final Path flowRoot)
    {
        this.profileId = profileId;
        this.libraries = libraries;
        this.control = control;
        this.flowRoot = flowRoot;
    }

    /** Every profile the simulator is built for, for {@code @MethodSource}. */
    public static Stream<String> profiles()
    {
        return SimLibrary.PROFILES.stream();
    }

    /**
     * Resets the simulator of {@code profileId}, stops its market timer, then applies {@code config} (lines of
     * ctp-sim/README.md, e.g. {@code "seed 42"}).
     */
    public static SimFront start(final String profileId, final String... config)
    {
        final Path library = SimLibrary.path(profileId);
        final SimControl control = SimControl.open(library);
        control.reset();
        control.configure("tick_interval_ms 0");
        for (final String line : config)
        {
            control.configure(line);
        }
        final CtpLibraries libraries = LIBRARIES.computeIfAbsent(profileId, id -> CtpLibraries.load(library, library));
        if (!libraries.profile().id().equals(profileId))
        {
            throw new IllegalStateException("the simulator built for " + profileId + " loaded as profile " +
                libraries.profile().id());
        }
        try
        {
            return new SimFront(profileId, libraries, control, Files.createTempDirectory("ctpsim-flow-" + profileId + "-"));
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot create a flow directory", e);
        }
    }

    public String profileId()
    {
        return profileId;
    }

    public AbiProfile profile()
    {
        return libraries.profile();
    }

    public CtpLibraries libraries()
    {
        return libraries;
    }

    /** The simulator's control API: books, market trades, faults, ticks. */
    public SimControl control()
    {
        return control;
    }

    /** One configuration line, applied now. */
    public void configure(final String line)
    {
        control.configure(line);
    }

    /**
     * The flow directory of instances named {@code name}: the same name gives the same directory, so a new instance
     * of a name continues where the last one left off, as a CTP client restarted on the same machine would.
     */
    public Path flowDirectory(final String name)
    {
        return flowRoot.resolve(name);
    }

    /** A trader instance of the default account, created but not started ({@link SimTrader#connect}). */
    public SimTrader trader(final String name)
    {
        return trader(name, SimAccount.DEFAULT);
    }

    /** A trader instance that will log in as {@code account}. */
    public SimTrader trader(final String name, final SimAccount account)
    {
        final SimTrader trader = new SimTrader(this, name, account);
        instances.add(trader.api());
        return trader;
    }

    /** A market-data instance, created but not started ({@link SimMd#connect}). */
    public SimMd md(final String name)
    {
        final SimMd md = new SimMd(this, name);
        instances.add(md.api());
        return md;
    }

    /**
     * Every callback {@code recorder} receives before a fence posted now to {@code target}'s sessions: what the
     * simulator had queued for the instance, and nothing more is on its way.
     */
    public List<RecordedCallback> drain(final CallbackRecorder recorder, final SimControl.Target target)
    {
        final int marker = FENCES.incrementAndGet();
        control.heartbeatWarning(target, marker);
        return recorder.takeUntilFence(marker);
    }

    /** Releases every instance created here (newest first), resets the simulator and deletes the flow directories. */
    @Override
    public void close()
    {
        RuntimeException failure = null;
        for (int i = instances.size() - 1; i >= 0; i--)
        {
            try
            {
                instances.get(i).release();
            }
            catch (final RuntimeException e)
            {
                failure = failure == null ? e : failure;
            }
        }
        instances.clear();
        control.reset();
        deleteRecursively(flowRoot);
        if (failure != null)
        {
            throw failure;
        }
    }

    private static void deleteRecursively(final Path root)
    {
        try (Stream<Path> paths = Files.walk(root))
        {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(path);
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
