package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.List;

/**
 * Spells a parameter or return type the way ABI profiles do, which is the way the mangled signature sees
 * it: no parameter name, no default argument, typedefs resolved ({@code TThostFtdcVolumeType} → {@code int}),
 * arrays decayed to pointers ({@code char *ppInstrumentID[]} → {@code char**}), top-level {@code const}
 * dropped ({@code const bool} → {@code bool}) and stars attached to the type ({@code const char*}).
 */
final class ParameterTypes
{
    /** One pointer or reference level: {@code *}, {@code &} or {@code &&}, maybe const itself. */
    private static final class Indirection
    {
        final String symbol;
        boolean isConst;

        Indirection(final String symbol)
        {
            this.symbol = symbol;
        }
    }

    private ParameterTypes()
    {
    }

    /**
     * The profile spelling of a parameter declaration such as {@code const char *pszFlowPath = ""}.
     *
     * @param blame what to name in errors
     * @throws org.ctpengine.adapter.abi.AbiProfileException naming file and line for what it cannot spell
     */
    static String parameter(final List<Token> declaration, final TypedefTable typedefs, final Token blame)
    {
        return spell(withoutDefault(declaration), true, typedefs, blame);
    }

    /** The profile spelling of a return type such as {@code const char *}. */
    static String returnType(final List<Token> tokens, final TypedefTable typedefs, final Token blame)
    {
        return spell(tokens, false, typedefs, blame);
    }

    private static List<Token> withoutDefault(final List<Token> tokens)
    {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++)
        {
            final Token token = tokens.get(i);
            depth += token.is("(") || token.is("[") ? 1 : token.is(")") || token.is("]") ? -1 : 0;
            if (depth == 0 && token.is("="))
            {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }

    private static String spell(final List<Token> all, final boolean mayHaveName, final TypedefTable typedefs,
        final Token blame)
    {
        final String written = Token.join(all);
        int end = all.size();
        int arrays = 0;
        while (end > 0 && all.get(end - 1).is("]"))
        {
            while (end > 0 && !all.get(end - 1).is("["))
            {
                end--;
            }
            end--;
            arrays++;
        }
        if (mayHaveName && end > 0 && isName(all.subList(0, end)))
        {
            end--;
        }
        final List<Token> tokens = all.subList(0, Math.max(end, 0));

        boolean baseConst = false;
        final List<String> words = new ArrayList<>();
        final List<Indirection> indirections = new ArrayList<>();
        for (final Token token : tokens)
        {
            if (token.is("const"))
            {
                if (indirections.isEmpty())
                {
                    baseConst = true;
                }
                else
                {
                    indirections.get(indirections.size() - 1).isConst = true;
                }
            }
            else if (token.is("*") || token.is("&") || token.is("&&"))
            {
                indirections.add(new Indirection(token.text()));
            }
            else if (token.is("::") && !words.isEmpty())
            {
                words.set(words.size() - 1, words.get(words.size() - 1) + "::");
            }
            else if (token.isIdentifier() && !indirections.isEmpty())
            {
                throw token.error("cannot read the type '" + written + "': '" + token.text() + "' after a '*'");
            }
            else if (token.isIdentifier() && !TypedefTable.QUALIFIERS.contains(token.text()))
            {
                if (!words.isEmpty() && words.get(words.size() - 1).endsWith("::"))
                {
                    words.set(words.size() - 1, words.get(words.size() - 1) + token.text());
                }
                else
                {
                    words.add(token.text());
                }
            }
            else if (!token.isIdentifier())
            {
                throw token.error("cannot read the type '" + written + "': unexpected '" + token.text() +
                    "' (function pointers and parenthesised declarators are not supported)");
            }
        }
        if (words.isEmpty())
        {
            throw blame.error("no type in '" + written + "'");
        }

        if (words.size() == 1 && typedefs.contains(words.get(0)))
        {
            final TypedefTable.Resolved resolved = typedefs.resolve(words.get(0));
            if (resolved.bounds().size() > 1 || (!resolved.bounds().isEmpty() && !indirections.isEmpty()))
            {
                throw blame.error("cannot spell '" + written + "': a pointer to an array is not a CTP parameter type");
            }
            words.clear();
            words.addAll(resolved.words());
            baseConst |= resolved.isConst();
            for (int i = 0; i < resolved.pointers(); i++)
            {
                indirections.add(0, new Indirection("*"));
            }
            arrays += resolved.bounds().size();
        }
        if (arrays > 1)
        {
            throw blame.error("cannot spell '" + written + "': a multi-dimensional array is not a CTP parameter type");
        }
        if (arrays == 1)
        {
            indirections.add(new Indirection("*"));
        }

        // Top-level const is not part of a function's type, so the mangled signature never shows it.
        if (indirections.isEmpty())
        {
            baseConst = false;
        }
        else
        {
            indirections.get(indirections.size() - 1).isConst = false;
        }

        final StringBuilder spelled = new StringBuilder();
        if (baseConst)
        {
            spelled.append("const ");
        }
        spelled.append(String.join(" ", words));
        for (final Indirection indirection : indirections)
        {
            spelled.append(indirection.symbol);
            if (indirection.isConst)
            {
                spelled.append(" const");
            }
        }
        return spelled.toString();
    }

    /**
     * Whether the last token names the parameter: an identifier that is neither a built-in type word nor a
     * qualifier, preceded by at least one word of the type ({@code int nRequestID}, {@code char *p}); a
     * lone {@code CThostFtdcXField} or {@code unsigned int} has no name.
     */
    private static boolean isName(final List<Token> tokens)
    {
        final Token last = tokens.get(tokens.size() - 1);
        if (!last.isIdentifier() || TypedefTable.BUILT_IN_TYPE_WORDS.contains(last.text()) ||
            TypedefTable.QUALIFIERS.contains(last.text()))
        {
            return false;
        }
        for (int i = 0; i < tokens.size() - 1; i++)
        {
            final Token token = tokens.get(i);
            if (token.isIdentifier() && !TypedefTable.QUALIFIERS.contains(token.text()))
            {
                return true;
            }
        }
        return false;
    }
}
