package org.ctpengine.engine.session;

import org.ctpengine.adapter.abi.AbiProfiles;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.ring.SessionState;

class AccountLinkTest
{
    private final AccountLink link = new AccountLink("a", 0, AbiProfiles.byId("6.7.8"), null, "9999", "000001");

    /** One insert's OrderRef, as a strategy thread takes it. */
    private long nextOrderRef()
    {
        final long ref = link.beginInsert();
        link.endInsert();
        return ref;
    }

    @Test
    void orderRefsStartAboveTheCountersMaxOrderRefAndNeverRewind()
    {
        link.onSessionState(SessionState.CONFIRMING, 1, 7, 41);
        assertThat(nextOrderRef()).isEqualTo(42);
        assertThat(nextOrderRef()).isEqualTo(43);

        link.onSessionState(SessionState.CONFIRMING, 1, 8, 10); // a re-login reporting a lower MaxOrderRef
        assertThat(nextOrderRef()).isEqualTo(44);
        assertThat(link.sessionId()).isEqualTo(8);
    }

    @Test
    void anEventOfTheOldDayHandledLateDoesNotCarryItsRefsOrSessionIntoTheNewDay()
    {
        link.onSessionState(SessionState.READY, 1, 7, 1, 20241106);
        assertThat(nextOrderRef()).isEqualTo(2);
        assertThat(nextOrderRef()).isEqualTo(3);

        // the engine thread rolls to the next trading day and logs in: refs start again above the new MaxOrderRef
        link.onNewTradingDay(20241108);
        link.onLogin(1, 8, 1);
        // only now does a strategy thread handle the old session's disconnect, which carried the old day's last ref
        link.onSessionState(SessionState.DISCONNECTED, 1, 7, 3, 20241106);

        assertThat(nextOrderRef()).isEqualTo(2);
        assertThat(link.sessionId()).isEqualTo(8);
        link.onSessionState(SessionState.READY, 1, 8, 1, 20241108); // the new day's own events still count
        assertThat(nextOrderRef()).isEqualTo(3);
    }

    @Test
    void aWarmRestartContinuesAfterTheHighestJournaledRef()
    {
        link.raiseOrderRefFloor(500);
        link.onSessionState(SessionState.CONFIRMING, 1, 7, 7);

        assertThat(nextOrderRef()).isEqualTo(501);
    }

    @Test
    void threadsInsertingIntoOneAccountSendTheirRefsInRefOrder() throws Exception
    {
        link.onSessionState(SessionState.CONFIRMING, 1, 7, 100);
        final int threads = 4;
        final int perThread = 20_000;
        final long[] sendOrder = new long[threads * perThread];
        final int[] sent = new int[1]; // written only inside the turnstile
        final CountDownLatch go = new CountDownLatch(1);
        final Thread[] senders = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            senders[t] = new Thread(() ->
            {
                try
                {
                    go.await();
                }
                catch (final InterruptedException e)
                {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < perThread; i++)
                {
                    final long ref = link.beginInsert();
                    try
                    {
                        sendOrder[sent[0]++] = ref; // what the counter would receive, in arrival order
                    }
                    finally
                    {
                        link.endInsert();
                    }
                }
            });
            senders[t].start();
        }
        go.countDown();
        for (final Thread sender : senders)
        {
            sender.join();
        }

        assertThat(sent[0]).isEqualTo(threads * perThread);
        for (int i = 0; i < sendOrder.length; i++)
        {
            assertThat(sendOrder[i]).isEqualTo(101 + i);
        }
    }

    @Test
    void readyOnlyInTheReadyState()
    {
        link.onSessionState(SessionState.READY, 1, 7, 0);
        assertThat(link.isReady()).isTrue();
        link.onSessionState(SessionState.DISCONNECTED, 0, 0, 0);
        assertThat(link.isReady()).isFalse();
    }
}
