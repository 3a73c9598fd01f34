package org.ctpengine.abitools.header;

import java.util.List;

import org.ctpengine.adapter.abi.AbiProfileException;

/**
 * Splits one logical line of comment-free C++ into {@link Token}s. Good enough for declarations and
 * preprocessor expressions; it does not need to know C++'s keywords.
 */
final class Tokenizer
{
    private static final String[] MULTI_CHAR_PUNCTUATORS = {
        "...", "<<=", ">>=", "::", "->", "&&", "||", "==", "!=", "<=", ">=", "<<", ">>", "++", "--",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##"};

    private Tokenizer()
    {
    }

    /**
     * Appends the tokens of {@code text} to {@code out}.
     *
     * @throws AbiProfileException on an unterminated string or character literal
     */
    static void tokenize(final String text, final String file, final int line, final List<Token> out)
    {
        int i = 0;
        final int length = text.length();
        while (i < length)
        {
            final char c = text.charAt(i);
            final int start = i;
            if (Character.isWhitespace(c))
            {
                i++;
                continue;
            }
            final Token.Kind kind;
            if (isIdentifierStart(c))
            {
                while (i < length && isIdentifierPart(text.charAt(i)))
                {
                    i++;
                }
                kind = Token.Kind.IDENTIFIER;
            }
            else if (isDigit(c) || (c == '.' && i + 1 < length && isDigit(text.charAt(i + 1))))
            {
                while (i < length && (isIdentifierPart(text.charAt(i)) || text.charAt(i) == '.'))
                {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            }
            else if (c == '"' || c == '\'')
            {
                i = endOfLiteral(text, i, file, line);
                kind = c == '"' ? Token.Kind.STRING_LITERAL : Token.Kind.CHAR_LITERAL;
            }
            else
            {
                i += punctuatorLength(text, i);
                kind = Token.Kind.PUNCTUATOR;
            }
            out.add(new Token(kind, text.substring(start, i), file, line));
        }
    }

    private static int endOfLiteral(final String text, final int start, final String file, final int line)
    {
        final char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length())
        {
            final char c = text.charAt(i);
            if (c == '\\')
            {
                i += 2;
            }
            else if (c == quote)
            {
                return i + 1;
            }
            else
            {
                i++;
            }
        }
        throw new AbiProfileException(file + ":" + line + ": unterminated " +
            (quote == '"' ? "string" : "character") + " literal: " + text.substring(start).strip());
    }

    private static int punctuatorLength(final String text, final int i)
    {
        for (final String punctuator : MULTI_CHAR_PUNCTUATORS)
        {
            if (text.startsWith(punctuator, i))
            {
                return punctuator.length();
            }
        }
        return 1;
    }

    private static boolean isIdentifierStart(final char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isIdentifierPart(final char c)
    {
        return isIdentifierStart(c) || isDigit(c);
    }

    private static boolean isDigit(final char c)
    {
        return c >= '0' && c <= '9';
    }
}
