package org.ctpengine.adapter.abi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The committed profiles hold the facts measured on SFIT's libraries (docs/design.md). */
class AbiProfilesTest
{
    private final AbiProfile v661 = AbiProfiles.byId("6.6.1_P1");
    private final AbiProfile v678 = AbiProfiles.byId("6.7.8");

    @Test
    void profilesAreCompleteForBothVersions()
    {
        assertThat(v661.slots(ApiTable.TRADER_API)).hasSize(98);
        assertThat(v678.slots(ApiTable.TRADER_API)).hasSize(126);
        assertThat(v661.slots(ApiTable.TRADER_SPI)).hasSize(129);
        assertThat(v678.slots(ApiTable.TRADER_SPI)).hasSize(156);
        for (final AbiProfile profile : new AbiProfile[] { v661, v678 })
        {
            assertThat(profile.slots(ApiTable.MD_API)).hasSize(15);
            assertThat(profile.slots(ApiTable.MD_SPI)).hasSize(13);
        }
        assertThat(v661.structs()).hasSize(386);
        assertThat(v678.structs()).hasSize(489);
    }

    @Test
    void slotOrderDiffersWhereSfitInsertedMethods()
    {
        assertThat(v678.slots(ApiTable.TRADER_API).get(4).name()).isEqualTo("GetFrontInfo");
        assertThat(v661.slots(ApiTable.TRADER_API).get(4).name()).isEqualTo("RegisterFront");
        assertThat(v678.slots(ApiTable.TRADER_SPI).get(40).name()).isEqualTo("OnRspQryTraderOffer");
        assertThat(v678.slot(ApiTable.TRADER_API, "ReqOrderInsert").signature())
            .isEqualTo("int ReqOrderInsert(CThostFtdcInputOrderField*, int)");
        assertThat(v678.slot(ApiTable.MD_API, "SubscribeMarketData").signature())
            .isEqualTo("int SubscribeMarketData(char**, int)");
        assertThat(v678.slot(ApiTable.TRADER_SPI, "OnRspUserLogin").signature())
            .isEqualTo("void OnRspUserLogin(CThostFtdcRspUserLoginField*, CThostFtdcRspInfoField*, int, bool)");
    }

    @Test
    void structSizesMatchTheMeasuredOnes()
    {
        assertThat(v661.struct("CThostFtdcDepthMarketDataField").size()).isEqualTo(584);
        assertThat(v678.struct("CThostFtdcDepthMarketDataField").size()).isEqualTo(584);
        assertThat(v661.struct("CThostFtdcInputOrderField").size()).isEqualTo(392);
        assertThat(v678.struct("CThostFtdcInputOrderField").size()).isEqualTo(408);
        assertThat(v661.struct("CThostFtdcOrderField").size()).isEqualTo(856);
        assertThat(v678.struct("CThostFtdcOrderField").size()).isEqualTo(872);
        assertThat(v661.struct("CThostFtdcRspUserLoginField").size()).isEqualTo(156);
        assertThat(v678.struct("CThostFtdcRspUserLoginField").size()).isEqualTo(212);
        final FieldLayout instrument = v678.struct("CThostFtdcDepthMarketDataField").field("InstrumentID");
        assertThat(instrument.type()).isEqualTo(CType.CHAR_ARRAY);
        assertThat(instrument.length()).isEqualTo(81);
        assertThat(v678.struct("CThostFtdcDepthMarketDataField").field("reserve1").length()).isEqualTo(31);
    }

    @Test
    void everyShippedProfileIsConsistentSizesAlignmentsAndNoOverlaps()
    {
        for (final String id : AbiProfiles.BUILT_IN)
        {
            final AbiProfile profile = AbiProfiles.byId(id);
            for (final StructLayout struct : profile.structs().values())
            {
                assertThat(struct.size()).as(id + " " + struct.name()).isEqualTo(StructLayout.naturalSize(struct.fields()));
                int end = 0;
                for (final FieldLayout field : struct.fields())
                {
                    final String where = id + " " + struct.name() + "." + field.name();
                    assertThat(field.offset() % field.type().alignment()).as(where).isZero();
                    assertThat(field.offset()).as(where + " starts after the previous field ends").isGreaterThanOrEqualTo(end);
                    end = field.end();
                }
                assertThat(end).as(id + " " + struct.name() + " fits its size").isLessThanOrEqualTo(struct.size());
            }
            for (final ApiTable table : ApiTable.values())
            {
                assertThat(profile.slots(table)).as(id + " " + table).isNotEmpty();
            }
        }
    }

