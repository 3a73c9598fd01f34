package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.abi.VtableSlot;
import org.junit.jupiter.api.Test;

/**
 * The flyweights name fields; the profiles say what exists. Every named field must exist with the expected type in
 * every built-in profile, unless the flyweight binds it as optional (appended
 * in a later version: 6.3.19_P1, 6.6.1_P1, 6.7.x), in which case it must exist
 * in the newest profile and really be missing from an older one. Conversely every field of the struct must have an
 * accessor, so that a field SFIT appends in a new profile shows up here.
 */
class FlyweightProfileDriftTest
{
    private static final String NEWEST = AbiProfiles.BUILT_IN.get(0);

    @Test
    void everyFlyweightBindsToEveryBuiltInProfile()
    {
        for (final String profileId : AbiProfiles.BUILT_IN)
        {
            for (final Class<? extends StructFlyweight> type : Flyweights.classes())
            {
                final StructFlyweight flyweight = Flyweights.create(type, AbiProfiles.byId(profileId));
                assertThat(flyweight.layout().name()).isEqualTo(Flyweights.structName(type));
                assertThat(flyweight.profile().id()).isEqualTo(profileId);
            }
        }
        assertThat(Flyweights.classes()).as("flyweights found").hasSize(23);
    }

    @Test
    void everyRequiredFieldExistsWithItsTypeInEveryProfile()
    {
        for (final Class<? extends StructFlyweight> type : Flyweights.classes())
        {
            final StructFlyweight newest = Flyweights.create(type, AbiProfiles.byId(NEWEST));
            for (final BoundField field : newest.boundFields())
            {
                for (final String profileId : AbiProfiles.BUILT_IN)
                {
                    final StructLayout layout = AbiProfiles.byId(profileId).struct(newest.layout().name());
                    final String where = type.getSimpleName() + " " + field.name() + " in " + profileId;
                    if (field.optional() && !layout.hasField(field.name()))
                    {
                        continue;
                    }
                    assertThat(layout.hasField(field.name())).as(where).isTrue();
                    assertThat(layout.field(field.name()).type()).as(where).isEqualTo(field.type());
                }
            }
        }
    }

    @Test
    void optionalFieldsAreExactlyThoseMissingFromAnOlderProfile()
    {
        final Set<String> optional = new TreeSet<>();
        final Set<String> missingSomewhere = new TreeSet<>();
        for (final Class<? extends StructFlyweight> type : Flyweights.classes())
        {
            final StructFlyweight newest = Flyweights.create(type, AbiProfiles.byId(NEWEST));
            for (final BoundField field : newest.boundFields())
            {
                final String qualified = newest.layout().name() + "." + field.name();
                assertThat(field.present()).as(qualified + " must exist in the newest profile " + NEWEST).isTrue();
                if (field.optional())
                {
                    optional.add(qualified);
                }
                for (final String profileId : AbiProfiles.BUILT_IN)
                {
                    if (!AbiProfiles.byId(profileId).struct(newest.layout().name()).hasField(field.name()))
                    {
                        missingSomewhere.add(qualified);
                    }
                }
            }
        }
        assertThat(optional).isEqualTo(missingSomewhere);
        assertThat(optional).containsExactlyInAnyOrder(
            "CThostFtdcInputOrderField.OrderMemo", "CThostFtdcInputOrderField.SessionReqSeq",
            "CThostFtdcInputOrderActionField.OrderMemo", "CThostFtdcInputOrderActionField.SessionReqSeq",
            "CThostFtdcOrderField.OrderMemo", "CThostFtdcOrderField.SessionReqSeq",
            "CThostFtdcRspUserLoginField.SysVersion", "CThostFtdcRspUserLoginField.GFEXTime",
            "CThostFtdcRspUserLoginField.LoginDRIdentityID", "CThostFtdcRspUserLoginField.UserDRIdentityID",
            "CThostFtdcQryDepthMarketDataField.ProductClass",
            "CThostFtdcDepthMarketDataField.BandingUpperPrice", "CThostFtdcDepthMarketDataField.BandingLowerPrice",
            "CThostFtdcInvestorPositionField.TasPosition", "CThostFtdcInvestorPositionField.TasPositionCost",
            "CThostFtdcInvestorPositionField.OptionValue", "CThostFtdcTradingAccountField.OptionValue",
            "CThostFtdcRspUserLoginField.LastLoginTime", "CThostFtdcRspUserLoginField.ReserveInfo");
    }

