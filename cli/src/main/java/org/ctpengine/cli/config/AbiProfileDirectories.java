package org.ctpengine.cli.config;

import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ProfileDirectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The directories of ABI profiles outside the jar that a command searches, after the built-in profiles: those of
 * {@code --abi-profiles}, then the configuration's {@code abi-profiles}, then {@code CTP_ENGINE_ABI_PROFILES}.
 * A profile id found twice is an error, so the order only decides which profile a library version string picks
 * when two external ones match it.
 */
public final class AbiProfileDirectories
{
    public static final String OPTION = "--abi-profiles";

    private AbiProfileDirectories()
    {
    }

    /**
     * Makes these the search path of {@link AbiProfiles}, reading every profile in them now.
     *
     * @return the external profile ids found
     * @throws org.ctpengine.adapter.abi.AbiProfileException naming the directory and who named it, or the profile
     *                                                       file, line and field that is wrong
     */
    public static List<String> install(final List<Path> optionDirectories, final List<ProfileDirectory> configDirectories,
        final Function<String, String> environment)
    {
        final List<ProfileDirectory> directories = new ArrayList<>();
        optionDirectories.forEach(dir -> directories.add(new ProfileDirectory(dir, OPTION)));
        directories.addAll(configDirectories);
        directories.addAll(AbiProfiles.environmentDirectories(environment));
        return AbiProfiles.useDirectories(directories);
    }
}
