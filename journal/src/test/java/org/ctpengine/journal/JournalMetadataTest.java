package org.ctpengine.journal;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalMetadataTest
{
    @TempDir
    Path dir;

    private static JournalMetadata sample()
    {
        return JournalMetadata.builder()
            .engineVersion("0.1.0-SNAPSHOT")
            .profile(0, "6.7.8")
            .profile(1, "6.6.1_P1")
            .channel(0, "md0", "md", "/opt/ctp 6.7.8/libthostmduserapi_se.so", "v6.7.8_20240918 14:34:34.8082")
            .channel(1, "td main", "td", "/opt/ctp/libthosttraderapi_se.so", "v6.6.1_P1_20210406  9:27:14")
            .instruments(List.of("rb2510", "au2512"))
            .configDigest(JournalMetadata.digestOf("front=tcp://127.0.0.1:1\n".getBytes(StandardCharsets.UTF_8)))
            .put("host.name", "box\\1\nsecond line")
            .build();
    }

    @Test
    void metadataWrittenToAJournalReadsBackWithEveryEntry()
    {
        final JournalMetadata written = sample();
        final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(1 << 16));
        try (Journal journal = Journal.open(dir.resolve("j")))
        {
            try (JournalWriter writer = journal.newWriter())
            {
                written.writeTo(writer);
            }
            try (JournalReader reader = journal.newReader())
            {
                assertThat(reader.next(buffer)).isPositive();
            }
        }

        final EventHeader header = new EventHeader().wrap(buffer, 0);
        assertThat(header.type()).isEqualTo(EventType.JOURNAL_START.code());
        assertThat(header.source()).isEqualTo(EventSource.ENGINE.code());
        assertThat(header.sequence()).isEqualTo(-1);
        assertThat(header.epochNanos()).isPositive();

        final JournalMetadata read = JournalMetadata.read(buffer, 0);
        assertThat(read.format()).isEqualTo(JournalMetadata.FORMAT);
        assertThat(read.engineVersion()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(read.get(JournalMetadata.KEY_JAVA_VERSION)).isEqualTo(System.getProperty("java.version"));
        assertThat(read.profiles()).isEqualTo(Map.of(0, "6.7.8", 1, "6.6.1_P1"));
        assertThat(read.profileId(1)).isEqualTo("6.6.1_P1");
        assertThat(read.profileId(7)).isNull();
        assertThat(read.channels()).containsExactly(
            Map.entry(0, new JournalMetadata.Channel(
                "md0", "md", "/opt/ctp 6.7.8/libthostmduserapi_se.so", "v6.7.8_20240918 14:34:34.8082")),
            Map.entry(1, new JournalMetadata.Channel(
                "td main", "td", "/opt/ctp/libthosttraderapi_se.so", "v6.6.1_P1_20210406  9:27:14")));
        assertThat(read.instruments()).containsExactly("rb2510", "au2512");
        assertThat(read.configDigest()).startsWith("sha256:").hasSize("sha256:".length() + 64);
        assertThat(read.get("host.name")).isEqualTo("box\\1\nsecond line");
        assertThat(read.text()).isEqualTo(written.text());
    }

    @Test
    void payloadIsReadableKeyValueText()
    {
        final String text = sample().text();

        assertThat(text).startsWith("format=1\nengine.version=0.1.0-SNAPSHOT\n")
            .contains("\nprofile.0=6.7.8\n")
            .contains("\nchannel.0=md0 md /opt/ctp\\s6.7.8/libthostmduserapi_se.so v6.7.8_20240918 14:34:34.8082\n")
            .contains("\ninstruments=rb2510,au2512\n")
            .contains("\nhost.name=box\\\\1\\nsecond line\n");
    }

    @Test
    void unknownKeysAreKeptForNewerWriters()
    {
        final JournalMetadata read = JournalMetadata.parse("format=2\nengine.version=9\nprofile.0=6.7.8\nfuture.key=x=y\n");

        assertThat(read.format()).isEqualTo(2);
        assertThat(read.get("future.key")).isEqualTo("x=y");
        assertThat(read.profileId(0)).isEqualTo("6.7.8");
    }

    @Test
    void secretsAreRefused()
    {
        for (final String key : List.of("password", "td.Password", "auth.code", "AuthCode", "broker.secret", "api.token"))
        {
            assertThatThrownBy(() -> JournalMetadata.builder().put(key, "x"))
                .as(key)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret");
        }
    }

    @Test
    void reservedAndMalformedKeysAreRefused()
    {
        assertThatThrownBy(() -> JournalMetadata.builder().put("profile.3", "6.7.8"))
            .hasMessageContaining("own builder method");
        assertThatThrownBy(() -> JournalMetadata.builder().put("a=b", "c"))
            .hasMessageContaining("must match");
        assertThatThrownBy(() -> JournalMetadata.builder().channel(0, "x", "trader", "/lib.so", "v"))
            .hasMessageContaining("md or td");
        assertThatThrownBy(() -> JournalMetadata.builder().engineVersion("1").build())
            .hasMessageContaining("profile");
    }

    @Test
    void malformedTextNamesTheLine()
    {
        assertThatThrownBy(() -> JournalMetadata.parse("format=1\nno equals sign\n"))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining("line 2")
            .hasMessageContaining("no equals sign");
        assertThatThrownBy(() -> JournalMetadata.parse("profile.x=6.7.8\n"))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining("line 1");
    }

    @Test
    void readingAnotherEventTypeIsAnError()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EventHeader.LENGTH]);
        new EventHeader().wrap(buffer, 0).type(EventType.RTN_ORDER.code());

        assertThatThrownBy(() -> JournalMetadata.read(buffer, 0))
            .isInstanceOf(JournalException.class)
            .hasMessageContaining("not a JOURNAL_START");
    }
}
