package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.VtableSlot;
import org.ctpengine.adapter.testing.FakeCtpLibrary;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A library that does not export its implementation's vtable (a third-party simulator) cannot be verified slot by
 * slot: loading says so, checks the methods it exports instead, and refuses a profile they contradict rather than
 * letting the first call crash.
 */
class UnverifiableLibraryTest
{
    @TempDir
    Path dir;

    @Test
    void aVerifiedLibrarySaysSo()
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(JctpJars.V678));

        assertThat(library.verification()).isEqualTo("vtable verified: every CThostFtdcTraderApi slot of ABI profile " +
            "6.7.8 matches _ZTV18CFtdcTraderApiImpl");
    }

    @Test
    void aLibraryExportingItsMethodsButNotItsVtableIsCheckedByThem() throws Exception
    {
        final Path library = buildImplementation(AbiProfiles.byId("6.7.8"), "v6.7.8_20240918 14:34:34.8082");

        final CtpLibrary loaded = CtpLibrary.load(CtpApiKind.TRADER, library);

        assertThat(loaded.vtableVerified()).isFalse();
        assertThat(loaded.verification()).isEqualTo("vtable NOT verified (the library does not export " +
            "_ZTV18CFtdcTraderApiImpl); checked instead: the CThostFtdcTraderApi methods CFtdcTraderApiImpl exports " +
            "(126 of 126): names and parameter types; slot order cannot be checked without the vtable");
    }

    @Test
    void aWrongProfileForALibraryWithoutItsVtableIsRefusedByItsMethods() throws Exception
    {
        final Path library = buildImplementation(AbiProfiles.byId("6.7.8"), "third-party simulator 2.0");

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, library, AbiProfiles.byId("6.6.1_P1")))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageStartingWith("cannot load CTP trader library " + library + " (version 'third-party simulator 2.0'): " +
                "it does not match ABI profile 6.6.1_P1 (vtable NOT verified (the library does not export " +
                "_ZTV18CFtdcTraderApiImpl), but by the methods it exports: CFtdcTraderApiImpl has 28 API methods the " +
                "profile lacks (")
            .hasMessageEndingWith("); name the right one with 'abi-profile: ID'");
    }

    @Test
    void aNewerProfileThanTheLibraryIsRefusedByTheMethodsItLacks() throws Exception
    {
        final Path library = buildImplementation(AbiProfiles.byId("6.3.15"), "6.3.15");

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, library, AbiProfiles.byId("6.6.1_P1")))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageContaining("but by the methods it exports: CFtdcTraderApiImpl lacks 5 of its methods (");
        assertThat(CtpLibrary.load(CtpApiKind.TRADER, library).profile().id()).isEqualTo("6.3.15");
    }

    @Test
    void aLibraryExportingNothingToCheckSaysItWasTakenOnItsVersionAlone() throws Exception
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, FakeCtpLibrary.build(dir, "V6_6_1_P1"));

        assertThat(library.verification()).isEqualTo("vtable NOT verified (the library does not export " +
            "_ZTV18CFtdcTraderApiImpl) and it exports no implementation methods to check instead: ABI profile 6.6.1_P1 " +
            "is taken on its version string alone, and a wrong one crashes at the first call");
    }

    /**
     * A trader library whose implementation class exports every API method of {@code profile} (with its parameter
     * types) and no vtable: the class has no virtual functions, which is what a stripped vtable looks like to loading.
     */
    private Path buildImplementation(final AbiProfile profile, final String version) throws IOException, InterruptedException
    {
        final StringBuilder cpp = new StringBuilder("enum THOST_TE_RESUME_TYPE { THOST_TERT_RESTART };\n");
        final Set<String> classes = new TreeSet<>();
        for (final VtableSlot slot : profile.slots(ApiTable.TRADER_API))
        {
            for (final String type : slot.parameterTypes())
            {
                if (type.startsWith("CThostFtdc"))
                {
                    classes.add(type.substring(0, type.length() - 1));
                }
            }
        }
        classes.forEach(name -> cpp.append("class ").append(name).append(";\n"));
        cpp.append("class CFtdcTraderApiImpl\n{\npublic:\n");
        final StringBuilder bodies = new StringBuilder();
        for (final VtableSlot slot : profile.slots(ApiTable.TRADER_API))
        {
            final String signature = slot.name() + "(" + String.join(", ", slot.parameterTypes()) + ")";
            cpp.append("    ").append(slot.returnType()).append(' ').append(signature).append(";\n");
            bodies.append(slot.returnType()).append(" CFtdcTraderApiImpl::").append(signature).append(" { ")
                .append(slot.returnType().equals("void") ? "" : "return 0; ").append("}\n");
        }
        cpp.append("};\n").append(bodies);
        cpp.append("extern \"C\" const char* _ZN19CThostFtdcTraderApi13GetApiVersionEv() { return \"").append(version)
            .append("\"; }\n");
        cpp.append("extern \"C\" void* _ZN19CThostFtdcTraderApi19CreateFtdcTraderApiEPKc(const char*) { return 0; }\n");
        final Path source = Files.writeString(dir.resolve("impl.cpp"), cpp.toString(), StandardCharsets.US_ASCII);
        final Path library = dir.resolve("libthirdparty.so");
        final Process gxx = new ProcessBuilder("g++", "-shared", "-fPIC", "-o", library.toString(), source.toString())
            .redirectErrorStream(true).start();
        final String output = new String(gxx.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gxx.waitFor(60, TimeUnit.SECONDS) && gxx.exitValue() == 0).as(output).isTrue();
        return library;
    }
}
