package org.ctpengine.adapter.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Text in CTP structs: {@code char[N]} fields hold GB18030 bytes, NUL-terminated when shorter than N.
 * <p>
 * The charset is always named explicitly here, never taken from {@code jna.encoding}, {@code file.encoding}
 * or the process locale, which differ between machines and would silently corrupt Chinese text such as
 * {@code ErrorMsg}, {@code StatusMsg} and {@code InstrumentName}.
 * <p>
 * IDs (InstrumentID, OrderRef, OrderSysID, ...) are ASCII in practice, and ASCII is a subset of GB18030,
 * so pure ASCII text takes a byte-per-char fast path that allocates nothing. Only text with other
 * characters goes through the JDK's charset coder, which allocates; that happens at the edges (error
 * messages, instrument names), not on the order path.
 * <p>
 * Writing never truncates: text that does not fit in N-1 bytes plus the terminating NUL is rejected
 * with an {@link IllegalArgumentException} naming the field, the limit and the value, because a cut
 * InstrumentID or OrderRef names a different instrument or order. Stateless and thread-safe.
 */
public final class Gb18030
{
    /** The charset of every CTP text field. */
    public static final Charset CHARSET = Charset.forName("GB18030");

    private static final int ASCII_LIMIT = 0x80;

    private Gb18030()
    {
    }

    /**
     * Number of text bytes in a {@code char[capacity]} field: the bytes before the first NUL, or the whole
     * field when it holds no NUL (a peer that filled every byte).
     */
    public static int length(final DirectBuffer buffer, final int offset, final int capacity)
    {
        for (int i = 0; i < capacity; i++)
        {
            if (buffer.getByte(offset + i) == 0)
            {
                return i;
            }
        }
        return capacity;
    }