    @Test
    void theSlotAndStructCountsOfEveryVersionAreTheHeadersOnes()
    {
        // TraderApi / TraderSpi / MdApi / MdSpi slots, structs: as counted in each SDK's headers.
        final Map<String, List<Integer>> counts = Map.of(
            "6.3.15", List.of(94, 125, 14, 12, 353),
            "6.3.19_P1", List.of(94, 125, 15, 13, 359),
            "6.5.1", List.of(96, 127, 15, 13, 363),
            "6.6.1_P1", List.of(98, 129, 15, 13, 386),
            "6.6.7", List.of(99, 130, 15, 13, 386),
            "6.6.9", List.of(107, 138, 15, 13, 405),
            "6.7.2", List.of(123, 154, 15, 13, 466),
            "6.7.7", List.of(125, 155, 15, 13, 471),
            "6.7.8", List.of(126, 156, 15, 13, 489),
            "6.7.11", List.of(133, 164, 15, 13, 502));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(AbiProfiles.BUILT_IN);
        counts.forEach((id, expected) ->
        {
            final AbiProfile profile = AbiProfiles.byId(id);
            assertThat(List.of(profile.slots(ApiTable.TRADER_API).size(), profile.slots(ApiTable.TRADER_SPI).size(),
                profile.slots(ApiTable.MD_API).size(), profile.slots(ApiTable.MD_SPI).size(), profile.structs().size()))
                .as(id).isEqualTo(expected);
        });
    }

    @ParameterizedTest(name = "{0} picks {1}")
    @CsvSource(delimiter = '|', value = {
        "v6.7.8_20240918 14:34:34.8082|6.7.8",
        "v6.6.1_P1_20210406  9:27:14|6.6.1_P1",
        "V6_6_1_P1|6.6.1_P1",
        "V6_6_7|6.6.7",
        "V6_6_9|6.6.9",
        "6.3.15|6.3.15",
        "v6.3.15_20190220 13:59:33|6.3.15",
        "6.3.19_P1|6.3.19_P1",
        "6.5.1|6.5.1",
        "v6.7.2_20230913 10:00:00|6.7.2",
        "v6.7.11_20250617 15:00:00|6.7.11",
        "ctp-sim 0.1 profile=6.3.15|6.3.15",
    })
    void everyStyleOfVersionStringPicksItsProfile(final String libraryVersion, final String id)
    {
        assertThat(AbiProfiles.forVersion(libraryVersion).id()).isEqualTo(id);
    }

    @Test
    void choosesTheProfileByVersionString()
    {
        assertThat(AbiProfiles.forVersion("v6.7.8_20240918 14:34:34.8082")).isSameAs(v678);
        assertThat(AbiProfiles.forVersion("v6.6.1_P1_20210406  9:27:14")).isSameAs(v661);
        assertThat(AbiProfiles.forVersion("ctp-sim 0.1 profile=6.6.1_P1")).isSameAs(v661);
    }

    @Test
    void choosesTheProfileForOpenctpTtsVersionStrings()
    {
        assertThat(AbiProfiles.forVersion("V6_6_1_P1")).isSameAs(v661);
        assertThat(AbiProfiles.forVersion("v6.6.1_p1")).isSameAs(v661);
    }

    @Test
    void everyBuiltInPatternIsTheOneRulesPatternForItsId()
    {
        for (final String id : AbiProfiles.BUILT_IN)
        {
            assertThat(AbiProfiles.byId(id).versionPattern().pattern()).as(id).isEqualTo(ApiVersion.patternFor(id));
            assertThat(AbiProfiles.forVersion(AbiProfiles.byId(id).apiVersion()).id()).as(id).isEqualTo(id);
        }
    }

    @Test
    void unknownVersionIsAClearError()
    {
        assertThatThrownBy(() -> AbiProfiles.forVersion("v6.6.1_P2_20990101 13:59:33"))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith("no ABI profile for library version 'v6.6.1_P2_20990101 13:59:33' (CTP 6.6.1_P2); " +
                "candidates: [")
            .hasMessageContaining("6.7.8")
            .hasMessageContaining("6.6.1_P1")
            .hasMessageContaining("'abi-profile: ID'")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> AbiProfiles.byId("6.5.9"))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageContaining("6.5.9");
    }

    @Test
    void resumeTypeAndOrderCodesArePresent()
    {
        assertThat(v678.constant("THOST_TERT_QUICK").intValue()).isEqualTo(2);
        assertThat(v678.constant("THOST_FTDC_D_Sell").byteValue()).isEqualTo((byte)'1');
        assertThat(v661.constant("THOST_FTDC_OST_Canceled").byteValue()).isEqualTo((byte)'5');
        assertThat(v678.constant("THOST_FTDC_OST_Canceled").group()).isEqualTo("OST");
    }
}
