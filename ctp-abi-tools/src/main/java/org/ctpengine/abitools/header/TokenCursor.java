package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.List;

/** Walks a header's tokens, which always end with an END token, and gathers balanced runs of them. */
final class TokenCursor
{
    private final List<Token> tokens;
    private int position;

    TokenCursor(final List<Token> tokens)
    {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind() != Token.Kind.END)
        {
            throw new IllegalArgumentException("token list must end with an END token");
        }
        this.tokens = tokens;
    }

    boolean atEnd()
    {
        return peek().kind() == Token.Kind.END;
    }

    Token peek()
    {
        return tokens.get(position);
    }

    Token peek(final int ahead)
    {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    Token next()
    {
        final Token token = tokens.get(position);
        if (token.kind() != Token.Kind.END)
        {
            position++;
        }
        return token;
    }

    /** Consumes the expected token or fails naming what was found instead. */
    Token expect(final String text, final String context)
    {
        final Token token = next();
        if (!token.is(text))
        {
            throw token.error("expected '" + text + "' " + context + " but found '" + token.text() + "'");
        }
        return token;
    }

    /**
     * Consumes tokens up to the first {@code ;} outside brackets, or up to a block {@code {...}} that is
     * not an initialiser, and returns them without the {@code ;}. A block is consumed together with a
     * {@code ;} right after it; {@link Statement#hasBlock()} tells.
     *
     * @param opened the token that began the enclosing construct, blamed when the file ends first
     */
    Statement statement(final Token opened)
    {
        final Token first = peek();
        final List<Token> collected = new ArrayList<>();
        int depth = 0;
        while (true)
        {
            final Token token = peek();
            if (token.kind() == Token.Kind.END)
            {
                throw opened.error("'" + opened.text() + "' is never completed: the file ends first");
            }
            if (depth == 0 && token.is(";"))
            {
                next();
                return new Statement(first, collected, false);
            }
            if (depth == 0 && token.is("}"))
            {
                throw token.error("unexpected '}' after '" + Token.join(collected) + "' (missing ';'?)");
            }
            final boolean afterEquals = !collected.isEmpty() && collected.get(collected.size() - 1).is("=");
            if (depth == 0 && token.is("{") && !afterEquals)
            {
                skipBlock();
                if (peek().is(";"))
                {
                    next();
                }
                return new Statement(first, collected, true);
            }
            if (token.is("(") || token.is("[") || token.is("{"))
            {
                depth++;
            }
            else if (token.is(")") || token.is("]") || token.is("}"))
            {
                depth--;
            }
            collected.add(next());
        }
    }

    /** Consumes a balanced {@code {...}} starting at the current {@code {}. */
    void skipBlock()
    {
        final Token open = expect("{", "to open a block");
        int depth = 1;
        while (depth > 0)
        {
            final Token token = next();
            if (token.kind() == Token.Kind.END)
            {
                throw open.error("'{' is never closed: the file ends first");
            }
            if (token.is("{"))
            {
                depth++;
            }
            else if (token.is("}"))
            {
                depth--;
            }
        }
    }

    /**
     * The tokens of one declaration or member.
     *
     * @param first    the first token (for error messages, also when {@code tokens} is empty)
     * @param tokens   the tokens before the terminating {@code ;} or block
     * @param hasBlock whether a {@code {...}} block (a function body) ended it
     */
    record Statement(Token first, List<Token> tokens, boolean hasBlock)
    {
        String text()
        {
            return Token.join(tokens);
        }

        boolean contains(final String text)
        {
            for (final Token token : tokens)
            {
                if (token.is(text))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
