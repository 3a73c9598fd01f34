package org.ctpengine.cli.config;

import org.ctpengine.engine.config.AccountConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Passwords and auth codes come from the environment or an owner-only file, and never show. */
class CredentialsTest
{
    private static final String PASSWORD = "pw-7Hq2-secret";
    private static final String AUTH_CODE = "ac-91Zx-secret";

    @TempDir
    Path dir;

    @Test
    void environmentVariablesNamedByTheFileGiveTheSecrets() throws Exception
    {
        final Path file = config("password-env: MY_PASSWORD\nauth-code-env: MY_AUTH_CODE", "app-id: client_1");

        final AccountConfig account = HostConfigLoader.load(file,
            Map.of("MY_PASSWORD", PASSWORD, "MY_AUTH_CODE", AUTH_CODE)::get).engine().accounts().get(0);

        assertThat(account.password().reveal().toString()).isEqualTo(PASSWORD);
        assertThat(account.authCode().reveal().toString()).isEqualTo(AUTH_CODE);
        assertThat(account.toString()).contains("password=****").doesNotContain(PASSWORD).doesNotContain(AUTH_CODE);
    }

    @Test
    void ownerOnlyFileGivesTheSecrets() throws Exception
    {
        final Path secrets = ConfigFiles.credentials(dir, "account.credentials",
            "password: \"" + PASSWORD + "\"\nauth-code: \"" + AUTH_CODE + "\"\n", "rw-------");
        final Path file = config("file: " + secrets, "app-id: client_1");

        final AccountConfig account = HostConfigLoader.load(file, Map.<String, String>of()::get).engine().accounts().get(0);

        assertThat(account.password().reveal().toString()).isEqualTo(PASSWORD);
        assertThat(account.authCode().reveal().toString()).isEqualTo(AUTH_CODE);
    }

    @Test
    void unsetVariableIsNamed() throws Exception
    {
        final Path file = config("password-env: MY_PASSWORD", "");

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.<String, String>of()::get))
            .hasMessage("config error: " + file + ": accounts[0].credentials.password-env: environment variable MY_PASSWORD is not set");
    }

    @Test
    void appIdWithoutAuthCodeIsRefused() throws Exception
    {
        final Path file = config("password-env: MY_PASSWORD", "app-id: client_1");

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.of("MY_PASSWORD", PASSWORD)::get))
            .hasMessage("config error: " + file + ": accounts[0].credentials: app-id client_1 needs an auth code: set " +
                "auth-code-env (or auth-code: in the credentials file)");
    }

    @Test
    void groupOrOtherReadableFileIsRefusedWithItsMode() throws Exception
    {
        final Path secrets = ConfigFiles.credentials(dir, "shared.credentials", "password: \"" + PASSWORD + "\"\n", "rw-r-----");
        final Path file = config("file: " + secrets, "");

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.<String, String>of()::get))
            .hasMessage("config error: " + file + ": accounts[0].credentials.file: credentials file " + secrets +
                " has mode 0640 (rw-r-----): group and others must have no access (chmod 600 " + secrets + ")");
    }

    @Test
    void unreadableFileIsRefused() throws Exception
    {
        final Path secrets = ConfigFiles.credentials(dir, "locked.credentials", "password: \"" + PASSWORD + "\"\n", "-w-------");
        final Path file = config("file: " + secrets, "");

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.<String, String>of()::get))
            .hasMessage("config error: " + file + ": accounts[0].credentials.file: credentials file " + secrets +
                " is not readable (mode 0200; chmod 600 " + secrets + ")");
    }

    @Test
    void missingFileIsNamed() throws Exception
    {
        final Path secrets = dir.resolve("nowhere.credentials");
        final Path file = config("file: " + secrets, "");

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.<String, String>of()::get))
            .hasMessage("config error: " + file + ": accounts[0].credentials.file: credentials file " + secrets + " does not exist");
    }

    @Test
    void mistakesInsideTheFileNeverQuoteItsValues() throws Exception
    {
        final Path typo = ConfigFiles.credentials(dir, "typo.credentials", "pasword: \"" + PASSWORD + "\"\n", "rw-------");
        final Path broken = ConfigFiles.credentials(dir, "broken.credentials", "password: \"" + PASSWORD + "\n  x: [\n", "rw-------");
        final Path typoConfig = config("file: " + typo, "");

        assertThatThrownBy(() -> HostConfigLoader.load(typoConfig, Map.<String, String>of()::get))
            .hasMessage("config error: " + typoConfig + ": accounts[0].credentials.file: credentials file " + typo +
                ": unknown key pasword (did you mean password?)");
        final Path brokenConfig = config("file: " + broken, "");
        assertThatThrownBy(() -> HostConfigLoader.load(brokenConfig, Map.<String, String>of()::get))
            .hasMessageStartingWith("config error: " + brokenConfig + ": accounts[0].credentials.file: credentials file " + broken +
                ": not valid YAML")
            .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void fileAndEnvironmentTogetherAreAmbiguous() throws Exception
    {
        final Path file = config("password-env: MY_PASSWORD\nfile: x.credentials", "");

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.of("MY_PASSWORD", PASSWORD)::get))
            .hasMessage("config error: " + file + ": accounts[0].credentials: give either file or password-env/auth-code-env, not both");
    }

    @Test
    void aRealFrontNeedsCredentials() throws Exception
    {
        final Path file = ConfigFiles.write(dir, "test.yaml",
            HostConfigLoaderTest.real(dir, "fronts: [tcp://1.2.3.4:10130]", "").replace("    credentials:\n", "")
                .replace("          password-env: CTP_PASSWORD\n", ""));

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.<String, String>of()::get))
            .hasMessage("config error: " + file + ": accounts[0].credentials: missing (password-env: VARIABLE, or file: " +
                "PATH to an owner-only file)");
    }

    private Path config(final String credentials, final String accountLine) throws Exception
    {
        return ConfigFiles.write(dir, "test.yaml", HostConfigLoaderTest.real(dir,
            "fronts: [tcp://1.2.3.4:10130]" + (accountLine.isEmpty() ? "" : "\n    " + accountLine), credentials));
    }
}
