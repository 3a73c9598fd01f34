package org.ctpengine.abitools.header;

import java.util.List;

import org.ctpengine.adapter.abi.AbiProfileException;

/**
 * One C++ token of a header, with the place it came from so that every error can name file and line.
 *
 * @param kind what sort of token
 * @param text the token exactly as written (literals keep their quotes)
 * @param file the header's path as the user gave it
 * @param line 1-based line number (the first line of a continued line)
 */
record Token(Kind kind, String text, String file, int line)
{
    enum Kind
    {
        IDENTIFIER,
        NUMBER,
        CHAR_LITERAL,
        STRING_LITERAL,
        PUNCTUATOR,
        /** Placed after the last token, so that running off the end is an error with a place. */
        END
    }

    boolean is(final String expected)
    {
        return kind != Kind.END && text.equals(expected);
    }

    boolean isIdentifier()
    {
        return kind == Kind.IDENTIFIER;
    }

    /** An error at this token: {@code file:line: message}. */
    AbiProfileException error(final String message)
    {
        return new AbiProfileException(file + ":" + line + ": " + message);
    }

    /** The tokens' text separated by single spaces, for error messages. */
    static String join(final List<Token> tokens)
    {
        final StringBuilder text = new StringBuilder();
        for (final Token token : tokens)
        {
            if (text.length() > 0)
            {
                text.append(' ');
            }
            text.append(token.text());
        }
        return text.toString();
    }

    @Override
    public String toString()
    {
        return text;
    }
}
