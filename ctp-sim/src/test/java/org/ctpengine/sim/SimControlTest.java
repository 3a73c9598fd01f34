package org.ctpengine.sim;

import com.sun.jna.NativeLibrary;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.internal.DynamicLinker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library as a JVM sees it: where it is, what it exports, what it says it is, and its control API. */
class SimControlTest
{
    static List<String> profiles()
    {
        return SimLibrary.PROFILES;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void versionNamesTheSimulatorAndTheProfileItImplements(final String profile)
    {
        assertThat(Files.isRegularFile(SimLibrary.path(profile))).isTrue();
        final String version = SimControl.forProfile(profile).version();
        assertThat(version).isEqualTo("ctp-sim 0.1.0 profile=" + profile);
        assertThat(AbiProfiles.forVersion(version).id()).isEqualTo(profile);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void exportsSfitFactoriesAndControlApiButNothingInternal(final String profile)
    {
        final NativeLibrary library = DynamicLinker.openLocal(SimLibrary.path(profile));
        assertThat(DynamicLinker.symbolAddress(library, "_ZN19CThostFtdcTraderApi19CreateFtdcTraderApiEPKc")).isNotZero();
        assertThat(DynamicLinker.symbolAddress(library, "_ZN19CThostFtdcTraderApi13GetApiVersionEv")).isNotZero();
        assertThat(DynamicLinker.symbolAddress(library, "_ZN15CThostFtdcMdApi15CreateFtdcMdApiEPKcbb")).isNotZero();
        assertThat(DynamicLinker.symbolAddress(library, "_ZN15CThostFtdcMdApi13GetApiVersionEv")).isNotZero();
        assertThat(DynamicLinker.symbolAddress(library, "ctpsim_configure")).isNotZero();
        assertThat(DynamicLinker.symbolAddress(library, "_ZN6ctpsim4Core3getEv")).isZero();
    }

    @Test
    void simulatorsOfTwoProfilesKeepSeparateStateInOneProcess()
    {
        final SimControl newer = SimControl.forProfile("6.7.8");
        final SimControl older = SimControl.forProfile("6.6.1_P1");
        newer.reset();
        older.reset();
        newer.configure("tick_interval_ms 0");
        older.configure("tick_interval_ms 0");
        newer.configure("instrument zz2501 SHFE zz 1 10 0.1 0.1 0 0 100 none");
        newer.setBook("zz2501", 99, 1, 101, 1);
        assertThatThrownBy(() -> older.setBook("zz2501", 99, 1, 101, 1))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("no instrument zz2501");
        newer.reset();
    }

    @Test
    void badConfigurationLineNamesTheProblem()
    {
        final SimControl control = SimControl.forProfile(SimLibrary.DEFAULT_PROFILE);
        assertThatThrownBy(() -> control.configure("tick_rate fast"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("unknown key 'tick_rate'");
        assertThatThrownBy(() -> control.configure("seed many"))
            .hasMessageContaining("seed needs one integer");
    }

    @Test
    void unknownProfileIsRefusedWithTheKnownOnes()
    {
        assertThatThrownBy(() -> SimLibrary.path("6.5.1"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("6.7.8")
            .hasMessageContaining("6.6.1_P1");
    }
}
