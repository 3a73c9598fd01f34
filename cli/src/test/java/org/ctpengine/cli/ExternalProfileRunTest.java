package org.ctpengine.cli;

import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.abitools.extract.AbiCommand;
import org.ctpengine.abitools.header.CppHeaderWriter;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.EngineMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As a user with a vendor SDK: {@code abi extract --headers} into a directory, then {@code run} and {@code replay}
 * with it, no rebuild; and the configuration's digest in the journal, compared by {@code replay --config}.
 */
class ExternalProfileRunTest
{
    private static final String CONFIG = """
        journal: journal
        duration: 4s
        simulator:
          profile: "6.7.8"
        accounts:
          - name: sim
            abi-profile: vendor-6.7.8
        market-data:
          - name: sim-md
            abi-profile: vendor-6.7.8
        strategies:
          - name: mm
            class: org.ctpengine.strategies.examples.MarketMaker
            instruments: [rb2501]
        """;

    @TempDir
    Path dir;

    @AfterEach
    void forgetExternalProfiles()
    {
        AbiProfiles.useDirectories(List.of());
    }

    @Test
    void aRunWithAnExtractedProfileLogsInJournalsItsIdAndDigestAndReplaysIdentical() throws Exception
    {
        final Path profiles = extractVendorProfile();
        final Path config = Files.writeString(dir.resolve("vendor.yaml"), CONFIG);

        final HostProcess.Outcome run = HostProcess.run(dir, 120, "run", "--config", "vendor.yaml",
            "--abi-profiles", profiles.toString());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("(vendor-6.7.8)").contains("READY  ticks/s")
            .contains("replay it: ./ctp-engine replay --journal journal --config vendor.yaml --abi-profiles " + profiles + "\n");
        final JournalMetadata metadata = ConfigDigestCheck.firstRun(dir.resolve("journal"));
        assertThat(metadata.profiles()).containsExactly(Map.entry(0, "vendor-6.7.8"));
        assertThat(metadata.configDigest()).isEqualTo(JournalMetadata.digestOf(Files.readAllBytes(config)));
        assertThat(metadata.get(EngineMetadata.CONFIG_PATH)).isEqualTo("vendor.yaml");

        final HostProcess.Outcome replay = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--config", "vendor.yaml",
            "--abi-profiles", profiles.toString(), "--no-progress");

        assertThat(replay.exit()).as(replay.output()).isZero();
        assertThat(replay.output()).contains("identical").doesNotContain("warning");

