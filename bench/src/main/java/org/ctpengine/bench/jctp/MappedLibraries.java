package org.ctpengine.bench.jctp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What this process has mapped, from {@code /proc/self/maps} (the kernel names a mapped file by its resolved path,
 * so a library loaded through a symbolic link shows as its target).
 */
final class MappedLibraries
{
    private MappedLibraries()
    {
    }

    /** Paths of every mapped file. */
    static Set<String> paths() throws IOException
    {
        final Set<String> paths = new TreeSet<>();
        for (final String line : Files.readAllLines(Path.of("/proc/self/maps")))
        {
            final int slash = line.indexOf('/');
            if (slash > 0)
            {
                paths.add(line.substring(slash).trim());
            }
        }
        return paths;
    }

    /** Fails unless the simulator is mapped from exactly one file and no SFIT library is mapped at all. */
    static void requireSimulatorOnly(final Path simulator) throws IOException
    {
        final Set<String> paths = paths();
        final List<String> sims = paths.stream().filter(p -> p.endsWith("/libctpsim.so")).toList();
        final List<String> sfit = paths.stream().filter(p -> p.contains("libthost")).toList();
        if (sims.size() != 1 || !sims.get(0).equals(simulator.toRealPath().toString()) || !sfit.isEmpty())
        {
            throw new IllegalStateException("jctp peer: expected one simulator mapping (" + simulator.toRealPath() +
                ") and no SFIT library; mapped: simulator " + sims + ", SFIT " + sfit);
        }
    }
}
