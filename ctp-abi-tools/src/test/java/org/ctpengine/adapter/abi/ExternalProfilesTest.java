package org.ctpengine.adapter.abi;

import org.ctpengine.abitools.extract.AbiCommand;
import org.ctpengine.abitools.header.CppHeaderWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Profiles in directories outside the jar: what {@code abi extract --headers} writes, loaded without a rebuild. */
class ExternalProfilesTest
{
    @TempDir
    Path dir;

    @AfterEach
    void forgetExternalProfiles()
    {
        AbiProfiles.useDirectories(List.of());
    }

    @Test
    void aProfileExtractedFromHeadersLoadsFromItsDirectoryUnderItsNewId() throws IOException
    {
        final AbiProfile builtIn = AbiProfiles.byId("6.7.8");
        final Path sdk = dir.resolve("sdk");
        CppHeaderWriter.write(builtIn, sdk);
        final Path profiles = dir.resolve("profiles");

        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final PrintStream stdout = System.out;
        final int exit;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try
        {
            exit = AbiCommand.commandLine().execute("extract", "--headers", sdk.toString(), "--id", "vendor-6.7.8",
                "--version-pattern", "^vendor-6\\.7\\.8 ", "--out", profiles.toString());
        }
        finally
        {
            System.setOut(stdout);
        }

        assertThat(exit).isZero();
        final String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("\n    abi-profiles: " + profiles.toAbsolutePath() + "\n")
            .contains("\n    --abi-profiles " + profiles.toAbsolutePath() + "\n")
            .contains("\n    export CTP_ENGINE_ABI_PROFILES=" + profiles.toAbsolutePath() + "\n")
            .contains("matches '^vendor-6\\.7\\.8 '").contains("\n    abi-profile: vendor-6.7.8\n");
        assertThat(AbiProfiles.useDirectories(List.of(new ProfileDirectory(profiles, "test")))).containsExactly("vendor-6.7.8");
        final AbiProfile vendor = AbiProfiles.byId("vendor-6.7.8");
        assertThat(AbiProfiles.forVersion("vendor-6.7.8 build 42")).isSameAs(vendor);
        assertThat(AbiProfiles.locationOf("vendor-6.7.8")).isEqualTo(profiles.resolve("vendor-6.7.8").toString());
        assertThat(AbiProfiles.ids()).endsWith("6.6.1_P1", "6.5.1", "6.3.19_P1", "6.3.15", "vendor-6.7.8");
        assertThat(AbiProfiles.ids()).hasSize(AbiProfiles.BUILT_IN.size() + 1);
        final Map<String, String> expected = new HashMap<>(AbiProfileIo.render(builtIn));
        final Map<String, String> loaded = new HashMap<>(AbiProfileIo.render(vendor));
        expected.remove(AbiProfileIo.PROFILE_FILE);
        loaded.remove(AbiProfileIo.PROFILE_FILE);
        assertThat(loaded).isEqualTo(expected);
    }

