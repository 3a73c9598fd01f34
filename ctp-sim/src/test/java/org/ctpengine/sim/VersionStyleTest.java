package org.ctpengine.sim;

import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import org.ctpengine.sim.SimControl.VersionStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GetApiVersion() in each style real libraries use, while the profile stays available through ctpsim_profile(). */
class VersionStyleTest extends SimFrontTest
{
    private static final String TRADER_VERSION = "_ZN19CThostFtdcTraderApi13GetApiVersionEv";
    private static final String MD_VERSION = "_ZN15CThostFtdcMdApi13GetApiVersionEv";

    private static final Map<String, Map<VersionStyle, String>> EXPECTED = Map.of(
        "6.7.8", Map.of(
            VersionStyle.SIM, "ctp-sim 0.1.0 profile=6.7.8",
            VersionStyle.SFIT, "v6.7.8_20240918 14:34:34.8082",
            VersionStyle.TTS, "V6_7_8",
            VersionStyle.PLAIN, "6.7.8"),
        "6.6.1_P1", Map.of(
            VersionStyle.SIM, "ctp-sim 0.1.0 profile=6.6.1_P1",
            VersionStyle.SFIT, "v6.6.1_P1_20210406  9:27:14",
            VersionStyle.TTS, "V6_6_1_P1",
            VersionStyle.PLAIN, "6.6.1_P1"));

    @AfterEach
    void backToTheSimulatorsOwnText()
    {
        if (front != null)
        {
            front.control().versionStyle(VersionStyle.SIM);
        }
    }

    private String reported(final String symbol)
    {
        // RTLD_NOW | RTLD_LOCAL, as the adapter opens it: the simulators of two profiles export the same names.
        final NativeLibrary library = NativeLibrary.getInstance(front.control().path().toAbsolutePath().toString(),
            Map.of(Library.OPTION_OPEN_FLAGS, 0x2));
        return library.getFunction(symbol).invokeString(new Object[0], false);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void eachStyleIsReportedByBothFactories(final String profile)
    {
        start(profile);
        for (final Map.Entry<VersionStyle, String> style : EXPECTED.get(profile).entrySet())
        {
            front.control().versionStyle(style.getKey());
            assertThat(reported(TRADER_VERSION)).as(style.getKey().name()).isEqualTo(style.getValue());
            assertThat(reported(MD_VERSION)).as(style.getKey().name()).isEqualTo(style.getValue());
            assertThat(front.control().profile()).isEqualTo(profile);
            assertThat(front.control().version()).isEqualTo("ctp-sim 0.1.0 profile=" + profile);
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void vendorTextIsReportedVerbatim(final String profile)
    {
        start(profile, "version_text XTP bridge 2.2.37 (CTP 6.7.8)");
        assertThat(reported(TRADER_VERSION)).isEqualTo("XTP bridge 2.2.37 (CTP 6.7.8)");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void resetReturnsToTheSimulatorsOwnText(final String profile)
    {
        start(profile, "version_style tts");
        front.control().reset();
        assertThat(reported(TRADER_VERSION)).isEqualTo("ctp-sim 0.1.0 profile=" + profile);
    }
}
