package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a simple C declaration ({@code char InstrumentID[81]}, {@code int a, b},
 * {@code char TThostFtdcDateType[9]}) into its type and its declarators. Function declarators are not
 * simple declarations; callers reject them first.
 */
final class Declarators
{
    /**
     * One declared name.
     *
     * @param name     the identifier declared
     * @param pointers how many {@code *} precede it
     * @param bounds   the array bounds after it, outermost first, each as unevaluated tokens
     */
    record Declarator(Token name, int pointers, List<List<Token>> bounds)
    {
    }

    /** The type shared by all declarators, and the declarators. */
    record Declaration(List<Token> type, List<Declarator> declarators)
    {
    }

    private Declarators()
    {
    }

    /**
     * Splits {@code tokens}.
     *
     * @param first what to blame when the declaration is empty
     * @throws org.ctpengine.adapter.abi.AbiProfileException naming file and line when it is not of that form
     */
    static Declaration split(final List<Token> tokens, final Token first)
    {
        final List<List<Token>> chunks = splitAtCommas(tokens);
        List<Token> type = List.of();
        final List<Declarator> declarators = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++)
        {
            final List<Token> chunk = chunks.get(i);
            final Token blame = chunk.isEmpty() ? first : chunk.get(0);
            int end = chunk.size();
            final List<List<Token>> bounds = new ArrayList<>();
            while (end > 0 && chunk.get(end - 1).is("]"))
            {
                final int open = matchingOpenBracket(chunk, end - 1);
                bounds.add(0, List.copyOf(chunk.subList(open + 1, end - 1)));
                end = open;
            }
            if (end == 0 || !chunk.get(end - 1).isIdentifier())
            {
                throw blame.error("expected a declaration 'TYPE NAME' but found '" + Token.join(tokens) + "'");
            }
            final Token name = chunk.get(end - 1);
            int typeEnd = end - 1;
            int pointers = 0;
            while (typeEnd > 0 && chunk.get(typeEnd - 1).is("*"))
            {
                pointers++;
                typeEnd--;
            }
            if (i == 0)
            {
                type = List.copyOf(chunk.subList(0, typeEnd));
                if (type.isEmpty())
                {
                    throw blame.error("declaration of '" + name.text() + "' has no type");
                }
            }
            else if (typeEnd != 0)
            {
                throw blame.error("unexpected '" + chunk.get(0).text() + "' in the declaration of '" + name.text() + "'");
            }
            declarators.add(new Declarator(name, pointers, bounds));
        }
        return new Declaration(type, declarators);
    }

    /** Splits at commas outside brackets; a default argument's parentheses never contain a bare comma here. */
    static List<List<Token>> splitAtCommas(final List<Token> tokens)
    {
        final List<List<Token>> chunks = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (final Token token : tokens)
        {
            if (token.is("(") || token.is("[") || token.is("{"))
            {
                depth++;
            }
            else if (token.is(")") || token.is("]") || token.is("}"))
            {
                depth--;
            }
            if (depth == 0 && token.is(","))
            {
                chunks.add(current);
                current = new ArrayList<>();
            }
            else
            {
                current.add(token);
            }
        }
        chunks.add(current);
        return chunks;
    }

    private static int matchingOpenBracket(final List<Token> tokens, final int close)
    {
        int depth = 0;
        for (int i = close; i >= 0; i--)
        {
            if (tokens.get(i).is("]"))
            {
                depth++;
            }
            else if (tokens.get(i).is("[") && --depth == 0)
            {
                return i;
            }
        }
        throw tokens.get(close).error("']' without '['");
    }
}
