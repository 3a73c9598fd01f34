package org.ctpengine.adapter.abi.extract;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileIo;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.header.CppHeaderWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code abi extract --headers}: a user with a vendor SDK makes a profile without us. */
class AbiExtractCommandTest
{
    @TempDir
    Path dir;

    @Test
    void headersOfAVersionBecomeTheSameProfileAsItsBinaries()
    {
        final AbiProfile builtIn = AbiProfiles.byId("6.6.1_P1");
        final Path sdk = dir.resolve("sdk");
        CppHeaderWriter.write(builtIn, sdk);

        final int exit = AbiCommand.commandLine().execute("extract", "--headers", sdk.toString(), "--id", "6.6.1_P1",
            "--api-version", builtIn.apiVersion(), "--version-pattern", builtIn.versionPattern().pattern(),
            "--out", dir.resolve("out").toString());

        assertThat(exit).isZero();
        final Map<String, String> extracted = AbiProfileIo.render(AbiProfileIo.read(dir.resolve("out").resolve("6.6.1_P1")));
        final Map<String, String> expected = AbiProfileIo.render(builtIn);
        for (final String file : expected.keySet())
        {
            if (!file.equals(AbiProfileIo.PROFILE_FILE))
            {
                assertThat(extracted.get(file)).as(file).isEqualTo(expected.get(file));
            }
        }
        assertThat(extracted.get(AbiProfileIo.PROFILE_FILE)).contains("source\theaders:" + sdk);
    }

    @Test
    void headersWithoutAnIdAreAOneLineError()
    {
        final StringWriter err = new StringWriter();
        final CommandLine commandLine = AbiCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));

        final int exit = commandLine.execute("extract", "--headers", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("error: --headers needs --id (the profile id to give it, e.g. 6.3.19_P1)");
    }
}
