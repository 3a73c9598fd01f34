package org.ctpengine.abitools.extract;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileIo;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.abitools.header.CppHeaderWriter;
import org.ctpengine.abitools.header.SdkHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

        final int exit = AbiCommand.commandLine().execute("extract", "--headers", sdk.toString(), "--id", "vendor-6.6.1_P1",
            "--api-version", builtIn.apiVersion(), "--out", dir.resolve("out").toString());

        assertThat(exit).isZero();
        final AbiProfile extracted = AbiProfileIo.read(dir.resolve("out").resolve("vendor-6.6.1_P1"));
        final Map<String, String> rendered = AbiProfileIo.render(extracted);
        final Map<String, String> expected = AbiProfileIo.render(builtIn);
        for (final String file : expected.keySet())
        {
            if (!file.equals(AbiProfileIo.PROFILE_FILE))
            {
                assertThat(rendered.get(file)).as(file).isEqualTo(expected.get(file));
            }
        }
        assertThat(rendered.get(AbiProfileIo.PROFILE_FILE)).contains("source\theaders:" + sdk);
        assertThat(extracted.versionPattern().pattern()).isEqualTo(builtIn.versionPattern().pattern());
    }

    @Test
    void checkingHeadersOfABuiltInVersionComparesWithTheBuiltInProfile()
    {
        final Path sdk = dir.resolve("sdk");
        CppHeaderWriter.write(AbiProfiles.byId("6.7.8"), sdk);
        final Output output = run("extract", "--headers", sdk.toString(), "--id", "6.7.8", "--check",
            "--out", dir.resolve("out").toString());

        assertThat(output.exit()).isZero();
        assertThat(output.out()).isEqualTo("6.7.8: identical to the built-in profile (profile.tsv not compared)\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBuiltInIdIsRefusedBeforeAnythingIsWritten()
    {
        final Path sdk = dir.resolve("sdk");
        CppHeaderWriter.write(AbiProfiles.byId("6.6.1_P1"), sdk);
        final Path out = dir.resolve("out");

        final Output output = run("extract", "--headers", sdk.toString(), "--id", "6.6.1_P1", "--out", out.toString());

        assertThat(output.exit()).isEqualTo(2);
        assertThat(output.err()).isEqualTo("error: --id 6.6.1_P1 is a built-in profile's id, and the engine refuses a " +
            "second profile with it: choose another id (e.g. vendor-6.6.1_P1), or add --check to compare the headers " +
            "with the built-in profile\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void theDerivedPatternMatchesTheApiVersionGiven()
    {
        final Path sdk = dir.resolve("sdk");
        CppHeaderWriter.write(AbiProfiles.byId("6.6.1_P1"), sdk);

        final Output output = run("extract", "--headers", sdk.toString(), "--id", "tts-6.6.9", "--api-version", "V6_6_9",
            "--out", dir.resolve("out").toString());

        assertThat(output.exit()).isZero();
        final AbiProfile extracted = AbiProfileIo.read(dir.resolve("out").resolve("tts-6.6.9"));
        assertThat(extracted.matchesVersion("V6_6_9")).isTrue();
        assertThat(extracted.matchesVersion("v6.6.9_20220920 17:33:43")).isTrue();
        assertThat(extracted.matchesVersion("V6_6_7")).isFalse();
        assertThat(output.out()).contains("matches '" + extracted.versionPattern().pattern() + "'");
    }

    @Test
    void aVersionPatternThatMissesTheApiVersionIsRefused()
    {
        final Path sdk = dir.resolve("sdk");
        CppHeaderWriter.write(AbiProfiles.byId("6.6.1_P1"), sdk);
        final Path out = dir.resolve("out");

        final Output output = run("extract", "--headers", sdk.toString(), "--id", "tts-6.6.9", "--api-version", "V6_6_9",
            "--version-pattern", "6\\.6\\.9", "--out", out.toString());

        assertThat(output.exit()).isEqualTo(2);
        assertThat(output.err()).isEqualTo("error: --version-pattern '6\\.6\\.9' does not match --api-version 'V6_6_9': " +
            "the profile would never be chosen for that library\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMarketDataOnlySdkBecomesAMarketDataOnlyProfile() throws IOException
    {
        final AbiProfile builtIn = AbiProfiles.byId("6.7.8");
        final Path sdk = dir.resolve("sdk");
        CppHeaderWriter.write(builtIn, sdk);
        Files.delete(sdk.resolve(SdkHeaders.TRADER_API));

        final Output output = run("extract", "--headers", sdk.toString(), "--id", "md-6.7.8", "--out", dir.resolve("out").toString());

        assertThat(output.exit()).isZero();
        assertThat(output.out()).contains("market data only (no ThostFtdcTraderApi.h)");
        final AbiProfile extracted = AbiProfileIo.read(dir.resolve("out").resolve("md-6.7.8"));
        assertThat(extracted.marketDataOnly()).isTrue();
        assertThat(extracted.slots(ApiTable.MD_API)).isEqualTo(builtIn.slots(ApiTable.MD_API));
        assertThat(extracted.slots(ApiTable.MD_SPI)).isEqualTo(builtIn.slots(ApiTable.MD_SPI));
        assertThat(extracted.structs()).isEqualTo(builtIn.structs());
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

    private static Output run(final String... args)
    {
        final StringWriter err = new StringWriter();
        final CommandLine commandLine = AbiCommand.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final PrintStream stdout = System.out;
        final int exit;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try
        {
            exit = commandLine.execute(args);
        }
        finally
        {
            System.setOut(stdout);
        }
        return new Output(exit, printed.toString(StandardCharsets.UTF_8), err.toString());
    }

    private record Output(int exit, String out, String err)
    {
    }
}
