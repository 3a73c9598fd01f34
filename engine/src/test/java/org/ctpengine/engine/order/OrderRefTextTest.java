package org.ctpengine.engine.order;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OrderRefTextTest
{
    private final UnsafeBuffer field = new UnsafeBuffer(new byte[13]);

    private long parse(final String text)
    {
        field.setMemory(0, 13, (byte)0);
        field.putBytes(0, text.getBytes(StandardCharsets.US_ASCII));
        return OrderRefText.parse(field, 0, 13);
    }

    @Test
    void parsesPlainAndRightAlignedRefs()
    {
        assertThat(parse("1234")).isEqualTo(1234);
        assertThat(parse("        1234")).isEqualTo(1234);
    }

    @Test
    void textThatIsNotANumberIsMinusOne()
    {
        assertThat(parse("abc")).isEqualTo(-1);
        assertThat(parse("")).isEqualTo(-1);
        assertThat(parse("12a")).isEqualTo(-1);
    }
}
