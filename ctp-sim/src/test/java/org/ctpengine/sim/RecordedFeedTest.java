package org.ctpengine.sim;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimMd;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A recorded feed: injected ticks are the market (the book orders fill against, the print queues trade against, the
 * clock), and subscribers get each one exactly as recorded, only when the driver publishes it.
 */
class RecordedFeedTest extends SimFrontTest
{
    private ByteBuffer tickMemory;
    private DepthMarketDataFlyweight tick;
    private SimMd md;
    private SimTrader trader;

    private void ready(final String profile)
    {
        start(profile, "recorded_feed 1");
        tick = new DepthMarketDataFlyweight(front.profile());
        tickMemory = ByteBuffer.allocateDirect(tick.sizeInBytes());
        tick.wrap(new UnsafeBuffer(tickMemory), 0);
        md = front.md("m");
        md.login();
        assertThat(md.api().subscribeMarketData(new String[] { RB })).isZero();
        md.expect("OnRspSubMarketData");
        trader = front.trader("t");
        trader.login();
    }

    /** Writes a recorded-looking rb2501 tick with one level a side. */
    private void tick(final String time, final double bid, final int bidVolume, final double ask, final int askVolume,
        final double last, final int volume)
    {
        tick.clear().instrumentId(RB).exchangeId("SHFE").tradingDay("20241105").actionDay("20241105").updateTime(time)
            .lastPrice(last).volume(volume).bidPrice1(bid).bidVolume1(bidVolume).askPrice1(ask).askVolume1(askVolume)
            .upperLimitPrice(3850).lowerLimitPrice(3150);
    }

    private void inject()
    {
        front.control().injectDepth(Native.getDirectBufferPointer(tickMemory), tick.sizeInBytes());
    }

    private byte[] tickBytes()
    {
        final byte[] bytes = new byte[tick.sizeInBytes()];
        tickMemory.duplicate().get(bytes);
        return bytes;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void subscribersGetOnlyInjectedTicksExactlyAsRecordedWhenPublished(final String profile)
    {
        ready(profile);
        assertThat(md.drain()).as("no generated snapshot before the first recorded tick").isEmpty();

        tick("09:30:01", 3499, 5, 3500, 3, 3499, 100);
        inject();
        assertThat(md.drain()).as("not published yet").isEmpty();
        front.control().publishInjected(RB);

        final List<RecordedCallback> ticks = md.drain();
        assertThat(ticks).hasSize(1);
        assertThat(ticks.get(0).structBytes()).isEqualTo(tickBytes());
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 1, "1");
        trader.drain();
        assertThat(md.drain()).as("an order moves no synthetic tick out").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void anOrderTakesWhatTheRecordedBookOffersAndItsRestFillsWhenALaterTickCrossesIt(final String profile)
    {
        ready(profile);
        tick("09:30:01", 3499, 5, 3500, 3, 3499, 100);
        inject();

        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 5, "1");
        assertThat(orderEvents(trader.drain())).containsExactly(
            "OnRtnOrder InsertSubmitted/Unknown",
            "OnRtnOrder Accepted/NoTradeQueueing",
            "OnRtnOrder Accepted/PartTradedQueueing",
            "OnRtnTrade 3@3500.0");

        tick("09:30:02", 3500, 4, 3501, 8, 3500, 100);
        inject();
        assertThat(trader.drain()).as("a bid joining ours at 3500 fills nothing").isEmpty();

        tick("09:30:03", 3499, 5, 3500, 10, 3500, 100);
        inject();
        final List<RecordedCallback> filled = trader.drain();
        assertThat(orderEvents(filled)).containsExactly("OnRtnOrder Accepted/AllTraded", "OnRtnTrade 2@3500.0");
        assertThat(filled.get(1).struct(new TradeFlyweight(front.profile())).tradeTime()).as("the recorded clock")
            .isEqualTo("09:30:03");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theVolumeTradedBetweenTwoTicksAtOurPriceFillsUsAfterTheQueueAhead(final String profile)
    {
        ready(profile);
        tick("09:30:01", 3499, 5, 3500, 3, 3499, 100);
        inject();
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3499, 2, "1");
        trader.drain();

        tick("09:30:02", 3499, 2, 3500, 3, 3499, 106); // 6 traded at 3499: 5 ahead of us, then 1 of ours
        inject();

        assertThat(orderEvents(trader.drain())).containsExactly("OnRtnOrder Accepted/PartTradedQueueing", "OnRtnTrade 1@3499.0");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyCallbackPostedIsCountedUntilItReturns(final String profile)
    {
        ready(profile);
        final long before = front.control().callbacksFinished();

        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3490, 1, "1");
        trader.drain(); // two order returns, then the fence

        await().atMost(5, TimeUnit.SECONDS).until(() -> front.control().callbacksPending() == 0);
        assertThat(front.control().callbacksFinished() - before).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void aTickOfAnUnknownInstrumentOrOutsideARecordedFeedIsRefusedWithTheReason(final String profile)
    {
        ready(profile);
        tick("09:30:01", 3499, 5, 3500, 3, 3499, 100);
        tick.instrumentId("zz9999");
        assertThatThrownBy(this::inject).hasMessageContaining("no instrument 'zz9999'");
        assertThatThrownBy(() -> front.control().injectDepth(Pointer.NULL, 3)).hasMessageContaining("got 3");

        front.configure("recorded_feed 0");
        tick.instrumentId(RB);
        assertThatThrownBy(this::inject).hasMessageContaining("recorded_feed 1");
    }
}
