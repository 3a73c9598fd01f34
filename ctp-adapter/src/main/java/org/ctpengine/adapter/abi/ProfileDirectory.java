package org.ctpengine.adapter.abi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A directory of ABI profiles outside the jar ({@code DIR/<id>/*.tsv}, as {@code abi extract --out DIR} writes them)
 * and who named it, so that an error can say where to fix it.
 *
 * @param path   the directory that holds one sub-directory per profile
 * @param origin who named it: {@code CTP_ENGINE_ABI_PROFILES}, {@code --abi-profiles}, {@code config/x.yaml: abi-profiles}
 */
public record ProfileDirectory(Path path, String origin)
{
    public ProfileDirectory
    {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(origin, "origin");
    }

    /** The directories of a {@code PATH}-like value ({@code DIR:DIR}), empty parts skipped; none for null. */
    public static List<ProfileDirectory> parseList(final String value, final String origin)
    {
        final List<ProfileDirectory> directories = new ArrayList<>();
        if (value != null)
        {
            for (final String part : value.split(":"))
            {
                if (!part.isBlank())
                {
                    directories.add(new ProfileDirectory(Path.of(part.trim()), origin));
                }
            }
        }
        return directories;
    }

    @Override
    public String toString()
    {
        return path + " (" + origin + ")";
    }
}
