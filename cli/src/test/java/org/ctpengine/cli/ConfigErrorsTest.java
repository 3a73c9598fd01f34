package org.ctpengine.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad configurations through the command line a user types: one line naming file, key and problem, exit code 2
 * (picocli's usage error). Most go through the picocli entry point in this JVM; the launcher path is run in a
 * child process once, since that is where stdout/stderr and the exit status really come from.
 */
class ConfigErrorsTest
{
    private static final String SIMULATOR = """
        simulator: {}
        accounts:
          - name: sim
        market-data:
          - name: sim-md
        strategies:
          - name: mm
            class: org.ctpengine.strategies.examples.MarketMaker
            instruments: [rb2501]
        """;

    @TempDir
    Path dir;

    private Path elf;

    @BeforeEach
    void fakeLibrary() throws Exception
    {
        elf = Files.write(dir.resolve("libthostmduserapi_se.so"), new byte[]{ 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 });
    }

    @Test
    void unknownKeyInAChildProcess() throws Exception
    {
        final Path config = write(SIMULATOR + "jornal: j\n");

        final HostProcess.Outcome outcome = HostProcess.run(dir, 60, "run", "--config", config.toString());

        assertThat(outcome.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(outcome.output().trim()).isEqualTo("config error: " + config + ": jornal: unknown key (did you mean journal?)");
    }

    @Test
    void groupReadableCredentialsFileInAChildProcess() throws Exception
    {
        final Path secrets = Files.writeString(dir.resolve("team.credentials"), "password: \"x\"\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));
        final Path config = write(SIMULATOR.replace("  - name: sim\n", "  - name: sim\n    credentials: {file: " + secrets + "}\n"));

        final HostProcess.Outcome outcome = HostProcess.run(dir, 60, "run", "--config", config.toString(), "--check");

        assertThat(outcome.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(outcome.output().trim()).isEqualTo("config error: " + config + ": accounts[0].credentials.file: credentials file " +
            secrets + " has mode 0644 (rw-r--r--): group and others must have no access (chmod 600 " + secrets + ")");
    }

    @Test
    void missingLibrary() throws Exception
    {
        final Path config = write(real("lib/missing.so", "tcp://1.2.3.4:10130"));

        assertOneLineError(config, "accounts[0].trader-library: library lib/missing.so does not exist (" +
            Path.of("lib/missing.so").toAbsolutePath() + ")");
    }

    @Test
    void badFrontUrl() throws Exception
    {
        final Path config = write(real(elf.toString(), "tcp//1.2.3.4:10130"));

        assertOneLineError(config, "accounts[0].fronts[0]: \"tcp//1.2.3.4:10130\" is not a front URL " +
            "(expected tcp://host:port or ssl://host:port)");
    }

    @Test
    void aSharedLibraryThatIsNotCtp() throws Exception
    {
        final Path libm = Path.of("/lib/x86_64-linux-gnu/libm.so.6");
        final Path config = write(real(libm.toString(), "tcp://1.2.3.4:10130"));

        final HostProcess.Outcome outcome = HostProcess.run(dir, Map.of("CTP_PASSWORD", "x"), 60,
            "run", "--config", config.toString(), "--check");

        assertThat(outcome.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(outcome.output().trim()).isEqualTo("config error: " + config + ": accounts[0].trader-library: " +
            "cannot load CTP trader library " + libm + ": not a CTP trader library, it does not export " +
            "_ZN19CThostFtdcTraderApi19CreateFtdcTraderApiEPKc");
    }

    @Test
    void wrongType() throws Exception
    {
        final Path config = write(SIMULATOR + "engine:\n  query-interval-ms: [1000]\n");

        assertOneLineError(config, "engine.query-interval-ms: expected an integer, found a list");
    }

    @Test
    void unreadableCredentialsFile() throws Exception
    {
        final Path secrets = Files.writeString(dir.resolve("locked.credentials"), "password: \"x\"\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("---------"));
        final Path config = write(SIMULATOR.replace("  - name: sim\n", "  - name: sim\n    credentials: {file: " + secrets + "}\n"));

        assertOneLineError(config, "accounts[0].credentials.file: credentials file " + secrets +
            " is not readable (mode 0000; chmod 600 " + secrets + ")");
    }

    @Test
    void missingConfigFile() throws Exception
    {
        final Path config = dir.resolve("nowhere.yaml");

        assertOneLineError(config, "no such file (" + config.toAbsolutePath() + ")");
    }

    @Test
    void profileOptionBelongsToTheDefaultRun() throws Exception
    {
        final Path config = write(SIMULATOR);
        final StringWriter err = new StringWriter();
        final CommandLine commandLine = CtpEngineCommand.commandLine();
        commandLine.setErr(new PrintWriter(err, true));

        final int exit = commandLine.execute("run", "--config", config.toString(), "--profile", "6.6.1_P1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("error: --profile: only for the default run; with --config set " +
            "simulator.profile in " + config);
    }

    @Test
    void checkReportsAGoodConfigWithoutRunningIt() throws Exception
    {
        final Path config = write(SIMULATOR);

        final HostProcess.Outcome outcome = HostProcess.run(dir, 60, "run", "--config", config.toString(), "--check");

        assertThat(outcome.exit()).as(outcome.output()).isZero();
        assertThat(outcome.output().trim()).isEqualTo("config ok: " + config +
            ": strategies [mm] on [rb2501] against the built-in simulator (profile 6.7.8)");
        assertThat(dir.resolve("journal")).doesNotExist();
    }

    /** Through picocli's entry point in this JVM: what the launcher runs, minus the process. */
    private void assertOneLineError(final Path config, final String expected)
    {
        final StringWriter err = new StringWriter();
        final StringWriter out = new StringWriter();
        final CommandLine commandLine = CtpEngineCommand.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(out, true));

        final int exit = commandLine.execute("run", "--config", config.toString(), "--duration", "1s");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("config error: " + config + ": " + expected + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    private Path write(final String yaml) throws Exception
    {
        return Files.writeString(dir.resolve("config.yaml"), yaml);
    }

    private String real(final String library, final String front)
    {
        return """
            accounts:
              - name: real
                trader-library: %s
                fronts: ["%s"]
                broker: "9999"
                user: "000001"
                credentials: {password-env: CTP_PASSWORD}
            market-data:
              - name: md
                library: %s
                fronts: tcp://1.2.3.4:10131
            strategies:
              - name: mm
                class: org.ctpengine.strategies.examples.MarketMaker
                instruments: [rb2501]
            """.formatted(library, front, elf);
    }
}
