package org.ctpengine.abitools.header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.TextFiles;

/**
 * Writes C++ headers for an {@link AbiProfile} in the layout and naming of SFIT's CTP SDK
 * ({@link SdkHeaders#ALL}), so that C++ code such as the simulator compiles against the profile as its
 * single source of truth instead of against a vendor's copy that may have drifted. The struct header
 * carries {@code static_assert}s on every size and offset, so a compiler proves it equals the profile.
 * The headers are UTF-8 (pure ASCII in practice); {@link HeaderAbiExtractor} reads them back.
 */
public final class CppHeaderWriter
{
    private CppHeaderWriter()
    {
    }

    /**
     * Writes the four headers into {@code dir} (created if missing), replacing any there.
     *
     * @throws IllegalArgumentException when a slot's type cannot be spelled as a plain C++ declarator
     */
    public static void write(final AbiProfile profile, final Path dir)
    {
        TextFiles.writeAll(render(profile), dir, "C++ headers of ABI profile " + profile.id());
    }

    /** File name → file text, exactly as {@link #write} stores them, in include order. */
    public static Map<String, String> render(final AbiProfile profile)
    {
        final Map<String, String> files = new LinkedHashMap<>();
        files.put(SdkHeaders.DATA_TYPE, DataTypeHeaderRenderer.render(profile));
        files.put(SdkHeaders.STRUCT, StructHeaderRenderer.render(profile));
        files.put(SdkHeaders.TRADER_API, ApiHeaderRenderer.render(profile, ApiHeaderRenderer.Flavour.TRADER));
        files.put(SdkHeaders.MD_API, ApiHeaderRenderer.render(profile, ApiHeaderRenderer.Flavour.MD));
        return files;
    }
}
