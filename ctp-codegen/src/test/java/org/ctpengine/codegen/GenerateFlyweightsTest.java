package org.ctpengine.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The generator against small hand-made profiles: the checks, what it derives from the profiles, the files. */
class GenerateFlyweightsTest
{
    private static final String HEADER = "struct\tsize\tfield\toffset\ttype\tlength";
    private static final String STRUCT = "struct\tCThostFtdcXField\tXFlyweight\tA struct.";

    @TempDir
    Path directory;

    @Test
    void ordersProfilesNewestFirst()
    {
        final List<String> ids = new ArrayList<>(
            List.of("6.3.15", "6.7.8", "6.3.19_P1", "6.7.11", "6.6.1_P1", "6.6.1", "6.7.2"));
        ids.sort(ProfileFields.NEWEST_FIRST);
        assertThat(ids).containsExactly("6.7.11", "6.7.8", "6.7.2", "6.6.1_P1", "6.6.1", "6.3.19_P1", "6.3.15");
    }

    @Test
    void derivesWhichVersionsLackAFieldAndTheOlderTextSizes() throws IOException
    {
        profiles();
        final Map<String, String> sources = GenerateFlyweights.generate(spec(
            "field\tInstrumentID\tinstrumentId\tchar[]\trequired\tascii\tInstrument ({@link Direction}).",
            "field\tMemo\tmemo\tint\toptional\t-\tA memo."), directory.resolve("abi"));

        // Javadoc lines joined, so that assertions do not depend on where the text wraps.
        final String source = sources.get("XFlyweight.java").replaceAll("\\n +\\* ", " ");
        assertThat(source).contains("public final class XFlyweight extends StructFlyweight");
        assertThat(source).contains("import org.ctpengine.adapter.codes.Direction;");
        assertThat(source).contains("CTP field {@code InstrumentID}, char[81] (char[31] in 6.3.15).");
        assertThat(source).contains("value at most 80 bytes once encoded (30 in 6.3.15)");
        assertThat(source).contains("has {@code Memo} (absent from 6.3.15).");
        assertThat(source).contains("private final int memoOffset = optionalField(\"Memo\", CType.INT);");
        assertThat(source).contains("return buffer.getInt(offset + present(memoOffset, \"Memo\"), LITTLE_ENDIAN);");
        assertThat(source).contains("public boolean hasMemo()");
        assertThat(source).contains("public AsciiSequenceView wrapInstrumentId(final AsciiSequenceView view)");
    }

    @Test
    void refusesASpecTheProfilesContradict() throws IOException
    {
        profiles();
        refuses("spec.tsv: CThostFtdcXField.Memo is required but ABI profile 6.3.15 lacks it: mark it optional",
            "field\tMemo\tmemo\tint\trequired\t-\tA memo.");
        refuses("spec.tsv: CThostFtdcXField.InstrumentID is optional but every ABI profile has it: mark it required",
            "field\tInstrumentID\tinstrumentId\tchar[]\toptional\tascii\tInstrument.");
        refuses("spec.tsv: CThostFtdcXField.Memo is double in the spec but int in ABI profile 6.7.11",
            "field\tMemo\tmemo\tdouble\toptional\t-\tA memo.");
        refuses("spec.tsv: CThostFtdcXField.Gone is not in the newest ABI profile, 6.7.11",
            "field\tGone\tgone\tint\toptional\t-\tGone.");
    }

    @Test
    void rewritesOnlyChangedFilesAndDeletesFlyweightsNoLongerSpecified() throws IOException
    {
        profiles();
        final Path spec = spec("field\tMemo\tmemo\tint\toptional\t-\tA memo.");
        final Path out = directory.resolve("out");
        final Path generated = out.resolve("org/ctpengine/adapter/struct");
        Files.createDirectories(generated);
        Files.writeString(generated.resolve("OldFlyweight.java"), "stale");

        assertThat(GenerateFlyweights.write(spec, directory.resolve("abi"), out)).isEqualTo(1);
        final Path file = generated.resolve("XFlyweight.java");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertThat(GenerateFlyweights.write(spec, directory.resolve("abi"), out)).isZero();

        assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
        assertThat(generated.resolve("OldFlyweight.java")).doesNotExist();
    }

    @Test
    void refusesAProfileFileItCannotRead() throws IOException
    {
        Files.createDirectories(directory.resolve("abi/6.7.11"));
        Files.writeString(directory.resolve("abi/6.7.11/structs.tsv"), "struct\tfield\n");
        assertThatThrownBy(() -> ProfileFields.read(directory.resolve("abi")))
            .isInstanceOf(SpecException.class)
            .hasMessageContaining("6.7.11/structs.tsv:1: expected the header");
    }

    private void refuses(final String message, final String... fields) throws IOException
    {
        final Path spec = spec(fields);
        assertThatThrownBy(() -> GenerateFlyweights.generate(spec, directory.resolve("abi")))
            .isInstanceOf(SpecException.class)
            .hasMessage(message);
    }

    private void profiles() throws IOException
    {
        profile("6.7.11", "CThostFtdcXField\t88\tInstrumentID\t0\tchar[]\t81", "CThostFtdcXField\t88\tMemo\t84\tint\t4");
        profile("6.3.15", "CThostFtdcXField\t32\tInstrumentID\t0\tchar[]\t31");
    }

    private void profile(final String id, final String... rows) throws IOException
    {
        final Path profile = directory.resolve("abi").resolve(id);
        Files.createDirectories(profile);
        Files.writeString(profile.resolve("structs.tsv"), HEADER + "\n" + String.join("\n", rows) + "\n",
            StandardCharsets.UTF_8);
    }

    private Path spec(final String... fields) throws IOException
    {
        final Path spec = directory.resolve("spec.tsv");
        Files.writeString(spec, STRUCT + "\n" + String.join("\n", fields) + "\n", StandardCharsets.UTF_8);
        return spec;
    }
}
