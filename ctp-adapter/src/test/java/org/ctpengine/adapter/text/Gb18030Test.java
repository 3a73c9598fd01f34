package org.ctpengine.adapter.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class Gb18030Test
{
    /** "CTP:合约不存在" as GB18030, written out by hand from the code chart, not by the JDK under test. */
    private static final byte[] INSTRUMENT_NOT_FOUND = bytes(
        0x43, 0x54, 0x50, 0x3a, 0xba, 0xcf, 0xd4, 0xbc, 0xb2, 0xbb, 0xb4, 0xe6, 0xd4, 0xda);

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);

    @Test
    void encodesChineseAsExactGb18030BytesFollowedByNul()
    {
        final int written = Gb18030.encode("ErrorMsg", "CTP:合约不存在", buffer, 3, 81);

        assertThat(written).isEqualTo(INSTRUMENT_NOT_FOUND.length);
        final byte[] field = new byte[81];
        buffer.getBytes(3, field);
        final byte[] expected = new byte[81];
        System.arraycopy(INSTRUMENT_NOT_FOUND, 0, expected, 0, INSTRUMENT_NOT_FOUND.length);
        assertThat(field).isEqualTo(expected);
    }

    @Test
    void decodesGb18030BytesUpToTheNul()
    {
        buffer.putBytes(0, INSTRUMENT_NOT_FOUND);
        buffer.putByte(INSTRUMENT_NOT_FOUND.length, (byte)0);
        buffer.putByte(INSTRUMENT_NOT_FOUND.length + 1, (byte)'x');

        assertThat(Gb18030.decode(buffer, 0, 81)).isEqualTo("CTP:合约不存在");
        assertThat(Gb18030.appendTo(buffer, 0, 81, new StringBuilder(">"))).hasToString(">CTP:合约不存在");
    }

    @Test
    void decodesAFieldFilledToTheLastByteWithoutNul()
    {
        buffer.putStringWithoutLengthAscii(0, "20250102X");

        assertThat(Gb18030.decode(buffer, 0, 9)).isEqualTo("20250102X");
        assertThat(Gb18030.length(buffer, 0, 9)).isEqualTo(9);
    }

    @Test
    void overwritesLongerPreviousTextWithNuls()
    {
        Gb18030.encode("InstrumentID", "rb2501-long-name", buffer, 0, 31);
        Gb18030.encode("InstrumentID", "ag", buffer, 0, 31);

        for (int i = 2; i < 31; i++)
        {
            assertThat(buffer.getByte(i)).as("byte %d", i).isZero();
        }
        assertThat(Gb18030.decode(buffer, 0, 31)).isEqualTo("ag");
    }

    @Test
    void acceptsTextOfExactlyCapacityMinusOneBytes()
    {
        Gb18030.encode("OrderRef", "123456789012", buffer, 0, 13);

        assertThat(Gb18030.decode(buffer, 0, 13)).isEqualTo("123456789012");
        assertThat(buffer.getByte(12)).isZero();
    }

    @Test
    void rejectsAsciiTextThatLeavesNoRoomForNulNamingFieldLimitAndValue()
    {
        buffer.putStringWithoutLengthAscii(0, "keep");

        assertThatThrownBy(() -> Gb18030.encode("CThostFtdcInputOrderField", "OrderRef", "1234567890123", buffer, 0, 13))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("CThostFtdcInputOrderField.OrderRef")
            .hasMessageContaining("at most 12")
            .hasMessageContaining("1234567890123");
        assertThat(buffer.getStringWithoutLengthAscii(0, 4)).as("field untouched").isEqualTo("keep");
    }

    @Test
    void rejectsChineseTextByItsByteLengthNotItsCharCount()
    {
        // 6 chars but 12 bytes: does not fit char[11].
        assertThatThrownBy(() -> Gb18030.encode("InstrumentName", "螺纹钢螺纹钢", buffer, 0, 11))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("InstrumentName")
            .hasMessageContaining("at most 10")
            .hasMessageContaining("12 bytes");
    }

    @Test
    void rejectsUnpairedSurrogate()
    {
        assertThatThrownBy(() -> Gb18030.encode("StatusMsg", "bad\ud800", buffer, 0, 81))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("StatusMsg");
    }

    @Test
    void comparesFieldContentWithoutDecoding()
    {
        Gb18030.encode("InstrumentID", "rb2501", buffer, 0, 81);
        Gb18030.encode("InstrumentName", "螺纹钢2501", buffer, 81, 21);

        assertThat(Gb18030.contentEquals(buffer, 0, 81, "rb2501")).isTrue();
        assertThat(Gb18030.contentEquals(buffer, 0, 81, "rb250")).isFalse();
        assertThat(Gb18030.contentEquals(buffer, 0, 81, "rb25011")).isFalse();
        assertThat(Gb18030.contentEquals(buffer, 81, 21, "螺纹钢2501")).isTrue();
        assertThat(Gb18030.contentEquals(buffer, 81, 21, "螺纹钢2502")).isFalse();
    }

    @Test
    void encodesToBytesWithTheNamedCharsetRegardlessOfDefaultCharset()
    {
        assertThat(Gb18030.encode("CTP:合约不存在")).isEqualTo(INSTRUMENT_NOT_FOUND);
        assertThat(Gb18030.CHARSET.name()).isEqualTo("GB18030");
    }

    private static byte[] bytes(final int... values)
    {
        final byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++)
        {
            result[i] = (byte)values[i];
        }
        return result;
    }
}
