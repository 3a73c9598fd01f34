package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.testing.FakeCtpLibrary;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading both halves of one CTP installation, from two files or from one. */
class CtpLibrariesTest
{
    @TempDir
    Path dir;

    @Test
    void loadsSfitsTwoFilesUnderOneProfile()
    {
        final CtpLibraries libraries = CtpLibraries.load(
            RealCtpLibraries.trader(JctpJars.V678), RealCtpLibraries.md(JctpJars.V678));

        assertThat(libraries.profile().id()).isEqualTo(JctpJars.V678);
        assertThat(libraries.trader().kind()).isEqualTo(CtpApiKind.TRADER);
        assertThat(libraries.md().kind()).isEqualTo(CtpApiKind.MD);
    }

    @Test
    void loadsBothHalvesFromOneFileThatDeclaresItsProfile() throws Exception
    {
        final Path both = FakeCtpLibrary.build(dir, "ctp-sim 0.1 profile=6.7.8");

        final CtpLibraries libraries = CtpLibraries.load(both, both);

        assertThat(libraries.trader().path()).isEqualTo(libraries.md().path());
        assertThat(libraries.trader().nativeLibrary()).isSameAs(libraries.md().nativeLibrary());
        assertThat(libraries.profile().id()).isEqualTo(JctpJars.V678);
        assertThat(libraries.md().apiVersion()).isEqualTo("ctp-sim 0.1 profile=6.7.8");
    }

    @Test
    void refusesHalvesOfDifferentVersions()
    {
        assertThatThrownBy(() -> CtpLibraries.load(RealCtpLibraries.trader(JctpJars.V661), RealCtpLibraries.md(JctpJars.V678)))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(RealCtpLibraries.trader(JctpJars.V661).toString())
            .hasMessageContaining(RealCtpLibraries.md(JctpJars.V678).toString())
            .hasMessageContaining("not of the same CTP version");
    }

    @Test
    void appliesTheOverrideToBothHalves()
    {
        final CtpLibraries libraries = CtpLibraries.load(
            RealCtpLibraries.trader(JctpJars.V661), RealCtpLibraries.md(JctpJars.V661), AbiProfiles.byId(JctpJars.V661));

        assertThat(libraries.trader().profile()).isSameAs(libraries.md().profile());
    }
}