    @Test
    void aVersionTheBuiltInsMatchKeepsItsBuiltInProfile()
    {
        write(renamed(AbiProfiles.byId("6.7.8"), "vendor-a", "^v6\\.7\\.8_"), dir.resolve("p"));
        AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("p"), "test")));

        assertThat(AbiProfiles.forVersion("v6.7.8_20240918 14:34:34.8082").id()).isEqualTo("6.7.8");
    }

    @Test
    void aMissingDirectoryIsAnErrorNamingItAndWhoNamedIt()
    {
        final Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> AbiProfiles.useDirectories(List.of(new ProfileDirectory(missing, "--abi-profiles"))))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage("ABI profile directory " + missing + " (--abi-profiles) does not exist (" + missing.toAbsolutePath() + ")");
    }

    @Test
    void aProfileDirectoryNamedInsteadOfItsParentIsAnErrorNamingTheParent()
    {
        write(renamed(AbiProfiles.byId("6.6.1_P1"), "vendor-b", "vendor-b"), dir.resolve("p"));
        final Path one = dir.resolve("p").resolve("vendor-b");

        assertThatThrownBy(() -> AbiProfiles.useDirectories(List.of(new ProfileDirectory(one, "test"))))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage("ABI profile directory " + one + " (test) is itself one profile: name the directory that holds it (" +
                dir.resolve("p").toAbsolutePath() + ")");
    }

    @Test
    void aProfileMissingAFileIsAnErrorNamingTheFile() throws IOException
    {
        write(renamed(AbiProfiles.byId("6.6.1_P1"), "vendor-c", "vendor-c"), dir.resolve("p"));
        Files.delete(dir.resolve("p/vendor-c/md-spi.tsv"));

        assertThatThrownBy(() -> AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("p"), "test"))))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage("ABI profile file missing: " + dir.resolve("p/vendor-c/md-spi.tsv") + " (test)");
    }

    @Test
    void aMalformedLineIsAnErrorNamingFileLineAndField() throws IOException
    {
        write(renamed(AbiProfiles.byId("6.6.1_P1"), "vendor-d", "vendor-d"), dir.resolve("p"));
        final Path structs = dir.resolve("p/vendor-d/structs.tsv");
        final List<String> lines = new ArrayList<>(Files.readAllLines(structs));
        final String[] cells = lines.get(4).split("\t", -1);
        cells[3] = "12x";
        lines.set(4, String.join("\t", cells));
        Files.write(structs, lines);

        assertThatThrownBy(() -> AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("p"), "test"))))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage(dir.resolve("p/vendor-d") + "/structs.tsv:5: offset: must be a whole number, found '12x' (test)");
    }

    @Test
    void aBadVersionPatternIsAnErrorNamingTheField() throws IOException
    {
        write(renamed(AbiProfiles.byId("6.6.1_P1"), "vendor-e", "vendor-e"), dir.resolve("p"));
        final Path meta = dir.resolve("p/vendor-e/profile.tsv");
        Files.writeString(meta, Files.readString(meta).replace("versionPattern\tvendor-e", "versionPattern\tv6.[7"));

        assertThatThrownBy(() -> AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("p"), "test"))))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith(dir.resolve("p/vendor-e") + "/profile.tsv: versionPattern: 'v6.[7' is not a regular expression");
    }

    @Test
    void twoDirectoriesClaimingOneIdAreAnErrorNamingBoth()
    {
        final AbiProfile profile = renamed(AbiProfiles.byId("6.6.1_P1"), "vendor-f", "vendor-f");
        write(profile, dir.resolve("a"));
        write(profile, dir.resolve("b"));

        assertThatThrownBy(() -> AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("a"), "config.yaml: abi-profiles"),
            new ProfileDirectory(dir.resolve("b"), "CTP_ENGINE_ABI_PROFILES"))))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage("ABI profile id 'vendor-f' is claimed twice: by " + dir.resolve("a/vendor-f") +
                " (config.yaml: abi-profiles) and by " + dir.resolve("b/vendor-f") + " (CTP_ENGINE_ABI_PROFILES); remove or rename one");
    }

    @Test
    void anExternalProfileMayNotTakeABuiltInId()
    {
        write(AbiProfiles.byId("6.7.8"), dir.resolve("p"));

        assertThatThrownBy(() -> AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("p"), "test"))))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage("ABI profile id '6.7.8' is claimed twice: by the built-in profile and by " + dir.resolve("p/6.7.8") +
                " (test); give the external one another id, or remove it if it describes the same SDK (the engine now " +
                "ships profiles for " + AbiProfiles.BUILT_IN + ")");
    }

    @Test
    void anIdThatDiffersFromItsDirectoryNameIsAnError() throws IOException
    {
        write(renamed(AbiProfiles.byId("6.6.1_P1"), "vendor-g", "vendor-g"), dir.resolve("p"));
        Files.move(dir.resolve("p/vendor-g"), dir.resolve("p/vendor-h"));

        assertThatThrownBy(() -> AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("p"), "test"))))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage(dir.resolve("p/vendor-h/profile.tsv") + ": id 'vendor-g' differs from its directory's name 'vendor-h' " +
                "(test): the directory names the profile, rename one of them");
    }

    @Test
    void aFailedSearchPathKeepsThePreviousOne()
    {
        write(renamed(AbiProfiles.byId("6.6.1_P1"), "vendor-i", "vendor-i"), dir.resolve("p"));
        AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("p"), "test")));

        assertThatThrownBy(() -> AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("missing"), "test"))))
            .isInstanceOf(AbiProfileException.class);
        assertThat(AbiProfiles.byId("vendor-i").id()).isEqualTo("vendor-i");
    }

    @Test
    void anUnknownIdNamesTheDirectoriesSearched()
    {
        write(renamed(AbiProfiles.byId("6.6.1_P1"), "vendor-j", "vendor-j"), dir.resolve("p"));
        AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("p"), "--abi-profiles")));

        assertThatThrownBy(() -> AbiProfiles.byId("vendor-k"))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith("no ABI profile 'vendor-k'; built-in: " + AbiProfiles.BUILT_IN + "; external directories searched: [" +
                dir.resolve("p") + " (--abi-profiles)]");
    }

    @Test
    void theEnvironmentVariableIsAPathList()
    {
        assertThat(AbiProfiles.environmentDirectories(Map.of("CTP_ENGINE_ABI_PROFILES", "/a/b::rel/c")::get))
            .containsExactly(new ProfileDirectory(Path.of("/a/b"), "CTP_ENGINE_ABI_PROFILES"),
                new ProfileDirectory(Path.of("rel/c"), "CTP_ENGINE_ABI_PROFILES"));
        assertThat(AbiProfiles.environmentDirectories(name -> null)).isEmpty();
    }

    @Test
    void aProfileAJournalNamesIsReadWhereItWasWhenTheSearchPathLacksItAndTheErrorsNameThatPlace()
    {
        write(renamed(AbiProfiles.byId("6.7.8"), "vendor-a", "^vendor-a "), dir.resolve("p"));
        write(renamed(AbiProfiles.byId("6.7.8"), "vendor-b", "^vendor-b "), dir.resolve("q"));
        final Path recorded = dir.resolve("p").resolve("vendor-a");

        AbiProfiles.useDirectories(List.of()); // nothing on the search path, whatever the environment says
        assertThat(AbiProfiles.byId("vendor-a", recorded).id()).isEqualTo("vendor-a");
        assertThat(AbiProfiles.byId("6.7.8", recorded)).isSameAs(AbiProfiles.byId("6.7.8"));
        assertThatThrownBy(() -> AbiProfiles.byId("vendor-a", dir.resolve("gone").resolve("vendor-a")))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith("ABI profile 'vendor-a' is not on the search path and cannot be read where the journal " +
                "says it was (" + dir.resolve("gone").resolve("vendor-a") + "): ")
            .hasMessageEndingWith("name its directory with --abi-profiles or CTP_ENGINE_ABI_PROFILES");
        assertThatThrownBy(() -> AbiProfiles.byId("vendor-a", dir.resolve("q").resolve("vendor-b")))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage("ABI profile directory " + dir.resolve("q").resolve("vendor-b") + " now holds profile 'vendor-b', " +
                "not 'vendor-a' as when the journal was written; name the right directory with --abi-profiles or " +
                "CTP_ENGINE_ABI_PROFILES");

        AbiProfiles.useDirectories(List.of(new ProfileDirectory(dir.resolve("q"), "test")));
        assertThat(AbiProfiles.byId("vendor-b", recorded)).as("the search path first").isSameAs(AbiProfiles.byId("vendor-b"));
    }

    private static void write(final AbiProfile profile, final Path profilesDir)
    {
        AbiProfileIo.write(profile, profilesDir.resolve(profile.id()));
    }

    private static AbiProfile renamed(final AbiProfile profile, final String id, final String versionPattern)
    {
        final Map<ApiTable, List<VtableSlot>> tables = new EnumMap<>(ApiTable.class);
        for (final ApiTable table : ApiTable.values())
        {
            tables.put(table, profile.slots(table));
        }
        return new AbiProfile(id, profile.apiVersion(), versionPattern, "test", tables,
            List.copyOf(profile.structs().values()), List.copyOf(profile.constants().values()));
    }
}
