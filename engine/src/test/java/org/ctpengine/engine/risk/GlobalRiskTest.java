package org.ctpengine.engine.risk;

import org.ctpengine.adapter.codes.Direction;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalRiskTest
{
    @Test
    void cancelsFromEveryThreadCountTowardsTheInstrumentsDailyLimit() throws Exception
    {
        final GlobalRisk risk = new GlobalRisk(new RiskLimits(10, 0, 0, 0, 0, 0, 400, false, false, false), 4);
        raceOnThreads(4, () ->
        {
            for (int i = 0; i < 100; i++)
            {
                risk.onCancelSent(2);
            }
        });

        assertThat(risk.cancelsToday(2)).isEqualTo(400);
        assertThat(risk.checkCancel(2)).isEqualTo(RiskRejectReason.INSTRUMENT_CANCELS_PER_DAY);
        assertThat(risk.checkCancel(1)).isEqualTo(RiskRejectReason.NONE);
    }

    @Test
    void capsOrderVolumeAndDailyOrders()
    {
        final GlobalRisk risk = new GlobalRisk(new RiskLimits(10, 0, 0, 0, 2, 0, 0, false, false, false), 4);

        assertThat(risk.checkOrder(11)).isEqualTo(RiskRejectReason.ORDER_VOLUME);
        risk.onOrderSent();
        risk.onOrderSent();
        assertThat(risk.checkOrder(1)).isEqualTo(RiskRejectReason.ORDERS_PER_DAY);
    }

    @Test
    void threadsRacingForThePositionLimitNeverPassItTogether() throws Exception
    {
        final GlobalRisk risk = new GlobalRisk(new RiskLimits(0, 50, 0, 0, 0, 0, 0, false, false, false), 4, 2);
        final AtomicInteger passed = new AtomicInteger();
        raceOnThreads(4, () ->
        {
            for (int i = 0; i < 1_000; i++)
            {
                if (risk.reserveOpen(1, 3, Direction.BUY, 1) == RiskRejectReason.NONE)
                {
                    passed.incrementAndGet();
                }
            }
        });

        assertThat(passed.get()).isEqualTo(50);
        assertThat(risk.exposure(1, 3, Direction.BUY)).isEqualTo(50);
        assertThat(risk.exposure(1, 3, Direction.SELL)).isZero();
        assertThat(risk.exposure(0, 3, Direction.BUY)).as("another account").isZero();
        assertThat(risk.reserveOpen(0, 3, Direction.BUY, 50)).isEqualTo(RiskRejectReason.NONE);
    }

    @Test
    void filledLotsStayCountedUnfilledOnesAndClosedOnesAreGivenBack()
    {
        final GlobalRisk risk = new GlobalRisk(new RiskLimits(0, 10, 0, 0, 0, 0, 0, false, false, false), 4, 1);
        risk.addHeldPosition(0, 1, 2, 3);

        assertThat(risk.reserveOpen(0, 1, Direction.BUY, 8)).isEqualTo(RiskRejectReason.NONE);
        assertThat(risk.reserveOpen(0, 1, Direction.BUY, 1)).isEqualTo(RiskRejectReason.GLOBAL_POSITION_LIMIT);
        // 5 of the 8 fill, the rest is cancelled: 2 held before + 5 = 7 long
        risk.releaseOpen(0, 1, Direction.BUY, 3);
        assertThat(risk.exposure(0, 1, Direction.BUY)).isEqualTo(7);
        // selling 4 to close longs frees 4 lots on the long side only
        risk.onCloseFilled(0, 1, Direction.SELL, 4);
        assertThat(risk.exposure(0, 1, Direction.BUY)).isEqualTo(3);
        assertThat(risk.exposure(0, 1, Direction.SELL)).isEqualTo(3);
        assertThat(risk.reserveOpen(0, 1, Direction.SELL, 8)).isEqualTo(RiskRejectReason.GLOBAL_POSITION_LIMIT);
        assertThat(risk.reserveOpen(0, 1, Direction.SELL, 7)).isEqualTo(RiskRejectReason.NONE);
        // closing more than the engine knows of (another client's lots) never makes room below zero
        risk.onCloseFilled(0, 1, Direction.SELL, 100);
        assertThat(risk.exposure(0, 1, Direction.BUY)).isZero();
    }

    @Test
    void anUnsetPositionLimitTracksNothing()
    {
        final GlobalRisk risk = new GlobalRisk(new RiskLimits(0, 0, 0, 0, 0, 0, 0, false, false, false), 4, 1);

        assertThat(risk.reserveOpen(0, 1, Direction.BUY, 1_000_000)).isEqualTo(RiskRejectReason.NONE);
        assertThat(risk.exposure(0, 1, Direction.BUY)).isZero();
    }

    /** Runs {@code work} on {@code count} threads released together, and waits for them all. */
    private static void raceOnThreads(final int count, final Runnable work) throws InterruptedException
    {
        final CountDownLatch go = new CountDownLatch(1);
        final Thread[] threads = new Thread[count];
        for (int t = 0; t < threads.length; t++)
        {
            threads[t] = new Thread(() ->
            {
                try
                {
                    go.await();
                }
                catch (final InterruptedException e)
                {
                    Thread.currentThread().interrupt();
                }
                work.run();
            });
            threads[t].start();
        }
        go.countDown();
        for (final Thread thread : threads)
        {
            thread.join();
        }
    }
}
