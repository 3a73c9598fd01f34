package org.ctpengine.cli.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ctpengine.strategies.params.Problems;

/** Checks a configured CTP library before the engine loads it, so a wrong path is a config error, not a JNA trace. */
final class Libraries
{
    private static final byte[] ELF = { 0x7f, 'E', 'L', 'F' };

    private Libraries()
    {
    }

    static Path check(final Problems problems, final String path, final String text)
    {
        final Path file = Paths.expand(text);
        if (!Files.exists(file))
        {
            throw problems.at(path, "library " + text + " does not exist (" + file.toAbsolutePath() + ")");
        }
        if (!Files.isRegularFile(file))
        {
            throw problems.at(path, "library " + text + " is not a file");
        }
        final byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file))
        {
            if (in.readNBytes(magic, 0, 4) != 4 || !Arrays.equals(magic, ELF))
            {
                throw problems.at(path, "library " + text + " is not a shared library (no ELF header)");
            }
        }
        catch (final IOException e)
        {
            throw problems.at(path, "library " + text + " cannot be read: " + e.getMessage());
        }
        return file;
    }
}
