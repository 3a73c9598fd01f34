package org.ctpengine.engine.host;

import com.lmax.disruptor.EventHandler;
import org.ctpengine.adapter.CtpApi;
import org.ctpengine.adapter.CtpApiKind;
import org.ctpengine.adapter.CtpLibrary;
import org.ctpengine.adapter.MdApi;
import org.ctpengine.adapter.TraderApi;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.MarketDataConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.counter.CountersFile;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.files.DirectoryLock;
import org.ctpengine.engine.files.OwnerOnly;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.outbound.JournalGate;
import org.ctpengine.engine.outbound.OrderSender;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.WarmStart;
import org.ctpengine.engine.ring.ConsumerPublisher;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.InboundRing;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.ring.SpiRingPublisher;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.session.AccountOrders;
import org.ctpengine.engine.session.AccountState;
import org.ctpengine.engine.session.MdSession;
import org.ctpengine.engine.session.SessionStatePublisher;
import org.ctpengine.engine.session.TraderSession;
import org.ctpengine.engine.strategy.StrategyRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The strategy host: loads the libraries, wires the inbound ring (extra consumers such as the journal,
 * the engine thread, one thread per strategy group), starts the sessions, and shuts everything down in
 * order (strategies cancel their orders, the libraries are released, the ring drains).
 *
 * <p>Channels: accounts are channels 0..A-1 in configuration order, market-data sessions A..A+M-1.
 */
