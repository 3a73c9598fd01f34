package org.ctpengine.engine.risk;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalRiskTest
{
    @Test
    void cancelsFromEveryThreadCountTowardsTheInstrumentsDailyLimit() throws Exception
    {
        final GlobalRisk risk = new GlobalRisk(new RiskLimits(10, 0, 0, 0, 0, 0, 400, false, false, false), 4);
        final CountDownLatch go = new CountDownLatch(1);
        final Thread[] threads = new Thread[4];
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
                for (int i = 0; i < 100; i++)
                {
                    risk.onCancelSent(2);
                }
            });
            threads[t].start();
        }
        go.countDown();
        for (final Thread thread : threads)
        {
            thread.join();
        }

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
}
