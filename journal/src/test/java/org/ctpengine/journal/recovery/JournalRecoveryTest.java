package org.ctpengine.journal.recovery;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredOrder;
import org.ctpengine.engine.recovery.RecoveredTrade;
import org.ctpengine.engine.recovery.WarmStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Recovery from a journal an engine in this process is writing: what it reads back equals what the engine holds
 * (OrderRefs, live orders with their identity, trades once each, daily counts), and only for the journal's day.
 */
class JournalRecoveryTest
{
    @TempDir
    static Path root;

    private static RestartSession session;
    private static RecoveredAccount recovered;

    @BeforeAll
    static void tradeAndReadBack() throws Exception
    {
        final RestartTrader trader = new RestartTrader(false);
        session = RestartSession.start(root, trader, false, RestartSession.freshSimulator(null));
        assertThat(trader.settled.await(60, TimeUnit.SECONDS)).as("first run settled").isTrue();
        // The journal is written on its own thread: read it back until it has caught up with the engine.
        await().atMost(30, TimeUnit.SECONDS).until(() ->
        {
            final RecoveredAccount account = session.journaled().account(RestartSession.ACCOUNT);
            final boolean caughtUp = account != null && account.liveOrders().size() == 2 && account.trades().size() == 1 &&
                account.ordersToday().cancels() == 1 && account.liveOrders().stream().allMatch(o -> !o.orderSysId().isEmpty());
            recovered = caughtUp ? account : null;
            return caughtUp;
        });
    }

    @AfterAll
    static void stop()
    {
        if (session != null)
        {
            session.close();
        }
    }

    @Test
    void continuesAboveTheHighestOrderRefTheEngineUsed()
    {
        assertThat(recovered.maxOrderRef()).isEqualTo(session.engine.accountLink(RestartSession.ACCOUNT).lastOrderRef());
        assertThat(recovered.liveOrders()).allMatch(order -> order.orderRef() < recovered.maxOrderRef() + 1);
    }

    @Test
    void liveOrdersAreTheEnginesWithTheirSessionIdentityAndOwner()
    {
        final List<WorkingOrder> engineLive = session.engine.liveStrategyOrders(RestartSession.ACCOUNT);
        assertThat(recovered.liveOrders()).extracting(RecoveredOrder::orderRef)
            .containsExactlyElementsOf(engineLive.stream().map(WorkingOrder::orderRef).toList());
        final var link = session.engine.accountLink(RestartSession.ACCOUNT);
        for (final RecoveredOrder order : recovered.liveOrders())
        {
            assertThat(order.frontId()).isEqualTo(link.frontId());
            assertThat(order.sessionId()).isEqualTo(link.sessionId());
            assertThat(order.strategy()).isEqualTo(RestartTrader.NAME);
            assertThat(order.instrumentId()).isEqualTo(RestartTrader.INSTRUMENT);
            assertThat(order.state()).isEqualTo(OrderState.ACCEPTED);
            assertThat(order.exchangeId()).isEqualTo("SHFE");
        }
        assertThat(recovered.liveOrders()).extracting(RecoveredOrder::direction, RecoveredOrder::limitPrice)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Direction.BUY, 3490.0),
                org.assertj.core.groups.Tuple.tuple(Direction.SELL, 3520.0));
    }

    @Test
    void everyTradeOnceWithTheStrategyItFilled()
    {
        assertThat(recovered.trades()).hasSize(1);
        final RecoveredTrade trade = recovered.trades().get(0);
        assertThat(trade.volume()).isEqualTo(2);
        assertThat(trade.strategy()).isEqualTo(RestartTrader.NAME);
        assertThat(recovered.trades().size())
            .isEqualTo(session.engine.accountBook(RestartSession.ACCOUNT).tradesApplied());
    }

    @Test
    void dailyCountsPerAccountAndStrategy()
    {
        assertThat(recovered.ordersToday().orders()).isEqualTo(4);
        assertThat(recovered.ordersToday().cancelsByInstrument()).containsExactlyEntriesOf(Map.of("rb2501", 1));
        assertThat(recovered.countsOf(RestartTrader.NAME)).isEqualTo(recovered.ordersToday());
        assertThat(session.engine.globalRisk().cancelsToday(session.engine.instruments().indexOf("rb2501"))).isEqualTo(1);
    }

    @Test
    void startOfDayHoldingsComeFromTheDaysPositionQuery()
    {
        assertThat(recovered.hasStartOfDay()).isTrue();
        assertThat(recovered.startOfDay()).isEmpty(); // the simulated account held nothing overnight
        assertThat(recovered.tradingDay()).isEqualTo("20241105");
    }

    @Test
    void referenceDataOfTheDayComesAlong()
    {
        final WarmStart state = session.journaled();
        assertThat(state.instruments()).extracting(i -> i.instrumentId()).contains("rb2501", "m2501");
    }

    @Test
    void aJournalWhoseDayIsOverGivesNothingToContinue()
    {
        final long tomorrow = System.currentTimeMillis() * 1_000_000L + TimeUnit.DAYS.toNanos(1);
        assertThat(JournalRecovery.recover(root.resolve("journal"), tomorrow).isEmpty()).isTrue();
    }

    @Test
    void noJournalGivesNothingToContinue()
    {
        assertThat(JournalRecovery.recover(root.resolve("nowhere")).isEmpty()).isTrue();
    }
}
