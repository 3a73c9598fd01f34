package org.ctpengine.engine.position;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PositionTest
{
    @Test
    void opensAccumulateTodaysLotsAtTheirAveragePrice()
    {
        final Position rb = new Position(true, 10);

        rb.onTrade(Direction.BUY, OffsetFlag.OPEN, 2, 3700);
        rb.onTrade(Direction.BUY, OffsetFlag.OPEN, 2, 3710);

        assertThat(rb.longToday()).isEqualTo(4);
        assertThat(rb.longAveragePrice()).isCloseTo(3705.0, within(1e-9));
        assertThat(rb.net()).isEqualTo(4);
    }

    @Test
    void shfeCloseTodayTakesOnlyTodaysLotsAndCloseTakesOnlyYesterdays()
    {
        final Position rb = new Position(true, 10);
        rb.addYesterday(true, 3, 3 * 3600 * 10);
        rb.onTrade(Direction.BUY, OffsetFlag.OPEN, 2, 3700);

        assertThat(rb.onTrade(Direction.SELL, OffsetFlag.CLOSE_TODAY, 3, 3710)).as("short of today's lots").isEqualTo(1);
        assertThat(rb.longToday()).isZero();
        assertThat(rb.longYesterday()).isEqualTo(3);

        assertThat(rb.onTrade(Direction.SELL, OffsetFlag.CLOSE, 2, 3710)).isZero();
        assertThat(rb.longYesterday()).isEqualTo(1);
    }

    @Test
    void otherExchangesCloseYesterdaysLotsFirst()
    {
        final Position m = new Position(false, 10);
        m.addYesterday(false, 2, 2 * 3000 * 10);
        m.onTrade(Direction.SELL, OffsetFlag.OPEN, 2, 3010);

        m.onTrade(Direction.BUY, OffsetFlag.CLOSE, 3, 3000);

        assertThat(m.shortYesterday()).isZero();
        assertThat(m.shortToday()).isEqualTo(1);
    }

    @Test
    void realisedAndUnrealisedPnlFollowTheMultiplier()
    {
        final Position rb = new Position(true, 10);
        rb.onTrade(Direction.BUY, OffsetFlag.OPEN, 2, 3700);
        rb.mark(3720);
        assertThat(rb.unrealisedPnl()).isCloseTo(2 * 20 * 10, within(1e-6));

        rb.onTrade(Direction.SELL, OffsetFlag.CLOSE_TODAY, 1, 3730);

        assertThat(rb.realisedPnl()).isCloseTo(30 * 10, within(1e-6));
        assertThat(rb.unrealisedPnl()).isCloseTo(20 * 10, within(1e-6));
    }

    @Test
    void shortPnlGainsWhenThePriceFalls()
    {
        final Position cu = new Position(true, 5);
        cu.onTrade(Direction.SELL, OffsetFlag.OPEN, 1, 70000);
        cu.mark(69900);

        assertThat(cu.unrealisedPnl()).isCloseTo(100 * 5, within(1e-6));
        cu.onTrade(Direction.BUY, OffsetFlag.CLOSE_TODAY, 1, 69800);
        assertThat(cu.realisedPnl()).isCloseTo(200 * 5, within(1e-6));
        assertThat(cu.shortTotal()).isZero();
    }

    @Test
    void aNewTradingDayTurnsTodaysLotsIntoYesterdays()
    {
        final Position rb = new Position(true, 10);
        rb.onTrade(Direction.BUY, OffsetFlag.OPEN, 2, 3700);

        rb.rollToNextTradingDay();

        assertThat(rb.longToday()).isZero();
        assertThat(rb.longYesterday()).isEqualTo(2);
    }
}
