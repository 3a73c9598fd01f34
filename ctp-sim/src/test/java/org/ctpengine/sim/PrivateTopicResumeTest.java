package org.ctpengine.sim;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * THOST_TERT_RESUME across API instances: as with CTP, where a client is in its private topic is kept in the flow
 * directory, so a process restarted on the same directory gets only what it missed, and one on a fresh directory
 * gets the whole day.
 */
class PrivateTopicResumeTest extends SimFrontTest
{
    /** Logs in "t" with RESUME, rests an order, releases the instance, and fills the order while no one is there. */
    private void restingOrderFilledWhileNoInstanceRuns(final String profile)
    {
        start(profile);
        front.control().setBook(RB, 3499, 5, 3500, 5);
        final SimTrader first = front.trader("t");
        first.login(ResumeType.RESUME);
        first.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 2, "1");
        assertThat(orderEvents(first.drain())).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown", "OnRtnOrder Accepted/NoTradeQueueing");
        first.api().release();
        front.control().marketTrade(RB, 3489, 2);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void newInstanceOnTheSameFlowDirectoryResumesWhereTheLastStopped(final String profile)
    {
        restingOrderFilledWhileNoInstanceRuns(profile);
        assertThat(front.flowDirectory("t").resolve("ctpsim-private.con")).isRegularFile();
        final SimTrader restarted = front.trader("t");
        restarted.login(ResumeType.RESUME);
        assertThat(orderEvents(restarted.drain())).containsExactly("OnRtnOrder Accepted/AllTraded", "OnRtnTrade 2@3490.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void newInstanceOnAFreshFlowDirectoryResumesFromTheStartOfTheDay(final String profile)
    {
        restingOrderFilledWhileNoInstanceRuns(profile);
        final SimTrader elsewhere = front.trader("u");
        elsewhere.login(ResumeType.RESUME);
        assertThat(orderEvents(elsewhere.drain())).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing",
            "OnRtnOrder Accepted/AllTraded",
            "OnRtnTrade 2@3490.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void cursorOfAnEarlierDayIsNotReused(final String profile)
    {
        restingOrderFilledWhileNoInstanceRuns(profile);
        // A new trading day, in which another session of the same investor rests two orders first.
        front.control().reset();
        front.configure("tick_interval_ms 0");
        final SimTrader other = front.trader("x");
        other.login();
        other.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3480, 1, "1");
        other.insertOrder(11, RB, Direction.BUY, OffsetFlag.OPEN, 3481, 1, "2");
        assertThat(other.drain()).hasSize(4);

        final SimTrader restarted = front.trader("t");
        restarted.login(ResumeType.RESUME);
        assertThat(orderEvents(restarted.drain())).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing",
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing");
    }
}
