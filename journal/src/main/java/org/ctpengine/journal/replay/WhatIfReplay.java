package org.ctpengine.journal.replay;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.session.AccountState;
import org.ctpengine.engine.strategy.StrategyRunner;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalException;
import org.ctpengine.journal.JournalHandler;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.ctpengine.journal.EngineMetadata;

/**
 * What-if replay: runs strategies, perhaps other than the recorded ones, over a journal's market data, live, in an
 * engine connected to the built-in simulator, whose own matching fills their orders. The simulator runs a recorded
 * feed ({@code recorded_feed 1}: no generator): each recorded tick, in journal order (filtered and paced as
 * {@link ReplayOptions} say), first becomes the simulator's market (its book is what other participants offer, the
 * volume since the previous tick prints at its last price, so resting orders fill as they would live), then reaches
 * the subscribers exactly as recorded. After each of the two steps the driver waits until the engine has settled
 * ({@link EngineSettling}: every callback delivered, every event handled, every order those caused answered), so the
 * results do not depend on thread timing. The run has its own journal, which dumps and replays like any other.
 *
 * <p>Limits: the engine's event clock is this run's wall clock (strategy timers, rate limits and time windows see the
 * run's pace: use {@code speed 1} for strategies that depend on time); the recorded book is other participants'
 * liquidity, so it may hold the recorded strategy's own quotes; the market does not react to the what-if orders.
 * The simulator is a process-wide singleton: nothing else may use it during the run.
 */
public final class WhatIfReplay
{
    private static final long START_TIMEOUT_NANOS = 30_000_000_000L;
    private static final long SETTLE_TIMEOUT_NANOS = 10_000_000_000L;
    private static final int QUERY_INTERVAL_MS = 20;

    private WhatIfReplay()
    {
    }

