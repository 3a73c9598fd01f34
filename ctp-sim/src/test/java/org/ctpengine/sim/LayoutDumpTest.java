package org.ctpengine.sim;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift test: the simulator is compiled against headers generated from the ABI profile; here the
 * layouts g++ actually produced ({@code sizeof}/{@code offsetof}, printed by the layout-dump tool built
 * from the same headers) must equal the profile for every struct and field.
 */
class LayoutDumpTest
{
    static List<String> profiles()
    {
        return SimLibrary.PROFILES;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void compiledLayoutOfEveryStructEqualsTheProfile(final String profileId) throws IOException, InterruptedException
    {
        final Path tool = Path.of(System.getProperty("ctpsim.native.dir", "target/native"), profileId, "layout-dump");
        final Process process = new ProcessBuilder(tool.toString())
            .redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();

        final TreeMap<String, List<String>> compiled = new TreeMap<>();
        final TreeMap<String, Integer> compiledSizes = new TreeMap<>();
        final String[] lines = output.split("\n");
        assertThat(lines[0]).isEqualTo("struct\tsize\tfield\toffset\ttype\tlength");
        for (int i = 1; i < lines.length; i++)
        {
            final String[] cells = lines[i].split("\t");
            compiledSizes.put(cells[0], Integer.parseInt(cells[1]));
            compiled.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells[2] + "@" + cells[3] + ":" + cells[4] + "/" + cells[5]);
        }

        final AbiProfile profile = AbiProfiles.byId(profileId);
        final TreeMap<String, List<String>> expected = new TreeMap<>();
        final TreeMap<String, Integer> expectedSizes = new TreeMap<>();
        for (final StructLayout struct : profile.structs().values())
        {
            expectedSizes.put(struct.name(), struct.size());
            final List<String> fields = new ArrayList<>();
            for (final FieldLayout field : struct.fields())
            {
                fields.add(field.name() + "@" + field.offset() + ":" + field.type().cName() + "/" + field.length());
            }
            expected.put(struct.name(), fields);
        }
        assertThat(compiledSizes).hasSize(profile.structs().size()).isEqualTo(expectedSizes);
        assertThat(compiled).isEqualTo(expected);
    }
}
