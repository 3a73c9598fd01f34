package org.ctpengine.adapter.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Compiles (gcc, which the build needs anyway) a tiny shared library that exports the factory and GetApiVersion
 * symbols of both CTP halves, reporting a version of our choosing: a CTP library as far as loading can tell (with
 * no implementation vtable to verify). Its factories return null.
 */
public final class FakeCtpLibrary
{
    private FakeCtpLibrary()
    {
    }

    /** Builds {@code dir/libfakectp.so} reporting {@code version}, exporting the trader and the md symbols. */
    public static Path build(final Path dir, final String version) throws IOException, InterruptedException
    {
        final Path source = dir.resolve("fakectp.c");
        final Path library = dir.resolve("libfakectp.so");
        // Mangled C++ names are valid C identifiers: the C compiler exports them as they are.
        Files.writeString(source, String.join("\n",
            "#include <stdbool.h>",
            "#include <stddef.h>",
            "const char* _ZN19CThostFtdcTraderApi13GetApiVersionEv(void) { return \"" + version + "\"; }",
            "void* _ZN19CThostFtdcTraderApi19CreateFtdcTraderApiEPKc(const char* flow) { (void)flow; return NULL; }",
            "const char* _ZN15CThostFtdcMdApi13GetApiVersionEv(void) { return \"" + version + "\"; }",
            "void* _ZN15CThostFtdcMdApi15CreateFtdcMdApiEPKcbb(const char* f, bool u, bool m)",
            "{ (void)f; (void)u; (void)m; return NULL; }",
            ""), StandardCharsets.US_ASCII);
        final Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-o", library.toString(), source.toString())
            .redirectErrorStream(true)
            .start();
        final String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!gcc.waitFor(60, TimeUnit.SECONDS) || gcc.exitValue() != 0)
        {
            throw new IllegalStateException("gcc failed building the fake CTP library:\n" + output);
        }
        return library;
    }
}
