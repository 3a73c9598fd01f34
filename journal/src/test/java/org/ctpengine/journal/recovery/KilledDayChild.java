package org.ctpengine.journal.recovery;

import org.ctpengine.engine.host.Engine;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.sim.SimControl;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * One engine process of {@link KilledEachDayTest}, in a child JVM: {@code ROOT SIM_STATE DAY}. Day 1 starts the
 * simulated counter afresh (with the holiday 2024-11-07) and the engine cold; days 2 and 3 first settle the counter
 * the last process left (day 2 then opens the night session of 2024-11-06, day 3 the day session of 2024-11-08 after
 * the holiday) and start the engine warm from the journal. The {@link LifecycleTrader} trades its round (a fill, a
 * cancelled resting buy); once the journal holds it the process prints {@code report ...} and waits to be killed.
 */
public final class KilledDayChild
{
    private static final long DEADLINE_NANOS = 60_000_000_000L;

    private KilledDayChild()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final Path root = Path.of(args[0]);
        final Path simState = Path.of(args[1]);
        final int day = Integer.parseInt(args[2]);
        final SimControl counter;
        if (day == 1)
        {
            counter = RestartSession.freshSimulator(simState);
            counter.configure("holiday 20241107");
        }
        else
        {
            counter = RestartSession.runningSimulator(simState);
            counter.configure("tick_interval_ms 0");
            counter.configure("flow_window_ms 20");
            counter.settle();
            if (day == 2)
            {
                counter.advanceClock(20241105, "21:00:00");
            }
            else
            {
                counter.advanceClock(20241108, "09:00:00");
            }
            counter.setBook(LifecycleTrader.INSTRUMENT, 3499, 5, 3500, 5);
        }
        final LifecycleTrader trader = new LifecycleTrader(1, true);
        final RestartSession session = RestartSession.start(root, trader, day > 1, counter);
        final long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (true)
        {
            final RecoveredAccount account = session.journaled().account(RestartSession.ACCOUNT);
            if (trader.settled() && account != null && account.trades().size() == 1 && account.liveOrders().isEmpty() &&
                account.ordersToday().cancels() == 1)
            {
                break;
            }
            if (System.nanoTime() > deadline)
            {
                throw new AssertionError("day " + day + " did not settle in its journal: " + account);
            }
            LockSupport.parkNanos(20_000_000L); // polling with a deadline
        }
        final Engine engine = session.engine;
        final int rb = engine.instruments().indexOf(LifecycleTrader.INSTRUMENT);
        final Position position = engine.accountBook(RestartSession.ACCOUNT).positionOrNull(rb);
        System.out.println("report day=" + engine.tradingDay(RestartSession.ACCOUNT) +
            " long=" + position.longTotal() + "/" + position.longToday() + "/" + position.longYesterday() +
            " trades=" + engine.accountBook(RestartSession.ACCOUNT).tradesApplied() +
            " cancels=" + engine.globalRisk().cancelsToday(rb) +
            " refs=" + trader.orderRefs.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("") +
            " reasons=" + trader.reasons.size() +
            " counter=" + counter.tradingDay());
        new CountDownLatch(1).await(); // until the test kills this process
    }
}
