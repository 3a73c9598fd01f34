package org.ctpengine.engine.session;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.recovery.DailyCounts;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredPosition;
import org.ctpengine.engine.recovery.RecoveredTrade;
import org.ctpengine.engine.time.Exchange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A warm restart's account book: start-of-day holdings and the day's trades, then nothing counted twice. */
class AccountStateRecoveryTest
{
    private final InstrumentRegistry instruments = new InstrumentRegistry(16);
    private final int rb = instruments.define("rb2501", Exchange.SHFE, 1, 10, 0.1);
    private final AccountState account = new AccountState("sim", instruments);
    private final TradeFlyweight trade = new TradeFlyweight(AbiProfiles.byId("6.7.8"));

    private RecoveredAccount recovered(final List<RecoveredPosition> startOfDay)
    {
        return new RecoveredAccount("sim", "20241105", 7, startOfDay, List.of(
            new RecoveredTrade("SHFE", "      1", "rb2501", Direction.BUY, OffsetFlag.OPEN, 1, 3510, "s"),
            new RecoveredTrade("SHFE", "      2", "rb2501", Direction.SELL, OffsetFlag.CLOSE, 1, 3520, null)),
            List.of(), DailyCounts.NONE, Map.of());
    }

    private boolean liveTrade(final String tradeId)
    {
        trade.wrap(new UnsafeBuffer(new byte[trade.sizeInBytes()]), 0);
        trade.exchangeId("SHFE").tradeId(tradeId).instrumentId("rb2501").direction(Direction.BUY)
            .offsetFlag(OffsetFlag.OPEN).volume(1).price(3530);
        return account.onTrade(trade);
    }

    @Test
    void startOfDayHoldingsThenTheDaysTrades()
    {
        account.recover(recovered(List.of(new RecoveredPosition("rb2501", true, 2, 3500))));

        final Position position = account.positionOrNull(rb);
        assertThat(position.longYesterday()).isEqualTo(1); // SHFE: the close took a lot held since yesterday
        assertThat(position.longToday()).isEqualTo(1);
        assertThat(account.isStartOfDayLoaded()).isTrue();
        assertThat(account.tradesApplied()).isEqualTo(2);
    }

    @Test
    void aRecoveredTradeReplayedByTheCounterIsNotCountedAgain()
    {
        account.recover(recovered(List.of()));

        assertThat(liveTrade("      1")).isFalse();
        assertThat(liveTrade("      3")).isTrue();
        assertThat(account.duplicateTrades()).isEqualTo(1);
        assertThat(account.positionOrNull(rb).longTotal()).isEqualTo(2);
    }

    @Test
    void withoutJournaledHoldingsTheQueriesRebuildTheDay()
    {
        account.recover(recovered(null));

        assertThat(account.isStartOfDayLoaded()).isFalse();
        assertThat(account.tradesApplied()).isZero();
        assertThat(liveTrade("      1")).as("the trade query's rows count").isTrue();
    }
}
