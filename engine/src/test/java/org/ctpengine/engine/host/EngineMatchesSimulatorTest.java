package org.ctpengine.engine.host;

import org.ctpengine.adapter.ResumeType;
import org.ctpengine.adapter.codes.PosiDirection;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.session.AccountState;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimFront;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ctpengine.engine.testing.SubscribingStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * After a strategy trades on two exchanges (SHFE close-today rules, DCE), the engine's positions and funds
 * equal what the simulator itself answers to position and account queries, for both ABI profiles.
 */
class EngineMatchesSimulatorTest
{
    @TempDir
    Path work;

    /** Opens 3 rb (SHFE) and 2 m (DCE) long at the ask, then closes 1 rb today at the bid. */
    static final class Trader extends SubscribingStrategy
    {
        final AtomicBoolean done = new AtomicBoolean();
        private WorkingOrder rbBuy;
        private WorkingOrder mBuy;
        private WorkingOrder rbClose;

        Trader()
        {
            super("rb2501", "m2501");
        }

        @Override
        public void onTick(final Tick tick)
        {
            if (StructFlyweight.isNoValue(tick.askPrice()) || StructFlyweight.isNoValue(tick.bidPrice()))
            {
                return;
            }
            final String id = context.instrumentInfo(tick.instrument()).instrumentId().toString();
            if (id.equals("rb2501") && rbBuy == null)
            {
                rbBuy = context.order().instrument(tick.instrument()).buy().open().limit(tick.askPrice()).volume(3).send();
            }
            else if (id.equals("m2501") && mBuy == null)
            {
                mBuy = context.order().instrument(tick.instrument()).buy().open().limit(tick.askPrice()).volume(2).send();
            }
            else if (id.equals("rb2501") && rbClose == null && rbBuy.state() == OrderState.FILLED)
            {
                rbClose = context.order().instrument(tick.instrument()).sell().closeToday().limit(tick.bidPrice()).volume(1).send();
            }
            if (rbClose != null && rbClose.state() == OrderState.FILLED && mBuy != null && mBuy.state() == OrderState.FILLED)
            {
                done.set(true);
            }
        }
    }

    static List<String> profiles()
    {
        return SimFront.profiles().toList();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void positionsAndFundsEqualTheSimulatorsQueryResults(final String profile) throws Exception
    {
        try (SimFront front = SimFront.start(profile, "tick_interval_ms 20", "flow_window_ms " + SimEngineFixture.QUERY_INTERVAL_MS))
        {
            final Trader strategy = new Trader();
            try (Engine engine = new Engine(SimEngineFixture.config(work, profile, List.of(
                SimEngineFixture.strategy("trader", strategy))), List.of()))
            {
                engine.start();
                await().atMost(30, TimeUnit.SECONDS).until(strategy.done::get);
                front.control().configure("tick_interval_ms 0"); // freeze the market: marks stop moving

                final SimTrader checker = front.trader("checker");
                checker.login(ResumeType.QUICK);
                checker.drain();
                final Map<String, long[]> simPositions = queryPositions(checker);
                final RecordedCallback simAccount = queryAccount(checker);
                final AccountState book = engine.accountBook(SimEngineFixture.ACCOUNT);
                await().atMost(10, TimeUnit.SECONDS).until(() ->
                    Math.abs(book.commission() - simAccount.doubleField("Commission")) < 1e-6);

                for (final String instrument : List.of("rb2501", "m2501"))
                {
                    final Position position = book.positionOrNull(engine.instruments().indexOf(instrument));
                    final long[] sim = simPositions.getOrDefault(instrument, new long[4]);
                    assertThat(new long[] { position.longTotal(), position.longToday(), position.shortTotal(), position.shortToday() })
                        .as("engine long/long today/short/short today of %s vs the simulator's query", instrument)
                        .containsExactly(sim);
                }
                assertThat(book.margin()).isCloseTo(simAccount.doubleField("CurrMargin"), within(1e-6));
                assertThat(book.closePnl()).isCloseTo(simAccount.doubleField("CloseProfit"), within(1e-6));
                // Balance includes the mark-to-market profit, which moved with every tick since the engine's
                // last query; what trades determine must agree exactly.
                assertThat(book.balance() - book.queriedPositionProfit()).isCloseTo(
                    simAccount.doubleField("Balance") - simAccount.doubleField("PositionProfit"), within(1e-6));
            }
        }
    }

    /** Instrument → {long, long today, short, short today} summed over the simulator's position rows. */
    private static Map<String, long[]> queryPositions(final SimTrader checker)
    {
        final Map<String, long[]> positions = new HashMap<>();
        assertThat(checker.reqQryInvestorPosition(10)).isZero();
        RecordedCallback row;
        do
        {
            row = checker.expect("OnRspQryInvestorPosition");
            if (row.hasStruct())
            {
                final long[] sums = positions.computeIfAbsent(row.text("InstrumentID"), k -> new long[4]);
                final int base = row.charField("PosiDirection") == PosiDirection.LONG ? 0 : 2;
                sums[base] += row.intField("Position");
                sums[base + 1] += row.intField("TodayPosition");
            }
        }
        while (!row.isLast());
        return positions;
    }

    private static RecordedCallback queryAccount(final SimTrader checker)
    {
        // CTP's flow control: the second query inside the window is refused with -3 until the window passes.
        await().atMost(5, TimeUnit.SECONDS).pollInterval(10, TimeUnit.MILLISECONDS)
            .until(() -> checker.reqQryTradingAccount(11) == 0);
        return checker.expect("OnRspQryTradingAccount");
    }
}
