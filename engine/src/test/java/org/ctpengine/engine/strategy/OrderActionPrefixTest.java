package org.ctpengine.engine.strategy;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.FieldLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategy runner reads a refused cancel's identity through the InputOrderAction flyweight whether it came
 * from OnRspOrderAction (InputOrderAction) or OnErrRtnOrderAction (OrderAction): valid only while both structs
 * keep those fields at the same place.
 */
class OrderActionPrefixTest
{
    static List<String> profileIds()
    {
        return AbiProfiles.BUILT_IN;
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void bothCancelStructsKeepTheIdentityFieldsAtTheSameOffsets(final String profileId)
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        for (final String field : new String[] {"OrderRef", "FrontID", "SessionID", "ExchangeID", "OrderSysID"})
        {
            final FieldLayout input = profile.struct("CThostFtdcInputOrderActionField").field(field);
            final FieldLayout action = profile.struct("CThostFtdcOrderActionField").field(field);
            assertThat(action).as(field).isEqualTo(input);
        }
    }
}
