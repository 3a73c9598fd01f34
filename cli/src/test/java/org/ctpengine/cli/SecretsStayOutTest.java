package org.ctpengine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run whose account logs in with a password and auth code from an owner-only file, and whose market-data
 * session logs in with a password from an environment variable: the login works (the simulator checks them),
 * and none of the three appears in any byte of the journal, the work directory, or what the process printed.
 */
class SecretsStayOutTest
{
    private static final String PASSWORD = "pw-Kd83-distinct";
    private static final String AUTH_CODE = "ac-Lm20-distinct";
    private static final String MD_PASSWORD = "md-Pq55-distinct";

    @TempDir
    Path dir;

    @Test
    void credentialsLogInButNeverReachTheJournalOrTheLog() throws Exception
    {
        final Path secrets = Files.writeString(dir.resolve("account.credentials"),
            "password: \"" + PASSWORD + "\"\nauth-code: \"" + AUTH_CODE + "\"\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        final Path config = Files.writeString(dir.resolve("secret.yaml"), """
            simulator: {profile: "6.7.8"}
            accounts:
              - name: mine
                broker: "9999"
                user: "000042"
                app-id: client_test
                credentials: {file: %s}
            market-data:
              - name: md
                credentials: {password-env: MD_PASSWORD}
            strategies:
              - name: mm
                class: org.ctpengine.strategies.examples.MarketMaker
                instruments: [rb2501, m2501]
            """.formatted(secrets));

        final HostProcess.Outcome run = HostProcess.run(dir, Map.of("MD_PASSWORD", MD_PASSWORD), 120,
            "run", "--config", config.toString(), "--duration", "6s");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).as("logged in with the file's credentials").contains("READY  ticks/s");
        final List<Path> files = filesUnder(dir.resolve("journal"), dir.resolve("ctp-work"));
        assertThat(files).as("journal files").anyMatch(f -> f.toString().endsWith(".cq4"));
        for (final String secret : List.of(PASSWORD, AUTH_CODE, MD_PASSWORD))
        {
            assertThat(run.output()).doesNotContain(secret);
            for (final Path file : files)
            {
                assertThat(contains(Files.readAllBytes(file), secret.getBytes(StandardCharsets.US_ASCII)))
                    .as("%s in %s", secret, file).isFalse();
            }
        }
    }

    private static List<Path> filesUnder(final Path... roots) throws IOException
    {
        final List<Path> files = new ArrayList<>();
        for (final Path root : roots)
        {
            try (Stream<Path> walk = Files.walk(root))
            {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    private static boolean contains(final byte[] haystack, final byte[] needle)
    {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++)
        {
            for (int j = 0; j < needle.length; j++)
            {
                if (haystack[i + j] != needle[j])
                {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
