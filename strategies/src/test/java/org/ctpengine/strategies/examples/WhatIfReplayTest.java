package org.ctpengine.strategies.examples;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalReader;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.ReplayResult;
import org.ctpengine.journal.replay.WhatIfReplay;
import org.ctpengine.journal.replay.WhatIfResult;
import org.ctpengine.journal.tools.JournalCommand;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A session recorded with the market maker, then a different strategy run over its ticks (what-if): it receives
 * exactly the recorded ticks, the simulator's matching fills its order from what the recorded book offered, and the
 * run's own journal dumps and replays.
 */
class WhatIfReplayTest
{
    private static final List<String> INSTRUMENTS = List.of("rb2501", "m2501", "SR501");

    @TempDir
    static Path directory;
    static Path recorded;
    static Taker taker;
    static WhatIfResult result;

    /** Takes the best offer once, as a FAK for more than the book shows there: it can only get what was offered. */
    static final class Taker implements Strategy
    {
        record Book(double ask, int askVolume)
        {
        }

        record Traded(double price, int volume)
        {
        }

        final List<String> ticks = new ArrayList<>();
        final List<Traded> fills = new ArrayList<>();
        Book taken;
        private StrategyContext context;
        private int rb;

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            rb = context.instrument("rb2501");
            context.subscribe("rb2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            final DepthMarketDataFlyweight data = tick.data();
            final byte[] bytes = new byte[data.sizeInBytes()];
            data.buffer().getBytes(data.offset(), bytes);
            ticks.add(HexFormat.of().formatHex(bytes));
            if (taken == null && tick.instrument() == rb && !StructFlyweight.isNoValue(tick.askPrice()) &&
                tick.askVolume() > 0 && tick.askVolume() <= 5)
            {
                taken = new Book(tick.askPrice(), tick.askVolume());
                context.order().instrument(rb).buy().open().limit(tick.askPrice()).volume(tick.askVolume() + 2).fak().send();
            }
        }

        @Override
        public void onTrade(final Fill fill)
        {
            fills.add(new Traded(fill.price(), fill.volume()));
        }
    }

    @BeforeAll
    static void recordAMarketMakerThenRunTheTakerOverItsTicks() throws Exception
    {
        final Recorder live = new Recorder(new MarketMaker(MarketMaker.defaults(INSTRUMENTS)));
        recorded = SimSession.record(directory.resolve("recorded"), SimSession.strategy("mm", live, SimSession.FAST), 5,
            (control, engine) -> await().atMost(30, TimeUnit.SECONDS).until(() -> live.events(Recorder.Seen.class).size() >= 600));
        taker = new Taker();
        result = WhatIfReplay.run(recorded, List.of(SimSession.strategy("taker", taker, SimSession.FAST)), SimSession.FAST,
            ReplayOptions.DEFAULT, directory.resolve("what-if"));
    }

    @Test
    void theStrategyReceivesExactlyTheRecordedTicksOfItsInstrumentInOrder()
    {
        final List<String> recordedTicks = ticks(recorded, "rb2501");

        assertThat(recordedTicks).hasSizeGreaterThanOrEqualTo(100); // about a third of the 600 recorded
        assertThat(taker.ticks).isEqualTo(recordedTicks);
    }

    @Test
    void everyRecordedTickIsInjectedAndJournaledAsRecorded()
    {
        final List<String> recordedTicks = ticks(recorded, null);

        assertThat(ticks(result.journal(), null)).isEqualTo(recordedTicks);
        assertThat(result.ticks()).isEqualTo(recordedTicks.size());
        assertThat(result.positions()).containsOnlyKeys(INSTRUMENTS);
    }

