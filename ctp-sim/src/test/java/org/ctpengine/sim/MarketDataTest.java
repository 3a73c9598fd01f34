package org.ctpengine.sim;

import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimFront;
import org.ctpengine.sim.testing.SimMd;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The md session through MdApi: seeded deterministic ticks, consistent DepthMarketData, night-session dates, rate. */
class MarketDataTest extends SimFrontTest
{
    private SimMd subscribed(final SimFront on, final String... instruments)
    {
        final SimMd md = on.md("m");
        md.login();
        md.subscribe(instruments);
        return md;
    }

    private List<DepthMarketDataFlyweight> ticks(final List<RecordedCallback> callbacks)
    {
        assertThat(callbacks).allMatch(c -> c.method().equals("OnRtnDepthMarketData"));
        return callbacks.stream().map(c -> c.struct(new DepthMarketDataFlyweight(front.profile()))).toList();
    }

    /** The bytes of every tick a fresh simulator sends in {@code rounds} generator rounds with {@code seed}. */
    private List<String> tickBytes(final String profile, final long seed, final int rounds)
    {
        try (SimFront fresh = SimFront.start(profile, "seed " + seed))
        {
            final SimMd md = subscribed(fresh, "rb2501", "i2501", "SR501");
            fresh.control().step(rounds);
            return md.drain().stream().map(c -> HexFormat.of().formatHex(c.structBytes())).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void sameSeedGivesTheSameTicks(final String profile)
    {
        final List<String> first = tickBytes(profile, 42, 50);
        assertThat(first).hasSize(150).doesNotHaveDuplicates();
        assertThat(tickBytes(profile, 42, 50)).isEqualTo(first);
        assertThat(tickBytes(profile, 43, 50)).isNotEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void ticksAreConsistent(final String profile)
    {
        start(profile, "seed 7");
        final SimMd md = subscribed(front, "rb2501", "i2501");
        front.control().step(300);
        final List<DepthMarketDataFlyweight> ticks = ticks(md.drain());
        assertThat(ticks).hasSize(600);
        int previousVolume = 0;
        double previousTurnover = 0;
        String previousTime = "";
        for (final DepthMarketDataFlyweight d : ticks)
        {
            final boolean rebar = d.instrumentId().equals("rb2501");
            final double step = rebar ? 1.0 : 0.5;
            final double bid = d.bidPrice1();
            final double ask = d.askPrice1();
            assertThat(bid).isLessThan(ask);
            assertThat(d.bidPrice2()).isLessThan(bid);
            assertThat(d.askPrice5()).isGreaterThan(d.askPrice4());
            assertThat(d.bidVolume1()).isPositive();
            assertThat(d.askVolume5()).isPositive();
            assertThat(Math.abs(bid / step - Math.rint(bid / step))).isLessThan(1e-9);
            assertThat(d.lastPrice()).isBetween(d.lowerLimitPrice(), d.upperLimitPrice());
            assertThat(d.highestPrice()).isGreaterThanOrEqualTo(d.lowestPrice());
            assertThat(d.tradingDay()).isEqualTo("20241105");
            assertThat(d.actionDay()).isEqualTo("20241105");
            if (rebar)
            {
                assertThat(d.volume()).isGreaterThanOrEqualTo(previousVolume);
                assertThat(d.turnover()).isGreaterThanOrEqualTo(previousTurnover);
                final String time = d.updateTime() + "." + String.format("%03d", d.updateMillisec());
                assertThat(time).isGreaterThan(previousTime);
                previousVolume = d.volume();
                previousTurnover = d.turnover();
                previousTime = time;
            }
        }
        // 300 rounds of 500 ms from 09:00:00 (the clock moves in the market's time, not the wall clock's).
        assertThat(previousTime).isEqualTo("09:02:30.000");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void nightSessionDatesFollowEachExchange(final String profile)
    {
        // Friday evening: its night session belongs to Monday's trading day.
        start(profile, "start 20241101 21:00:00");
        final SimMd md = subscribed(front, "rb2501", "m2501", "SR501", "IF2412");
        front.control().step(1);
        final List<DepthMarketDataFlyweight> ticks = ticks(md.drain());
        assertThat(ticks).extracting(DepthMarketDataFlyweight::instrumentId).containsExactly("rb2501", "m2501", "SR501");
        assertThat(ticks.get(0).tradingDay()).isEqualTo("20241104");
        assertThat(ticks.get(0).actionDay()).isEqualTo("20241101");
        // DCE sends the trading day as ActionDay at night.
        assertThat(ticks.get(1).tradingDay()).isEqualTo("20241104");
        assertThat(ticks.get(1).actionDay()).isEqualTo("20241104");
        // CZCE sends the calendar day as TradingDay at night.
        assertThat(ticks.get(2).tradingDay()).isEqualTo("20241101");
        assertThat(ticks.get(2).actionDay()).isEqualTo("20241101");
        assertThat(ticks.get(0).updateTime()).isEqualTo("21:00:00");
        assertThat(ticks.get(0).updateMillisec()).isEqualTo(500);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void clockSkipsTheMiddayBreak(final String profile)
    {
        // The clock jumps to the next open of any instrument: CFFEX at 13:00, commodities only at 13:30.
        start(profile, "start 20241105 11:29:59");
        final SimMd md = subscribed(front, "rb2501", "IF2412");
        front.control().step(3);
        assertThat(ticks(md.drain())).extracting(d -> d.instrumentId() + " " + d.updateTime() + "." + d.updateMillisec())
            .containsExactly("rb2501 11:29:59.500", "IF2412 11:29:59.500", "IF2412 13:00:00.0", "IF2412 13:00:00.500");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void ticksFlowInRealTimeAtTheConfiguredRate(final String profile)
    {
        start(profile, "tick_interval_ms 50");
        final SimMd md = subscribed(front, "rb2501");
        final long start = System.nanoTime();
        for (int i = 0; i < 10; i++)
        {
            md.expect("OnRtnDepthMarketData");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    }
}
