package org.ctpengine.adapter.abi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;

/** Writes generated text files (profiles, C++ headers, simulator sources) as UTF-8. */
public final class TextFiles
{
    private TextFiles()
    {
    }

    /**
     * Writes every file (name → text) into {@code dir}, created if missing, replacing what is there.
     *
     * @param what names the content in the error message, e.g. "ABI profile 6.7.8"
     */
    public static void writeAll(final Map<String, String> files, final Path dir, final String what)
    {
        try
        {
            Files.createDirectories(dir);
            for (final Map.Entry<String, String> file : files.entrySet())
            {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write " + what + " to " + dir, e);
        }
    }

    /**
     * Writes {@code text} to {@code file} unless it already holds exactly that text, so that builds keyed on
     * timestamps (g++ via make-like checks) redo nothing when nothing changed. Atomic: readers never see half.
     */
    public static void writeIfChanged(final Path file, final String text)
    {
        try
        {
            final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes))
            {
                return;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            final Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write generated file " + file, e);
        }
    }
}
