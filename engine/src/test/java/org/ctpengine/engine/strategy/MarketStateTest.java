package org.ctpengine.engine.strategy;

import org.ctpengine.adapter.codes.InstrumentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.engine.strategy.StrategyEvents.RB;
import static org.ctpengine.engine.strategy.StrategyEvents.T0;

/** The market one strategy thread has seen: limits, trading status and the event clock, from hand-built events. */
class MarketStateTest
{
    private final StrategyEvents events = new StrategyEvents();
    private final MarketState market = new MarketState(StrategyEvents.instruments());

    @Test
    void clockFollowsEventTimesButNeverRunsBackwards()
    {
        market.onEvent(1, T0 + 5);
        market.onEvent(2, T0 + 3);

        assertThat(market.now()).isEqualTo(T0 + 5);
        assertThat(market.sequence()).isEqualTo(2);
    }

    @Test
    void limitsAreUnknownBeforeTheFirstTick()
    {
        assertThat(market.upperLimit(0)).isNaN();
        assertThat(market.lowerLimit(0)).isNaN();
    }

    @Test
    void tickOfAKnownInstrumentSetsItsLimitBand()
    {
        events.tick(3700, 3500, 3900, T0);

        final int instrument = market.onTick(events.depth());

        assertThat(instrument).isZero();
        assertThat(market.lowerLimit(0)).isEqualTo(3500);
        assertThat(market.upperLimit(0)).isEqualTo(3900);
    }

    @Test
    void tickOfAnInstrumentWithoutReferenceDataIsIgnored()
    {
        events.tick(3700, 3500, 3900, T0);
        events.depth().instrumentId("ag2612");

        assertThat(market.onTick(events.depth())).isEqualTo(-1);
        assertThat(market.upperLimit(0)).isNaN();
    }

    @Test
    void instrumentLeavesAndReentersContinuousTradingByStatusReturns()
    {
        assertThat(market.isContinuousTrading(0)).isTrue();

        events.status(RB, InstrumentStatus.AUCTION_ORDERING, T0);
        market.onInstrumentStatus(events.status());
        assertThat(market.isContinuousTrading(0)).isFalse();

        events.status(RB, InstrumentStatus.CONTINUOUS, T0);
        market.onInstrumentStatus(events.status());
        assertThat(market.isContinuousTrading(0)).isTrue();
    }

    @Test
    void tickWithoutUpdateTimeTakesItsReceiveTime()
    {
        events.tick(3700, 3500, 3900, T0);

        assertThat(market.exchangeTime(events.depth(), 0, T0 + 7)).isEqualTo(T0 + 7);
    }

    @Test
    void tickTimeComesFromActionDayUpdateTimeAndMillisec()
    {
        events.tick(3700, 3500, 3900, T0);
        events.depth().actionDay("20261205").updateTime("09:00:01").updateMillisec(500);

        // SHFE trades on Beijing time (UTC+8): 09:00:01.5 there is 01:00:01.5 UTC, one and a half seconds past T0
        assertThat(market.exchangeTime(events.depth(), 0, T0)).isEqualTo(T0 + 1_500_000_000L);
    }
}
