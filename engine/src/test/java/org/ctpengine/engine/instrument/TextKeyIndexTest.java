package org.ctpengine.engine.instrument;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextKeyIndexTest
{
    @Test
    void findsKeysFromNulTerminatedStructBytes()
    {
        final TextKeyIndex index = new TextKeyIndex();
        final int rb = index.add("rb2601");
        final int cu = index.add("cu2512");
        final UnsafeBuffer field = new UnsafeBuffer(new byte[81]);
        field.setMemory(0, 81, (byte)'x');
        field.putBytes(0, "cu2512\0".getBytes(StandardCharsets.US_ASCII));

        assertThat(index.find(field, 0, 81)).isEqualTo(cu);
        assertThat(index.find("rb2601")).isEqualTo(rb);
        assertThat(index.add("rb2601")).isEqualTo(rb);
        assertThat(index.find("rb26")).isEqualTo(-1);
        assertThat(index.key(cu)).isEqualTo("cu2512");
    }

    @Test
    void staysCorrectAcrossGrowth()
    {
        final TextKeyIndex index = new TextKeyIndex();
        for (int i = 0; i < 2000; i++)
        {
            assertThat(index.add("IF" + i)).isEqualTo(i);
        }
        final UnsafeBuffer field = new UnsafeBuffer(new byte[81]);
        for (int i = 0; i < 2000; i++)
        {
            field.putBytes(0, ("IF" + i + "\0").getBytes(StandardCharsets.US_ASCII));
            assertThat(index.find(field, 0, 81)).isEqualTo(i);
        }
    }

    @Test
    void refusesNonAsciiKeys()
    {
        assertThatThrownBy(() -> new TextKeyIndex().add("螺纹"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("螺纹");
    }
}
