package org.ctpengine.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The md session: seeded deterministic ticks, consistent DepthMarketData, night-session dates, rate, burst. */
class MarketDataTest extends SimTestSupport
{
    private static void subscribe(final SimDriver driver, final String name, final String... instruments)
    {
        driver.ok("md " + name + " /tmp/");
        driver.call(name, "RegisterFront", "tcp://127.0.0.1:41213");
        driver.call(name, "Init");
        driver.expect(name, "OnFrontConnected");
        assertThat(driver.call(name, "ReqUserLogin", "1", "BrokerID=9999", "UserID=000001")).isZero();
        assertThat(driver.expect(name, "OnRspUserLogin").errorId()).isZero();
        assertThat(driver.call(name, "SubscribeMarketData", instruments)).isZero();
        for (int i = 0; i < instruments.length; i++)
        {
            final Callback sub = driver.expect(name, "OnRspSubMarketData");
            assertThat(sub.isLast()).isEqualTo(i == instruments.length - 1);
        }
        for (int i = 0; i < instruments.length; i++)
        {
            driver.expect(name, "OnRtnDepthMarketData"); // the snapshot a new subscriber gets at once
        }
    }

    private static List<String> ticks(final String profile, final long seed, final int rounds)
    {
        try (SimDriver driver = SimDriver.start(profile))
        {
            driver.configure("tick_interval_ms 0");
            driver.configure("seed " + seed);
            subscribe(driver, "m", "rb2501", "i2501", "SR501");
            driver.control("step", rounds);
            return driver.drain("m").stream().map(Callback::toString).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void sameSeedGivesTheSameTicks(final String profile)
    {
        final List<String> first = ticks(profile, 42, 50);
        assertThat(first).hasSize(150);
        assertThat(ticks(profile, 42, 50)).isEqualTo(first);
        assertThat(ticks(profile, 43, 50)).isNotEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void ticksAreConsistent(final String profile)
    {
        start(profile, "seed 7");
        subscribe(sim, "m", "rb2501", "i2501");
        sim.control("step", 300);
        final List<Callback> ticks = sim.drain("m");
        assertThat(ticks).hasSize(600);
        int previousVolume = 0;
        double previousTurnover = 0;
        String previousTime = "";
        for (final Callback tick : ticks)
        {
            final Callback.Struct d = tick.data();
            final double step = d.get("InstrumentID").equals("rb2501") ? 1.0 : 0.5;
            final double bid = d.getDouble("BidPrice1");
            final double ask = d.getDouble("AskPrice1");
            assertThat(bid).isLessThan(ask);
            assertThat(d.getDouble("BidPrice2")).isLessThan(bid);
            assertThat(d.getDouble("AskPrice5")).isGreaterThan(d.getDouble("AskPrice4"));
            assertThat(d.getInt("BidVolume1")).isPositive();
            assertThat(d.getInt("AskVolume5")).isPositive();
            assertThat(Math.abs(bid / step - Math.rint(bid / step))).isLessThan(1e-9);
            assertThat(d.getDouble("LastPrice")).isBetween(d.getDouble("LowerLimitPrice"), d.getDouble("UpperLimitPrice"));
            assertThat(d.getDouble("HighestPrice")).isGreaterThanOrEqualTo(d.getDouble("LowestPrice"));
            assertThat(d.get("TradingDay")).isEqualTo("20241105");
            assertThat(d.get("ActionDay")).isEqualTo("20241105");
            if (d.get("InstrumentID").equals("rb2501"))
            {
                assertThat(d.getInt("Volume")).isGreaterThanOrEqualTo(previousVolume);
                assertThat(d.getDouble("Turnover")).isGreaterThanOrEqualTo(previousTurnover);
                final String time = d.get("UpdateTime") + "." + String.format("%03d", d.getInt("UpdateMillisec"));
                assertThat(time).isGreaterThan(previousTime);
                previousVolume = d.getInt("Volume");
                previousTurnover = d.getDouble("Turnover");
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
        subscribe(sim, "m", "rb2501", "m2501", "SR501", "IF2412");
        sim.control("step", 1);
        final List<Callback> ticks = sim.drain("m");
        assertThat(ticks).extracting(c -> c.data().get("InstrumentID")).containsExactly("rb2501", "m2501", "SR501");
        assertThat(ticks.get(0).data().get("TradingDay")).isEqualTo("20241104");
        assertThat(ticks.get(0).data().get("ActionDay")).isEqualTo("20241101");
        // DCE sends the trading day as ActionDay at night.
        assertThat(ticks.get(1).data().get("TradingDay")).isEqualTo("20241104");
        assertThat(ticks.get(1).data().get("ActionDay")).isEqualTo("20241104");
        // CZCE sends the calendar day as TradingDay at night.
        assertThat(ticks.get(2).data().get("TradingDay")).isEqualTo("20241101");
        assertThat(ticks.get(2).data().get("ActionDay")).isEqualTo("20241101");
        assertThat(ticks.get(0).data().get("UpdateTime")).isEqualTo("21:00:00");
        assertThat(ticks.get(0).data().getInt("UpdateMillisec")).isEqualTo(500);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void clockSkipsTheMiddayBreak(final String profile)
    {
        // The clock jumps to the next open of any instrument: CFFEX at 13:00, commodities only at 13:30.
        start(profile, "start 20241105 11:29:59");
        subscribe(sim, "m", "rb2501", "IF2412");
        sim.control("step", 3);
        final List<Callback> ticks = sim.drain("m");
        assertThat(ticks).extracting(c -> c.data().get("InstrumentID") + " " + c.data().get("UpdateTime") + "." +
                c.data().getInt("UpdateMillisec"))
            .containsExactly("rb2501 11:29:59.500", "IF2412 11:29:59.500", "IF2412 13:00:00.0", "IF2412 13:00:00.500");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void ticksFlowInRealTimeAtTheConfiguredRate(final String profile)
    {
        start(profile, "tick_interval_ms 50");
        subscribe(sim, "m", "rb2501");
        final long start = System.nanoTime();
        for (int i = 0; i < 10; i++)
        {
            sim.expect("m", "OnRtnDepthMarketData");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void burstSendsEveryTickAndStampsEach(final String profile)
    {
        start(profile);
        subscribe(sim, "m", "rb2501");
        sim.ok("quiet m");
        final int count = 200_000;
        assertThat(sim.control("burst", "rb2501", count).code()).isZero();
        assertThat(sim.control("burst_wait", 30_000).code()).isEqualTo(count);
        final String[] stats = sim.ok("latency m").split(" ");
        assertThat(Integer.parseInt(stats[0])).isEqualTo(count);
        final long ticksPerSecond = Long.parseLong(stats[4]);
        System.out.printf("ctp-sim %s burst into a C++ sink: %d ticks, %,d ticks/s, send-to-callback p50 %s ns p99 %s ns%n",
            profile, count, ticksPerSecond, stats[1], stats[2]);
        assertThat(ticksPerSecond).isGreaterThan(100_000);
    }
}
