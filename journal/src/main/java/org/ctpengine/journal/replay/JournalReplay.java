package org.ctpengine.journal.replay;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.struct.InstrumentFlyweight;
import org.ctpengine.adapter.struct.StructPrinter;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.host.StrategyConfig;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.OrderRefText;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.session.AccountLink;
import org.ctpengine.engine.session.AccountState;
import org.ctpengine.engine.strategy.StrategyRunner;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalException;
import org.ctpengine.journal.JournalInspector;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.JournalReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Replays a journal's first run through strategies, on one thread, as fast as it can or at ×N real time, whole or
 * filtered by time and instruments ({@link ReplaySelection}): the journaled inbound
 * events feed the same {@link StrategyRunner} code that ran live, with the journal's clock; the commands they
 * issue are collected instead of sent and compared, in order, with the commands the journal recorded.
 * The same strategies give "identical"; a changed one gives the first divergence.
 */
public final class JournalReplay
{
    private static final int INSTRUMENT_CAPACITY = 4096;
    private static final int EVENT_BUFFER = 64 * 1024;

    private JournalReplay()
    {
    }

    /**
     * @param progress told the number of events replayed every 100 000 events (may be null)
     */
    public static ReplayResult replay(final Path journalDirectory, final List<StrategyConfig> strategies,
        final LongConsumer progress)
    {
        return replay(journalDirectory, strategies, RiskLimits.none(), progress);
    }

    /**
     * @param globalRisk the engine-wide limits of the recorded run (they shape which orders went out)
     */
    public static ReplayResult replay(final Path journalDirectory, final List<StrategyConfig> strategies,
        final RiskLimits globalRisk, final LongConsumer progress)
    {
        return replay(journalDirectory, strategies, globalRisk, ReplayOptions.DEFAULT.progress(progress == null ?
            ReplayProgress.NONE : new EveryHundredThousand(progress)));
    }