        Files.writeString(config, CONFIG + "# tuned nothing, only this comment\n");
        final String edited = JournalMetadata.digestOf(Files.readAllBytes(config));
        final HostProcess.Outcome afterEdit = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--config",
            "vendor.yaml", "--abi-profiles", profiles.toString(), "--no-progress");

        assertThat(afterEdit.exit()).as(afterEdit.output()).isZero();
        assertThat(afterEdit.output()).contains("identical").contains("warning: vendor.yaml (" + edited + ") is not the " +
            "configuration the journal's run recorded (" + metadata.configDigest() + ", vendor.yaml); replaying anyway: " +
            "an edited comment changes the digest too, and a changed strategy or limit shows as a divergence\n");
        assertThat(afterEdit.output().lines().filter(line -> line.startsWith("warning")).count()).isEqualTo(1);

    }

    @Test
    void replayWithoutTheConfigurationOfAConfiguredRunSaysWhichFileItWas() throws Exception
    {
        Files.writeString(dir.resolve("wide.yaml"), """
            journal: journal
            duration: 3s
            simulator:
              profile: "6.7.8"
            accounts:
              - name: sim
            market-data:
              - name: sim-md
            strategies:
              - name: mm
                class: org.ctpengine.strategies.examples.MarketMaker
                instruments: [rb2501]
                params:
                  half-spread-ticks: 4
            """);
        final HostProcess.Outcome run = HostProcess.run(dir, 120, "run", "--config", "wide.yaml");
        assertThat(run.exit()).as(run.output()).isZero();

        // The default run's market maker quotes 2 ticks from mid, the recorded one 4: a divergence, and a hint.
        final HostProcess.Outcome replay = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--no-progress");

        assertThat(replay.exit()).as(replay.output()).isEqualTo(1);
        assertThat(replay.output()).contains("DIVERGED").contains("hint: the journal's run was configured by " +
            "wide.yaml, but this replay ran the default run's strategies: replay with --config wide.yaml\n");
        final HostProcess.Outcome withConfig = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--config",
            "wide.yaml", "--no-progress");
        assertThat(withConfig.exit()).as(withConfig.output()).isZero();
        assertThat(withConfig.output()).doesNotContain("hint:");
    }

    @Test
    void theJournalRemembersWhereItsProfileWasReadAndSaysSoWhenItIsGone() throws Exception
    {
        final Path profiles = extractVendorProfile();
        Files.writeString(dir.resolve("vendor.yaml"), CONFIG.replace("duration: 4s", "duration: 2s"));
        final HostProcess.Outcome run = HostProcess.run(dir, 120, "run", "--config", "vendor.yaml",
            "--abi-profiles", profiles.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        final Path location = profiles.resolve("vendor-6.7.8").toAbsolutePath().normalize();
        assertThat(ConfigDigestCheck.firstRun(dir.resolve("journal")).profileLocation(0)).isEqualTo(location);

        // No --abi-profiles, no configuration: the journal's own record of the directory is enough.
        final HostProcess.Outcome replay = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--strategy",
            "market-maker", "--instrument", "rb2501", "--no-progress");

        assertThat(replay.exit()).as(replay.output()).isZero();
        assertThat(replay.output()).contains("identical");

        Files.move(profiles, dir.resolve("moved-profiles"));
        final HostProcess.Outcome gone = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--no-progress");

        assertThat(gone.exit()).isEqualTo(2);
        assertThat(gone.output().trim()).startsWith("error: ABI profile 'vendor-6.7.8' is not on the search path and " +
            "cannot be read where the journal says it was (" + location + "): ").contains("name its directory with --abi-profiles");
    }

    @Test
    void theEnvironmentVariableNamesTheProfilesForACheck() throws Exception
    {
        final Path profiles = extractVendorProfile();
        Files.writeString(dir.resolve("vendor.yaml"), CONFIG);

        final HostProcess.Outcome found = HostProcess.run(dir, Map.of(AbiProfiles.ENVIRONMENT, profiles.toString()), 60,
            "run", "--config", "vendor.yaml", "--check");
        final HostProcess.Outcome missing = HostProcess.run(dir, Map.of(AbiProfiles.ENVIRONMENT, dir.resolve("nowhere").toString()),
            60, "run", "--config", "vendor.yaml", "--check");

        assertThat(found.exit()).as(found.output()).isZero();
        assertThat(found.output()).startsWith("config ok: vendor.yaml: ");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.output().trim()).isEqualTo("error: ABI profile directory " + dir.resolve("nowhere") +
            " (CTP_ENGINE_ABI_PROFILES) does not exist (" + dir.resolve("nowhere") + ")");
    }

    @Test
    void theDefaultRunRecordsTheEmbeddedDefaultAndReplayWithAFileSaysTheyDiffer() throws Exception
    {
        final HostProcess.Outcome run = HostProcess.run(dir, 120, "run", "--duration", "2s");
        assertThat(run.exit()).as(run.output()).isZero();
        final JournalMetadata metadata = ConfigDigestCheck.firstRun(dir.resolve("journal"));
        assertThat(metadata.configDigest()).isEqualTo("embedded-default");
        assertThat(metadata.get(EngineMetadata.CONFIG_PATH)).isNull();

        final Path sim = Path.of(System.getProperty("ctp.root", "..")).resolve("config/sim.yaml").toAbsolutePath();
        final HostProcess.Outcome replay = HostProcess.run(dir, 120, "replay", "--journal", "journal", "--config",
            sim.toString(), "--no-progress");

        assertThat(replay.output()).contains("warning: " + sim + " (" + JournalMetadata.digestOf(Files.readAllBytes(sim)) +
            ") is not the configuration the journal's run recorded (embedded-default, no file); replaying anyway");
    }

    /** What a user with a vendor SDK does; the simulator's 6.7.8 headers stand in for the SDK. */
    private Path extractVendorProfile()
    {
        final Path sdk = dir.resolve("sdk");
        CppHeaderWriter.write(AbiProfiles.byId("6.7.8"), sdk);
        final Path profiles = dir.resolve("profiles");
        assertThat(AbiCommand.commandLine().execute("extract", "--headers", sdk.toString(), "--id", "vendor-6.7.8",
            "--out", profiles.toString())).isZero();
        assertThat(Arrays.asList(profiles.toFile().list())).containsExactly("vendor-6.7.8");
        return profiles;
    }
}