    @Test
    void itsOrderIsFilledByTheSimulatorWithWhatTheRecordedBookOffered()
    {
        assertThat(taker.taken).as("a tick offering at most 5 lots").isNotNull();

        assertThat(taker.fills).isNotEmpty().allSatisfy(f -> assertThat(f.price()).isEqualTo(taker.taken.ask()));
        assertThat(taker.fills.stream().mapToInt(Taker.Traded::volume).sum()).isEqualTo(taker.taken.askVolume());
        assertThat(result.orders()).isEqualTo(1);
        assertThat(result.fills()).isEqualTo(taker.fills.size());
        assertThat(result.positions()).containsEntry("rb2501", (long)taker.taken.askVolume());
    }

    @Test
    void itsJournalDumpsAndReplaysIdentically()
    {
        final StringWriter out = new StringWriter();
        final int exit = JournalCommand.commandLine().setOut(new PrintWriter(out))
            .execute("dump", result.journal().toString(), "--brief", "--type", "CMD_ORDER_INSERT,RTN_TRADE");
        final ReplayResult replay = SimSession.replay(result.journal(), SimSession.strategy("taker", new Taker(), SimSession.FAST));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("CMD_ORDER_INSERT").contains("RTN_TRADE");
        assertThat(replay.identical()).as(replay.toString()).isTrue();
        assertThat(replay.replayedCommands()).isEqualTo(1);
    }

    @Test
    void twoRunsOfAStrategyThatTradesALotSendTheSameOrdersAndGetTheSameFills() throws Exception
    {
        final List<String> first = ordersAndFills(WhatIfReplay.run(recorded, List.of(SimSession.strategy("mm",
            new MarketMaker(MarketMaker.defaults(INSTRUMENTS)), SimSession.FAST)), SimSession.FAST, ReplayOptions.DEFAULT,
            directory.resolve("what-if-mm-1")).journal());
        final List<String> second = ordersAndFills(WhatIfReplay.run(recorded, List.of(SimSession.strategy("mm",
            new MarketMaker(MarketMaker.defaults(INSTRUMENTS)), SimSession.FAST)), SimSession.FAST, ReplayOptions.DEFAULT,
            directory.resolve("what-if-mm-2")).journal());

        assertThat(first.stream().filter(e -> e.startsWith("RTN_TRADE"))).as("it trades").isNotEmpty();
        assertThat(second).isEqualTo(first);
    }

    /** The commands and trades of a journal, type and struct bytes, in order. */
    private static List<String> ordersAndFills(final Path journalDirectory)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        final List<String> events = new ArrayList<>();
        try (Journal journal = Journal.openExisting(journalDirectory); JournalReader reader = journal.newReader())
        {
            while (reader.next(buffer) >= 0)
            {
                final EventType type = EventType.fromCode(header.type());
                if (type.isCommand() || type == EventType.RTN_TRADE)
                {
                    final byte[] bytes = new byte[header.payloadLength()];
                    buffer.getBytes(header.payloadOffset(), bytes);
                    events.add(type + " " + HexFormat.of().formatHex(bytes));
                }
            }
        }
        return events;
    }

    /** Every tick's struct bytes (of one instrument, or all when null), in journal order. */
    private static List<String> ticks(final Path journalDirectory, final String instrument)
    {
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(AbiProfiles.byId(SimLibrary.DEFAULT_PROFILE));
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
        final EventHeader header = new EventHeader().wrap(buffer, 0);
        final int size = tick.sizeInBytes();
        final List<String> ticks = new ArrayList<>();
        try (Journal journal = Journal.openExisting(journalDirectory); JournalReader reader = journal.newReader())
        {
            while (reader.next(buffer) >= 0)
            {
                if (header.type() == EventType.RTN_DEPTH_MARKET_DATA.code() &&
                    (instrument == null || tick.wrap(buffer, header.payloadOffset()).instrumentId().equals(instrument)))
                {
                    final byte[] bytes = new byte[size];
                    buffer.getBytes(header.payloadOffset(), bytes);
                    ticks.add(HexFormat.of().formatHex(bytes));
                }
            }
        }
        return ticks;
    }
}
