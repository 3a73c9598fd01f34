package org.ctpengine.engine.order;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TradeDeduplicatorTest
{
    private final UnsafeBuffer exchange = new UnsafeBuffer(new byte[9]);
    private final UnsafeBuffer trade = new UnsafeBuffer(new byte[21]);

    private boolean add(final TradeDeduplicator dedup, final String exchangeId, final String tradeId)
    {
        exchange.setMemory(0, 9, (byte)0x7f); // garbage after the NUL must not matter
        trade.setMemory(0, 21, (byte)0x7f);
        exchange.putBytes(0, (exchangeId + "\0").getBytes(StandardCharsets.US_ASCII));
        trade.putBytes(0, (tradeId + "\0").getBytes(StandardCharsets.US_ASCII));
        return dedup.add(exchange, 0, trade, 0);
    }

    @Test
    void aTradeSeenAgainIsADuplicate()
    {
        final TradeDeduplicator dedup = new TradeDeduplicator(16);

        assertThat(add(dedup, "SHFE", "      123456")).isTrue();
        assertThat(add(dedup, "SHFE", "      123456")).isFalse();
        assertThat(add(dedup, "DCE", "      123456")).as("same TradeID, other exchange").isTrue();
        assertThat(dedup.size()).isEqualTo(2);
    }

    @Test
    void remembersEveryTradeAcrossGrowth()
    {
        final TradeDeduplicator dedup = new TradeDeduplicator(4);
        for (int i = 0; i < 10_000; i++)
        {
            assertThat(add(dedup, "CZCE", Integer.toString(i))).isTrue();
        }
        for (int i = 0; i < 10_000; i++)
        {
            assertThat(add(dedup, "CZCE", Integer.toString(i))).isFalse();
        }
        assertThat(dedup.size()).isEqualTo(10_000);
    }
}
