package org.ctpengine.engine.ring;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;

class EventHeaderTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
    private final EventHeader header = new EventHeader().wrap(buffer, 8);

    @Test
    void everyFieldRoundTripsAtItsDocumentedOffset()
    {
        header.payloadLength(584).type(EventType.RTN_DEPTH_MARKET_DATA.code()).source(EventSource.MD)
            .flags((byte)(EventHeader.FLAG_IS_LAST | EventHeader.FLAG_HAS_RSP_INFO)).profile((short)2).channel((short)3)
            .spiSlot((short)12).requestId(77).errorId(31).intArg(4097).sequence(123456789L).receiveNanos(11L)
            .epochNanos(22L).publishNanos(33L).handlerNanos(44L).sentNanos(55L).causeSequence(66L);

        assertThat(buffer.getInt(8 + EventHeader.PAYLOAD_LENGTH_OFFSET, ByteOrder.LITTLE_ENDIAN)).isEqualTo(584);
        assertThat(buffer.getShort(8 + EventHeader.TYPE_OFFSET, ByteOrder.LITTLE_ENDIAN)).isEqualTo((short)42);
        assertThat(buffer.getLong(8 + EventHeader.SEQUENCE_OFFSET, ByteOrder.LITTLE_ENDIAN)).isEqualTo(123456789L);
        assertThat(header.payloadLength()).isEqualTo(584);
        assertThat(EventType.fromCode(header.type())).isEqualTo(EventType.RTN_DEPTH_MARKET_DATA);
        assertThat(EventSource.fromCode(header.source())).isEqualTo(EventSource.MD);
        assertThat(header.isLast()).isTrue();
        assertThat(header.hasRspInfo()).isTrue();
        assertThat(header.profile()).isEqualTo((short)2);
        assertThat(header.channel()).isEqualTo((short)3);
        assertThat(header.spiSlot()).isEqualTo((short)12);
        assertThat(header.requestId()).isEqualTo(77);
        assertThat(header.errorId()).isEqualTo(31);
        assertThat(header.intArg()).isEqualTo(4097);
        assertThat(header.receiveNanos()).isEqualTo(11L);
        assertThat(header.epochNanos()).isEqualTo(22L);
        assertThat(header.publishNanos()).isEqualTo(33L);
        assertThat(header.handlerNanos()).isEqualTo(44L);
        assertThat(header.sentNanos()).isEqualTo(55L);
        assertThat(header.causeSequence()).isEqualTo(66L);
        assertThat(header.totalLength()).isEqualTo(EventHeader.PAYLOAD_OFFSET + 584);
        assertThat(header.payloadOffset()).isEqualTo(8 + EventHeader.PAYLOAD_OFFSET);
    }

    @Test
    void clearZeroesTheHeaderButNotThePayload()
    {
        header.requestId(5).sequence(9);
        buffer.putByte(header.payloadOffset(), (byte)7);

        header.clear();

        assertThat(header.requestId()).isZero();
        assertThat(header.sequence()).isZero();
        assertThat(buffer.getByte(header.payloadOffset())).isEqualTo((byte)7);
    }

    @Test
    void callbackTypesAreFoundByCtpMethodName()
    {
        assertThat(EventType.forSpiMethod("OnRtnTrade")).isEqualTo(EventType.RTN_TRADE);
        assertThat(EventType.forSpiMethod("OnRspQryBrokerTradingParams")).isEqualTo(EventType.SPI_OTHER);
        assertThat(EventType.CMD_ORDER_INSERT.isCommand()).isTrue();
        assertThat(EventType.RTN_ORDER.isCallback()).isTrue();
    }
}
