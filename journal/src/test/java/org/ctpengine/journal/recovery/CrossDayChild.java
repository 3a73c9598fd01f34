package org.ctpengine.journal.recovery;

import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.sim.SimControl;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * The first engine process of {@link CrossDayWarmStartTest}, in a child JVM: {@code ROOT SIM_STATE} trades two rounds
 * of a {@link LifecycleTrader} (two fills, one resting buy cancelled, one left live), prints {@code ready} once its journal holds both,
 * and waits to be killed.
 */
public final class CrossDayChild
{
    private static final long DEADLINE_NANOS = 60_000_000_000L;

    private CrossDayChild()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final Path root = Path.of(args[0]);
        final SimControl counter = RestartSession.freshSimulator(Path.of(args[1]));
        final LifecycleTrader trader = new LifecycleTrader(1, 1, 2);
        final RestartSession session = RestartSession.start(root, trader, false, counter);
        final long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (true)
        {
            final RecoveredAccount account = session.journaled().account(RestartSession.ACCOUNT);
            if (trader.settled() && account != null && trader.rounds.get() == 2 && account.trades().size() == 2 &&
                account.liveOrders().size() == 1 && account.ordersToday().cancels() == 1 &&
                !account.liveOrders().get(0).orderSysId().isEmpty())
            {
                break;
            }
            if (System.nanoTime() > deadline)
            {
                throw new AssertionError("the first run did not settle in its journal: " + account);
            }
            LockSupport.parkNanos(20_000_000L); // polling with a deadline
        }
        System.out.println("ready ref=" + trader.restingRef());
        new CountDownLatch(1).await(); // until the test kills this process
    }
}
