package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.AbiProfiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeTypeTest
{
    @Test
    void valuesComeFromEachProfilesResumeTypeEnum()
    {
        for (final String id : AbiProfiles.BUILT_IN)
        {
            assertThat(ResumeType.RESTART.value(AbiProfiles.byId(id))).isZero();
            assertThat(ResumeType.RESUME.value(AbiProfiles.byId(id))).isEqualTo(1);
            assertThat(ResumeType.QUICK.value(AbiProfiles.byId(id))).isEqualTo(2);
        }
    }
}
