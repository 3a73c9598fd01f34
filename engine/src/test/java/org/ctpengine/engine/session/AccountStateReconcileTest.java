package org.ctpengine.engine.session;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.PosiDirection;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.time.Exchange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A login's reconciliation of the account book against the counter's trade and position queries. */
class AccountStateReconcileTest
{
    private final InstrumentRegistry instruments = new InstrumentRegistry(16);
    private final int rb = instruments.define("rb2501", Exchange.SHFE, 1, 10, 0.1);
    private final AccountState account = new AccountState("sim", instruments);
    private final TradeFlyweight trade = new TradeFlyweight(AbiProfiles.byId("6.7.8"));
    private final InvestorPositionFlyweight row = new InvestorPositionFlyweight(AbiProfiles.byId("6.7.8"));
    private final List<String> found = new ArrayList<>();
    private final AccountState.Differences differences = new AccountState.Differences()
    {
        @Override
        public void tradeMissing(final String exchangeId, final String tradeId, final int instrument, final byte direction,
            final byte offsetFlag, final int volume, final double price)
        {
            found.add("trade " + tradeId.trim() + " " + volume);
        }

        @Override
        public void positionTaken(final int instrument, final boolean isLong, final long engineTotal,
            final long engineToday, final long counterTotal, final long counterToday)
        {
            found.add((isLong ? "long " : "short ") + engineTotal + "/" + engineToday + " -> " + counterTotal + "/" +
                counterToday);
        }
    };

    private void trade(final String tradeId, final int volume)
    {
        trade.wrap(new UnsafeBuffer(new byte[trade.sizeInBytes()]), 0);
        trade.exchangeId("SHFE").tradeId(tradeId).instrumentId("rb2501").direction(Direction.BUY)
            .offsetFlag(OffsetFlag.OPEN).volume(volume).price(3500);
        account.onTrade(trade);
    }

    private void counterLong(final int total, final int today)
    {
        row.wrap(new UnsafeBuffer(new byte[row.sizeInBytes()]), 0);
        row.instrumentId("rb2501").posiDirection(PosiDirection.LONG).position(total).todayPosition(today).openCost(35000.0 * total);
        account.onCounterPosition(row);
    }

    @Test
    void aTradeTheCounterDoesNotListStopsCountingAndThePositionIsTheCounters()
    {
        trade("1", 1);
        trade("2", 2);
        account.beginReconcile();
        trade("2", 2); // the login's trade query lists only this one
        account.onCounterTradesComplete();
        counterLong(2, 2);
        account.onCounterPositionsComplete();

        account.endReconcile(differences);

        assertThat(found).containsExactly("trade 1 1", "long 3/3 -> 2/2");
        assertThat(account.tradesApplied()).isEqualTo(1);
        final Position position = account.positionOrNull(rb);
        assertThat(position.longTotal()).isEqualTo(2);
        assertThat(position.longToday()).isEqualTo(2);
    }

    @Test
    void booksThatAgreeWithTheCounterAreLeftAlone()
    {
        trade("1", 1);
        account.beginReconcile();
        trade("1", 1);
        account.onCounterTradesComplete();
        counterLong(1, 1);
        account.onCounterPositionsComplete();

        account.endReconcile(differences);

        assertThat(found).isEmpty();
        assertThat(account.tradesApplied()).isEqualTo(1);
    }

    @Test
    void queriesThatDidNotAnswerInFullJudgeNothing()
    {
        trade("1", 1);
        account.beginReconcile(); // neither query completes (an error, a disconnect)

        account.endReconcile(differences);

        assertThat(found).isEmpty();
        assertThat(account.positionOrNull(rb).longTotal()).isEqualTo(1);
    }

    @Test
    void aRollMakesTodaysLotsYesterdaysAndForgetsTheDaysTrades()
    {
        trade("1", 1);
        account.rollToNextTradingDay();

        assertThat(account.positionOrNull(rb).longYesterday()).isEqualTo(1);
        assertThat(account.positionOrNull(rb).longToday()).isZero();
        assertThat(account.tradesApplied()).isZero();
        trade("1", 1); // TradeIDs start again: the new day's trade 1 is another trade
        assertThat(account.tradesApplied()).isEqualTo(1);
        assertThat(account.positionOrNull(rb).longTotal()).isEqualTo(2);
    }
}
