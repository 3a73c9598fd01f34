package org.ctpengine.adapter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A vendor bridge (CTP's API over another counter) ships its vendor library beside the CTP-named one, which needs it
 * by name: the engine finds it there without LD_LIBRARY_PATH, or says exactly what to set. Two tiny libraries built
 * with gcc stand in for them; each test uses its own dependency name, since the loader remembers a loaded SONAME.
 */
class VendorBridgeLoadingTest
{
    @TempDir
    Path dir;

    @Test
    void loadsABridgeWhoseVendorLibraryLiesBesideIt() throws Exception
    {
        final Path bridge = buildBridge("libvendorone.so", true);

        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, bridge);

        // The version string comes from the vendor library: it was loaded and linked.
        assertThat(library.apiVersion()).isEqualTo("V6_6_1_P1");
        assertThat(library.profile().id()).isEqualTo("6.6.1_P1");
    }

    @Test
    void aVendorLibraryFoundNowhereIsNamedWithWhereToPutIt() throws Exception
    {
        final Path bridge = buildBridge("libvendortwo.so", true);
        Files.delete(dir.resolve("libvendortwo.so"));

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, bridge))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageStartingWith("cannot load CTP trader library " + bridge + ": not a loadable shared library (")
            .hasMessageContaining("libvendortwo.so: cannot open shared object file")
            .hasMessageEndingWith("; it needs libvendortwo.so, found neither in the library's directory (" + dir +
                ") nor on the loader's path: put it there (vendor libraries ship beside the CTP-named one) or add its " +
                "folder to LD_LIBRARY_PATH");
    }

    @Test
    void aVendorLibraryBesideItWithoutItsNameAsSonameSaysWhatToSet() throws Exception
    {
        final Path bridge = buildBridge("libvendorthree.so", false);

        assertThatThrownBy(() -> CtpLibrary.load(CtpApiKind.TRADER, bridge))
            .isInstanceOf(CtpLoadException.class)
            .hasMessageEndingWith("; libvendorthree.so is in the library's directory, but loaded from there it does not " +
                "count as the library needed (it has no SONAME libvendorthree.so): start the engine with LD_LIBRARY_PATH=" +
                dir);
    }

    /** {@code dir/libthosttraderapi_se.so}, reporting the version its vendor library {@code dir/vendor} gives. */
    private Path buildBridge(final String vendor, final boolean soname) throws IOException, InterruptedException
    {
        final Path vendorSource = Files.writeString(dir.resolve("vendor.c"),
            "const char* vendor_version(void) { return \"V6_6_1_P1\"; }\n", StandardCharsets.US_ASCII);
        final List<String> vendorCommand = new ArrayList<>(List.of("gcc", "-shared", "-fPIC"));
        if (soname)
        {
            vendorCommand.add("-Wl,-soname," + vendor);
        }
        vendorCommand.addAll(List.of("-o", dir.resolve(vendor).toString(), vendorSource.toString()));
        gcc(vendorCommand);

        final Path bridgeSource = Files.writeString(dir.resolve("bridge.c"), String.join("\n",
            "#include <stddef.h>",
            "const char* vendor_version(void);",
            "const char* _ZN19CThostFtdcTraderApi13GetApiVersionEv(void) { return vendor_version(); }",
            "void* _ZN19CThostFtdcTraderApi19CreateFtdcTraderApiEPKc(const char* flow) { (void)flow; return NULL; }",
            ""), StandardCharsets.US_ASCII);
        final Path bridge = dir.resolve("libthosttraderapi_se.so");
        final String library = vendor.substring("lib".length(), vendor.length() - ".so".length());
        // No rpath: like the vendors' builds, the bridge names its dependency and relies on the loader's search.
        gcc(List.of("gcc", "-shared", "-fPIC", "-o", bridge.toString(), bridgeSource.toString(), "-L" + dir, "-l" + library));
        return bridge;
    }

    private static void gcc(final List<String> command) throws IOException, InterruptedException
    {
        final Process gcc = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gcc.waitFor(60, TimeUnit.SECONDS) && gcc.exitValue() == 0).as(command + ":\n" + output).isTrue();
    }
}
