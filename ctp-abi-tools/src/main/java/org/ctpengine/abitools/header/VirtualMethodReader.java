package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ctpengine.adapter.abi.VtableSlot;

/**
 * Reads the vtable of a CTP API or SPI class from its members: every virtual method, in declaration order,
 * is the next slot. Static factories, constructors, non-virtual members and the (non-virtual) destructor
 * take no slot. A virtual destructor would take two slots that CTP's tables do not have, so it is an error.
 */
final class VirtualMethodReader
{
    private static final Set<String> NOT_A_METHOD = Set.of("static", "friend", "typedef", "using", "template");
    private static final Set<String> TRAILING_SPECIFIERS = Set.of("const", "volatile", "override", "final", "&", "&&");

    private VirtualMethodReader()
    {
    }

    /**
     * The slots of {@code type}.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException naming file and line of a method it cannot read
     */
    static List<VtableSlot> read(final ParsedHeader.Aggregate type, final TypedefTable typedefs)
    {
        final List<VtableSlot> slots = new ArrayList<>();
        for (final TokenCursor.Statement member : type.members())
        {
            final List<Token> tokens = member.tokens();
            final int open = indexOf(tokens, "(", 0);
            final int declaratorEnd = open < 0 ? tokens.size() : open;
            if (containsAny(tokens, declaratorEnd, NOT_A_METHOD))
            {
                continue;
            }
            final int virtual = indexOf(tokens.subList(0, declaratorEnd), "virtual", 0);
            if (indexOf(tokens.subList(0, declaratorEnd), "~", 0) >= 0)
            {
                if (virtual >= 0)
                {
                    throw member.first().error(type.name().text() + " declares a virtual destructor: '" + member.text() +
                        "'; it would add two vtable slots that CTP's libraries do not have. SFIT's headers declare " +
                        "none; wrappers (SWIG ports) sometimes add one: remove it if the library was built from SFIT's headers");
                }
                continue;
            }
            if (virtual < 0)
            {
                continue;
            }
            slots.add(slot(type, member, virtual, open, slots.size(), typedefs));
        }
        return slots;
    }

    private static VtableSlot slot(
        final ParsedHeader.Aggregate type,
        final TokenCursor.Statement member,
        final int virtual,
        final int open,
        final int index,
        final TypedefTable typedefs)
    {
        final List<Token> tokens = member.tokens();
        final String where = " in " + type.name().text() + ": '" + member.text() + "'";
        if (open < 0)
        {
            throw member.first().error("virtual member without a parameter list" + where);
        }
        final Token name = tokens.get(open - 1);
        if (open - 1 <= virtual || !name.isIdentifier())
        {
            throw member.first().error("cannot find the method name and return type" + where);
        }
        final int close = matchingClose(tokens, open);
        if (close < 0)
        {
            throw tokens.get(open).error("unbalanced parentheses" + where);
        }
        trailing(tokens, close + 1, name, where);
        final String returnType = ParameterTypes.returnType(tokens.subList(virtual + 1, open - 1), typedefs, name);
        final List<Token> parameterTokens = tokens.subList(open + 1, close);
        final List<String> parameters = new ArrayList<>();
        if (!(parameterTokens.isEmpty() || (parameterTokens.size() == 1 && parameterTokens.get(0).is("void"))))
        {
            for (final List<Token> parameter : Declarators.splitAtCommas(parameterTokens))
            {
                if (parameter.isEmpty())
                {
                    throw name.error("empty parameter" + where);
                }
                parameters.add(ParameterTypes.parameter(parameter, typedefs, parameter.get(0)));
            }
        }
        return new VtableSlot(index, name.text(), returnType, parameters);
    }

    /** What may follow a parameter list: cv and ref qualifiers, override, final, noexcept, throw(), {@code = 0}. */
    private static void trailing(final List<Token> tokens, final int from, final Token name, final String where)
    {
        int i = from;
        while (i < tokens.size())
        {
            final Token token = tokens.get(i);
            if (TRAILING_SPECIFIERS.contains(token.text()))
            {
                i++;
            }
            else if ((token.is("noexcept") || token.is("throw")) && i + 1 < tokens.size() && tokens.get(i + 1).is("("))
            {
                i = matchingClose(tokens, i + 1) + 1;
                if (i == 0)
                {
                    throw token.error("unbalanced parentheses after " + token.text() + where);
                }
            }
            else if (token.is("noexcept"))
            {
                i++;
            }
            else if (token.is("=") && i + 1 < tokens.size() && tokens.get(i + 1).is("0"))
            {
                i += 2;
            }
            else
            {
                throw token.error("unexpected '" + token.text() + "' after the parameter list of " + name.text() +
                    " (missing ';'?)" + where);
            }
        }
    }

    private static int indexOf(final List<Token> tokens, final String text, final int from)
    {
        for (int i = from; i < tokens.size(); i++)
        {
            if (tokens.get(i).is(text))
            {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsAny(final List<Token> tokens, final int end, final Set<String> words)
    {
        for (int i = 0; i < end; i++)
        {
            if (tokens.get(i).isIdentifier() && words.contains(tokens.get(i).text()))
            {
                return true;
            }
        }
        return false;
    }

    private static int matchingClose(final List<Token> tokens, final int open)
    {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++)
        {
            if (tokens.get(i).is("("))
            {
                depth++;
            }
            else if (tokens.get(i).is(")") && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }
}
