package org.ctpengine.sim;

import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import org.ctpengine.sim.SimControl.VersionStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
            VersionStyle.PLAIN, "6.6.1_P1"),
        "6.3.15", Map.of(
            VersionStyle.SIM, "ctp-sim 0.1.0 profile=6.3.15",
            VersionStyle.SFIT, "v6.3.15_20000101 00:00:00", // no SFIT stamp known for it: one of the same shape
            VersionStyle.TTS, "V6_3_15",
            VersionStyle.PLAIN, "6.3.15"));

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

    /** Run in a child JVM: loads the simulator of a profile and prints what GetApiVersion() reports. */
    public static final class PrintVersion
    {
        public static void main(final String[] args)
        {
            final NativeLibrary library = NativeLibrary.getInstance(SimLibrary.path(args[0]).toString(),
                Map.of(Library.OPTION_OPEN_FLAGS, 0x2));
            System.out.println(library.getFunction(TRADER_VERSION).invokeString(new Object[0], false));
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void styleFromTheEnvironmentIsReadAtLoad(final String profile) throws Exception
    {
        final ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), PrintVersion.class.getName(), profile)
            .redirectErrorStream(true);
        child.environment().put("CTPSIM_VERSION_STYLE", "tts");
        child.environment().remove("CTPSIM_CONFIG");
        final Process process = child.start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo(EXPECTED.get(profile).get(VersionStyle.TTS));
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
