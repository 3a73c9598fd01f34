package org.ctpengine.journal.tools;

import org.ctpengine.adapter.abi.AbiProfileIo;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.journal.tools.SmallJournals.T0;

/**
 * A journal recorded with a profile from outside the engine, whose directory is not on the search path when the
 * tools read it: the tools read the profile where the run recorded it, once, not once per event. Reading it per
 * event cost a few milliseconds each (145,540 events took 683 s; here 4,000 took 8 s, so 10,000 about 20 s); 10,000
 * must take under 4 s (a fraction of a second with the profile read once).
 */
class ExternalProfileJournalTest
{
    private static final int TICKS = 10_000;
    private static final String ID = "vendor-journal-tools";

    @TempDir
    Path dir;

    @Test
    void statsReadsTheRecordedProfileOnceNotPerEvent() throws IOException
    {
        final Path journal = journalWithRecordedProfile();
        assertThat(AbiProfiles.directories()).as("not on the search path").isEmpty();

        final long started = System.nanoTime();
        final Tool stats = Tool.run("stats", journal.toString());
        final long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains(String.valueOf(TICKS + 1));
        assertThat(millis).as("ms for stats over %d events (the profile read per event took ~2 ms each)", TICKS + 1)
            .isLessThan(4_000);
    }

    @Test
    void dumpDecodesWithTheRecordedProfile() throws IOException
    {
        final Tool dump = Tool.run("dump", journalWithRecordedProfile().toString(), "--type", "rtn_depth_market_data",
            "--instrument", "rb2605", "--brief");

        assertThat(dump.exitCode()).as(dump.err()).isZero();
        assertThat(dump.out()).contains("InstrumentID=rb2605").contains(TICKS / 2 + " events printed");
    }

    /** 6.7.8's layouts under id {@link #ID}, in a directory recorded in the journal and not searched. */
    private Path journalWithRecordedProfile() throws IOException
    {
        final Path location = dir.resolve("profiles").resolve(ID);
        AbiProfileIo.write(AbiProfiles.byId("6.7.8"), location);
        final Path file = location.resolve(AbiProfileIo.PROFILE_FILE);
        Files.writeString(file, Files.readString(file).replace("id\t6.7.8\n", "id\t" + ID + "\n"));
        final JournalMetadata metadata = JournalMetadata.builder().engineVersion("test")
            .profile(TestEvents.PROFILE_INDEX, ID).put(JournalMetadata.PROFILE_LOCATION_PREFIX + TestEvents.PROFILE_INDEX,
                location.toString())
            .channel(TestEvents.MD_CHANNEL, "md0", "md", "/opt/vendor/libmd.so", "vendor 6.7.8")
            .instruments(List.of("rb2605", "au2606")).build();
        return SmallJournals.write(dir.resolve("j"), (events, out) ->
        {
            out.append(metadata.encode(events.buffer(), 0, -1, T0));
            for (int i = 0; i < TICKS; i++)
            {
                out.append(events.tick(i, T0 + i * 1_000_000L, i % 2 == 0 ? "rb2605" : "au2606", 3500 + i % 7));
            }
        });
    }
}
