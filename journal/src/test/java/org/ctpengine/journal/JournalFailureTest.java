package org.ctpengine.journal;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.engine.config.EngineConfig;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.files.DirectoryLock;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.host.StopReport;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.WaitStrategyKind;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.risk.RiskRejectReason;
import org.ctpengine.engine.testing.SubscribingStrategy;
import org.ctpengine.journal.replay.SimulatorDefaults;
import org.ctpengine.sim.SimControl;
import org.ctpengine.sim.SimLibrary;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimFront;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The journal is the record, or trading stops: a failed append halts every strategy's orders and the stop cancels all. */
class JournalFailureTest
{
    private static final String PROFILE = SimLibrary.DEFAULT_PROFILE;
    /** Events the faulty disk takes before it fails: past the login, while the strategy trades. */
    private static final int APPENDS_BEFORE_FAILURE = 400;

    @TempDir
    Path dir;

    /** One resting buy far under the bid per tick; counts the refusals that say trading is halted. */
    static final class Quoter extends SubscribingStrategy
    {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger halted = new AtomicInteger();

        Quoter()
        {
            super("rb2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (!StructFlyweight.isNoValue(tick.bidPrice()))
            {
                final double price = tick.bidPrice() - 30 * context.instrumentInfo(tick.instrument()).tickSize();
                context.order().instrument(tick.instrument()).buy().open().limit(price).volume(1).send();
                sent.incrementAndGet();
            }
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            if (RiskRejectReason.TRADING_HALTED.description().equals(update.rejectReason()))
            {
                halted.incrementAndGet();
            }
        }
    }

    /** Passes appends through until it has taken its share, then fails as a full disk does. */
    static final class FillingDisk implements JournalAppender
    {
        private final JournalAppender writer;
        private int taken;

        FillingDisk(final JournalAppender writer)
        {
            this.writer = writer;
        }

        @Override
        public void append(final DirectBuffer buffer, final int offset, final int length)
        {
            if (++taken > APPENDS_BEFORE_FAILURE)
            {
                throw new IllegalStateException(new IOException("No space left on device"));
            }
            writer.append(buffer, offset, length);
        }
    }

    /** Fails as a full disk does, exactly at an order's command once it has taken its share: the worst moment. */
    static final class FillsAtAnOrder implements JournalAppender
    {
        private final JournalAppender writer;
        private final EventHeader header = new EventHeader();
        private int taken;

        FillsAtAnOrder(final JournalAppender writer)
        {
            this.writer = writer;
        }

        @Override
        public void append(final DirectBuffer buffer, final int offset, final int length)
        {
            header.wrap(buffer, offset);
            if (++taken > APPENDS_BEFORE_FAILURE && header.type() == EventType.CMD_ORDER_INSERT.code())
            {
                throw new IllegalStateException(new IOException("No space left on device"));
            }
            writer.append(buffer, offset, length);
        }
    }

    @Test
    void aFailedAppendHaltsTradingAndTheStopCancelsEveryOrder() throws Exception
    {
        final SimControl control = SimControl.open(SimLibrary.path(PROFILE));
        control.reset();
        control.configure("tick_interval_ms 10");
        control.configure("flow_window_ms 20");
        final Path sim = SimLibrary.path(PROFILE);
        final Quoter quoter = new Quoter();
        final EngineConfig config = new EngineConfig(Files.createDirectories(dir.resolve("work")), 4096,
            WaitStrategyKind.BLOCKING, 20, 20, 1024, RiskLimits.none(),
            List.of(SimulatorDefaults.account("sim", sim, ResumeType.QUICK)), List.of(SimulatorDefaults.marketData("md", sim)),
            List.of(new StrategyConfig("quoter", quoter, "sim", 0, RiskLimits.none())));
        final AtomicReference<Engine> engineRef = new AtomicReference<>();
        final AtomicLong sentAtFailure = new AtomicLong(-1);
        final StopReport report;
        final JournalHandler handler;
        try (Journal journal = Journal.open(dir.resolve("journal")))
        {
            handler = new JournalHandler(journal, null, reason ->
            {
                engineRef.get().haltTrading(reason);
                sentAtFailure.set(engineRef.get().counters().ordersSent().get());
            }, FillingDisk::new);
            final Engine engine = new Engine(config, List.of(handler));
            engineRef.set(engine);
            engine.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> quoter.halted.get() >= 20);
            // An order that had passed its check when the disk failed may still go out: at most one, never another.
            assertThat(engine.counters().ordersSent().get()).isBetween(sentAtFailure.get(), sentAtFailure.get() + 1);
            assertThat(engine.haltReason()).contains("append failed").contains("No space left on device");
            report = engine.close(10_000);
        }
        assertThat(handler.failure()).isNotNull();
        assertThat(report.liveOrders()).as("orders still live after the stop").isEmpty();
        assertThat(quoter.sent.get()).isGreaterThan(quoter.halted.get());
    }

