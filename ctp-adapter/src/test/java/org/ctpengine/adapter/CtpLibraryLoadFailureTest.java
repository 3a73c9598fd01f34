package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.VtableSlot;
import org.ctpengine.adapter.testing.FakeCtpLibrary;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.ctpengine.adapter.testing.SystemLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every way loading can go wrong ends in one clear CtpLoadException naming the file, and the JVM lives on. */
class CtpLibraryLoadFailureTest
{
    @TempDir
    Path dir;

    @Test
    void refusesMissingFile()
    {
        final Path missing = dir.resolve("libthosttraderapi_se.so");

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, missing))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(missing.toString())
            .hasMessageContaining("no such file");
    }

    @Test
    void refusesDirectory()
    {
        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, dir))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(dir.toString())
            .hasMessageContaining("not a regular file");
    }

    @Test
    void refusesTextFile() throws Exception
    {
        final Path text = Files.writeString(dir.resolve("libthosttraderapi_se.so"),
            "This is a text file, long enough to hold an ELF header if it were one, but it is not one.\n".repeat(4));

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, text))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(text.toString())
            .hasMessageContaining("not a loadable shared library")
            .hasMessageContaining("invalid ELF header");
    }

    @Test
    void refusesSharedLibraryThatIsNotCtpLibz()
    {
        final Path libz = SystemLibraries.libz();

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, libz))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(libz.toString())
            .hasMessageContaining("not a CTP trader library")
            .hasMessageContaining(CtpApiKind.TRADER.factorySymbol());
    }

    @Test
    void refusesSharedLibraryThatIsNotCtpLibc()
    {
        final Path libc = SystemLibraries.libc();

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.MD, libc))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(libc.toString())
            .hasMessageContaining("not a CTP market-data library");
    }

    @Test
    void refusesTraderLibraryLoadedAsMarketData()
    {
        final Path trader = RealCtpLibraries.trader(JctpJars.V678);

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.MD, trader))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(trader.toString())
            .hasMessageContaining("not a CTP market-data library")
            .hasMessageContaining(CtpApiKind.MD.factorySymbol());
    }

    @Test
    void refusesUnknownVersionWithoutOverride() throws Exception
    {
        final Path fake = FakeCtpLibrary.build(dir, "v9.9.9_20990101 vendor-x");

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, fake))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(fake.toString())
            .hasMessageContaining("v9.9.9_20990101 vendor-x")
            .hasMessageContaining("no ABI profile");
    }

    @Test
    void refusesUnknownVersionOfRealLibraryThroughSelector()
    {
        final Path trader = RealCtpLibraries.trader(JctpJars.V678);

        // The selection seam: as if no built-in profile matched this real library's version.
        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, trader, version -> AbiProfiles.forVersion("x" + version)))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(trader.toString())
            .hasMessageContaining(RealCtpLibraries.apiVersion(JctpJars.V678))
            .hasMessageContaining("no ABI profile");
    }

    @Test
    void loadsUnknownVersionWithOverrideButCreateFailsCleanlyWhenFactoryReturnsNull() throws Exception
    {
        final Path fake = FakeCtpLibrary.build(dir, "v9.9.9_20990101 vendor-x");
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, fake, AbiProfiles.byId(JctpJars.V678));

        assertThat(library.profile().id()).isEqualTo(JctpJars.V678);
        assertThat(library.vtableVerified()).isFalse();
        assertThatThrownBy(() -> TraderApi.create(library, "fake", dir.resolve("flow"), callback -> { }))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(fake.toString())
            .hasMessageContaining("returned null");
    }

    @Test
    void refusesProfileThatDoesNotMatchLibraryNamingFirstDifferingSlot()
    {
        final Path trader = RealCtpLibraries.trader(JctpJars.V661);

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, trader, AbiProfiles.byId(JctpJars.V678)))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining(trader.toString())
            .hasMessageContaining(RealCtpLibraries.apiVersion(JctpJars.V661))
            .hasMessageContaining("profile 6.7.8")
            .hasMessageContaining("slot 4: expected GetFrontInfo, found RegisterFront");
    }

    @Test
    void acceptsOverrideThatMatchesLibrary()
    {
        final CtpLibrary library = CtpLibrary.load(
            CtpApiKind.TRADER, RealCtpLibraries.trader(JctpJars.V661), AbiProfiles.byId(JctpJars.V661));

        assertThat(library.vtableVerified()).isTrue();
        assertThat(library.apiVersion()).isEqualTo(RealCtpLibraries.apiVersion(JctpJars.V661));
    }

    @Test
    void choosesTheBuiltInProfileForATtsStyleVersion() throws Exception
    {
        final Path fake = FakeCtpLibrary.build(dir, "V6_6_1_P1");

        assertThat(CtpLibrary.load(CtpApiKind.TRADER, fake).profile().id()).isEqualTo(JctpJars.V661);
    }

    @Test
    void refusesAMarketDataOnlyProfileForATraderLibrary() throws Exception
    {
        final Path fake = FakeCtpLibrary.build(dir, "V6_7_8");
        final AbiProfile full = AbiProfiles.byId(JctpJars.V678);
        final Map<ApiTable, List<VtableSlot>> tables = new EnumMap<>(ApiTable.class);
        tables.put(ApiTable.TRADER_API, List.of());
        tables.put(ApiTable.TRADER_SPI, List.of());
        tables.put(ApiTable.MD_API, full.slots(ApiTable.MD_API));
        tables.put(ApiTable.MD_SPI, full.slots(ApiTable.MD_SPI));
        final AbiProfile mdOnly = new AbiProfile("md-6.7.8", "V6_7_8", "x", "test", tables,
            List.copyOf(full.structs().values()), List.copyOf(full.constants().values()));

        assertThat(CtpLibrary.load(CtpApiKind.MD, fake, mdOnly).profile()).isSameAs(mdOnly);
        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, fake, mdOnly))
            .isInstanceOf(CtpLoadException.class)
            .hasMessage("cannot load CTP trader library " + fake + " (version 'V6_7_8'): ABI profile md-6.7.8 has no " +
                "CThostFtdcTraderApi table (market data only: it was extracted from an SDK without " +
                "ThostFtdcTraderApi.h); name a profile extracted from the full SDK with 'abi-profile: ID'");
    }
}
