package org.ctpengine.adapter.struct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ErrorMsg, StatusMsg and InstrumentName carry Chinese GB18030 text; the bytes on the wire must be exact. */
class ChineseTextFieldsTest
{
    /** "CTP:报单字段有误", GB18030, from the code chart rather than from the JDK under test. */
    private static final byte[] ORDER_FIELD_ERROR = bytes(
        0x43, 0x54, 0x50, 0x3a, 0xb1, 0xa8, 0xb5, 0xa5, 0xd7, 0xd6, 0xb6, 0xce, 0xd3, 0xd0, 0xce, 0xf3);
    /** "CTP:合约不存在". */
    private static final byte[] NO_SUCH_INSTRUMENT = bytes(
        0x43, 0x54, 0x50, 0x3a, 0xba, 0xcf, 0xd4, 0xbc, 0xb2, 0xbb, 0xb4, 0xe6, 0xd4, 0xda);

    static Iterable<String> profileIds()
    {
        return AbiProfiles.BUILT_IN;
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void errorMsgIsWrittenAsExactGb18030Bytes(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final RspInfoFlyweight rspInfo = new RspInfoFlyweight(profile);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[rspInfo.sizeInBytes()]);
        final int msgOffset = profile.struct(RspInfoFlyweight.STRUCT_NAME).field("ErrorMsg").offset();

        rspInfo.wrap(buffer, 0).clear().errorId(15).errorMsg("CTP:报单字段有误");

        final byte[] written = new byte[ORDER_FIELD_ERROR.length + 1];
        buffer.getBytes(msgOffset, written);
        assertThat(Arrays.copyOf(written, ORDER_FIELD_ERROR.length)).isEqualTo(ORDER_FIELD_ERROR);
        assertThat(written[ORDER_FIELD_ERROR.length]).as("NUL").isZero();
        assertThat(rspInfo.errorId()).isEqualTo(15);
        assertThat(rspInfo.errorMsg()).isEqualTo("CTP:报单字段有误");
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void errorMsgFromTheLibraryDecodesAsChinese(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final RspInfoFlyweight rspInfo = new RspInfoFlyweight(profile);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[rspInfo.sizeInBytes()]);
        buffer.putInt(profile.struct(RspInfoFlyweight.STRUCT_NAME).field("ErrorID").offset(), 16);
        buffer.putBytes(profile.struct(RspInfoFlyweight.STRUCT_NAME).field("ErrorMsg").offset(), NO_SUCH_INSTRUMENT);

        rspInfo.wrap(buffer, 0);

        assertThat(rspInfo.errorId()).isEqualTo(16);
        assertThat(rspInfo.errorMsg()).isEqualTo("CTP:合约不存在");
        assertThat(rspInfo.appendErrorMsg(new StringBuilder("error: "))).hasToString("error: CTP:合约不存在");
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void rejectsAnErrorMsgThatDoesNotFitByItsGb18030Length(final String profileId)
    {
        final RspInfoFlyweight rspInfo = new RspInfoFlyweight(AbiProfiles.byId(profileId));
        rspInfo.wrap(new UnsafeBuffer(new byte[rspInfo.sizeInBytes()]), 0).errorMsg("CTP:合约不存在");
        // 41 Chinese chars = 82 bytes: does not fit char[81] although it is only 41 chars long.
        final String tooLong = "合".repeat(41);

        assertThatThrownBy(() -> rspInfo.errorMsg(tooLong))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("CThostFtdcRspInfoField.ErrorMsg")
            .hasMessageContaining("at most 80")
            .hasMessageContaining("82 bytes");
        assertThat(rspInfo.errorMsg()).as("unchanged").isEqualTo("CTP:合约不存在");
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void statusMsgAndInstrumentNameRoundTrip(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final OrderFlyweight order = new OrderFlyweight(profile);
        final InstrumentFlyweight instrument = new InstrumentFlyweight(profile);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[order.sizeInBytes() + instrument.sizeInBytes()]);

        order.wrap(buffer, 0).statusMsg("全部成交报单已提交");
        instrument.wrap(buffer, order.sizeInBytes()).instrumentName("螺纹钢2501").instrumentId("rb2501");

        assertThat(order.statusMsg()).isEqualTo("全部成交报单已提交");
        assertThat(instrument.instrumentName()).isEqualTo("螺纹钢2501");
        assertThat(instrument.instrumentIdEquals("rb2501")).isTrue();
        final int nameOffset = order.sizeInBytes() + profile.struct(InstrumentFlyweight.STRUCT_NAME).field("InstrumentName").offset();
        assertThat(buffer.getByte(nameOffset)).isEqualTo((byte)0xc2);
        assertThat(buffer.getByte(nameOffset + 1)).isEqualTo((byte)0xdd);
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
