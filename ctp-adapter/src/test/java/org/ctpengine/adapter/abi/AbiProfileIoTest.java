package org.ctpengine.adapter.abi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbiProfileIoTest
{
    @TempDir
    Path dir;

    @Test
    void writtenProfileReadsBackIdentical()
    {
        final AbiProfile original = AbiProfiles.byId("6.7.8");

        AbiProfileIo.write(original, dir);
        final AbiProfile copy = AbiProfileIo.read(dir);

        assertThat(ProfileDiff.firstDifference(original, copy)).isNull();
        assertThat(copy.struct("CThostFtdcInputOrderField")).isEqualTo(original.struct("CThostFtdcInputOrderField"));
    }

    @Test
    void malformedLineIsReportedWithFileAndLine() throws Exception
    {
        AbiProfileIo.write(AbiProfiles.byId("6.6.1_P1"), dir);
        final Path structs = dir.resolve(AbiProfileIo.STRUCTS_FILE);
        final String text = Files.readString(structs);
        final String broken = text.replaceFirst("\n([^\t\n]+)\t(\\d+)\t([^\t\n]+)\t(\\d+)\t", "\n$1\t$2\t$3\tten\t");
        Files.writeString(structs, broken);

        assertThatThrownBy(() -> AbiProfileIo.read(dir))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageContaining(structs.toString() + ":2:")
            .hasMessageContaining("'ten'");
    }

    @Test
    void missingFileIsNamed() throws Exception
    {
        AbiProfileIo.write(AbiProfiles.byId("6.6.1_P1"), dir);
        Files.delete(dir.resolve("md-spi.tsv"));

        assertThatThrownBy(() -> AbiProfileIo.read(dir))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageContaining("md-spi.tsv");
    }

    @Test
    void diffNamesFileLineAndBothValues()
    {
        final AbiProfile v661 = AbiProfiles.byId("6.6.1_P1");
        final AbiProfile v678 = AbiProfiles.byId("6.7.8");

        assertThat(ProfileDiff.firstDifference(v661, v678))
            .startsWith("constants.tsv:")
            .contains("expected");
    }
}
