package org.ctpengine.bench.jctp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A directory in which jctp's {@code libjctp.so} finds our simulator instead of SFIT's libraries: {@code libjctp.so}
 * (from the jctp jar) beside two symbolic links named as its NEEDED entries, {@code libthostmduserapi_se.so} and
 * {@code libthosttraderapi_se.so}, both to the simulator's {@code libctpsim.so}, which exports the same four factory
 * symbols. Links, not copies: the dynamic loader recognises a file it has loaded already by device and inode, so
 * both names, and the control API opened through JNA, share one loaded simulator (one {@code Core}). The child JVM
 * names the directory in {@code java.library.path} (jctp's loader tries {@code System.loadLibrary} first) and
 * {@code LD_LIBRARY_PATH}; {@code libjctp.so}'s own RUNPATH is {@code $ORIGIN}.
 */
final class JctpLibraryDir
{
    /** What {@code readelf -d libjctp.so} lists as NEEDED from SFIT (same in 6.6.1_P1 and 6.7.8). */
    static final List<String> SFIT_SONAMES = List.of("libthostmduserapi_se.so", "libthosttraderapi_se.so");
    static final String JCTP_LIBRARY = "libjctp.so";

    private JctpLibraryDir()
    {
    }

    /** Fills {@code dir}: {@code libjctp.so} from {@code jctpJar} and the SFIT names linked to {@code simulator}. */
    static void populate(final Path dir, final Path simulator, final Path jctpJar) throws IOException
    {
        Files.createDirectories(dir);
        final Path target = simulator.toRealPath();
        for (final String soname : SFIT_SONAMES)
        {
            final Path link = dir.resolve(soname);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target);
        }
        try (ZipFile zip = new ZipFile(jctpJar.toFile()))
        {
            final ZipEntry entry = zip.getEntry("natives/linux_64/" + JCTP_LIBRARY);
            if (entry == null)
            {
                throw new IOException(jctpJar + " has no natives/linux_64/" + JCTP_LIBRARY);
            }
            try (InputStream in = zip.getInputStream(entry))
            {
                Files.copy(in, dir.resolve(JCTP_LIBRARY), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
