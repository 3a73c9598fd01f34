package org.ctpengine.journal.recovery;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.session.AccountState;
import org.ctpengine.sim.SimControl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * The engine process of {@link WarmRestartTest}, run in a child JVM: {@code first ROOT SIM_STATE} trades the
 * first run of {@link RestartTrader}, prints {@code ready ...} once its journal holds everything, and waits to be
 * killed; {@code second ROOT SIM_STATE} lets the market fill the resting buy while no engine runs, restarts warm
 * from the journal, trades the second run, prints {@code report ...} (what the engine holds) and waits to be
 * killed, so that the simulator's saved state is the counter exactly as the engine last saw it.
 */
public final class WarmRestartChild
{
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private WarmRestartChild()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final boolean second = "second".equals(args[0]);
        final Path root = Path.of(args[1]);
        final Path simState = Path.of(args[2]);
        final SimControl counter;
        if (second)
        {
            counter = RestartSession.runningSimulator(simState);
            counter.marketTrade(RestartTrader.INSTRUMENT, 3490, 1); // fills B while no engine is connected
        }
        else
        {
            counter = RestartSession.freshSimulator(simState);
        }
        final RestartTrader trader = new RestartTrader(second);
        final RestartSession session = RestartSession.start(root, trader, second, counter);
        if (!trader.settled.await(DEADLINE.toSeconds(), TimeUnit.SECONDS))
        {
            throw new AssertionError("the strategy did not settle within " + DEADLINE);
        }
        final AccountLink link = session.engine.accountLink(RestartSession.ACCOUNT);
        // Report only what the journal holds too: the next run starts from it.
        awaitJournal(session, second ?
            a -> a.trades().size() == 2 && a.liveOrders().size() == 1 && a.ordersToday().cancels() == 2 &&
                !a.liveOrders().get(0).orderSysId().isEmpty() :
            a -> a.trades().size() == 1 && a.liveOrders().size() == 2 && a.ordersToday().cancels() == 1 &&
                a.liveOrders().stream().allMatch(o -> !o.orderSysId().isEmpty()) && a.maxOrderRef() == link.lastOrderRef());
        System.out.println(second ? report(session.engine, trader) : "ready refs=" + trader.firstRunRefs);
        new CountDownLatch(1).await(); // until the test kills this process
    }

    private static void awaitJournal(final RestartSession session, final Predicate<RecoveredAccount> caughtUp)
    {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true)
        {
            final RecoveredAccount account = session.journaled().account(RestartSession.ACCOUNT);
            if (account != null && caughtUp.test(account))
            {
                return;
            }
            if (System.nanoTime() > deadline)
            {
                throw new AssertionError("the journal did not catch up within " + DEADLINE + ": " + account);
            }
            LockSupport.parkNanos(20_000_000L); // polling with a deadline
        }
    }

    private static String report(final Engine engine, final RestartTrader trader)
    {
        final AccountState book = engine.accountBook(RestartSession.ACCOUNT);
        final int rb = engine.instruments().indexOf(RestartTrader.INSTRUMENT);
        final Position position = book.positionOrNull(rb);
        final StringJoiner live = new StringJoiner(",");
        for (final WorkingOrder order : engine.liveStrategyOrders(RestartSession.ACCOUNT))
        {
            live.add(order.frontId() + ":" + order.sessionId() + ":" + order.orderRef());
        }
        return "report" +
            " position=" + position.longTotal() + "/" + position.longToday() + "/" + position.shortTotal() + "/" +
            position.shortToday() +
            " tradesApplied=" + book.tradesApplied() +
            " duplicateTrades=" + book.duplicateTrades() +
            " strategyPositionAtStart=" + trader.positionAtStart +
            " liveOrdersAtStart=" + trader.liveOrdersAtStart +
            " orderRefE=" + trader.orderRefE +
            " lastOrderRef=" + engine.accountLink(RestartSession.ACCOUNT).lastOrderRef() +
            " live=" + live +
            " cancelsToday=" + engine.globalRisk().cancelsToday(rb) +
            " globalExposure=" + engine.globalRisk().exposure(engine.channelOf(RestartSession.ACCOUNT), rb, Direction.BUY) +
            "/" + engine.globalRisk().exposure(engine.channelOf(RestartSession.ACCOUNT), rb, Direction.SELL) +
            " refusal=" + trader.refusal.replace(' ', '_');
    }
}
