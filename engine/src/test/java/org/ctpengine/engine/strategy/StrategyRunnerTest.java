package org.ctpengine.engine.strategy;

import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.InstrumentStatus;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.engine.api.AccountView;
import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.InstrumentInfo;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.counter.EngineCounters;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.RingEvent;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.risk.RiskRejectReason;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.engine.strategy.StrategyEvents.ACCOUNT;
import static org.ctpengine.engine.strategy.StrategyEvents.PROFILE;
import static org.ctpengine.engine.strategy.StrategyEvents.RB;
import static org.ctpengine.engine.strategy.StrategyEvents.T0;

/**
 * The runner as the ring's consumer: hand-built events in, the strategies' callbacks and the commands it publishes
 * out. Nothing native: the account link has no library, so commands are only published (as in a replay).
 */
class StrategyRunnerTest
{
    private static final long MS = 1_000_000L;

    private final StrategyEvents events = new StrategyEvents();
    private final InstrumentRegistry instruments = StrategyEvents.instruments();
    private final CollectingPublisher published = new CollectingPublisher();
    private final EngineCounters counters = new EngineCounters(new CountersManager(
        new UnsafeBuffer(ByteBuffer.allocateDirect(1024 * 1024)), new UnsafeBuffer(ByteBuffer.allocateDirect(256 * 1024)),
        StandardCharsets.UTF_8));
    private final GlobalRisk globalRisk = new GlobalRisk(RiskLimits.defaults(), instruments.capacity(), 1);
    private final AccountLink link = new AccountLink(ACCOUNT, 0, PROFILE, null, "9999", "000001");
    private final List<String> subscribed = new ArrayList<>();
    private final Scripted first = new Scripted();
    private final Scripted second = new Scripted();
    private final StrategyRunner runner = new StrategyRunner("strategies-0",
        List.of(new StrategyConfig("first", first, ACCOUNT, 0, RiskLimits.defaults()),
            new StrategyConfig("second", second, ACCOUNT, 0, RiskLimits.defaults())),
        new AbiProfile[] {PROFILE}, instruments, new AccountLink[] {link, null}, channel -> null, subscribed::add,
        published, counters, globalRisk, 0);
    private long sequence;

    /** A strategy that subscribes rb at start, records its callbacks and runs what a test gives it on a tick. */
    private static final class Scripted implements Strategy
    {
        final List<String> calls = new ArrayList<>();
        final List<WorkingOrder> sent = new ArrayList<>();
        StrategyContext context;
        Consumer<StrategyContext> onTick = context -> {};

        @Override
        public void onStart(final StrategyContext context)
        {
            this.context = context;
            context.subscribe(RB);
            calls.add("start");
        }

        @Override
        public void onTick(final Tick tick)
        {
            calls.add("tick " + tick.lastPrice());
            onTick.accept(context);
        }

        @Override
        public void onOrder(final OrderUpdate update)
        {
            calls.add("order " + update.order().state() + (update.rejectReason() == null ? "" : ": " + update.rejectReason()));
        }

        @Override
        public void onTrade(final Fill fill)
        {
            calls.add("fill " + fill.data().volume() + " position " + context.position(fill.instrument()).longTotal());
        }

        @Override
        public void onTimer(final long timerId)
        {
            calls.add("timer at " + (context.now() - T0) / MS + " ms");
        }

        @Override
        public void onStop()
        {
            calls.add("stop");
        }

        void buy(final double price)
        {
            sent.add(context.order().instrument(context.instrument(RB)).buy().open().limit(price).volume(1).send());
        }
    }

    private void feed(final RingEvent event)
    {
        runner.onEvent(event, ++sequence, true);
    }

    private void ready()
    {
        feed(events.sessionState(SessionState.READY, T0));
    }

    private void tick(final double last, final long at)
    {
        feed(events.tick(last, 3500, 3900, at));
    }

    private int count(final EventType type)
    {
        return (int)published.types().stream().filter(t -> t == type).count();
    }

