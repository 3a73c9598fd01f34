package org.ctpengine.sim;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.RspUserLoginFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code state_dir}: the counter outlives the process that loaded it. A simulator in one process is the same
 * library instance for the whole JVM, so a restart is played here as the next process would see it: the state
 * directory detached, a fresh day started (what a new process has before it reads the directory), then the
 * directory named again.
 */
class StatePersistenceTest extends SimFrontTest
{
    @TempDir
    Path stateDir;

    /** Logs in with RESUME, fills one order and rests another, and releases the instance. */
    private int tradeThenStop(final String profile)
    {
        start(profile, "flow_window_ms 0", "state_dir " + stateDir);
        front.control().setBook(RB, 3499, 5, 3500, 5);
        final SimTrader first = front.trader("t");
        final int session = first.login(ResumeType.RESUME).struct(new RspUserLoginFlyweight(front.profile())).sessionId();
        first.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 3, "1");
        first.insertOrder(11, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 1, "2");
        assertThat(first.drain()).isNotEmpty();
        first.api().release();
        return session;
    }

    /** What a new process sees before it names the directory: a fresh day; then the saved counter. */
    private void restartProcess()
    {
        front.configure("state_dir none");
        front.control().reset();
        front.configure("tick_interval_ms 0");
        front.configure("flow_window_ms 0");
        final SimTrader fresh = front.trader("probe");
        fresh.login();
        fresh.reqQryOrder(30);
        assertThat(fresh.drain()).extracting(RecordedCallback::hasStruct).containsExactly(false);
        fresh.api().release();
        front.configure("state_dir " + stateDir);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void writesTheStateFileAfterChanges(final String profile)
    {
        tradeThenStop(profile);
        assertThat(stateDir.resolve("ctpsim-state.bin")).isRegularFile();
        assertThat(stateDir.resolve("ctpsim-state.bin.tmp")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restartedCounterAnswersQueriesAsBefore(final String profile)
    {
        tradeThenStop(profile);
        restartProcess();
        final SimTrader again = loginAndQueryTheTradedAndRestingOrder();
        again.reqQryTrade(21);
        final List<RecordedCallback> trades = again.drain();
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).struct(new TradeFlyweight(front.profile())).volume()).isEqualTo(3);
        again.reqQryInvestorPosition(22);
        final InvestorPositionFlyweight position = again.drain().get(0).struct(new InvestorPositionFlyweight(front.profile()));
        assertThat(position.position()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void restingOrderOfTheKilledProcessStillMatches(final String profile)
    {
        tradeThenStop(profile);
        restartProcess();
        front.control().marketTrade(RB, 3489, 1);
        final SimTrader again = front.trader("t");
        again.login(ResumeType.RESUME);
        assertThat(orderEvents(again.drain())).containsExactly("OnRtnOrder Accepted/AllTraded", "OnRtnTrade 1@3490.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void sessionIdsContinueAfterARestart(final String profile)
    {
        final int first = tradeThenStop(profile);
        restartProcess();
        final SimTrader again = front.trader("t3");
        final int next = again.login().struct(new RspUserLoginFlyweight(front.profile())).sessionId();
        assertThat(next).isEqualTo(first + 1); // the saved sequence, not the fresh day's (which the probe took)
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void logBytesPastTheSnapshotAreIgnored(final String profile) throws Exception
    {
        tradeThenStop(profile);
        // A process killed between appending to a log and renaming the snapshot leaves bytes no snapshot names.
        Files.write(stateDir.resolve("ctpsim-orders.log"), new byte[] { 1, 2, 3, 4, 5 }, StandardOpenOption.APPEND);
        restartProcess();
        loginAndQueryTheTradedAndRestingOrder();
    }

    /** A new session's order query after the restart: the filled order and the resting one, as before it. */
    private SimTrader loginAndQueryTheTradedAndRestingOrder()
    {
        final SimTrader again = front.trader("t2");
        again.login();
        again.reqQryOrder(20);
        final OrderFlyweight order = new OrderFlyweight(front.profile());
        assertThat(again.drain()).extracting(c -> c.struct(order).orderStatus())
            .containsExactly(OrderStatus.ALL_TRADED, OrderStatus.NO_TRADE_QUEUEING);
        return again;
    }

    @Test
    void aStateOfTheOtherProfileStartsANewDay()
    {
        tradeThenStop(SimLibrary.PROFILES.get(0));
        front.close();
        start(SimLibrary.PROFILES.get(1), "flow_window_ms 0", "state_dir " + stateDir);
        final SimTrader other = front.trader("t");
        other.login();
        other.reqQryOrder(20);
        assertThat(other.drain()).extracting(RecordedCallback::hasStruct).containsExactly(false);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void withoutAStateDirectoryNothingIsWritten(final String profile) throws Exception
    {
        start(profile);
        front.trader("t").login();
        try (var files = Files.list(stateDir))
        {
            assertThat(files).isEmpty();
        }
    }
}
