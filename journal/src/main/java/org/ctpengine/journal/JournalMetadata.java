package org.ctpengine.journal;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a replay or a journal tool must know about the engine run that follows: the payload of the
 * {@link EventType#JOURNAL_START} event that opens every run in a journal. Events store only a profile
 * <em>index</em> (a short); this record maps it to the ABI profile id whose layouts the payloads are in.
 *
 * <p>The payload is UTF-8 text, one {@code key=value} per line, so that it survives any future change of
 * the engine's classes and can be read with {@code strings}:
 * <pre>
 *   format=1
 *   engine.version=0.1.0
 *   java.version=17.0.15
 *   profile.0=6.7.8
 *   channel.0=md0 md /opt/ctp/libthostmduserapi_se.so v6.7.8_20240918 14:34:34.8082
 *   channel.1=td0 td /opt/ctp/libthosttraderapi_se.so v6.7.8_20240918 14:34:34.8082
 *   instruments=rb2510,au2512
 *   config.digest=sha256:9f86d0...
 *   any.other.key=value
 * </pre>
 * {@code channel.<n>} is {@code <name> <md|td> <library path> <GetApiVersion()>}: the version string is the rest
 * of the line (it has spaces); a space inside the name or the path is written {@code \s}. In every value a
 * backslash is written {@code \\}, a newline {@code \n}, a carriage return {@code \r}. Unknown keys are kept,
 * so newer engines may add keys without breaking older tools.
 *
 * <p><b>Never secrets.</b> Passwords, auth codes and the like must not be journaled: a journal is copied around
 * for analysis. The builder refuses keys that name one ({@code password}, {@code authcode}, {@code secret},
 * {@code token}, ...); the configuration is recorded only as a digest.
 *
 * <p>Immutable and thread-safe.
 */
public final class JournalMetadata
{
    /** Format of the payload this class writes; readers accept any version and keep what they do not know. */
    public static final int FORMAT = 1;
    /** The largest payload accepted: room for thousands of instruments, small next to a journal. */
    public static final int MAX_PAYLOAD_LENGTH = 256 * 1024;

    public static final String KEY_FORMAT = "format";
    public static final String KEY_ENGINE_VERSION = "engine.version";
    public static final String KEY_JAVA_VERSION = "java.version";
    public static final String KEY_INSTRUMENTS = "instruments";
    public static final String KEY_CONFIG_DIGEST = "config.digest";
    public static final String PROFILE_PREFIX = "profile.";
    public static final String CHANNEL_PREFIX = "channel.";
    /**
     * {@code profile-location.<index>=<directory>}: where a profile from outside the engine (not built in) was read, so
     * that the journal opens without naming that directory again.
     */
    public static final String PROFILE_LOCATION_PREFIX = "profile-location.";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern SECRET = Pattern.compile(
        "(?i).*(password|passwd|pwd|secret|authcode|auth[._-]code|token|credential|private[._-]?key).*");

    /**
     * One API instance of the run.
     *
     * @param name        the session's name in the engine's configuration
     * @param kind        {@code md} or {@code td}
     * @param libraryPath the CTP library loaded for it
     * @param apiVersion  what the library's {@code GetApiVersion()} returned
     */
    public record Channel(String name, String kind, String libraryPath, String apiVersion)
    {
    }

    private final Map<String, String> entries;
    private final Map<Integer, String> profiles;
    private final Map<Integer, Channel> channels;

    private JournalMetadata(
        final Map<String, String> entries, final Map<Integer, String> profiles, final Map<Integer, Channel> channels)
    {
        this.entries = Collections.unmodifiableMap(entries);
        this.profiles = Collections.unmodifiableMap(profiles);
        this.channels = Collections.unmodifiableMap(channels);
    }

    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * The metadata of a {@link EventType#JOURNAL_START} event, header and payload, at {@code offset}.
     *
     * @throws JournalException when the event is of another type or its text is malformed
     */
    public static JournalMetadata read(final DirectBuffer buffer, final int offset)
    {
        final EventHeader header = new EventHeader().wrap(buffer, offset);
        if (header.type() != EventType.JOURNAL_START.code())
        {
            throw new JournalException("not a JOURNAL_START event: type code " + header.type());
        }
        return parse(buffer.getStringWithoutLengthUtf8(header.payloadOffset(), header.payloadLength()));
    }

    /**
     * Parses the payload text.
     *
     * @throws JournalException naming the line that is not {@code key=value} or not a valid profile/channel entry
     */
    public static JournalMetadata parse(final String text)
    {
        final Map<String, String> entries = new LinkedHashMap<>();
        final Map<Integer, String> profiles = new TreeMap<>();
        final Map<Integer, Channel> channels = new TreeMap<>();
        final String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++)
        {
            final String line = lines[i];
            if (line.isEmpty())
            {
                continue;
            }
            final int equals = line.indexOf('=');
            if (equals <= 0)
            {
                throw malformed(i, line, "not key=value");
            }
            final String key = line.substring(0, equals);
            final String raw = line.substring(equals + 1);
            entries.put(key, unescape(raw));
            if (key.startsWith(PROFILE_PREFIX))
            {
                profiles.put(number(i, line, key.substring(PROFILE_PREFIX.length())), unescape(raw));
            }
            else if (key.startsWith(CHANNEL_PREFIX))
            {
                final String[] parts = raw.split(" ", 4);
                if (parts.length < 3)
                {
                    throw malformed(i, line, "a channel is '<name> <md|td> <library path> <GetApiVersion>'");
                }
                channels.put(number(i, line, key.substring(CHANNEL_PREFIX.length())), new Channel(
                    unescape(parts[0]), unescape(parts[1]), unescape(parts[2]), parts.length == 4 ? unescape(parts[3]) : ""));
            }
        }
        return new JournalMetadata(entries, profiles, channels);
    }

    /** SHA-256 of a configuration's bytes, as {@code sha256:<hex>}: records which config ran without its secrets. */
    public static String digestOf(final byte[] configuration)
    {
        try
        {
            final byte[] hash = MessageDigest.getInstance("SHA-256").digest(configuration);
            final StringBuilder out = new StringBuilder("sha256:");
            for (final byte b : hash)
            {
                out.append(Character.forDigit(b >> 4 & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return out.toString();
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Every entry in written order, values unescaped. */
    public Map<String, String> entries()
    {
        return entries;
    }

    /** A value by key, or null. */
    public String get(final String key)
    {
        return entries.get(key);
    }

    public int format()
    {
        final String value = entries.get(KEY_FORMAT);
        return value == null ? 0 : Integer.parseInt(value);
    }

    public String engineVersion()
    {
        return entries.get(KEY_ENGINE_VERSION);
    }

    /** Profile id by the index that events carry in {@link EventHeader#profile()}. */
    public Map<Integer, String> profiles()
    {
        return profiles;
    }

    /** The profile id for an event's profile index, or null when the run did not declare it. */
    public String profileId(final int index)
    {
        return profiles.get(index);
    }

    /** Where the run read the profile of this index from, when it was not built in; else null. */
    public Path profileLocation(final int index)
    {
        final String location = entries.get(PROFILE_LOCATION_PREFIX + index);
        return location == null ? null : Path.of(location);
    }

    /** The profile of an event's profile index: as {@link #profileId}, read where the run read it if need be. */
    public AbiProfile profile(final int index)
    {
        final String id = profileId(index);
        return id == null ? null : AbiProfiles.byId(id, profileLocation(index));
    }

    /** Channels by the number events carry in {@link EventHeader#channel()}. */
    public Map<Integer, Channel> channels()
    {
        return channels;
    }

    public List<String> instruments()
    {
        final String value = entries.get(KEY_INSTRUMENTS);
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    public String configDigest()
    {
        return entries.get(KEY_CONFIG_DIGEST);
    }

    /** The payload text, as written. */
    public String text()
    {
        final StringBuilder out = new StringBuilder(256);
        for (final Map.Entry<String, String> entry : entries.entrySet())
        {
            out.append(entry.getKey()).append('=');
            final String key = entry.getKey();
            if (key.startsWith(CHANNEL_PREFIX))
            {
                // parse() and the builder both guarantee a number after the prefix
                appendChannel(channels.get(Integer.parseInt(key.substring(CHANNEL_PREFIX.length()))), out);
            }
            else
            {
                escape(entry.getValue(), false, out);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Writes this as a complete {@link EventType#JOURNAL_START} event (header + text) at {@code offset}, e.g. into a
     * ring slot or a scratch buffer.
     *
     * @param sequence   the event's sequence: -1 when written beside the ring (the ring's first event is then 0)
     * @param epochNanos wall clock, ns since 1970
     * @return the event's total length
     */
    public int encode(final MutableDirectBuffer buffer, final int offset, final long sequence, final long epochNanos)
    {
        final byte[] payload = text().getBytes(StandardCharsets.UTF_8);
        final EventHeader header = new EventHeader().wrap(buffer, offset);
        header.clear()
            .type(EventType.JOURNAL_START.code())
            .source(EventSource.ENGINE)
            .profile((short)-1)
            .channel((short)-1)
            .spiSlot((short)-1)
            .sequence(sequence)
            .receiveNanos(System.nanoTime())
            .epochNanos(epochNanos)
            .payloadLength(payload.length);
        buffer.putBytes(header.payloadOffset(), payload);
        return header.totalLength();
    }

    /**
     * Appends this as the {@link EventType#JOURNAL_START} event of a run, written beside the ring: sequence -1,
     * wall clock now. Call it before the ring's first event reaches the journal.
     *
     * @return the event's journal index
     */
    public long writeTo(final JournalWriter writer)
    {
        final Instant now = Instant.now();
        return writeTo(writer, -1, now.getEpochSecond() * 1_000_000_000L + now.getNano());
    }

    /** Appends this as a {@link EventType#JOURNAL_START} event with the given sequence and wall clock. */
    public long writeTo(final JournalWriter writer, final long sequence, final long epochNanos)
    {
        final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(EventHeader.LENGTH + 1024);
        final int length = encode(buffer, 0, sequence, epochNanos);
        writer.append(buffer, 0, length);
        return writer.lastIndex();
    }

    @Override
    public String toString()
    {
        return "JournalMetadata" + entries;
    }

    private static void appendChannel(final Channel channel, final StringBuilder out)
    {
        escape(channel.name(), true, out);
        out.append(' ');
        escape(channel.kind(), true, out);
        out.append(' ');
        escape(channel.libraryPath(), true, out);
        out.append(' ');
        escape(channel.apiVersion(), false, out);
    }

    private static void escape(final String value, final boolean escapeSpace, final StringBuilder out)
    {
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            switch (c)
            {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case ' ' -> out.append(escapeSpace ? "\\s" : " ");
                default -> out.append(c);
            }
        }
    }

    private static String unescape(final String raw)
    {
        if (raw.indexOf('\\') < 0)
        {
            return raw;
        }
        final StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++)
        {
            final char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length())
            {
                out.append(c);
                continue;
            }
            final char next = raw.charAt(++i);
            switch (next)
            {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 's' -> out.append(' ');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static boolean isNumber(final String text)
    {
        if (text.isEmpty())
        {
            return false;
        }
        for (int i = 0; i < text.length(); i++)
        {
            if (!Character.isDigit(text.charAt(i)))
            {
                return false;
            }
        }
        return true;
    }

    private static int number(final int lineIndex, final String line, final String text)
    {
        if (!isNumber(text) || text.length() > 5)
        {
            throw malformed(lineIndex, line, "'" + text + "' is not an index");
        }
        return Integer.parseInt(text);
    }

    private static JournalException malformed(final int lineIndex, final String line, final String why)
    {
        return new JournalException("malformed JOURNAL_START metadata, line " + (lineIndex + 1) + " '" + line + "': " + why);
    }

    /** Collects the entries of one run's metadata; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder
    {
        private final Map<String, String> entries = new LinkedHashMap<>();
        private final Map<Integer, String> profiles = new TreeMap<>();
        private final Map<Integer, Channel> channels = new TreeMap<>();
        private final List<String> instruments = new ArrayList<>();
        private final Map<String, String> extra = new LinkedHashMap<>();
        private String engineVersion;
        private String configDigest;

        private Builder()
        {
        }

        public Builder engineVersion(final String version)
        {
            this.engineVersion = requireText("engine version", version);
            return this;
        }

        /** The ABI profile that events with profile index {@code index} are laid out in. */
        public Builder profile(final int index, final String profileId)
        {
            checkIndex("profile", index);
            if (profiles.putIfAbsent(index, requireText("profile id", profileId)) != null)
            {
                throw new IllegalArgumentException("profile index " + index + " given twice");
            }
            return this;
        }

        /**
         * An API instance: events with channel {@code number} came from (or went to) it.
         *
         * @param kind {@code md} or {@code td}
         */
        public Builder channel(
            final int number, final String name, final String kind, final String libraryPath, final String apiVersion)
        {
            checkIndex("channel", number);
            if (!"md".equals(kind) && !"td".equals(kind))
            {
                throw new IllegalArgumentException("channel kind must be md or td, not '" + kind + "'");
            }
            final Channel channel = new Channel(
                requireText("channel name", name), kind, requireText("library path", libraryPath),
                apiVersion == null ? "" : apiVersion);
            if (channels.putIfAbsent(number, channel) != null)
            {
                throw new IllegalArgumentException("channel " + number + " given twice");
            }
            return this;
        }

        /** Instruments the run subscribes to or trades. */
        public Builder instruments(final Collection<String> instrumentIds)
        {
            for (final String id : instrumentIds)
            {
                if (requireText("instrument id", id).indexOf(',') >= 0)
                {
                    throw new IllegalArgumentException("instrument id '" + id + "' holds a comma");
                }
                instruments.add(id);
            }
            return this;
        }

        /** A digest of the configuration (see {@link JournalMetadata#digestOf(byte[])}); never the config itself. */
        public Builder configDigest(final String digest)
        {
            this.configDigest = requireText("config digest", digest);
            return this;
        }

        /**
         * Any other entry.
         *
         * @throws IllegalArgumentException when the key is malformed, reserved, given twice or names a secret
         */
        public Builder put(final String key, final String value)
        {
            if (key == null || !KEY.matcher(key).matches())
            {
                throw new IllegalArgumentException("metadata key '" + key + "' must match " + KEY.pattern());
            }
            if (SECRET.matcher(key).matches())
            {
                throw new IllegalArgumentException("metadata key '" + key + "' names a secret; journals never hold secrets");
            }
            if (isReserved(key))
            {
                throw new IllegalArgumentException("metadata key '" + key + "' is set through its own builder method");
            }
            if (extra.putIfAbsent(key, value == null ? "" : value) != null)
            {
                throw new IllegalArgumentException("metadata key '" + key + "' given twice");
            }
            return this;
        }

        /**
         * @throws IllegalArgumentException when the engine version or every profile is missing, or the text is
         *                                  larger than {@link #MAX_PAYLOAD_LENGTH}
         */
        public JournalMetadata build()
        {
            if (engineVersion == null)
            {
                throw new IllegalArgumentException("journal metadata needs the engine version");
            }
            if (profiles.isEmpty())
            {
                throw new IllegalArgumentException("journal metadata needs at least one profile (index -> id)");
            }
            entries.clear();
            entries.put(KEY_FORMAT, Integer.toString(FORMAT));
            entries.put(KEY_ENGINE_VERSION, engineVersion);
            entries.put(KEY_JAVA_VERSION, System.getProperty("java.version"));
            profiles.forEach((index, id) -> entries.put(PROFILE_PREFIX + index, id));
            channels.forEach((number, channel) -> entries.put(CHANNEL_PREFIX + number,
                channel.name() + " " + channel.kind() + " " + channel.libraryPath() + " " + channel.apiVersion()));
            if (!instruments.isEmpty())
            {
                entries.put(KEY_INSTRUMENTS, String.join(",", instruments));
            }
            if (configDigest != null)
            {
                entries.put(KEY_CONFIG_DIGEST, configDigest);
            }
            entries.putAll(extra);
            final JournalMetadata metadata =
                new JournalMetadata(new LinkedHashMap<>(entries), new TreeMap<>(profiles), new TreeMap<>(channels));
            final int length = metadata.text().getBytes(StandardCharsets.UTF_8).length;
            if (length > MAX_PAYLOAD_LENGTH)
            {
                throw new IllegalArgumentException("journal metadata of " + length + " bytes exceeds " + MAX_PAYLOAD_LENGTH);
            }
            return metadata;
        }

        private static boolean isReserved(final String key)
        {
            return key.equals(KEY_FORMAT) || key.equals(KEY_ENGINE_VERSION) || key.equals(KEY_JAVA_VERSION) ||
                key.equals(KEY_INSTRUMENTS) || key.equals(KEY_CONFIG_DIGEST) || key.startsWith(PROFILE_PREFIX) ||
                key.startsWith(CHANNEL_PREFIX);
        }

        private static void checkIndex(final String what, final int index)
        {
            if (index < 0 || index > Short.MAX_VALUE)
            {
                throw new IllegalArgumentException(what + " index " + index + " is outside 0.." + Short.MAX_VALUE);
            }
        }

        private static String requireText(final String what, final String value)
        {
            if (value == null || value.isBlank())
            {
                throw new IllegalArgumentException(what + " must not be empty");
            }
            return value;
        }
    }
}
