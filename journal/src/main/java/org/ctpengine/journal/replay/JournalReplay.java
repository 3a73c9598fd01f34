package org.ctpengine.journal.replay;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.outbound.OrderSender;
import org.ctpengine.engine.recovery.WarmStart;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.journal.EngineMetadata;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalException;
import org.ctpengine.journal.JournalInspector;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.journal.recovery.JournalRecovery;
import org.ctpengine.journal.tools.ChinaTime;
import org.ctpengine.journal.tools.EventFilter;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Replays a journal's runs through strategies, on one thread, as fast as it can or at ×N real time, whole or
 * filtered by time and instruments ({@link ReplaySelection}): the journaled inbound events feed the same
 * {@link org.ctpengine.engine.strategy.StrategyRunner} code that ran live, with the journal's clock; the commands they issue are collected
 * instead of sent and compared, in order, with the commands the journal recorded. The same strategies give
 * "identical"; a changed one gives the first divergence.
 *
 * <p>A journal holds one run per engine start ({@code ctp-engine run} appends to today's journal). Each run is
 * replayed by fresh strategies, as each live run had: a cold run starts from nothing; a warm-started run
 * ({@code engine.start=warm} in its JOURNAL_START) first takes back what the live engine recovered before it
 * connected, {@link JournalRecovery} over the journal's events before the run (read once, folded as the replay goes).
 * Each run gets its own verdict ({@link ReplayReport}).
 */
public final class JournalReplay
{
    private static final int EVENT_BUFFER = Math.max(64 * 1024, Journal.MAX_EVENT_LENGTH);
    /**
     * In a run that ended by a crash, the last events whose commands may be missing from the journal: a strategy
     * thread publishes its command right after handling the event, so only the events the journal wrote while the
     * strategies were still at work can lack theirs.
     */
    static final int CRASH_WINDOW = 64;

    private JournalReplay()
    {
    }

    /**
     * The journal's first run.
     *
     * @param progress told the number of events replayed every 100 000 events (may be null)
     */
    public static ReplayResult replay(final Path journalDirectory, final List<StrategyConfig> strategies,
        final LongConsumer progress)
    {
        return replay(journalDirectory, strategies, RiskLimits.none(), progress);
    }

    /**
     * The journal's first run.
     *
     * @param globalRisk the engine-wide limits of the recorded run (they shape which orders went out)
     */
    public static ReplayResult replay(final Path journalDirectory, final List<StrategyConfig> strategies,
        final RiskLimits globalRisk, final LongConsumer progress)
    {
        return replay(journalDirectory, strategies, globalRisk, ReplayOptions.DEFAULT.progress(progress == null ?
            ReplayProgress.NONE : new EveryHundredThousand(progress)));
    }

    /**
     * One run of the journal, {@code options.run()} or else the first, as {@code options} say (strategy instances
     * serve one run only: {@link #replayRuns} replays several).
     *
     * @param globalRisk the engine-wide limits of the recorded run (they shape which orders went out)
     * @throws JournalException naming the journal when it has no such run, or an event is damaged
     */
    public static ReplayResult replay(final Path journalDirectory, final List<StrategyConfig> strategies,
        final RiskLimits globalRisk, final ReplayOptions options)
    {
        final ReplayOptions one = options.run() == 0 ? options.run(1) : options;
        return replayRuns(journalDirectory, run -> strategies, globalRisk, one).runs().get(0);
    }

    /**
     * Replays every run of the journal, or only {@code options.run()} (restored from the runs before it when it was
     * warm-started), as {@code options} say: whole or a part ({@link ReplaySelection} says what "identical" then
     * means; a time of day resolves against the first replayed run's start, and the one window applies to every run),
     * as fast as possible or at ×N real time (each run's market paced on its own; the pause between runs is not
     * played), with progress over the whole journal.
     *
     * @param strategies fresh strategies for run N (1 for the journal's first): each run starts new instances, as live
     * @param globalRisk the engine-wide limits of the recorded runs (they shape which orders went out)
     * @throws JournalException naming the journal when it has no run (or not the one asked for), or an event is damaged
     */
    public static ReplayReport replayRuns(final Path journalDirectory, final IntFunction<List<StrategyConfig>> strategies,
        final RiskLimits globalRisk, final ReplayOptions options)
    {
        try (Journal journal = Journal.openExisting(journalDirectory); JournalReader reader = journal.newReader())
        {
            return new Replayer(journal, reader, options).replay(strategies, globalRisk);
        }
    }

    /** One pass over the journal: its runs in order, each replayed or skipped, the warm-start recovery folded alongside. */
    private static final class Replayer
    {
        private final Journal journal;
        private final JournalReader reader;
        private final ReplayOptions options;
        private final ReplayProgress progress;
        private final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(EVENT_BUFFER, 64));
        private final EventHeader header = new EventHeader().wrap(buffer, 0);
        private final RingEvent event = RingEvent.over(buffer);
        private final JournalRecovery recovery = JournalRecovery.folding();
        private long read;
        private long lastSequence = -1;
        private boolean atEnd;

        Replayer(final Journal journal, final JournalReader reader, final ReplayOptions options)
        {
            this.journal = journal;
            this.reader = reader;
            this.options = options;
            this.progress = options.progress();
        }

        ReplayReport replay(final IntFunction<List<StrategyConfig>> strategies, final RiskLimits globalRisk)
        {
            progress.onStart(journal.eventCount());
            if (!skipToRunStart(true))
            {
                throw new JournalException("journal " + journal.directory().toAbsolutePath() +
                    " has no JOURNAL_START record: it was not written by the engine's journal handler");
            }
            final List<ReplayResult> results = new ArrayList<>();
            EventFilter filter = null;
            int run = 0;
            while (!atEnd)
            {
                run++; // the header is on the run's JOURNAL_START
                final JournalMetadata metadata = JournalMetadata.read(buffer, 0);
                final long runStart = header.epochNanos();
                // What the live engine recovered before it started: the journal up to (not including) this run.
                final WarmStart restored = "warm".equals(metadata.get(EngineMetadata.START)) ?
                    recovery.state(runStart) : null;
                final boolean wanted = options.run() == 0 || options.run() == run;
                final boolean lastWanted = options.run() == run;
                if (!lastWanted)
                {
                    recovery.onEvent(header); // later runs may need it
                }
                if (!wanted)
                {
                    skipToRunStart(true);
                    continue;
                }
                if (filter == null)
                {
                    filter = options.filter().apply(runStart);
                }
                results.add(replayRun(run, metadata, runStart, restored, strategies.apply(run), globalRisk, filter,
                    !lastWanted));
                if (lastWanted)
                {
                    break;
                }
            }
            if (results.isEmpty())
            {
                throw new JournalException("journal " + journal.directory().toAbsolutePath() + " has " + run +
                    (run == 1 ? " run" : " runs") + ": there is no run " + options.run());
            }
            progress.onEnd(read);
            return new ReplayReport(results, options.run() == 0 ? run : -1);
        }

        /**
         * Reads on to the next JOURNAL_START (the header is then on it), folding what it passes when {@code fold}.
         *
         * @return false at the journal's end
         */
        private boolean skipToRunStart(final boolean fold)
        {
            while (true)
            {
                if (!next())
                {
                    return false;
                }
                if (header.type() == EventType.JOURNAL_START.code())
                {
                    return true;
                }
                if (fold)
                {
                    recovery.onEvent(header);
                }
            }
        }

        private boolean next()
        {
            if (reader.next(buffer) < 0)
            {
                atEnd = true;
                return false;
            }
            read++;
            progress.onEvents(read);
            lastSequence = header.sequence();
            return true;
        }

        /**
         * Reads the run ahead (a second reader from its JOURNAL_START to the next) for the OrderRefs each strategy's
         * inserts got on the channels several strategy threads traded.
         */
        private void scanRecordedOrderRefs(final ReplayedRun run, final Set<Integer> channels, final long runStartIndex)
        {
            final Map<Integer, Map<Integer, ArrayDeque<Long>>> byChannel = new HashMap<>();
            final UnsafeBuffer ahead = new UnsafeBuffer(BufferUtil.allocateDirectAligned(EVENT_BUFFER, 64));
            final EventHeader aheadHeader = new EventHeader().wrap(ahead, 0);
            try (JournalReader scan = journal.newReader().moveTo(runStartIndex))
            {
                scan.next(ahead); // the run's JOURNAL_START
                while (scan.next(ahead) >= 0 && aheadHeader.type() != EventType.JOURNAL_START.code())
                {
                    if (aheadHeader.type() == EventType.CMD_ORDER_INSERT.code() && channels.contains((int)aheadHeader.channel()) &&
                        aheadHeader.intArg() != OrderSender.ENGINE_ISSUED)
                    {
                        byChannel.computeIfAbsent((int)aheadHeader.channel(), c -> new HashMap<>())
                            .computeIfAbsent(aheadHeader.intArg(), id -> new ArrayDeque<>())
                            .add(run.recordedOrderRef(aheadHeader.channel(), aheadHeader));
                    }
                }
            }
            byChannel.forEach(run::useRecordedOrderRefs);
        }

        /** Feeds one run's events to fresh strategies, from after its JOURNAL_START to the next one or the end. */
        private ReplayResult replayRun(final int number, final JournalMetadata metadata, final long runStart,
            final WarmStart restored, final List<StrategyConfig> strategies, final RiskLimits globalRisk,
            final EventFilter filter, final boolean fold)
        {
            final ReplayedRun run = new ReplayedRun(metadata, strategies, globalRisk);
            if (restored != null)
            {
                run.warmStart(restored);
            }
            final Set<Integer> shared = run.channelsTradedFromSeveralThreads(strategies);
            if (!shared.isEmpty())
            {
                scanRecordedOrderRefs(run, shared, reader.lastIndex());
            }
            final ReplaySelection selection = new ReplaySelection(filter, run.profiles);
            final EventClockPacer pacer = new EventClockPacer(options.speed());
            final List<Command> recorded = new ArrayList<>();
            long events = 0;
            long sequence = 0;
            long lastEventTime = runStart;
            boolean sawStop = false;
            final long[] recent = new long[CRASH_WINDOW];
            final String end;
            while (true)
            {
                if (!next())
                {
                    end = JournalInspector.endAfter(journal, reader, read, lastSequence).describe();
                    break;
                }
                final EventType type = EventType.fromCode(header.type());
                if (type == EventType.JOURNAL_START)
                {
                    end = "the run ends where run " + (number + 1) + " starts (journal index " +
                        Long.toHexString(reader.lastIndex()) + ")";
                    break;
                }
                if (fold)
                {
                    recovery.onEvent(header);
                }
                if (type == EventType.ENGINE_STOP)
                {
                    sawStop = true;
                }
                lastEventTime = Math.max(lastEventTime, header.epochNanos());
                if (type.isCommand())
                {
                    if (header.intArg() == OrderSender.ENGINE_ISSUED)
                    {
                        continue; // the engine's own (the stop's cancels): no strategy decided them
                    }
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
                recent[(int)(events % CRASH_WINDOW)] = reader.lastIndex();
                events++;
            }
            String scope = selection.describe();
            if (lastEventTime < filter.fromEpochNanos() || runStart >= filter.toEpochNanos())
            {
                scope = "nothing compared: the run (" + ChinaTime.format(runStart) + " .. " + ChinaTime.format(lastEventTime) +
                    ") lies outside the window, " + selection.describeRange();
            }
            // Without the engine's stop the process died: the strategies may have sent, for the run's last events,
            // commands the journal never received.
            final long crashWindowStart = sawStop ? Long.MAX_VALUE :
                events < CRASH_WINDOW ? Long.MIN_VALUE : recent[(int)(events % CRASH_WINDOW)];
            return compare(number, restored == null ? "cold start" : "warm start, restored " + restored.describe(), events,
                recorded, compared(run.collector.commands(), selection, run), run, end, scope, crashWindowStart);
        }
    }

    private static List<Command> compared(final List<Command> replayed, final ReplaySelection selection, final ReplayedRun run)
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

    /**
     * Each strategy's commands against its own recorded ones, in its own order: strategies on different threads
     * interleave their commands in the ring as the threads happened to run, which a replay on one thread does not
     * reproduce (and need not). A run that ended by a crash may lack the commands its strategies sent for its last
     * events ({@link #CRASH_WINDOW}): those extra replayed commands are counted, not a divergence.
     *
     * @param crashWindowStart journal index from which events are "the last events" of a crashed run; Long.MAX_VALUE
     *                         when the run ended with the engine's stop
     */
    private static ReplayResult compare(final int number, final String start, final long events,
        final List<Command> recorded, final List<Command> replayed, final ReplayedRun run, final String end,
        final String scope, final long crashWindowStart)
    {
        final Map<Integer, List<Command>> recordedBy = byStrategy(recorded);
        final Map<Integer, List<Command>> replayedBy = byStrategy(replayed);
        final TreeSet<Integer> strategies = new TreeSet<>(recordedBy.keySet());
        strategies.addAll(replayedBy.keySet());
        int lostInCrash = 0;
        for (final int strategy : strategies)
        {
            final List<Command> expected = recordedBy.getOrDefault(strategy, List.of());
            final List<Command> actual = replayedBy.getOrDefault(strategy, List.of());
            final String name = run.strategyName(strategy);
            final int common = Math.min(expected.size(), actual.size());
            for (int i = 0; i < common; i++)
            {
                if (!expected.get(i).sameAs(actual.get(i)))
                {
                    return new ReplayResult(number, start, events, recorded.size(), replayed.size(),
                        new ReplayResult.Divergence(name, i, actual.get(i).causeIndex(), expected.get(i).epochNanos(),
                            run.describe(expected.get(i)), run.describe(actual.get(i))), end, scope, 0);
                }
            }
            if (actual.size() > expected.size() && allCausedFrom(actual, common, crashWindowStart))
            {
                lostInCrash += actual.size() - expected.size();
            }
            else if (expected.size() != actual.size())
            {
                final boolean extra = actual.size() > expected.size();
                final Command first = extra ? actual.get(common) : expected.get(common);
                return new ReplayResult(number, start, events, recorded.size(), replayed.size(),
                    new ReplayResult.Divergence(name, common, first.causeIndex(), first.epochNanos(),
                        extra ? "(none)" : run.describe(first), extra ? run.describe(first) : "(none)"), end, scope, 0);
            }
        }
        return new ReplayResult(number, start, events, recorded.size(), replayed.size(), null, end, scope, lostInCrash);
    }

    private static Map<Integer, List<Command>> byStrategy(final List<Command> commands)
    {
        final Map<Integer, List<Command>> by = new HashMap<>();
        for (final Command command : commands)
        {
            by.computeIfAbsent(command.strategyId(), id -> new ArrayList<>()).add(command);
        }
        return by;
    }

    private static boolean allCausedFrom(final List<Command> commands, final int from, final long windowStart)
    {
        for (int i = from; i < commands.size(); i++)
        {
            if (commands.get(i).causeIndex() < windowStart)
            {
                return false;
            }
        }
        return true;
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
}