    @Test
    void inStrictModeNoOrderReachesTheCounterThatIsNotInTheJournal() throws Exception
    {
        try (SimFront front = SimFront.start(PROFILE,
            "tick_interval_ms 10", "flow_window_ms 20"))
        {
            final Path sim = SimLibrary.path(PROFILE);
            final Quoter quoter = new Quoter();
            final EngineConfig config = new EngineConfig(Files.createDirectories(dir.resolve("work")), 4096,
                WaitStrategyKind.BLOCKING, 20, 20, 1024, RiskLimits.none(),
                List.of(SimulatorDefaults.account("sim", sim, ResumeType.QUICK)),
                List.of(SimulatorDefaults.marketData("md", sim)),
                List.of(new StrategyConfig("quoter", quoter, "sim", 0, RiskLimits.none())), WaitStrategyKind.YIELDING);
            final AtomicReference<Engine> engineRef = new AtomicReference<>();
            final Path journalDir = dir.resolve("journal");
            try (Journal journal = Journal.open(journalDir))
            {
                final JournalHandler handler = new JournalHandler(journal, null,
                    reason -> engineRef.get().haltTrading(reason), FillsAtAnOrder::new);
                final Engine engine = new Engine(config, List.of(handler));
                engineRef.set(engine);
                engine.sendOnlyJournaled(handler::journaledSequence, 50_000_000L);
                engine.start();
                await().atMost(30, TimeUnit.SECONDS).until(() -> quoter.halted.get() >= 20);
                engine.close(10_000);
            }
            final Set<String> journaled = new HashSet<>();
            final UnsafeBuffer buffer =
                new UnsafeBuffer(ByteBuffer.allocateDirect(Journal.MAX_EVENT_LENGTH));
            final EventHeader header = new EventHeader().wrap(buffer, 0);
            final InputOrderFlyweight insert =
                new InputOrderFlyweight(AbiProfiles.byId(PROFILE));
            try (Journal journal = Journal.openExisting(journalDir); JournalReader reader = journal.newReader())
            {
                while (reader.next(buffer) >= 0)
                {
                    if (header.type() == EventType.CMD_ORDER_INSERT.code())
                    {
                        journaled.add(insert.wrap(buffer, header.payloadOffset()).orderRef().trim());
                    }
                }
            }
            final Set<String> atTheCounter = new HashSet<>();
            final SimTrader checker = front.trader("checker");
            checker.login(ResumeType.QUICK);
            checker.drain();
            await().atMost(5, TimeUnit.SECONDS).pollInterval(10, TimeUnit.MILLISECONDS).until(() -> checker.reqQryOrder(7) == 0);
            RecordedCallback row;
            do
            {
                row = checker.expect("OnRspQryOrder");
                if (row.hasStruct())
                {
                    atTheCounter.add(row.text("OrderRef").trim());
                }
            }
            while (!row.isLast());

            assertThat(atTheCounter).as("orders the counter received").isNotEmpty();
            assertThat(journaled).as("the journal's order commands").containsAll(atTheCounter);
        }
    }

    @Test
    void aSecondWriterOfAJournalIsRefusedNamingTheHolder()
    {
        try (Journal first = Journal.open(dir.resolve("journal")))
        {
            assertThatThrownBy(() -> Journal.open(dir.resolve("journal")))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("in use by another engine")
                .hasMessageContaining("PID " + ProcessHandle.current().pid());
        }
        Journal.open(dir.resolve("journal")).close(); // released with the first
    }

    @Test
    void anotherProcessHoldingTheJournalIsNamedByItsPid() throws Exception
    {
        final Path journal = Files.createDirectories(dir.resolve("journal"));
        final Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), journal.toString())
            .redirectErrorStream(true).start();
        try
        {
            final BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> Journal.open(journal))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("PID " + child.pid());
        }
        finally
        {
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        Journal.open(journal).close(); // the OS released it with the process
    }

    @Test
    void aJournalPathThatCannotBeADirectoryIsRefusedInOneLine() throws Exception
    {
        final Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> Journal.open(file.resolve("journal")))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining(file.resolve("journal").toString())
            .hasMessageNotContaining("\n");
    }

    @Test
    void anEmptyQueueFileIsSetAsideInsteadOfStallingTheOpen() throws Exception
    {
        final Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.createFile(journal.resolve("20261204F.cq4"));
        try (Journal opened = Journal.open(journal); JournalWriter writer = opened.newWriter())
        {
            writer.append(new UnsafeBuffer(new byte[64]), 0, 64);
        }
        try (var files = Files.list(journal))
        {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("20261204F.cq4.empty-"));
        }
    }

    @Test
    void aReaderGivesANewestFileThatStaysEmptyTimeToStartThenRefusesItNamingIt() throws Exception
    {
        final Path journal = Files.createDirectories(dir.resolve("journal"));
        final Path newest = Files.createFile(journal.resolve("20261204F.cq4")); // as a live writer creates it
        final long start = System.nanoTime();

        assertThatThrownBy(() -> Journal.openExisting(journal))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining(newest.getFileName().toString())
            .hasMessageContaining("ends at byte 0");
        assertThat(System.nanoTime() - start).as("waited for a writer to start it").isGreaterThanOrEqualTo(
            Journal.NEW_FILE_WAIT_NANOS);
    }

    /** Holds a journal's lock in a process of its own until killed. */
    public static final class LockHolder
    {
        public static void main(final String[] args) throws Exception
        {
            try (DirectoryLock lock = DirectoryLock.acquire(
                Path.of(args[0]), "journal"))
            {
                System.out.println("locked");
                System.out.flush();
                Thread.currentThread().join(); // until destroyed
            }
        }
    }
}