public final class Engine implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    /** How long the stop waits for a cancel's confirmation before it sends the cancel again. */
    private static final long STOP_CANCEL_RETRY_NANOS = 1_000_000_000L;

    private final EngineConfig config;
    private final List<AbiProfile> profiles = new ArrayList<>();
    private final List<CtpLibrary> libraries = new ArrayList<>();
    private InstrumentRegistry instruments;
    private CountersFile countersFile;
    private EngineCounters counters;
    private InboundRing ring;
    private TraderSession[] traders;
    private AccountOrders[] accountOrders;
    private MdSession[] mdSessions;
    private AccountLink[] links;
    private final List<StrategyRunner> runners = new ArrayList<>();
    private final List<ConsumerPublisher> runnerPublishers = new ArrayList<>();
    private final EngineControl control = new EngineControl();
    private Watchdog watchdog;
    private final List<TraderApi> traderApis = new ArrayList<>();
    private final List<MdApi> mdApis = new ArrayList<>();
    /** Each API instance's publisher, by channel: whether its front storms decides whether it is still reconnecting. */
    private SpiRingPublisher[] publishers = new SpiRingPublisher[0];
    private EngineClock clock;
    private final List<ChannelInfo> channelInfos = new ArrayList<>();
    private GlobalRisk globalRisk;
    private EngineCore core;
    private final DirectoryLock workLock;
    /** Written before start() (the caller's thread), read by the journal thread at its start: volatile, no monitor. */
    private volatile boolean warmStarted;
    private volatile boolean started;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean librariesReleasable;
    private final List<String> abandoned = new CopyOnWriteArrayList<>();
    private boolean librariesReleased;

    public Engine(final EngineConfig config, final List<EventHandler<RingEvent>> extraConsumers) throws IOException
    {
        this.config = config;
        // Validation first, native resources last: the lock refuses a second engine before any library is loaded.
        workLock = DirectoryLock.acquire(config.workDirectory(), "work directory");
        try
        {
            build(extraConsumers);
        }
        catch (final IOException | RuntimeException | Error e)
        {
            releaseCreated();
            throw e;
        }
    }

    /** After a failed construction: every API instance created so far (each has a native thread), then the lock. */
    private void releaseCreated()
    {
        for (final TraderApi api : traderApis)
        {
            api.close();
        }
        for (final MdApi api : mdApis)
        {
            api.close();
        }
        try
        {
            workLock.close();
        }
        catch (final IOException ignored)
        {
            // the OS releases it with the process
        }
    }

    private void build(final List<EventHandler<RingEvent>> extraConsumers) throws IOException
    {
        final int channels = config.accounts().size() + config.marketData().size();
        final CtpLibrary[] channelLibraries = new CtpLibrary[channels];
        int channel = 0;
        for (final AccountConfig account : config.accounts())
        {
            channelLibraries[channel++] = load(CtpApiKind.TRADER, account.traderLibrary(), account.profileOverride());
        }
        for (final MarketDataConfig md : config.marketData())
        {
            channelLibraries[channel++] = load(CtpApiKind.MD, md.mdLibrary(), md.profileOverride());
        }
        int maxPayload = 0;
        for (final AbiProfile profile : profiles)
        {
            maxPayload = Math.max(maxPayload, SpiRingPublisher.maxCallbackStructSize(profile));
        }

        countersFile = CountersFile.create(config.workDirectory().resolve("counters.dat"), 512);
        OwnerOnly.restrictTree(config.workDirectory()); // counters, a simulator's state: the account's business
        counters = new EngineCounters(countersFile.manager());
        ring = new InboundRing(config.ringSize(), maxPayload, config.waitStrategy(),
            config.waitStrategy().isSignalled() || config.backgroundWait().isSignalled(), counters);
        instruments = new InstrumentRegistry(config.instrumentCapacity());

        traders = new TraderSession[channels];
        accountOrders = new AccountOrders[channels];
        mdSessions = new MdSession[channels];
        publishers = new SpiRingPublisher[channels];
        links = new AccountLink[channels];
        final ConsumerPublisher corePublisher = new ConsumerPublisher(ring);
        final SessionStatePublisher states = new SessionStatePublisher(corePublisher);
        channel = 0;
        for (final AccountConfig account : config.accounts())
        {
            final CtpLibrary library = channelLibraries[channel];
            publishers[channel] =
                new SpiRingPublisher(ring, EventSource.TD, channel, library.profile(), profileIndex(library.profile()));
            final TraderApi api = TraderApi.create(library, account.name(), flowDirectory("td-" + account.name()),
                publishers[channel]);
            traderApis.add(api);
            links[channel] = new AccountLink(account.name(), channel, library.profile(), api, account.brokerId(),
                account.userId());
            channelInfos.add(new ChannelInfo(channel, account.name(), "td", library.path().toString(), library.apiVersion(),
                profileIndex(library.profile()), account.brokerId(), account.userId()));
            traders[channel] = new TraderSession(account, links[channel], new AccountState(account.name(), instruments),
                instruments, states, counters, config.queryIntervalMs() * 1_000_000L);
            accountOrders[channel] = new AccountOrders(links[channel], instruments,
                new OrderSender(links[channel], corePublisher, profileIndex(library.profile())),
                profiles.toArray(new AbiProfile[0]), STOP_CANCEL_RETRY_NANOS);
            traders[channel].reconcileOrders(accountOrders[channel]);
            channel++;
        }
        for (final MarketDataConfig md : config.marketData())
        {
            final CtpLibrary library = channelLibraries[channel];
            publishers[channel] =
                new SpiRingPublisher(ring, EventSource.MD, channel, library.profile(), profileIndex(library.profile()));
            final MdApi api = MdApi.create(library, md.name(), flowDirectory("md-" + md.name()), publishers[channel]);
            mdApis.add(api);
            channelInfos.add(new ChannelInfo(channel, md.name(), "md", library.path().toString(), library.apiVersion(),
                profileIndex(library.profile()), md.brokerId(), md.userId()));
            mdSessions[channel] = new MdSession(md, channel, library.profile(), api, states, counters);
            channel++;
        }

        for (int i = 0; i < extraConsumers.size(); i++)
        {
            ring.addConsumer(extraConsumers.get(i), config.backgroundWait(), "ctp-consumer-" + i); // e.g. the journal
        }
        core = new EngineCore(control, traders, accountOrders, mdSessions, corePublisher, instruments, profiles.toArray(new AbiProfile[0]));
        ring.addConsumer(core, config.backgroundWait(), "ctp-engine");
        globalRisk = new GlobalRisk(config.globalRisk(), config.instrumentCapacity(), channels);
        for (int c = 0; c < config.accounts().size(); c++)
        {
            final int accountChannel = c;
            traders[c].onFirstReady(account -> countPositionsHeld(globalRisk, accountChannel, account));
            traders[c].onPositionTaken((instrument, isLong, delta) ->
                globalRisk.onPositionTaken(accountChannel, instrument, isLong, delta));
        }
        final Map<Integer, List<StrategyConfig>> byThread = new TreeMap<>();
        for (final StrategyConfig strategy : config.strategies())
        {
            byThread.computeIfAbsent(strategy.thread(), t -> new ArrayList<>()).add(strategy);
        }
        int strategyId = 0;
        final AbiProfile[] profileArray = profiles.toArray(new AbiProfile[0]);
        for (final Map.Entry<Integer, List<StrategyConfig>> group : byThread.entrySet())
        {
            final ConsumerPublisher runnerPublisher = new ConsumerPublisher(ring);
            runnerPublishers.add(runnerPublisher);
            final StrategyRunner runner = new StrategyRunner("strategies-" + group.getKey(), group.getValue(), profileArray,
                instruments, links, c -> traders[c].account(), this::subscribe, runnerPublisher, counters,
                globalRisk, strategyId);
            strategyId += group.getValue().size();
            runners.add(runner);
            ring.addConsumer(runner, config.waitStrategy(), "ctp-strategy-" + group.getKey());
        }
        final int[][] idsByRunner = new int[runners.size()][];
        for (int i = 0; i < runners.size(); i++)
        {
            runners.get(i).runnerIndex(i);
            idsByRunner[i] = runners.get(i).strategyIds();
        }
        core.runners(idsByRunner);
        clock = new EngineClock(ring, config.timerIntervalMs());
        watchdog = new Watchdog(ring, runners, runnerPublishers, config.callbackTimeoutMs() * 1_000_000L);
        clock.watchdog(watchdog);
    }

    /** The account's positions before the strategies trade count towards the global position limit. */
    private void countPositionsHeld(final GlobalRisk globalRisk, final int channel, final AccountState account)
    {
        for (int instrument = 0, n = instruments.size(); instrument < n; instrument++)
        {
            final Position position = account.positionOrNull(instrument);
            if (position != null)
            {
                globalRisk.addHeldPosition(channel, instrument, position.longTotal(), position.shortTotal());
            }
        }
    }

    private CtpLibrary load(final CtpApiKind kind, final Path path, final String profileOverride)
    {
        final CtpLibrary library = profileOverride == null ?
            CtpLibrary.load(kind, path) : CtpLibrary.load(kind, path, AbiProfiles.byId(profileOverride));
        libraries.add(library);
        if (!profiles.contains(library.profile()))
        {
            profiles.add(library.profile());
        }
        LOG.info("loaded {} library {} ({}, profile {})", kind, path, library.apiVersion(), library.profile().id());
        return library;
    }

    private int profileIndex(final AbiProfile profile)
    {
        return profiles.indexOf(profile);
    }

    private Path flowDirectory(final String name) throws IOException
    {
        final Path dir = config.workDirectory().resolve("flow").resolve(name);
        OwnerOnly.createDirectories(dir.getParent());
        OwnerOnly.createDirectories(dir);
        return dir;
    }

    /**
     * Continues the trading day of a previous run (warm restart): reference data, each account's books (start-of-day
     * holdings, trades, the OrderRef to continue above), the strategies' live orders, positions and daily risk
     * counts. The private topics then resume (RESUME) and trades are counted once. Call before {@link #start()},
     * with the state of this engine's accounts; accounts the state does not name start cold.
     */
    public synchronized void warmStart(final WarmStart state)
    {
        if (started)
        {
            throw new IllegalStateException("warm start must come before start()");
        }
        checkIdentity(state);
        WarmStartRestore.restore(state, instruments, links, (account, channel) ->
            {
                traders[channel].warmStart(account);
                accountOrders[channel].recover(account);
            },
            runners, globalRisk, config.instrumentCapacity());
        warmStarted = true;
        LOG.info("warm start: {}", state.describe());
    }

    /**
     * A journal recorded for another login (broker, user) or through another counter library must not become this
     * run's books: its orders, trades and OrderRefs are someone else's.
     *
     * @throws WarmStartRefusedException naming both identities
     */
    private void checkIdentity(final WarmStart state)
    {
        for (int channel = 0; channel < config.accounts().size(); channel++)
        {
            final AccountConfig account = config.accounts().get(channel);
            final RecoveredAccount recovered = state.account(account.name());
            if (recovered == null || recovered.userId() == null)
            {
                continue; // nothing recovered, or a journal that did not record who it was
            }
            final String library = channelInfos.get(channel).apiVersion();
            final boolean same = account.brokerId().equals(recovered.brokerId()) && account.userId().equals(recovered.userId()) &&
                (recovered.apiVersion() == null || recovered.apiVersion().equals(library));
            if (!same)
            {
                throw new WarmStartRefusedException("warm start refused: the journal's account " + account.name() +
                    " was recorded for broker " + recovered.brokerId() + " user " + recovered.userId() + " through '" +
                    recovered.apiVersion() + "', this configuration is broker " + account.brokerId() + " user " +
                    account.userId() + " through '" + library + "': use another --journal (or --cold to start afresh)");
            }
        }
    }

    /** A warm start the engine will not make: the journal is not this configuration's. */
    public static final class WarmStartRefusedException extends IllegalArgumentException
    {
        private static final long serialVersionUID = 1L;

        WarmStartRefusedException(final String message)
        {
            super(message);
        }
    }

    /** Whether this run continues an earlier run's day ({@link #warmStart}); journals record it. */
    public boolean isWarmStarted()
    {
        return warmStarted;
    }

    /** Strategy names by the ids events carry (a journal's CMD events name their strategy by id). */
    public Map<Integer, String> strategyNames()
    {
        final Map<Integer, String> names = new TreeMap<>();
        for (final StrategyRunner runner : runners)
        {
            names.putAll(runner.strategyNames());
        }
        return names;
    }

    /**
     * Starts the consumers and the clock, and asks the engine thread to start the sessions (it owns them: the first
     * SESSION_STATE events come from it, like every later one).
     */
    public synchronized void start()
    {
        if (started)
        {
            return;
        }
        started = true;
        ring.start();
        clock.start();
        control.request(new EngineControl.Start());
    }

    /**
     * Asks every market-data session for an instrument (strategies call this through their context), from any
     * thread: the engine thread subscribes it.
     */
    public void subscribe(final String instrumentId)
    {
        control.request(new EngineControl.Subscribe(instrumentId));
    }

    /** The engine-wide risk limits' daily counts (read for status and tests). */
    public GlobalRisk globalRisk()
    {
        return globalRisk;
    }

    /**
     * Events published (or claimed) and not yet handled by every consumer: 0 means every consumer thread has
     * finished every event so far. A driver that must wait until the engine has settled (what-if replay) polls it.
     */
    public long ringBacklog()
    {
        return ring.occupancy();
    }

    /** Whether the engine thread has carried out every request made of it so far (start, subscriptions). Any thread. */
    public boolean requestsDone()
    {
        return control.isIdle();
    }

    public EngineCounters counters()
    {
        return counters;
    }

    public Path countersFile()
    {
        return countersFile.path();
    }

    public InstrumentRegistry instruments()
    {
        return instruments;
    }

    public List<AbiProfile> profiles()
    {
        return List.copyOf(profiles);
    }

    /** Session state of an account (volatile read of the engine thread's state is not guaranteed: for status). */
    public SessionState accountState(final String account)
    {
        return traders[channelOf(account)].state();
    }

    /** What an account's session waits for (the counter to open, ...), or null. Any thread. */
    public String waitingFor(final String account)
    {
        return traders[channelOf(account)].waitingFor();
    }

    /** Queries of an account the front refused for flow control (retried); read while quiet. */
    public long queryRetries(final String account)
    {
        return traders[channelOf(account)].queryRetries();
    }

    /** Whether an account's session is READY (safe from any thread). */
    public boolean isAccountReady(final String account)
    {
        return links[channelOf(account)].isReady();
    }

    public AccountLink accountLink(final String account)
    {
        return links[channelOf(account)];
    }

    /** The trading day of an account's last login (yyyyMMdd; empty before it); read while quiet (tests, status). */
    public String tradingDay(final String account)
    {
        return traders[channelOf(account)].tradingDay();
    }

    /** The account-level book kept by the engine thread; read it only while the engine is quiet (tests, reports). */
    public AccountState accountBook(final String account)
    {
        return traders[channelOf(account)].account();
    }

    public int channelOf(final String account)
    {
        for (int c = 0; c < links.length; c++)
        {
            if (links[c] != null && links[c].name().equals(account))
            {
                return c;
            }
        }
        throw new IllegalArgumentException("no account named '" + account + "'; accounts: " + accountNames());
    }

    private List<String> accountNames()
    {
        final List<String> names = new ArrayList<>();
        for (final AccountConfig account : config.accounts())
        {
            names.add(account.name());
        }
        return names;
    }

    public List<StrategyRunner> runners()
    {
        return List.copyOf(runners);
    }

    /** Live orders of every strategy on an account (read while the engine is quiet). */
    public List<WorkingOrder> liveStrategyOrders(final String account)
    {
        final List<WorkingOrder> live = new ArrayList<>();
        for (final StrategyRunner runner : runners)
        {
            live.addAll(runner.liveOrders(channelOf(account)));
        }
        return live;
    }

    /**
     * One API instance of this engine, as a journal records it so that a replay can rebuild the accounts.
     *
     * @param channel      the channel number in event headers
     * @param kind         {@code td} or {@code md}
     * @param profileIndex index into {@link #profiles()}
     */
    public record ChannelInfo(int channel, String name, String kind, String libraryPath, String apiVersion,
        int profileIndex, String brokerId, String userId)
    {
    }

    /** Every API instance, by channel. */
    public List<ChannelInfo> channels()
    {
        return List.copyOf(channelInfos);
    }

    /** Library versions by channel, for the journal's metadata. */
    public Map<String, String> libraryVersions()
    {
        final Map<String, String> versions = new LinkedHashMap<>();
        for (final CtpLibrary library : libraries)
        {
            versions.put(library.path().toString(), library.apiVersion());
        }
        return versions;
    }

    /**
     * Stops the engine: strategies get onStop and send nothing more, the engine thread cancels every live order of
     * this engine (again each second until the counter confirms it), and this waits up to {@code cancelWaitMillis}
     * for every strategy thread to reach the stop and for no order to be left live. Then the libraries are released
     * (unless a thread never reached the stop: releasing a library under a call would crash the process) and the
     * ring drains. Holds no monitor while it waits. Idempotent: a second call returns an empty report.
     *
     * @return what the stop could not do: orders still live, threads that never reached the stop
     */
    public StopReport close(final long cancelWaitMillis)
    {
        final StopReport report = stop(cancelWaitMillis);
        releaseLibraries();
        return report;
    }

    /**
     * The first half of {@link #close(long)}: everything but releasing the libraries, which a host does last, after
     * its journal is closed and its summary printed (a library still reconnecting may crash in its release). The ring
     * is drained and stopped when this returns: nothing more reaches the journal. Idempotent.
     */
    public StopReport stop(final long cancelWaitMillis)
    {
        // No monitor is held while waiting below: consumer threads (the journal's start, a strategy) may call into
        // this engine meanwhile, and must not wait for a close that waits for them.
        if (!closed.compareAndSet(false, true))
        {
            return StopReport.NOTHING_LEFT;
        }
        List<String> live = List.of();
        final List<String> hung = new ArrayList<>();
        if (started)
        {
            publishStop();
            final long deadline = System.nanoTime() + cancelWaitMillis * 1_000_000L;
            // Each strategy thread first reaches the stop (until then it may still send orders for earlier events, and
            // the libraries must take them as they did for the journal); the engine thread cancels every order, those
            // included, until the counter has confirmed them all.
            while (System.nanoTime() - deadline < 0 && !core.isStopComplete())
            {
                LockSupport.parkNanos(10_000_000L); // polling with a deadline, not a synchronisation
            }
            for (final StrategyRunner runner : runners)
            {
                if (!runner.hasHandledStop())
                {
                    hung.add(runner.name() + (runner.isEvicted() ? " (evicted by the watchdog)" : ""));
                }
            }
            if (!core.hasStoppedSessions())
            {
                hung.add("engine thread");
            }
            if (!hung.isEmpty())
            {
                LOG.error("{} did not reach the stop within {} ms (a callback that does not return?): the libraries are " +
                    "left open, as releasing one under a call would crash the process", hung, cancelWaitMillis);
            }
            live = liveOrderDescriptions();
        }
        librariesReleasable = hung.isEmpty();
        clock.close();
        ring.close();
        try
        {
            workLock.close();
        }
        catch (final IOException e)
        {
            LOG.warn("work directory {}: releasing its lock: {}", config.workDirectory(), e.getMessage());
        }
        // The counters file stays mapped: status lines and summaries read counters after close, and reading an
        // unmapped counter would crash the JVM. The mapping goes when the engine is collected.
        return new StopReport(live, List.copyOf(hung), hung.isEmpty());
    }

    /**
     * Releases the libraries after {@link #stop(long)}, unless a thread never reached the stop (it may be inside one;
     * the process's exit takes them then). Idempotent.
     */
    public void releaseLibraries()
    {
        releaseLibraries(false);
    }

    /**
     * As {@link #releaseLibraries()}; with {@code leaveReconnecting}, a library whose link to its front is down at
     * this moment (connecting or reconnecting: a storm, a front that is gone) is not released but left to the
     * process's end ({@link #abandonedLibraries()}): some libraries crash in Release while their reconnect thread
     * runs. A host that leaves any should end the process without the libraries' teardown
     * ({@link org.ctpengine.adapter.ProcessExit#now}).
     */
    public void releaseLibraries(final boolean leaveReconnecting)
    {
        if (!closed.get() || librariesReleased)
        {
            return;
        }
        if (!librariesReleasable)
        {
            // A thread was stuck at the stop; it may since have returned and left the ring (its stuck callback ended).
            for (final StrategyRunner runner : runners)
            {
                if (!runner.isOutOfLibraries())
                {
                    return;
                }
            }
        }
        librariesReleased = true;
        for (int channel = 0, t = 0, m = 0; channel < traders.length; channel++)
        {
            if (traders[channel] != null)
            {
                release(traderApis.get(t++), leaveReconnecting && reconnecting(channel, traders[channel].isFrontConnected()));
            }
            else if (mdSessions[channel] != null)
            {
                release(mdApis.get(m++), leaveReconnecting && reconnecting(channel, mdSessions[channel].isFrontConnected()));
            }
        }
    }

    /** Down, or up for an instant inside a storm (its next disconnect is microseconds away). */
    private boolean reconnecting(final int channel, final boolean frontConnected)
    {
        return !frontConnected || channel < publishers.length && publishers[channel] != null && publishers[channel].isInStorm();
    }

    private void release(final CtpApi api, final boolean abandon)
    {
        if (abandon)
        {
            api.abandon();
            abandoned.add(api.toString());
            LOG.warn("{}: still reconnecting at shutdown: left to the process's exit rather than released", api);
        }
        else
        {
            api.close();
        }
    }

    /** Libraries {@link #releaseLibraries(boolean)} left to the process's end (still reconnecting then). */
    public List<String> abandonedLibraries()
    {
        return List.copyOf(abandoned);
    }

    @Override
    public void close()
    {
        close(5_000);
    }

    private List<String> liveOrderDescriptions()
    {
        boolean any = false;
        for (final AccountOrders orders : accountOrders)
        {
            any |= orders != null && orders.liveAfterStop() != 0;
        }
        if (!any)
        {
            return List.of();
        }
        // The engine thread describes its books itself (they are its own), at its next event or idle turn.
        final long deadline = System.nanoTime() + 2_000_000_000L;
        for (final AccountOrders orders : accountOrders)
        {
            if (orders != null)
            {
                orders.requestDescription();
            }
        }
        for (final AccountOrders orders : accountOrders)
        {
            while (orders != null && !orders.isDescribed() && System.nanoTime() - deadline < 0)
            {
                LockSupport.parkNanos(1_000_000L); // polling with a deadline, not a synchronisation
            }
        }
        final List<String> lines = new ArrayList<>();
        for (final AccountOrders orders : accountOrders)
        {
            if (orders != null)
            {
                lines.addAll(orders.liveDescriptions());
            }
        }
        return List.copyOf(lines);
    }

    private void publishStop()
    {
        publishEngineEvent(EventType.ENGINE_STOP, 0);
    }

    /**
     * Stops trading for good after a fault (the journal cannot record, say), from any thread: every strategy's next
     * order is refused at once; the caller then closes the engine, whose stop cancels every live order.
     */
    public void haltTrading(final String reason)
    {
        if (globalRisk.haltReason() == null)
        {
            LOG.error("trading halted: {}", reason);
        }
        globalRisk.halt(reason);
    }

    /**
     * Strict journaling, before {@link #start()}: every order is sent only once the journal has recorded its command
     * ({@code journaledSequence} is the journal's progress in ring sequences); one not recorded within
     * {@code timeoutNanos} is refused instead. Costs each order the journal thread's append: run that thread with a
     * polling wait ({@code engine.background-wait: busy-spin} or {@code yielding}).
     */
    public void sendOnlyJournaled(final LongSupplier journaledSequence, final long timeoutNanos)
    {
        if (started)
        {
            throw new IllegalStateException("sendOnlyJournaled must come before start()");
        }
        final JournalGate gate =
            new JournalGate(journaledSequence, timeoutNanos);
        for (final AccountLink link : links)
        {
            if (link != null)
            {
                link.journalGate(gate);
            }
        }
    }

    /** Why a counter refused an account's login for good (wrong password, locked, ...), or null. Any thread. */
    public String loginRefusal()
    {
        for (final TraderSession trader : traders)
        {
            if (trader != null && trader.refusal() != null)
            {
                return trader.refusal();
            }
        }
        return null;
    }

    /** Why trading was halted, or null while it goes on. Any thread. */
    public String haltReason()
    {
        return globalRisk == null ? null : globalRisk.haltReason();
    }

    /**
     * The kill switch, from any thread: on, every strategy's live orders are cancelled and new orders are
     * refused with the reason; off, trading resumes. Travels through the ring, so it is journaled and a
     * replay reproduces it at the same point.
     */
    public void killSwitch(final boolean on)
    {
        LOG.warn("kill switch {} requested", on ? "ON" : "off");
        publishEngineEvent(EventType.KILL_SWITCH, on ? 1 : 0);
    }

    private void publishEngineEvent(final EventType type, final int intArg)
    {
        final long sequence = ring.claim();
        try
        {
            ring.event(sequence).header().type(type.code()).source(EventSource.ENGINE).spiSlot((short)-1).intArg(intArg)
                .receiveNanos(System.nanoTime()).epochNanos(ring.epochNanos());
        }
        finally
        {
            ring.publish(sequence);
        }
    }
}
