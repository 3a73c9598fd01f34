package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.VtableSlot;
import org.ctpengine.adapter.internal.ApiCallShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every signature in the shipped profiles has a call shape (API) or a trampoline shape (SPI). */
class SignatureShapeTest
{
    static List<String> profileIds()
    {
        return AbiProfiles.BUILT_IN;
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void everyApiMethodIsCallableThroughTheShim(final String id)
    {
        final AbiProfile profile = AbiProfiles.byId(id);
        for (final ApiTable table : List.of(ApiTable.TRADER_API, ApiTable.MD_API))
        {
            for (final VtableSlot slot : profile.slots(table))
            {
                assertThat(ApiCallShape.of(slot)).as(slot.signature()).isNotEqualTo(ApiCallShape.UNSUPPORTED);
            }
        }
        assertThat(ApiCallShape.of(profile.slot(ApiTable.MD_API, "SubscribeMarketData"))).isEqualTo(ApiCallShape.I_PI);
        assertThat(ApiCallShape.of(profile.slot(ApiTable.TRADER_API, "SubscribePrivateTopic"))).isEqualTo(ApiCallShape.V_I);
        assertThat(ApiCallShape.of(profile.slot(ApiTable.TRADER_API, "GetTradingDay"))).isEqualTo(ApiCallShape.P_V);
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void traderSpiShapesAreTheSixKnownOnes(final String id)
    {
        final AbiProfile profile = AbiProfiles.byId(id);
        final Map<SpiShape, Integer> counts = new EnumMap<>(SpiShape.class);
        for (final VtableSlot slot : profile.slots(ApiTable.TRADER_SPI))
        {
            counts.merge(SpiShape.of(slot), 1, Integer::sum);
        }

        // Every version has only these six shapes (no RAW fallback); the counts pinned are the two measured libraries'.
        assertThat(counts.keySet()).containsExactlyInAnyOrder(SpiShape.NO_ARGS, SpiShape.INT, SpiShape.STRUCT,
            SpiShape.STRUCT_RSP, SpiShape.STRUCT_RSP_REQUEST, SpiShape.RSP_REQUEST);
        if ("6.6.1_P1".equals(id) || "6.7.8".equals(id))
        {
            assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                SpiShape.NO_ARGS, 1,
                SpiShape.INT, 2,
                SpiShape.STRUCT, 26,
                SpiShape.STRUCT_RSP, 16,
                SpiShape.STRUCT_RSP_REQUEST, "6.6.1_P1".equals(id) ? 83 : 110,
                SpiShape.RSP_REQUEST, 1));
        }
        assertThat(SpiShape.of(profile.slot(ApiTable.TRADER_SPI, "OnRspError"))).isEqualTo(SpiShape.RSP_REQUEST);
        assertThat(SpiShape.of(profile.slot(ApiTable.TRADER_SPI, "OnHeartBeatWarning"))).isEqualTo(SpiShape.INT);
        assertThat(SpiShape.of(profile.slot(ApiTable.TRADER_SPI, "OnErrRtnOrderInsert"))).isEqualTo(SpiShape.STRUCT_RSP);
    }

    @Test
    void unseenIntegerAndPointerSignaturesFallBackToRawRegisters()
    {
        final VtableSlot slot = new VtableSlot(0, "OnSomethingNew", "void", List.of("CThostFtdcOrderField*", "int", "int"));

        assertThat(SpiShape.of(slot)).isEqualTo(SpiShape.RAW);
    }

    @Test
    void refusesSignaturesNoTrampolineCanReceive()
    {
        assertThatThrownBy(() -> SpiShape.of(new VtableSlot(0, "OnPrice", "void", List.of("double"))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("OnPrice(double)");
        assertThatThrownBy(() -> SpiShape.of(new VtableSlot(0, "OnAsk", "int", List.of())))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("does not return void");
        assertThatThrownBy(() -> SpiShape.of(new VtableSlot(0, "OnMany", "void", List.of("int", "int", "int", "int", "int", "int"))))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
