package org.ctpengine.sim.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes generated sources only when their text changed, so that the native build's timestamp check
 * skips recompiling when nothing in the profile moved.
 */
final class GeneratedFiles
{
    private GeneratedFiles()
    {
    }

    /** Writes {@code text} to {@code file} unless the file already holds exactly that text. */
    static void writeIfChanged(final Path file, final String text)
    {
        try
        {
            final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes))
            {
                return;
            }
            Files.createDirectories(file.getParent());
            final Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write generated source " + file, e);
        }
    }
}
