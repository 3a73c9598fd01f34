package org.ctpengine.journal.replay;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.struct.InstrumentFlyweight;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.StructPrinter;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.host.WarmStartRestore;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.OrderRefText;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.recovery.WarmStart;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.ring.SessionStateEvent;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.session.AccountState;
import org.ctpengine.engine.session.ReconcileEvent;
import org.ctpengine.engine.strategy.StrategyRunner;
import org.ctpengine.journal.EngineMetadata;
import org.ctpengine.journal.JournalException;
import org.ctpengine.journal.JournalMetadata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The replayed engine of one run of a journal: its profiles, accounts without libraries, the instrument registry,
 * the strategy runners, and what the live engine thread did with each event that strategies depend on (reference
 * data, account books, the global position limit's held positions at the first READY). A warm-started run first
 * takes back what the live engine restored ({@link #warmStart}). Owned by the replaying thread.
 */
final class ReplayedRun
{
    private static final int INSTRUMENT_CAPACITY = 4096;

    final AbiProfile[] profiles;
    final AccountLink[] links;
    final AccountState[] accounts;
    final InstrumentRegistry instruments = new InstrumentRegistry(INSTRUMENT_CAPACITY);
    final CommandCollector collector = new CommandCollector();
    final List<StrategyRunner> runners = new ArrayList<>();
    private final GlobalRisk sharedRisk;
    private final boolean[] readySeen;
    private final InstrumentFlyweight[] instrumentViews;
    private final TradeFlyweight[] tradeViews;
    private final TradingAccountFlyweight[] accountViews;
    private final InvestorPositionFlyweight[] positionViews;

    ReplayedRun(final JournalMetadata metadata, final List<StrategyConfig> strategies, final RiskLimits globalRisk)
    {
        final Map<Integer, String> profileIds = metadata.profiles();
        profiles = new AbiProfile[profileIds.size()];
        instrumentViews = new InstrumentFlyweight[profiles.length];
        tradeViews = new TradeFlyweight[profiles.length];
        accountViews = new TradingAccountFlyweight[profiles.length];
        positionViews = new InvestorPositionFlyweight[profiles.length];
        for (final Map.Entry<Integer, String> entry : profileIds.entrySet())
        {
            final AbiProfile profile = metadata.profile(entry.getKey());
            profiles[entry.getKey()] = profile;
            instrumentViews[entry.getKey()] = new InstrumentFlyweight(profile);
            tradeViews[entry.getKey()] = new TradeFlyweight(profile);
            accountViews[entry.getKey()] = new TradingAccountFlyweight(profile);
            positionViews[entry.getKey()] = new InvestorPositionFlyweight(profile);
        }
        int channels = 0;
        for (final Integer channel : metadata.channels().keySet())
        {
            channels = Math.max(channels, channel + 1);
        }
        links = new AccountLink[channels];
        accounts = new AccountState[channels];
        readySeen = new boolean[channels];
        for (final Map.Entry<Integer, JournalMetadata.Channel> entry : metadata.channels().entrySet())
        {
            final int channel = entry.getKey();
            if (!"td".equals(entry.getValue().kind()))
            {
                continue;
            }
            final String prefix = EngineMetadata.PREFIX + channel;
            final AbiProfile profile = profiles[Integer.parseInt(required(metadata, prefix + EngineMetadata.CHANNEL_PROFILE))];
            links[channel] = new AccountLink(entry.getValue().name(), channel, profile, null,
                required(metadata, prefix + EngineMetadata.CHANNEL_BROKER), required(metadata, prefix + EngineMetadata.CHANNEL_USER));
            accounts[channel] = new AccountState(entry.getValue().name(), instruments);
        }
        final EngineCounters counters = new EngineCounters(new CountersManager(
            new UnsafeBuffer(BufferUtil.allocateDirectAligned(1 << 20, 64)),
            new UnsafeBuffer(BufferUtil.allocateDirectAligned(1 << 18, 64)), StandardCharsets.UTF_8));
        final Map<Integer, List<StrategyConfig>> byThread = new TreeMap<>();
        for (final StrategyConfig strategy : strategies)
        {
            byThread.computeIfAbsent(strategy.thread(), t -> new ArrayList<>()).add(strategy);
        }
        int strategyId = 0;
        sharedRisk = new GlobalRisk(globalRisk, INSTRUMENT_CAPACITY, links.length); // one, as live
        for (final Map.Entry<Integer, List<StrategyConfig>> group : byThread.entrySet())
        {
            runners.add(new StrategyRunner("replay-" + group.getKey(), group.getValue(), profiles, instruments, links,
                c -> accounts[c], id -> { }, collector, counters, sharedRisk, strategyId));
            strategyId += group.getValue().size();
        }
        for (int i = 0; i < runners.size(); i++)
        {
            runners.get(i).runnerIndex(i); // as the live engine numbered them: STOP_HANDLED and STRATEGY_EVICTED name them
        }
    }

    /**
     * What {@code Engine.warmStart} restores before a warm run connects, from the same recovered state: reference data,
     * each account's books and OrderRef floor, the strategies' live orders (with their owners) and positions, and the
     * daily risk counts, per strategy and engine-wide ({@link WarmStartRestore}, as the live engine).
     */
    void warmStart(final WarmStart state)
    {
        WarmStartRestore.restore(state, instruments, links, (account, channel) -> accounts[channel].recover(account),
            runners, sharedRisk, INSTRUMENT_CAPACITY);
    }

    /**
     * The command as compared: a replay that starts late (--from) leaves out the requests sent before, so the
     * RequestID counter cannot line up; it is blanked on both sides then. OrderRef does line up (skipRecorded).
     */
    Command comparable(final Command command, final ReplaySelection selection)
    {
        final AccountLink link = command.channel() < links.length ? links[command.channel()] : null;
        if (!selection.startsLate() || link == null)
        {
            return command;
        }
        final String struct = command.type() == EventType.CMD_ORDER_INSERT ?
            "CThostFtdcInputOrderField" : "CThostFtdcInputOrderActionField";
        final FieldLayout requestId = link.profile().struct(struct).field("RequestID");
        final byte[] payload = command.payload().clone();
        if (requestId.offset() + Integer.BYTES <= payload.length)
        {
            new UnsafeBuffer(payload).putInt(requestId.offset(), 0);
        }
        return new Command(command.type(), command.channel(), command.strategyId(), payload, command.causeIndex(),
            command.epochNanos());
    }

    int profileIndex(final AbiProfile profile)
    {
        for (int i = 0; i < profiles.length; i++)
        {
            if (profiles[i] == profile)
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * A recorded command the replay does not compare (outside the filter): its OrderRef still raises the account's
     * floor, as sending it did live, so the orders after it are numbered as they were.
     */
    void skipRecorded(final EventType type, final EventHeader header)
    {
        final int channel = header.channel();
        if (type != EventType.CMD_ORDER_INSERT || channel >= links.length || links[channel] == null)
        {
            return;
        }
        final FieldLayout field = links[channel].profile().struct("CThostFtdcInputOrderField").field("OrderRef");
        final long orderRef = OrderRefText.parse(header.buffer(), header.payloadOffset() + field.offset(), field.length());
        if (orderRef > 0)
        {
            links[channel].raiseOrderRefFloor(orderRef);
        }
    }

    private static String required(final JournalMetadata metadata, final String key)
    {
        final String value = metadata.get(key);
        if (value == null)
        {
            throw new JournalException("the journal's JOURNAL_START lacks '" + key + "': it cannot be replayed");
        }
        return value;
    }

    /** What the engine thread did with the event (reference data, account books), then the strategies. */
    void feed(final RingEvent event, final EventHeader header, final long sequence, final long journalIndex)
    {
        final EventType type = EventType.fromCode(header.type());
        final int profile = header.profile();
        final boolean payload = header.payloadLength() > 0;
        final int channel = header.channel();
        if (type == EventType.RSP_QRY_INSTRUMENT && payload)
        {
            instrumentViews[profile].wrap(event.buffer(), header.payloadOffset());
            instruments.onInstrument(instrumentViews[profile]);
        }
        else if ((type == EventType.RTN_TRADE || type == EventType.RSP_QRY_TRADE) && payload && account(channel) != null)
        {
            tradeViews[profile].wrap(event.buffer(), header.payloadOffset());
            accounts[channel].onTrade(tradeViews[profile]);
        }
        else if (type == EventType.RSP_QRY_TRADING_ACCOUNT && payload && account(channel) != null)
        {
            accountViews[profile].wrap(event.buffer(), header.payloadOffset());
            accounts[channel].onTradingAccount(accountViews[profile]);
        }
        else if (type == EventType.RSP_QRY_INVESTOR_POSITION && account(channel) != null)
        {
            onPositionRow(header, event, channel, profile, payload);
        }
        else if (type == EventType.RECONCILE && account(channel) != null &&
            header.intArg() == ReconcileEvent.POSITION_TAKEN)
        {
            // as the trader session: the counter's lots replace the engine's (the global limit counts them at READY)
            final int at = header.payloadOffset();
            final int instrument = instruments.indexOf(ReconcileEvent.instrumentId(event.buffer(), at));
            if (instrument >= 0 && readySeen[channel])
            {
                // a later login: the engine-wide position limit follows the difference, as live
                sharedRisk.onPositionTaken(channel, instrument, ReconcileEvent.direction(event.buffer(), at) == ReconcileEvent.LONG,
                    ReconcileEvent.counterTotal(event.buffer(), at) - ReconcileEvent.engineTotal(event.buffer(), at));
            }
            if (instrument >= 0)
            {
                accounts[channel].position(instrument).takeFromCounter(
                    ReconcileEvent.direction(event.buffer(), at) == ReconcileEvent.LONG,
                    ReconcileEvent.counterTotal(event.buffer(), at), ReconcileEvent.counterToday(event.buffer(), at), 0);
            }
        }
        else if (type == EventType.TRADING_DAY && account(channel) != null)
        {
            accounts[channel].rollToNextTradingDay();
        }
        else if (type == EventType.SESSION_STATE && account(channel) != null && !readySeen[channel] &&
            SessionStateEvent.state(event.buffer(), header.payloadOffset()) == SessionState.READY)
        {
            readySeen[channel] = true;
            countPositionsHeld(channel);
        }
        collector.onEventReplayed(journalIndex, header.epochNanos());
        for (final StrategyRunner runner : runners)
        {
            runner.onEvent(event, sequence, true);
        }
    }

    /** As the trader session: the day's first complete position query gives the start-of-day holdings. */
    private void onPositionRow(final EventHeader header, final RingEvent event, final int channel, final int profile,
        final boolean payload)
    {
        final AccountState account = accounts[channel];
        if (payload && !account.isStartOfDayLoaded())
        {
            positionViews[profile].wrap(event.buffer(), header.payloadOffset());
            account.onStartOfDayPosition(positionViews[profile]);
        }
        if (header.isLast())
        {
            account.onStartOfDayLoaded();
        }
    }

    /** As the engine at an account's first READY: what it holds then counts towards the global position limit. */
    private void countPositionsHeld(final int channel)
    {
        for (int instrument = 0, n = instruments.size(); instrument < n; instrument++)
        {
            final Position position = accounts[channel].positionOrNull(instrument);
            if (position != null)
            {
                sharedRisk.addHeldPosition(channel, instrument, position.longTotal(), position.shortTotal());
            }
        }
    }

    private AccountState account(final int channel)
    {
        return channel < accounts.length ? accounts[channel] : null;
    }

    /**
     * The account channels that strategies on more than one thread trade: their OrderRefs interleaved as the threads
     * ran live, so the replay takes each strategy's refs from the recording ({@link #useRecordedOrderRefs}).
     */
    Set<Integer> channelsTradedFromSeveralThreads(final List<StrategyConfig> strategies)
    {
        final Map<String, Set<Integer>> threadsByAccount = new HashMap<>();
        for (final StrategyConfig strategy : strategies)
        {
            threadsByAccount.computeIfAbsent(strategy.account(), a -> new HashSet<>()).add(strategy.thread());
        }
        final Set<Integer> channels = new HashSet<>();
        for (int channel = 0; channel < links.length; channel++)
        {
            if (links[channel] != null && threadsByAccount.getOrDefault(links[channel].name(), Set.of()).size() > 1)
            {
                channels.add(channel);
            }
        }
        return channels;
    }

    /** Each strategy's recorded inserts' OrderRefs on a channel, in order: the refs its replayed inserts get. */
    void useRecordedOrderRefs(final int channel, final Map<Integer, ArrayDeque<Long>> byStrategy)
    {
        links[channel].replayRecordedOrderRefs(strategy ->
        {
            final ArrayDeque<Long> refs = byStrategy.get(strategy);
            return refs == null || refs.isEmpty() ? 0 : refs.pollFirst();
        });
    }

    /** The OrderRef of a recorded insert command on a channel. */
    long recordedOrderRef(final int channel, final EventHeader header)
    {
        final FieldLayout field = links[channel].profile().struct("CThostFtdcInputOrderField").field("OrderRef");
        return OrderRefText.parse(header.buffer(), header.payloadOffset() + field.offset(), field.length());
    }

    /** The name of the strategy a command's id stands for in this replay (ids are given as the live engine gave them). */
    String strategyName(final int id)
    {
        for (final StrategyRunner runner : runners)
        {
            final String name = runner.strategyNames().get(id);
            if (name != null)
            {
                return name;
            }
        }
        return "#" + id;
    }

    String describe(final Command command)
    {
        final AccountLink link = command.channel() < links.length ? links[command.channel()] : null;
        final String struct = command.type() == EventType.CMD_ORDER_INSERT ?
            "CThostFtdcInputOrderField" : "CThostFtdcInputOrderActionField";
        if (link == null)
        {
            return command.type() + " on channel " + command.channel();
        }
        return command.type() + " by strategy " + command.strategyId() + " on " + link.name() + ": " +
            StructPrinter.forProfile(link.profile()).line(link.profile().struct(struct),
                new UnsafeBuffer(command.payload()), 0);
    }
}
