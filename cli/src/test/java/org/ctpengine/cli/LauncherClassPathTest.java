package org.ctpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The class path the launcher gives {@code run}, {@code replay} and {@code journal} (written by the build, see
 * cli/pom.xml) holds the runtime modules and nothing of the offline tooling, the code generator, the benchmarks or
 * the test jars; the tools class path {@code abi} and {@code bench} add holds them.
 */
class LauncherClassPathTest
{
    private static List<String> entries(final String file) throws IOException
    {
        final Path path = Path.of(System.getProperty("ctp.launcher.classpath")).resolveSibling(file);
        return Arrays.asList(Files.readString(path).trim().split(File.pathSeparator));
    }

    private static boolean names(final List<String> entries, final String module)
    {
        return entries.stream().anyMatch(entry -> entry.contains("/" + module + "/target/") ||
            entry.contains("/" + module + "-0") || entry.contains("/org/ctpengine/" + module + "/"));
    }

    @Test
    void runsClassPathHoldsTheRuntimeModulesAndNoTooling() throws IOException
    {
        final List<String> run = entries("launcher-classpath.txt");

        assertThat(run).isNotEmpty();
        for (final String module : List.of("ctp-adapter", "ctp-sim", "engine", "journal", "strategies"))
        {
            assertThat(names(run, module)).as("run's class path names %s: %s", module, run).isTrue();
        }
        for (final String module : List.of("ctp-abi-tools", "ctp-codegen", "bench"))
        {
            assertThat(names(run, module)).as("run's class path must not name %s: %s", module, run).isFalse();
        }
        assertThat(run).noneMatch(entry -> entry.contains("-tests.jar") || entry.contains("junit") ||
            entry.contains("jmh") || entry.contains("jctp"));
    }

    @Test
    void toolsClassPathAddsTheAbiToolsAndTheBenchmarks() throws IOException
    {
        final List<String> tools = entries("tools-classpath.txt");

        assertThat(names(tools, "ctp-abi-tools")).as("%s", tools).isTrue();
        assertThat(names(tools, "bench")).as("%s", tools).isTrue();
        assertThat(names(tools, "ctp-codegen")).as("%s", tools).isFalse();
    }
}