    /**
     * @param recordedJournal the journal whose ticks are replayed (its first run, or {@code options.run()})
     * @param strategies      what trades; all on one account, which the simulator's default account stands for
     * @param globalRisk      engine-wide limits
     * @param options         filter, speed and progress (speed 0: as fast as the engine settles)
     * @param output          directory for the what-if run's journal and work files ({@code journal/}, {@code work/});
     *                        its journal must not exist yet
     * @throws IllegalArgumentException when the output already holds a journal
     * @throws JournalException when the recording has no run, or was made with a profile the simulator is not built for
     */
    public static WhatIfResult run(final Path recordedJournal, final List<StrategyConfig> strategies, final RiskLimits globalRisk,
        final ReplayOptions options, final Path output) throws IOException
    {
        final String account = accountOf(strategies);
        refuseExisting(output.resolve("journal"));
        try (Journal recorded = Journal.openExisting(recordedJournal); JournalReader reader = recorded.newReader())
        {
            final ByteBuffer memory = ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH);
            final UnsafeBuffer buffer = new UnsafeBuffer(memory);
            final EventHeader header = new EventHeader().wrap(buffer, 0);
            final ReplayProgress progress = options.progress();
            progress.onStart(recorded.eventCount());
            long read = 0;
            JournalMetadata metadata = null;
            final int wantedRun = options.run() == 0 ? 1 : options.run(); // the market of one recorded run
            int runs = 0;
            while (metadata == null)
            {
                if (reader.next(buffer) < 0)
                {
                    throw new JournalException("journal " + recordedJournal.toAbsolutePath() + (runs == 0 ?
                        " has no JOURNAL_START record: it was not written by the engine's journal handler" :
                        " has " + runs + (runs == 1 ? " run" : " runs") + ": there is no run " + wantedRun));
                }
                read++;
                if (header.type() == EventType.JOURNAL_START.code() && ++runs == wantedRun)
                {
                    metadata = JournalMetadata.read(buffer, 0);
                }
            }
            final long runStart = header.epochNanos();
            final AbiProfile[] profiles = profiles(metadata);
            final AbiProfile tickProfile = marketDataProfile(metadata, profiles, recordedJournal);
            final ReplaySelection selection = new ReplaySelection(options.filter().apply(runStart), profiles);
            final EventClockPacer pacer = new EventClockPacer(options.speed());
            final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(tickProfile);
            final Pointer payload = Native.getDirectBufferPointer(memory).share(EventHeader.PAYLOAD_OFFSET);

            final SimControl simulator = SimControl.open(SimLibrary.path(tickProfile.id()));
            simulator.reset();
            simulator.configure("recorded_feed 1");
            simulator.configure("tick_interval_ms 0");
            simulator.configure("flow_window_ms " + QUERY_INTERVAL_MS);
            final Path sim = SimLibrary.path(tickProfile.id());
            final EngineConfig config = new EngineConfig(Files.createDirectories(output.resolve("work")), 16384,
                WaitStrategyKind.BLOCKING, 100, QUERY_INTERVAL_MS, 1024, globalRisk,
                List.of(SimulatorDefaults.account(account, sim, ResumeType.QUICK)),
                List.of(SimulatorDefaults.marketData("sim-md", sim)),
                strategies);
            final Set<String> subscribed = new LinkedHashSet<>();
            final AtomicReference<Engine> engineRef = new AtomicReference<>();
            long ticks = 0;
            final Engine engine;
            try (Journal journal = Journal.open(output.resolve("journal")))
            {
                final SessionReadyWatch marketData = new SessionReadyWatch(1); // channel 1: the one md session
                engine = new Engine(config, List.of(new JournalHandler(journal,
                    () -> EngineMetadata.of(engineRef.get(), "what-if")), marketData));
                engineRef.set(engine);
                try
                {
                    engine.start();
                    final EngineSettling settling = new EngineSettling(engine, simulator);
                    awaitStarted(engine, marketData);
                    settling.await(SETTLE_TIMEOUT_NANOS, "the start", -1);
                    while (reader.next(buffer) >= 0)
                    {
                        read++;
                        progress.onEvents(read);
                        final EventType type = EventType.fromCode(header.type());
                        if (type == EventType.JOURNAL_START)
                        {
                            break; // the next run of the recording
                        }
                        if (type != EventType.RTN_DEPTH_MARKET_DATA || !selection.feeds(header))
                        {
                            continue;
                        }
                        if (header.payloadLength() != tick.sizeInBytes())
                        {
                            throw new JournalException("journal " + recordedJournal.toAbsolutePath() + ", index " +
                                Long.toHexString(reader.lastIndex()) + ": a tick of " + header.payloadLength() +
                                " bytes, not the " + tick.sizeInBytes() + " of profile " + tickProfile.id());
                        }
                        tick.wrap(buffer, header.payloadOffset());
                        final String instrument = tick.instrumentId();
                        if (subscribed.add(instrument))
                        {
                            engine.subscribe(instrument);
                            settling.await(SETTLE_TIMEOUT_NANOS, "subscribing to a new instrument", reader.lastIndex());
                        }
                        pacer.await(header.epochNanos());
                        simulator.injectDepth(payload, header.payloadLength());
                        settling.await(SETTLE_TIMEOUT_NANOS, "injecting a recorded tick", reader.lastIndex());
                        simulator.publishInjected(instrument);
                        settling.await(SETTLE_TIMEOUT_NANOS, "publishing a recorded tick", reader.lastIndex());
                        ticks++;
                    }
                }
                finally
                {
                    engine.close(5_000);
                }
            }
            progress.onEnd(read);
            return result(engine, account, subscribed, ticks, output.resolve("journal"), selection.describeRange());
        }
    }

    /** A what-if journal holds one run: appended to an older one, its replay would replay the older. */
    private static void refuseExisting(final Path journal) throws IOException
    {
        if (Files.isDirectory(journal))
        {
            try (Stream<Path> files = Files.list(journal))
            {
                if (files.anyMatch(file -> file.getFileName().toString().endsWith(Journal.FILE_SUFFIX)))
                {
                    throw new IllegalArgumentException("what-if: " + journal.toAbsolutePath() + " already holds a journal; " +
                        "choose another output directory or remove it");
                }
            }
        }
    }

    private static String accountOf(final List<StrategyConfig> strategies)
    {
        if (strategies.isEmpty())
        {
            throw new IllegalArgumentException("what-if needs a strategy");
        }
        final String account = strategies.get(0).account();
        for (final StrategyConfig strategy : strategies)
        {
            if (!strategy.account().equals(account))
            {
                throw new IllegalArgumentException("what-if trades one simulated account; strategy '" + strategy.name() +
                    "' uses '" + strategy.account() + "', strategy '" + strategies.get(0).name() + "' uses '" + account + "'");
            }
        }
        return account;
    }

    private static AbiProfile[] profiles(final JournalMetadata metadata)
    {
        final AbiProfile[] profiles = new AbiProfile[metadata.profiles().size()];
        for (final Map.Entry<Integer, String> entry : metadata.profiles().entrySet())
        {
            profiles[entry.getKey()] = metadata.profile(entry.getKey());
        }
        return profiles;
    }

    /** The profile of the recording's (first) market-data session: its ticks are laid out in it. */
    private static AbiProfile marketDataProfile(final JournalMetadata metadata, final AbiProfile[] profiles, final Path journal)
    {
        for (final Map.Entry<Integer, JournalMetadata.Channel> channel : metadata.channels().entrySet())
        {
            if ("md".equals(channel.getValue().kind()))
            {
                final String index = metadata.get(EngineMetadata.PREFIX + channel.getKey() + EngineMetadata.CHANNEL_PROFILE);
                final AbiProfile profile = index == null ? null : profiles[Integer.parseInt(index)];
                if (profile == null || !SimLibrary.PROFILES.contains(profile.id()))
                {
                    throw new JournalException("journal " + journal.toAbsolutePath() + ": market data recorded in profile " +
                        (profile == null ? "(unknown)" : profile.id()) + "; the simulator is built for " + SimLibrary.PROFILES);
                }
                return profile;
            }
        }
        throw new JournalException("journal " + journal.toAbsolutePath() + " has no market-data session to replay");
    }

    private static void awaitStarted(final Engine engine, final SessionReadyWatch marketData)
    {
        final long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
        while (!started(engine) || !marketData.isReady())
        {
            if (System.nanoTime() > deadline)
            {
                throw new IllegalStateException("what-if: the engine did not start against the simulator within " +
                    START_TIMEOUT_NANOS / 1_000_000_000L + " s (strategies started: " + started(engine) +
                    ", market data ready: " + marketData.isReady() + ")");
            }
            LockSupport.parkNanos(1_000_000L); // polling with a deadline, once at start
        }
    }

    private static boolean started(final Engine engine)
    {
        for (final StrategyRunner runner : engine.runners())
        {
            if (!runner.isStarted())
            {
                return false;
            }
        }
        return true;
    }

    private static WhatIfResult result(final Engine engine, final String account, final Set<String> instruments,
        final long ticks, final Path journal, final String scope)
    {
        final EngineCounters counters = engine.counters();
        final AccountState book = engine.accountBook(account);
        final Map<String, Long> positions = new LinkedHashMap<>();
        for (final String instrument : instruments)
        {
            final int index = engine.instruments().indexOf(instrument);
            final Position position = index < 0 ? null : book.positionOrNull(index);
            positions.put(instrument, position == null ? 0L : position.net());
        }
        return new WhatIfResult(ticks, counters.ordersSent().get(), counters.ordersRejected().get(),
            counters.eventsIn(EventType.RTN_TRADE).get(), positions, book.positionPnl() + book.closePnl(), journal, scope);
    }
}
