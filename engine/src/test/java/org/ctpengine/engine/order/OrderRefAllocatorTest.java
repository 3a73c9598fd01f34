package org.ctpengine.engine.order;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OrderRefAllocatorTest
{
    @Test
    void startsAboveTheCountersMaxOrderRefAndNeverReusesAfterARelogin()
    {
        final OrderRefAllocator refs = new OrderRefAllocator();
        refs.onLogin(41);
        assertThat(refs.next()).isEqualTo(42);
        assertThat(refs.next()).isEqualTo(43);

        refs.onLogin(10); // a reconnect whose login reports a lower MaxOrderRef must not rewind
        assertThat(refs.next()).isEqualTo(44);
    }

    @Test
    void aWarmRestartContinuesAfterTheHighestJournaledRef()
    {
        final OrderRefAllocator refs = new OrderRefAllocator();
        refs.restoreHighestUsed(500);
        refs.onLogin(7);

        assertThat(refs.next()).isEqualTo(501);
    }

    @Test
    void writesAndParsesCtpsRightAlignedText()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[13]);

        OrderRefAllocator.write(buffer, 0, 1234);

        assertThat(new String(buffer.byteArray(), 0, 12, StandardCharsets.US_ASCII)).isEqualTo("        1234");
        assertThat(buffer.getByte(12)).isZero();
        assertThat(OrderRefAllocator.parse(buffer, 0, 13)).isEqualTo(1234);
        buffer.putBytes(0, "abc\0".getBytes(StandardCharsets.US_ASCII));
        assertThat(OrderRefAllocator.parse(buffer, 0, 13)).isEqualTo(-1);
    }
}