    /** Whether {@code length} bytes from {@code offset} are all 7-bit ASCII. */
    public static boolean isAscii(final DirectBuffer buffer, final int offset, final int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (buffer.getByte(offset + i) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /** Whether every char of the text is 7-bit ASCII, i.e. it encodes as one byte per char. */
    public static boolean isAscii(final CharSequence value)
    {
        for (int i = 0, n = value.length(); i < n; i++)
        {
            if (value.charAt(i) >= ASCII_LIMIT)
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes a NUL-terminated {@code char[capacity]} field. Allocates the String; for logging, tests and
     * other edges. Malformed GB18030 bytes decode to U+FFFD rather than failing, so a dump always prints.
     */
    public static String decode(final DirectBuffer buffer, final int offset, final int capacity)
    {
        final int length = length(buffer, offset, capacity);
        if (length == 0)
        {
            return "";
        }
        if (isAscii(buffer, offset, length))
        {
            return buffer.getStringWithoutLengthAscii(offset, length);
        }
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        return new String(bytes, CHARSET);
    }

    /**
     * Appends a NUL-terminated {@code char[capacity]} field to {@code destination}. Allocates nothing when
     * the field is pure ASCII; otherwise decodes through a temporary String.
     *
     * @return destination, for chaining
     */
    public static StringBuilder appendTo(
        final DirectBuffer buffer, final int offset, final int capacity, final StringBuilder destination)
    {
        final int length = length(buffer, offset, capacity);
        if (isAscii(buffer, offset, length))
        {
            for (int i = 0; i < length; i++)
            {
                destination.append((char)buffer.getByte(offset + i));
            }
            return destination;
        }
        return destination.append(decode(buffer, offset, capacity));
    }

    /**
     * Whether a NUL-terminated {@code char[capacity]} field holds exactly {@code value}. Allocates nothing
     * when {@code value} is ASCII.
     */
    public static boolean contentEquals(
        final DirectBuffer buffer, final int offset, final int capacity, final CharSequence value)
    {
        final int length = length(buffer, offset, capacity);
        if (isAscii(value))
        {
            if (value.length() != length)
            {
                return false;
            }
            for (int i = 0; i < length; i++)
            {
                if (buffer.getByte(offset + i) != (byte)value.charAt(i))
                {
                    return false;
                }
            }
            return true;
        }
        final byte[] encoded = encodeStrict(value, null, null);
        if (encoded.length != length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (buffer.getByte(offset + i) != encoded[i])
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes {@code value} into a {@code char[capacity]} field as GB18030 and fills the rest of the field
     * with NUL, so that equal texts always give equal struct bytes (journal comparisons, replays).
     * Allocates nothing when the text is ASCII. The field is left untouched when the text is rejected.
     *
     * @param structName struct for the error message, e.g. {@code CThostFtdcInputOrderField}; may be null
     * @param fieldName  field for the error message, e.g. {@code InstrumentID}
     * @return the number of text bytes written, without the NUL
     * @throws IllegalArgumentException when the text needs more than {@code capacity - 1} bytes, or holds an
     *                                  unpaired surrogate; the message names the field, limit and value
     * @throws NullPointerException     when value is null, naming the field
     */
    public static int encode(
        final String structName,
        final String fieldName,
        final CharSequence value,
        final MutableDirectBuffer buffer,
        final int offset,
        final int capacity)
    {
        if (value == null)
        {
            throw new NullPointerException(qualified(structName, fieldName) + ": text must not be null");
        }
        final int maxLength = capacity - 1;
        final int charCount = value.length();
        if (isAscii(value))
        {
            if (charCount > maxLength)
            {
                throw tooLong(structName, fieldName, value, charCount, capacity);
            }
            for (int i = 0; i < charCount; i++)
            {
                buffer.putByte(offset + i, (byte)value.charAt(i));
            }
            buffer.setMemory(offset + charCount, capacity - charCount, (byte)0);
            return charCount;
        }
        final byte[] encoded = encodeStrict(value, structName, fieldName);
        if (encoded.length > maxLength)
        {
            throw tooLong(structName, fieldName, value, encoded.length, capacity);
        }
        buffer.putBytes(offset, encoded);
        buffer.setMemory(offset + encoded.length, capacity - encoded.length, (byte)0);
        return encoded.length;
    }

    /** {@link #encode(String, String, CharSequence, MutableDirectBuffer, int, int)} without a struct name. */
    public static int encode(
        final String fieldName,
        final CharSequence value,
        final MutableDirectBuffer buffer,
        final int offset,
        final int capacity)
    {
        return encode(null, fieldName, value, buffer, offset, capacity);
    }

    /**
     * The GB18030 bytes of a text, without NUL. Allocates.
     *
     * @throws IllegalArgumentException when the text holds an unpaired surrogate (not encodable)
     */
    public static byte[] encode(final CharSequence value)
    {
        return encodeStrict(Objects.requireNonNull(value, "value"), null, null);
    }

    private static byte[] encodeStrict(final CharSequence value, final String structName, final String fieldName)
    {
        // A fresh encoder per call: encoders are stateful, and this path is off the hot path by design.
        final CharsetEncoder encoder = CHARSET.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try
        {
            final ByteBuffer bytes = encoder.encode(CharBuffer.wrap(value));
            final byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            return result;
        }
        catch (final CharacterCodingException e)
        {
            throw new IllegalArgumentException(qualified(structName, fieldName) +
                ": text cannot be encoded as GB18030 (unpaired surrogate?): '" + value + "'", e);
        }
    }

    private static IllegalArgumentException tooLong(
        final String structName, final String fieldName, final CharSequence value, final int byteCount, final int capacity)
    {
        return new IllegalArgumentException(qualified(structName, fieldName) + " is char[" + capacity +
            "]: at most " + (capacity - 1) + " GB18030 bytes plus NUL, but '" + value + "' needs " + byteCount +
            " bytes (rejected, not truncated)");
    }

    private static String qualified(final String structName, final String fieldName)
    {
        final String field = fieldName == null ? "text" : fieldName;
        return structName == null ? field : structName + "." + field;
    }
}