    @Test
    void strategiesStartOnlyWhenTheirAccountIsReady()
    {
        feed(events.sessionState(SessionState.LOGGING_IN, T0));
        assertThat(runner.isStarted()).isFalse();

        ready();

        assertThat(runner.isStarted()).isTrue();
        assertThat(first.calls).containsExactly("start");
        assertThat(subscribed).containsExactly(RB, RB);
    }

    @Test
    void aReconnectStormsCoalescedFrontEventNeitherReachesStrategiesNorMovesTheirClock()
    {
        ready();
        first.context.scheduleAfter(100 * MS);

        feed(events.frontDisconnected(true, T0 + 200 * MS)); // not journaled: a replay never has it
        assertThat(first.calls).doesNotContain("timer at 100 ms").doesNotContain("timer at 200 ms");
        assertThat(first.context.now()).isEqualTo(T0);

        feed(events.frontDisconnected(false, T0 + 300 * MS));
        assertThat(first.calls).contains("timer at 300 ms");
    }

    @Test
    void instrumentInfoGivesTheLimitBandOfTheLastTickThisThreadHandled()
    {
        ready();
        final InstrumentInfo info = first.context.instrumentInfo(0);
        assertThat(info.upperLimit()).isNaN();

        tick(3700, T0 + MS);

        assertThat(info.upperLimit()).isEqualTo(3900);
        assertThat(info.lowerLimit()).isEqualTo(3500);
        assertThat(first.context.instrumentInfo(0)).isSameAs(info); // one view per instrument: nothing allocated per call
        assertThat(info.instrumentId().toString()).isEqualTo(RB);
        assertThat(info.tickSize()).isEqualTo(1.0);
    }

    @Test
    void rejectsOrderWhenPriceOffTick()
    {
        ready();
        first.onTick = context -> first.buy(3700.5);

        tick(3700, T0 + MS);

        assertThat(first.calls).containsExactly("start", "tick 3700.0",
            "order REJECTED: " + RiskRejectReason.PRICE_OFF_TICK.description());
        assertThat(count(EventType.CMD_ORDER_INSERT)).isZero();
        assertThat(counters.ordersRejected().get()).isEqualTo(1);
    }

    @Test
    void rejectsOrderOutsideTheLimitBandOfTheLastTick()
    {
        ready();
        first.onTick = context -> first.buy(3950);

        tick(3700, T0 + MS);

        assertThat(first.calls).endsWith("order REJECTED: " + RiskRejectReason.PRICE_OUTSIDE_BAND.description());
    }

    @Test
    void rejectsOrderWhileTheInstrumentIsNotInContinuousTrading()
    {
        ready();
        feed(events.status(RB, InstrumentStatus.AUCTION_ORDERING, T0));
        first.onTick = context -> first.buy(3700);

        tick(3700, T0 + MS);

        assertThat(first.calls).endsWith("order REJECTED: " + RiskRejectReason.NOT_TRADING.description());
    }

    @Test
    void sendsAnOrderThatPassesRiskAsACommandCausedByTheTick()
    {
        ready();
        first.onTick = context -> first.buy(3700);

        tick(3700, T0 + MS);

        assertThat(published.types()).containsExactly(EventType.CMD_ORDER_INSERT);
        assertThat(published.header(0).causeSequence()).isEqualTo(sequence);
        assertThat(published.header(0).epochNanos()).isEqualTo(T0 + MS);
        assertThat(runner.liveOrders(0)).containsExactlyElementsOf(first.sent);
    }

    @Test
    void fillCountsInThePositionBeforeOnTradeThenTheOrderChangeFollows()
    {
        ready();
        first.onTick = context -> first.buy(3700);
        tick(3700, T0 + MS);
        first.onTick = context -> {};
        final WorkingOrder order = first.sent.get(0);
        feed(events.rtnOrder(order.orderRef(), OrderStatus.NO_TRADE_QUEUEING, "  1001", T0 + 2 * MS));

        feed(events.trade("T1", order.orderRef(), "  1001", Direction.BUY, OffsetFlag.OPEN, 3700, 1, T0 + 3 * MS));

        assertThat(first.calls).endsWith("order ACCEPTED", "fill 1 position 1", "order FILLED");
        assertThat(second.calls).containsExactly("start", "tick 3700.0");
    }

