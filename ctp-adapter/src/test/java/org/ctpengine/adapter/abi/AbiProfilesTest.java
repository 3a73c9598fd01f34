package org.ctpengine.adapter.abi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The committed profiles hold the facts measured on SFIT's libraries (DESIGN.md). */
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
    void everyStructSizeFollowsTheCLayoutRules()
    {
        for (final AbiProfile profile : new AbiProfile[] { v661, v678 })
        {
            for (final StructLayout struct : profile.structs().values())
            {
                assertThat(struct.size()).as(struct.name()).isEqualTo(StructLayout.naturalSize(struct.fields()));
                for (final FieldLayout field : struct.fields())
                {
                    assertThat(field.offset() % field.type().alignment()).as(struct.name() + "." + field.name()).isZero();
                }
            }
        }
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
        assertThatThrownBy(() -> AbiProfiles.forVersion("v9.9.9_20990101 13:59:33"))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith("no ABI profile for library version 'v9.9.9_20990101 13:59:33' (CTP 9.9.9); candidates: [")
            .hasMessageContaining("6.7.8")
            .hasMessageContaining("6.6.1_P1")
            .hasMessageContaining("'abi-profile: ID'")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> AbiProfiles.byId("6.5.1"))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageContaining("6.5.1");
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
