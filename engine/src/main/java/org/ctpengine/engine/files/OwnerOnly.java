package org.ctpengine.engine.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files the engine writes hold an account's orders, positions and funds: owner-only (directories 0700, files
 * 0600), whatever the umask. On a file system without POSIX permissions nothing is changed.
 */
public final class OwnerOnly
{
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly()
    {
    }

    /** Creates {@code directory} and its missing parents; the directory itself (new or not) becomes 0700. */
    public static Path createDirectories(final Path directory) throws IOException
    {
        Files.createDirectories(directory);
        restrictDirectory(directory);
        return directory;
    }

    public static void restrictDirectory(final Path directory) throws IOException
    {
        if (POSIX && !Files.getPosixFilePermissions(directory).equals(DIRECTORY))
        {
            Files.setPosixFilePermissions(directory, DIRECTORY);
        }
    }

    public static void restrictFile(final Path file) throws IOException
    {
        if (POSIX && Files.exists(file) && !Files.getPosixFilePermissions(file).equals(FILE))
        {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Makes every directory (0700) and regular file (0600) under {@code root}, {@code root} included, owner-only. */
    public static void restrictTree(final Path root) throws IOException
    {
        if (!POSIX || !Files.exists(root))
        {
            return;
        }
        try (Stream<Path> paths = Files.walk(root))
        {
            for (final Path path : (Iterable<Path>)paths::iterator)
            {
                if (Files.isDirectory(path))
                {
                    restrictDirectory(path);
                }
                else if (Files.isRegularFile(path))
                {
                    restrictFile(path);
                }
            }
        }
    }
}