    @Test
    void everyFieldOfEveryProfileHasAnAccessor()
    {
        for (final String profileId : AbiProfiles.BUILT_IN)
        {
            for (final Class<? extends StructFlyweight> type : Flyweights.classes())
            {
                final StructFlyweight flyweight = Flyweights.create(type, AbiProfiles.byId(profileId));
                final Set<String> bound = new TreeSet<>();
                flyweight.boundFields().forEach(field -> bound.add(field.name()));
                for (final FieldLayout field : flyweight.layout().fields())
                {
                    if (!field.name().startsWith("reserve"))
                    {
                        assertThat(bound).as(type.getSimpleName() + " covers " + field.name() + " of " + profileId)
                            .contains(field.name());
                    }
                }
            }
        }
    }

    @Test
    void knownStructSizesOfBothProfiles()
    {
        final AbiProfile v678 = AbiProfiles.byId("6.7.8");
        final AbiProfile v661 = AbiProfiles.byId("6.6.1_P1");
        assertThat(new DepthMarketDataFlyweight(v678).sizeInBytes()).isEqualTo(584);
        assertThat(new DepthMarketDataFlyweight(v661).sizeInBytes()).isEqualTo(584);
        assertThat(new InputOrderFlyweight(v678).sizeInBytes()).isEqualTo(408);
        assertThat(new InputOrderFlyweight(v661).sizeInBytes()).isEqualTo(392);
        assertThat(new OrderFlyweight(v678).sizeInBytes()).isEqualTo(872);
        assertThat(new OrderFlyweight(v661).sizeInBytes()).isEqualTo(856);
        assertThat(new RspUserLoginFlyweight(v678).sizeInBytes()).isEqualTo(212);
        assertThat(new RspUserLoginFlyweight(v661).sizeInBytes()).isEqualTo(156);
    }

    @Test
    void refusesAProfileThatLacksARequiredFieldNamingStructFieldAndProfile()
    {
        final AbiProfile profile = profileWith(new StructLayout("CThostFtdcRspInfoField", 4,
            List.of(new FieldLayout("ErrorID", 0, CType.INT, 4))));

        assertThatThrownBy(() -> new RspInfoFlyweight(profile))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageContaining("CThostFtdcRspInfoField")
            .hasMessageContaining("ErrorMsg")
            .hasMessageContaining("hand-made");
    }

    @Test
    void refusesAProfileThatTypesAFieldDifferently()
    {
        final AbiProfile profile = profileWith(new StructLayout("CThostFtdcRspInfoField", 88, List.of(
            new FieldLayout("ErrorID", 0, CType.DOUBLE, 8),
            new FieldLayout("ErrorMsg", 8, CType.CHAR_ARRAY, 80))));

        assertThatThrownBy(() -> new RspInfoFlyweight(profile))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageContaining("CThostFtdcRspInfoField.ErrorID is double")
            .hasMessageContaining("as int")
            .hasMessageContaining("hand-made");
    }

    @Test
    void followsTheLayoutItIsGivenNotACompiledInOne()
    {
        final AbiProfile profile = profileWith(new StructLayout("CThostFtdcRspInfoField", 48, List.of(
            new FieldLayout("ErrorMsg", 0, CType.CHAR_ARRAY, 41),
            new FieldLayout("ErrorID", 44, CType.INT, 4))));
        final RspInfoFlyweight rspInfo = new RspInfoFlyweight(profile);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[48]);

        rspInfo.wrap(buffer, 0).errorId(0x11223344).errorMsg("moved");

        assertThat(buffer.getInt(44, LITTLE_ENDIAN)).isEqualTo(0x11223344);
        assertThat(buffer.getStringWithoutLengthAscii(0, 5)).isEqualTo("moved");
    }

    private static AbiProfile profileWith(final StructLayout struct)
    {
        final Map<ApiTable, List<VtableSlot>> tables = new EnumMap<>(ApiTable.class);
        for (final ApiTable table : ApiTable.values())
        {
            tables.put(table, new ArrayList<>());
        }
        return new AbiProfile("hand-made", "v0", "^v0", "test", tables, List.of(struct), List.of());
    }
}