    @Test
    void counterRefusalReachesTheStrategyWithItsErrorCode()
    {
        ready();
        first.onTick = context -> first.buy(3700);
        tick(3700, T0 + MS);
        final WorkingOrder order = first.sent.get(0);

        feed(events.insertRefused(EventType.REFUSED_ORDER_INSERT, order.orderRef(), -2, T0 + 2 * MS));

        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        assertThat(first.calls).endsWith("order REJECTED: the library refused the request (return code -2)");
        assertThat(order.lastErrorId()).isEqualTo(-2);
    }

    @Test
    void strategyThatThrowsIsStoppedItsOrdersCancelledAndTheOtherGoesOn()
    {
        ready();
        first.onTick = context ->
        {
            if (first.sent.isEmpty())
            {
                first.buy(3700);
            }
            else
            {
                throw new IllegalStateException("bug in first");
            }
        };
        tick(3700, T0 + MS);
        feed(events.rtnOrder(first.sent.get(0).orderRef(), OrderStatus.NO_TRADE_QUEUEING, "  1001", T0 + 2 * MS));

        tick(3701, T0 + 3 * MS);
        tick(3702, T0 + 4 * MS);

        assertThat(runner.isStopped("first")).isTrue();
        assertThat(runner.isStopped("second")).isFalse();
        assertThat(published.types()).containsExactly(EventType.CMD_ORDER_INSERT, EventType.CMD_ORDER_ACTION,
            EventType.STRATEGY_STOPPED);
        assertThat(second.calls).containsExactly("start", "tick 3700.0", "tick 3701.0", "tick 3702.0");
    }

    @Test
    void engineStopGivesEveryStrategyOnStopThenAnnouncesStopHandled()
    {
        runner.runnerIndex(3);
        ready();
        assertThat(runner.hasHandledStop()).isFalse();

        feed(events.engine(EventType.ENGINE_STOP, 0, T0 + MS));

        assertThat(first.calls).containsExactly("start", "stop");
        assertThat(second.calls).containsExactly("start", "stop");
        assertThat(published.types()).containsExactly(EventType.STOP_HANDLED);
        assertThat(published.header(0).intArg()).isEqualTo(3);
        assertThat(runner.hasHandledStop()).isTrue();
        assertThat(runner.isOutOfLibraries()).isTrue();
    }

    @Test
    void afterTheEngineStopNoOrderIsSentAndNoTickDelivered()
    {
        ready();
        feed(events.engine(EventType.ENGINE_STOP, 0, T0 + MS));
        first.onTick = context -> first.buy(3700);

        tick(3700, T0 + 2 * MS);

        assertThat(first.calls).containsExactly("start", "stop");
        assertThat(count(EventType.CMD_ORDER_INSERT)).isZero();
    }

    @Test
    void killSwitchCancelsLiveOrdersAndRefusesNewOnes()
    {
        ready();
        first.onTick = context -> first.buy(3700);
        tick(3700, T0 + MS);
        feed(events.rtnOrder(first.sent.get(0).orderRef(), OrderStatus.NO_TRADE_QUEUEING, "  1001", T0 + 2 * MS));

        feed(events.engine(EventType.KILL_SWITCH, 1, T0 + 3 * MS));
        assertThat(published.types()).containsExactly(EventType.CMD_ORDER_INSERT, EventType.CMD_ORDER_ACTION);

        tick(3700, T0 + 4 * MS);
        assertThat(first.calls).endsWith("order REJECTED: " + RiskRejectReason.KILL_SWITCH.description());

        feed(events.engine(EventType.KILL_SWITCH, 0, T0 + 5 * MS));
        tick(3700, T0 + 6 * MS);
        assertThat(count(EventType.CMD_ORDER_INSERT)).isEqualTo(2);
    }

