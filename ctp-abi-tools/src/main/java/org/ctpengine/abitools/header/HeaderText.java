package org.ctpengine.abitools.header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a header file whose encoding nobody declared: SFIT ships GB18030 (Chinese comments), other
 * vendors and our own writer produce UTF-8. Bytes that are valid UTF-8 are read as UTF-8 (pure ASCII is
 * both), anything else as GB18030, which decodes every byte sequence.
 */
final class HeaderText
{
    static final Charset GB18030 = Charset.forName("GB18030");

    private HeaderText()
    {
    }

    /** The file's text, without a leading byte-order mark. */
    static String read(final Path file)
    {
        final byte[] bytes;
        try
        {
            bytes = Files.readAllBytes(file);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot read header " + file, e);
        }
        final String text = decode(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Decodes as UTF-8 when the bytes are valid UTF-8, otherwise as GB18030. */
    static String decode(final byte[] bytes)
    {
        return isValidUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, GB18030);
    }

    /** Whether the bytes are well-formed UTF-8. */
    static boolean isValidUtf8(final byte[] bytes)
    {
        try
        {
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
            return true;
        }
        catch (final CharacterCodingException e)
        {
            return false;
        }
    }
}