    /**
     * Replays the journal's first run as {@code options} say: the whole run or a part of it ({@link ReplaySelection}
     * says what "identical" then means), as fast as possible or at ×N real time, with progress.
     *
     * @param globalRisk the engine-wide limits of the recorded run (they shape which orders went out)
     * @throws JournalException naming the journal when it has no run to replay, or an event is damaged
     */
    public static ReplayResult replay(final Path journalDirectory, final List<StrategyConfig> strategies,
        final RiskLimits globalRisk, final ReplayOptions options)
    {
        try (Journal journal = Journal.openExisting(journalDirectory); JournalReader reader = journal.newReader())
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(EVENT_BUFFER, 64));
            final EventHeader header = new EventHeader().wrap(buffer, 0);
            final ReplayProgress progress = options.progress();
            progress.onStart(journal.eventCount());
            long read = 0;
            JournalMetadata metadata = null;
            long runStart = 0;
            while (metadata == null)
            {
                if (reader.next(buffer) < 0)
                {
                    throw new JournalException("journal " + journalDirectory.toAbsolutePath() +
                        " has no JOURNAL_START record: it was not written by the engine's journal handler");
                }
                read++;
                if (header.type() == EventType.JOURNAL_START.code())
                {
                    metadata = JournalMetadata.read(buffer, 0);
                    runStart = header.epochNanos();
                }
            }
            final Run run = new Run(metadata, strategies, globalRisk);
            final ReplaySelection selection = new ReplaySelection(options.filter().apply(runStart), run.profiles);
            final EventClockPacer pacer = new EventClockPacer(options.speed());
            final RingEvent event = RingEvent.over(buffer);
            final List<Command> recorded = new ArrayList<>();
            long events = 0;
            long sequence = 0;
            long lastSequence = -1;
            final String end;
            while (true)
            {
                if (reader.next(buffer) < 0)
                {
                    end = JournalInspector.endAfter(journal, reader, read, lastSequence).describe();
                    break;
                }
                read++;
                progress.onEvents(read);
                lastSequence = header.sequence();
                final EventType type = EventType.fromCode(header.type());
                if (type == EventType.JOURNAL_START)
                {
                    end = "the run ends where the journal's next run starts (index " + Long.toHexString(reader.lastIndex()) + ")";
                    break; // the next run of the engine: a replay covers one run
                }
                if (type.isCommand())
                {
                    if (selection.compares(type, header.profile(), header.epochNanos(), buffer, header.payloadOffset(),
                        header.payloadLength()))
                    {
                        final byte[] payload = new byte[header.payloadLength()];
                        buffer.getBytes(header.payloadOffset(), payload);
                        recorded.add(run.comparable(new Command(type, header.channel(), header.intArg(), payload,
                            header.causeSequence(), header.epochNanos()), selection));
                    }
                    else
                    {
                        run.skipRecorded(type, header);
                    }
                    continue;
                }
                if (!selection.feeds(header))
                {
                    continue;
                }
                if (ReplaySelection.isFlow(type))
                {
                    pacer.await(header.epochNanos()); // the market's pace; set-up events go at once
                }
                run.feed(event, header, sequence++, reader.lastIndex());
                events++;
            }
            progress.onEnd(read);
            return compare(events, recorded, compared(run.collector.commands(), selection, run), run, end,
                selection.describe());
        }
    }

    private static List<Command> compared(final List<Command> replayed, final ReplaySelection selection, final Run run)
    {
        if (selection.isEverything())
        {
            return replayed;
        }
        final List<Command> kept = new ArrayList<>();
        for (final Command command : replayed)
        {
            final AccountLink link = command.channel() < run.links.length ? run.links[command.channel()] : null;
            final int profile = link == null ? -1 : run.profileIndex(link.profile());
            if (selection.compares(command.type(), profile, command.epochNanos(), new UnsafeBuffer(command.payload()), 0,
                command.payload().length))
            {
                kept.add(run.comparable(command, selection));
            }
        }
        return kept;
    }

    private static ReplayResult compare(final long events, final List<Command> recorded, final List<Command> replayed,
        final Run run, final String end, final String scope)
    {
        final int common = Math.min(recorded.size(), replayed.size());
        for (int i = 0; i < common; i++)
        {
            if (!recorded.get(i).sameAs(replayed.get(i)))
            {
                return new ReplayResult(events, recorded.size(), replayed.size(), new ReplayResult.Divergence(i,
                    replayed.get(i).causeIndex(), recorded.get(i).epochNanos(), run.describe(recorded.get(i)),
                    run.describe(replayed.get(i))), end, scope);
            }
        }
        if (recorded.size() != replayed.size())
        {
            final boolean extra = replayed.size() > recorded.size();
            final Command first = extra ? replayed.get(common) : recorded.get(common);
            return new ReplayResult(events, recorded.size(), replayed.size(), new ReplayResult.Divergence(common,
                first.causeIndex(), first.epochNanos(), extra ? "(none)" : run.describe(first),
                extra ? run.describe(first) : "(none)"), end, scope);
        }
        return new ReplayResult(events, recorded.size(), replayed.size(), null, end, scope);
    }

    /** The old callback: a count every 100 000 events read. */
    private static final class EveryHundredThousand implements ReplayProgress
    {
        private final LongConsumer consumer;

        EveryHundredThousand(final LongConsumer consumer)
        {
            this.consumer = consumer;
        }

        @Override
        public void onStart(final long totalEvents)
        {
        }

        @Override
        public void onEvents(final long eventsRead)
        {
            if (eventsRead % 100_000 == 0)
            {
                consumer.accept(eventsRead);
            }
        }

        @Override
        public void onEnd(final long eventsRead)
        {
        }
    }

    /** The replayed engine state: profiles, accounts without libraries, the instrument registry, the runners. */
    private static final class Run
    {
        final AbiProfile[] profiles;
        final AccountLink[] links;
        final AccountState[] accounts;
        final InstrumentRegistry instruments = new InstrumentRegistry(INSTRUMENT_CAPACITY);
        final CommandCollector collector = new CommandCollector();
        final List<StrategyRunner> runners = new ArrayList<>();
        final InstrumentFlyweight[] instrumentViews;
        final TradeFlyweight[] tradeViews;
        final TradingAccountFlyweight[] accountViews;

        Run(final JournalMetadata metadata, final List<StrategyConfig> strategies, final RiskLimits globalRisk)
        {
            final Map<Integer, String> profileIds = metadata.profiles();
            profiles = new AbiProfile[profileIds.size()];
            instrumentViews = new InstrumentFlyweight[profiles.length];
            tradeViews = new TradeFlyweight[profiles.length];
            accountViews = new TradingAccountFlyweight[profiles.length];
            for (final Map.Entry<Integer, String> entry : profileIds.entrySet())
            {
                final AbiProfile profile = AbiProfiles.byId(entry.getValue());
                profiles[entry.getKey()] = profile;
                instrumentViews[entry.getKey()] = new InstrumentFlyweight(profile);
                tradeViews[entry.getKey()] = new TradeFlyweight(profile);
                accountViews[entry.getKey()] = new TradingAccountFlyweight(profile);
            }
            int channels = 0;
            for (final Integer channel : metadata.channels().keySet())
            {
                channels = Math.max(channels, channel + 1);
            }
            links = new AccountLink[channels];
            accounts = new AccountState[channels];
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
            final GlobalRisk sharedRisk = new GlobalRisk(globalRisk, INSTRUMENT_CAPACITY, links.length); // one, as live
            for (final Map.Entry<Integer, List<StrategyConfig>> group : byThread.entrySet())
            {
                runners.add(new StrategyRunner("replay-" + group.getKey(), group.getValue(), profiles, instruments, links,
                    c -> accounts[c], id -> { }, collector, counters, sharedRisk, strategyId));
                strategyId += group.getValue().size();
            }
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
            collector.onEventReplayed(journalIndex, header.epochNanos());
            for (final StrategyRunner runner : runners)
            {
                runner.onEvent(event, sequence, true);
            }
        }

        private AccountState account(final int channel)
        {
            return channel < accounts.length ? accounts[channel] : null;
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
}