    @Test
    void evictionAtAJournaledStrategyEvictedForThisRunnerEndsAllHandling()
    {
        runner.runnerIndex(1);
        ready();
        feed(events.engine(EventType.STRATEGY_EVICTED, 0, T0 + MS)); // another runner's
        assertThat(runner.isEvicted()).isFalse();

        feed(events.engine(EventType.STRATEGY_EVICTED, 1, T0 + 2 * MS));
        tick(3700, T0 + 3 * MS);

        assertThat(runner.isEvicted()).isTrue();
        assertThat(first.calls).containsExactly("start");
    }

    @Test
    void timerFiresAtTheFirstEventAtOrAfterItsDueTime()
    {
        ready();
        first.onTick = context ->
        {
            context.scheduleAfter(10 * MS);
            first.onTick = c -> {};
        };
        tick(3700, T0 + MS);

        tick(3700, T0 + 5 * MS);
        assertThat(first.calls).doesNotContain("timer at 11 ms");
        feed(events.status(RB, InstrumentStatus.CONTINUOUS, T0 + 11 * MS));

        assertThat(first.calls).endsWith("timer at 11 ms");
    }

    @Test
    void contextCalledFromAThreadTheStrategyStartedIsRefused() throws InterruptedException
    {
        ready();
        final AtomicReference<Throwable> thrown = new AtomicReference<>();
        final Thread foreign = new Thread(() ->
        {
            try
            {
                first.context.order();
            }
            catch (final Throwable t)
            {
                thrown.set(t);
            }
        }, "strategy-helper");

        foreign.start();
        foreign.join();

        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("strategy first")
            .hasMessageContaining("strategy-helper");
    }

    @Test
    void accountShowsTheFundsOfTheLastAccountQueryThisThreadHandled()
    {
        feed(events.tradingAccount(1_000_000, 900_000, 100_000, 12.5, 300, T0));
        ready();
        final AccountView account = first.context.account();
        assertThat(account.name()).isEqualTo(ACCOUNT);
        assertThat(account.balance()).isEqualTo(1_000_000);

        feed(events.tradingAccount(1_000_050, 899_000, 101_000, 15, 350, T0 + MS));

        assertThat(account.balance()).isEqualTo(1_000_050);
        assertThat(account.available()).isEqualTo(899_000);
        assertThat(account.margin()).isEqualTo(101_000);
        assertThat(account.commission()).isEqualTo(15);
        assertThat(account.closePnl()).isEqualTo(350);
    }

    @Test
    void accountPositionPnlIsThatOfTheStrategysOwnPositionsAtTheTicksItHandled()
    {
        ready();
        first.onTick = context -> first.buy(3700);
        tick(3700, T0 + MS);
        first.onTick = context -> {};
        final WorkingOrder order = first.sent.get(0);
        feed(events.rtnOrder(order.orderRef(), OrderStatus.NO_TRADE_QUEUEING, "  1001", T0 + 2 * MS));
        feed(events.trade("T1", order.orderRef(), "  1001", Direction.BUY, OffsetFlag.OPEN, 3700, 1, T0 + 3 * MS));
        feed(events.tradingAccount(1_000_000, 900_000, 100_000, 0, 0, T0 + 4 * MS));

        tick(3712, T0 + 5 * MS);

        assertThat(first.context.account().positionPnl()).isEqualTo(120); // 12 points, 10 t a lot
        assertThat(second.context.account().positionPnl()).isZero(); // the same account, not its position
    }

    @Test
    void commandsComingRoundTheRingMoveNeitherTheClockNorTheTimers()
    {
        ready();
        first.onTick = context -> first.buy(3700);
        tick(3700, T0 + MS);
        first.onTick = context -> {};
        final UnsafeBuffer command = published.events.get(0);
        published.header(0).epochNanos(T0 + 60_000 * MS); // a command stamped a minute later

        feed(RingEvent.over(command));

        assertThat(first.context.now()).isEqualTo(T0 + MS);
    }
}
