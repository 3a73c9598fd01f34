package org.ctpengine.adapter.struct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.codes.HedgeFlag;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.junit.jupiter.api.Test;

class FlyweightBehaviourTest
{
    private final AbiProfile profile = AbiProfiles.byId("6.7.8");

    @Test
    void bookLevelsByIndexAreTheNumberedFields()
    {
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(profile);
        tick.wrap(new UnsafeBuffer(new byte[tick.sizeInBytes()]), 0)
            .bidPrice1(1.0).bidPrice2(2.0).bidPrice3(3.0).bidPrice4(4.0).bidPrice5(5.0)
            .askVolume1(11).askVolume2(12).askVolume3(13).askVolume4(14).askVolume5(15);
        tick.askPrice(3, 33.5).bidVolume(5, 55);

        for (int level = 1; level <= 5; level++)
        {
            assertThat(tick.bidPrice(level)).isEqualTo(level);
            assertThat(tick.askVolume(level)).isEqualTo(10 + level);
        }
        assertThat(tick.askPrice3()).isEqualTo(33.5);
        assertThat(tick.bidVolume5()).isEqualTo(55);
        assertThatThrownBy(() -> tick.bidPrice(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> tick.askVolume(6)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void singleLegFlagsAreOneCodeThenNul()
    {
        final InputOrderFlyweight order = new InputOrderFlyweight(profile);
        order.wrap(new UnsafeBuffer(new byte[order.sizeInBytes()]), 0).combOffsetFlag("3401");

        order.combOffsetFlag(OffsetFlag.CLOSE_TODAY).combHedgeFlag(HedgeFlag.HEDGE);

        assertThat(order.combOffsetFlag()).isEqualTo("3");
        assertThat(order.combHedgeFlag()).isEqualTo("3");
        assertThat(order.combOffsetFlagAt(0)).isEqualTo(OffsetFlag.CLOSE_TODAY);
        assertThat(order.combOffsetFlagAt(1)).isZero();
        assertThatThrownBy(() -> order.combOffsetFlagAt(5)).isInstanceOf(IndexOutOfBoundsException.class)
            .hasMessageContaining("CombOffsetFlag");
    }

    @Test
    void clearZeroesTheWholeStructAndOnlyIt()
    {
        final InputOrderFlyweight order = new InputOrderFlyweight(profile);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[order.sizeInBytes() + 2]);
        buffer.setMemory(0, buffer.capacity(), (byte)0x7F);

        order.wrap(buffer, 1).clear();

        assertThat(buffer.getByte(0)).isEqualTo((byte)0x7F);
        for (int i = 1; i <= order.sizeInBytes(); i++)
        {
            assertThat(buffer.getByte(i)).isZero();
        }
        assertThat(buffer.getByte(order.sizeInBytes() + 1)).isEqualTo((byte)0x7F);
    }

    @Test
    void refusesToWrapAStructThatDoesNotFit()
    {
        final OrderFlyweight order = new OrderFlyweight(profile);

        assertThatThrownBy(() -> order.wrap(new UnsafeBuffer(new byte[order.sizeInBytes()]), 1))
            .isInstanceOf(IndexOutOfBoundsException.class)
            .hasMessageContaining("CThostFtdcOrderField")
            .hasMessageContaining("872");
    }

    @Test
    void readsFromAReadOnlyBufferButRefusesToWriteToIt()
    {
        final TradeFlyweight trade = new TradeFlyweight(profile);
        final UnsafeBuffer bytes = new UnsafeBuffer(new byte[trade.sizeInBytes()]);
        trade.wrap(bytes, 0).tradeId("      42").volume(3);
        final DirectBuffer readOnly = readOnly(bytes);

        trade.wrap(readOnly, 0);

        assertThat(trade.tradeIdEquals("      42")).isTrue();
        assertThat(trade.volume()).isEqualTo(3);
        assertThatThrownBy(() -> trade.volume(4)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("read-only");
    }

    @Test
    void wrapsNativeMemoryAsWellAsHeapArrays()
    {
        final SpecificInstrumentFlyweight instrument = new SpecificInstrumentFlyweight(profile);
        final UnsafeBuffer direct = new UnsafeBuffer(ByteBuffer.allocateDirect(instrument.sizeInBytes()));

        instrument.wrap(direct, 0).clear().instrumentId("IF2412");

        final AsciiSequenceView view = instrument.wrapInstrumentId(new AsciiSequenceView());
        assertThat(new StringBuilder().append(view)).hasToString("IF2412");
    }

    /** A DirectBuffer that is not a MutableDirectBuffer, as a journal reader may hand out. */
    private static DirectBuffer readOnly(final UnsafeBuffer delegate)
    {
        return (DirectBuffer)Proxy.newProxyInstance(DirectBuffer.class.getClassLoader(), new Class<?>[] {DirectBuffer.class},
            (proxy, method, arguments) ->
            {
                try
                {
                    return method.invoke(delegate, arguments);
                }
                catch (final InvocationTargetException e)
                {
                    throw e.getCause();
                }
            });
    }
}
