package org.ctpengine.abitools.sim;

import org.ctpengine.adapter.abi.TextFiles;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.abitools.header.CppHeaderWriter;

import java.nio.file.Path;
import java.util.Map;

/**
 * Build entry point: for each profile id, the C++ the simulator is compiled against, into
 * {@code OUTPUT_ROOT/<profile>/}. Usage: {@code GenerateNativeSources OUTPUT_ROOT PROFILE_ID...}.
 */
public final class GenerateNativeSources
{
    private GenerateNativeSources()
    {
    }

    public static void main(final String[] args)
    {
        if (args.length < 2)
        {
            throw new IllegalArgumentException("usage: GenerateNativeSources OUTPUT_ROOT PROFILE_ID...");
        }
        final Path root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++)
        {
            final AbiProfile profile = AbiProfiles.byId(args[i]);
            final Path dir = root.resolve(profile.id());
            // The SFIT-style headers come from the profile itself (one source of truth); written only when
            // their text changed so that g++ recompiles nothing when the profile did not move.
            for (final Map.Entry<String, String> header : CppHeaderWriter.render(profile).entrySet())
            {
                TextFiles.writeIfChanged(dir.resolve(header.getKey()), header.getValue());
            }
            new SimSourceWriter(profile).writeTo(dir);
        }
    }
}
