package org.ctpengine.adapter.abi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A profile a journal recorded the directory of, when that directory is not on the search path: read from there
 * once, not once per event (a journal tool asks for it for every event it decodes).
 */
class RecordedProfileTest
{
    @TempDir
    Path dir;

    @Test
    void aRecordedDirectoryIsReadOnceThenServedFromMemory() throws IOException
    {
        final Path location = vendorProfile("vendor-recorded-once");

        final AbiProfile first = AbiProfiles.byId("vendor-recorded-once", location);
        deleteTree(location); // a second read from disk would now fail

        final AbiProfile second = AbiProfiles.byId("vendor-recorded-once", location);

        assertThat(first.id()).isEqualTo("vendor-recorded-once");
        assertThat(second).isSameAs(first);
        assertThat(AbiProfiles.byId("vendor-recorded-once", location.resolve("..").resolve(location.getFileName())))
            .as("the same directory spelt another way").isSameAs(first);
    }

    @Test
    void aDirectoryThatNowHoldsAnotherIdIsStillRefusedFromMemory() throws IOException
    {
        final Path location = vendorProfile("vendor-recorded-other");
        AbiProfiles.byId("vendor-recorded-other", location);

        assertThatThrownBy(() -> AbiProfiles.byId("vendor-recorded-else", location))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageContaining("now holds profile 'vendor-recorded-other', not 'vendor-recorded-else'");
    }

    @Test
    void anUnreadableDirectoryIsNotRememberedAsAbsent() throws IOException
    {
        final Path location = dir.resolve("later");

        assertThatThrownBy(() -> AbiProfiles.byId("vendor-recorded-later", location))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageContaining("cannot be read where the journal says it was (" + location + ")");

        AbiProfileIo.write(AbiProfiles.byId("6.3.15"), location);
        Files.writeString(location.resolve(AbiProfileIo.PROFILE_FILE), Files.readString(location.resolve(
            AbiProfileIo.PROFILE_FILE)).replace("id\t6.3.15\n", "id\tvendor-recorded-later\n"));
        assertThat(AbiProfiles.byId("vendor-recorded-later", location).id()).isEqualTo("vendor-recorded-later");
    }

    /** 6.3.15's layouts under another id, in a directory of its own that is not on the search path. */
    private Path vendorProfile(final String id) throws IOException
    {
        final Path location = dir.resolve(id);
        AbiProfileIo.write(AbiProfiles.byId("6.3.15"), location);
        final Path file = location.resolve(AbiProfileIo.PROFILE_FILE);
        final String text = Files.readString(file);
        assertThat(text).contains("id\t6.3.15\n");
        Files.writeString(file, text.replace("id\t6.3.15\n", "id\t" + id + "\n"));
        return location;
    }

    private static void deleteTree(final Path root) throws IOException
    {
        try (Stream<Path> paths = Files.walk(root))
        {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
            {
                Files.delete(path);
            }
        }
    }
}
