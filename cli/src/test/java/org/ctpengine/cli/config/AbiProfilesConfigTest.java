package org.ctpengine.cli.config;

import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.abitools.extract.AbiCommand;
import org.ctpengine.abitools.header.CppHeaderWriter;
import org.ctpengine.journal.JournalMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.ctpengine.strategies.params.ConfigException;

/** The configuration's {@code abi-profiles}, {@code --abi-profiles} and {@code CTP_ENGINE_ABI_PROFILES}; its digest. */
class AbiProfilesConfigTest
{
    @TempDir
    Path dir;

    @AfterEach
    void forgetExternalProfiles()
    {
        AbiProfiles.useDirectories(List.of());
    }

    @Test
    void anAccountNamesAProfileFromTheFilesAbiProfilesDirectory() throws Exception
    {
        final Path profiles = extract("vendor-6.7.8");
        final Path file = ConfigFiles.write(dir, "vendor.yaml", "abi-profiles: " + profiles + "\n" +
            ConfigFiles.SIMULATOR.replace("    user: \"000001\"\n", "    user: \"000001\"\n    abi-profile: vendor-6.7.8\n"));

        final HostConfig host = HostConfigLoader.load(file, Map.<String, String>of()::get);

        assertThat(host.engine().accounts().get(0).profileOverride()).isEqualTo("vendor-6.7.8");
        assertThat(AbiProfiles.locationOf("vendor-6.7.8")).isEqualTo(profiles.resolve("vendor-6.7.8").toString());
    }

    @Test
    void theOptionAndTheEnvironmentVariableAddDirectories() throws Exception
    {
        final Path optionProfiles = extract("vendor-a");
        final Path environmentProfiles = Files.createDirectories(dir.resolve("env"));
        Files.move(extract("vendor-b").resolve("vendor-b"), environmentProfiles.resolve("vendor-b"));
        final Path file = ConfigFiles.write(dir, "two.yaml",
            ConfigFiles.SIMULATOR.replace("    user: \"000001\"\n", "    user: \"000001\"\n    abi-profile: vendor-a\n")
                .replace("  - name: sim-md\n", "  - name: sim-md\n    abi-profile: vendor-b\n"));

        final HostConfig host = HostConfigLoader.load(file,
            Map.of(AbiProfiles.ENVIRONMENT, environmentProfiles.toString())::get, List.of(optionProfiles));

        assertThat(host.engine().marketData().get(0).profileOverride()).isEqualTo("vendor-b");
        assertThat(AbiProfiles.directories()).extracting(directory -> directory.origin())
            .containsExactly("--abi-profiles", "CTP_ENGINE_ABI_PROFILES");
    }

    @Test
    void aMissingAbiProfilesDirectoryIsAConfigErrorNamingTheKey() throws Exception
    {
        final Path file = ConfigFiles.write(dir, "missing.yaml", "abi-profiles: no-such-dir\n" + ConfigFiles.SIMULATOR);

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.<String, String>of()::get))
            .isInstanceOf(ConfigException.class)
            .hasMessage("config error: " + file + ": abi-profiles: directory no-such-dir does not exist (" +
                Path.of("no-such-dir").toAbsolutePath() + ")");
    }

    @Test
    void aBrokenProfileInTheDirectoryNamesFileLineAndTheKeyThatNamedIt() throws Exception
    {
        final Path profiles = extract("vendor-c");
        final Path trader = profiles.resolve("vendor-c/trader-api.tsv");
        Files.writeString(trader, Files.readString(trader).replaceFirst("\n0\t", "\nzero\t"));
        final Path file = ConfigFiles.write(dir, "broken.yaml", "abi-profiles: [" + profiles + "]\n" + ConfigFiles.SIMULATOR);

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.<String, String>of()::get))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage(profiles.resolve("vendor-c") + "/trader-api.tsv:2: slot: must be a whole number, found 'zero' (" +
                file + ": abi-profiles)");
    }

    @Test
    void anUnknownProfileIdNamesTheBuiltInsAndTheDirectoriesSearched() throws Exception
    {
        final Path profiles = extract("vendor-6.7.8");
        final Path file = ConfigFiles.write(dir, "typo.yaml", "abi-profiles: " + profiles + "\n" +
            ConfigFiles.SIMULATOR.replace("    user: \"000001\"\n", "    user: \"000001\"\n    abi-profile: vendor-6.7.9\n"));

        assertThatThrownBy(() -> HostConfigLoader.load(file, Map.<String, String>of()::get))
            .isInstanceOf(ConfigException.class)
            .hasMessage("config error: " + file + ": accounts[0].abi-profile: \"vendor-6.7.9\" is not an ABI profile; " +
                "built-in: " + AbiProfiles.BUILT_IN + "; in [" + profiles + " (" + file + ": abi-profiles)]: [vendor-6.7.8] " +
                "(did you mean vendor-6.7.8?)");
    }

    @Test
    void theConfigurationsDigestIsTheSha256OfItsBytes() throws Exception
    {
        final Path file = ConfigFiles.write(dir, "sim.yaml", ConfigFiles.SIMULATOR);

        final HostConfig host = HostConfigLoader.load(file, Map.<String, String>of()::get);

        assertThat(host.configDigest()).isEqualTo(JournalMetadata.digestOf(Files.readAllBytes(file)))
            .startsWith("sha256:").hasSize("sha256:".length() + 64);
        assertThat(HostConfigLoader.forReplay(file).configDigest()).isEqualTo(host.configDigest());
        Files.writeString(file, ConfigFiles.SIMULATOR + "# a comment\n");
        assertThat(HostConfigLoader.forReplay(file).configDigest()).isNotEqualTo(host.configDigest());
    }

    /** {@code abi extract --headers} of the 6.7.8 headers under {@code id}, into a fresh profiles directory. */
    private Path extract(final String id)
    {
        final Path sdk = dir.resolve("sdk-" + id);
        CppHeaderWriter.write(AbiProfiles.byId("6.7.8"), sdk);
        final Path profiles = dir.resolve("profiles-" + id);
        assertThat(AbiCommand.commandLine().execute("extract", "--headers", sdk.toString(), "--id", id,
            "--out", profiles.toString())).isZero();
        return profiles;
    }
}
