package org.ctpengine.abitools.extract;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ProfileDiff;
import org.ctpengine.adapter.testing.JctpJars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed profiles must equal a fresh extraction from SFIT's real libraries and the jctp layout
 * oracle. A failure names the file and line that drifted; regenerate with
 * {@code ./ctp-engine abi extract --out ctp-adapter/src/main/resources/org/ctpengine/abi}.
 */
class ProfileConformanceTest
{
    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void committedProfileEqualsFreshExtraction(final String id) throws Exception
    {
        final JctpJarExtractor extractor = new JctpJarExtractor(JctpJars.nativeLibLoaderJar(), null);

        final AbiProfile extracted = extractor.extract(JctpJars.jar(id), id);

        assertThat(ProfileDiff.firstDifference(AbiProfiles.byId(id), extracted))
            .as("difference between committed profile %s and a fresh extraction", id)
            .isNull();
    }
}
