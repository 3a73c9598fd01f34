package org.ctpengine.engine.risk;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskCheckerTest
{
    private static final int RB = 0;
    private static final long SECOND = 1_000_000_000L;

    /** One instrument, rb: tick 1.0, band 3500..3900, continuous trading. */
    private static final class Book implements RiskView
    {
        boolean trading = true;
        long longExposure;
        long shortExposure;
        double ownBid = Double.NaN;
        double ownAsk = Double.NaN;

        @Override
        public boolean isKnown(final int instrument)
        {
            return instrument == RB;
        }

        @Override
        public double tickSize(final int instrument)
        {
            return 1.0;
        }

        @Override
        public double upperLimit(final int instrument)
        {
            return 3900.0;
        }

        @Override
        public double lowerLimit(final int instrument)
        {
            return 3500.0;
        }

        @Override
        public boolean isContinuousTrading(final int instrument)
        {
            return trading;
        }

        @Override
        public long longExposure(final int instrument)
        {
            return longExposure;
        }

        @Override
        public long shortExposure(final int instrument)
        {
            return shortExposure;
        }

        @Override
        public double bestOwnBid(final int instrument)
        {
            return ownBid;
        }

        @Override
        public double bestOwnAsk(final int instrument)
        {
            return ownAsk;
        }
    }

    private final Book book = new Book();
    private final RiskChecker risk = new RiskChecker(
        new RiskLimits(5, 10, 3, 2, 100, 100, 4, true, true, true), book, 8);

    private RiskRejectReason buyOpen(final double price, final long volume)
    {
        return risk.checkOrder(RB, Direction.BUY, OffsetFlag.OPEN, price, volume, 0);
    }

    @Test
    void passesAnOrderInsideEveryLimit()
    {
        assertThat(buyOpen(3700.0, 2)).isEqualTo(RiskRejectReason.NONE);
    }

    @Test
    void rejectsOrderVolumeAboveMaximum()
    {
        assertThat(buyOpen(3700.0, 6)).isEqualTo(RiskRejectReason.ORDER_VOLUME);
    }

    @Test
    void rejectsOpenThatWouldExceedThePositionLimitButNotACloseOfTheSameSize()
    {
        book.longExposure = 8;

        assertThat(buyOpen(3700.0, 3)).isEqualTo(RiskRejectReason.POSITION_LIMIT);
        assertThat(risk.checkOrder(RB, Direction.BUY, OffsetFlag.CLOSE, 3700.0, 3, 0)).isEqualTo(RiskRejectReason.NONE);
    }

    @Test
    void rejectsPriceOffTickAndOutsideTheBand()
    {
        assertThat(buyOpen(3700.5, 1)).isEqualTo(RiskRejectReason.PRICE_OFF_TICK);
        assertThat(buyOpen(3901.0, 1)).isEqualTo(RiskRejectReason.PRICE_OUTSIDE_BAND);
        assertThat(buyOpen(3499.0, 1)).isEqualTo(RiskRejectReason.PRICE_OUTSIDE_BAND);
    }

    @Test
    void rejectsWhenTheInstrumentIsNotTradingOrUnknown()
    {
        book.trading = false;
        assertThat(buyOpen(3700.0, 1)).isEqualTo(RiskRejectReason.NOT_TRADING);
        assertThat(risk.checkOrder(5, Direction.BUY, OffsetFlag.OPEN, 3700.0, 1, 0)).isEqualTo(RiskRejectReason.UNKNOWN_INSTRUMENT);
    }

    @Test
    void rejectsABuyThatWouldCrossTheEnginesOwnRestingSell()
    {
        book.ownAsk = 3710.0;

        assertThat(buyOpen(3710.0, 1)).isEqualTo(RiskRejectReason.SELF_TRADE);
        assertThat(buyOpen(3709.0, 1)).isEqualTo(RiskRejectReason.NONE);
        assertThat(buyOpen(Double.NaN, 1)).as("market order").isEqualTo(RiskRejectReason.SELF_TRADE);
    }

    @Test
    void rejectsTheFourthOrderInOneSecondAndAllowsItAfterTheWindow()
    {
        for (int i = 0; i < 3; i++)
        {
            assertThat(risk.checkOrder(RB, Direction.SELL, OffsetFlag.OPEN, 3700.0, 1, i)).isEqualTo(RiskRejectReason.NONE);
            risk.onOrderSent(i);
        }

        assertThat(risk.checkOrder(RB, Direction.SELL, OffsetFlag.OPEN, 3700.0, 1, SECOND / 2)).isEqualTo(RiskRejectReason.ORDER_RATE);
        assertThat(risk.checkOrder(RB, Direction.SELL, OffsetFlag.OPEN, 3700.0, 1, SECOND)).isEqualTo(RiskRejectReason.NONE);
    }

    @Test
    void enforcesTheExchangesPerInstrumentDailyCancelLimitUntilANewTradingDay()
    {
        for (int i = 0; i < 4; i++)
        {
            final long now = i * SECOND;
            assertThat(risk.checkCancel(RB, now)).isEqualTo(RiskRejectReason.NONE);
            risk.onCancelSent(RB, now);
        }

        assertThat(risk.checkCancel(RB, 10 * SECOND)).isEqualTo(RiskRejectReason.INSTRUMENT_CANCELS_PER_DAY);
        risk.onNewTradingDay();
        assertThat(risk.checkCancel(RB, 11 * SECOND)).isEqualTo(RiskRejectReason.NONE);
    }

    @Test
    void killSwitchBlocksNewOrdersButNotCancels()
    {
        risk.killSwitch(true);

        assertThat(buyOpen(3700.0, 1)).isEqualTo(RiskRejectReason.KILL_SWITCH);
        assertThat(risk.checkCancel(RB, 0)).isEqualTo(RiskRejectReason.NONE);
    }
}
