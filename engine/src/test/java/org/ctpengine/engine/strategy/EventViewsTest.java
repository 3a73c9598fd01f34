package org.ctpengine.engine.strategy;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.RspInfoFlyweight;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.engine.strategy.StrategyEvents.FRONT;
import static org.ctpengine.engine.strategy.StrategyEvents.SESSION;
import static org.ctpengine.engine.strategy.StrategyEvents.T0;
import org.ctpengine.engine.api.Tick;

/** Decoding the events a strategy thread handles, by the profile each names. */
class EventViewsTest
{
    private final StrategyEvents events = new StrategyEvents();
    private final EventViews views = new EventViews(new AbiProfile[] {StrategyEvents.PROFILE});

    @Test
    void eachEventIsDecodedWithTheFlyweightsOfTheProfileItNames()
    {
        final AbiProfile old = AbiProfiles.byId("6.3.15");
        final EventViews twoProfiles = new EventViews(new AbiProfile[] {StrategyEvents.PROFILE, old});
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
        final DepthMarketDataFlyweight depth = new DepthMarketDataFlyweight(old);
        final EventHeader header = new EventHeader().wrap(buffer, 0).clear().type(EventType.RTN_DEPTH_MARKET_DATA.code())
            .profile((short)1).payloadLength(depth.sizeInBytes());
        depth.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().instrumentId("rb2610").lastPrice(3712)
            .upperLimitPrice(3900);

        final Tick tick = twoProfiles.tick(header, buffer);

        assertThat(tick.data().instrumentId()).isEqualTo("rb2610");
        assertThat(tick.lastPrice()).isEqualTo(3712);
        assertThat(tick.data().upperLimitPrice()).isEqualTo(3900);
    }

    @Test
    void refusedInsertIsFoundByTheOrderRefOfItsInputOrder()
    {
        events.insertRefused(EventType.ERR_RTN_ORDER_INSERT, 4711, 22, T0);

        assertThat(views.insertOrderRef(events.event.header(), events.buffer)).isEqualTo(4711);
    }

    @Test
    void refusedCancelIsFoundByFrontSessionAndOrderRef()
    {
        events.cancelRefused(EventType.RSP_ORDER_ACTION, 815, 26, T0);

        final InputOrderActionFlyweight action = views.action(events.event.header(), events.buffer);

        assertThat(action.frontId()).isEqualTo(FRONT);
        assertThat(action.sessionId()).isEqualTo(SESSION);
        assertThat(views.actionOrderRef(action)).isEqualTo(815);
    }

    @Test
    void onlyARequestTheLibraryRefusedGetsAReasonText()
    {
        events.insertRefused(EventType.REFUSED_ORDER_INSERT, 1, -3, T0);
        assertThat(EventViews.refusedReason(events.event.header()))
            .isEqualTo("the library refused the request (return code -3)");

        events.insertRefused(EventType.ERR_RTN_ORDER_INSERT, 1, 22, T0);
        assertThat(EventViews.refusedReason(events.event.header())).isNull();
    }

    @Test
    void errorTextComesFromTheResponseInfoWhenTheEventCarriesOne()
    {
        events.insertRefused(EventType.RSP_ORDER_INSERT, 1, 22, T0);
        assertThat(views.errorMessage(events.event.header(), events.buffer)).isEmpty();

        final EventHeader header = events.event.header();
        header.flags((byte)(header.flags() | EventHeader.FLAG_HAS_RSP_INFO));
        new RspInfoFlyweight(StrategyEvents.PROFILE).wrap(events.buffer, header.rspInfoOffset()).clear().errorId(22)
            .errorMsg("duplicate order");

        assertThat(views.errorMessage(header, events.buffer)).isEqualTo("duplicate order");
    }
}
