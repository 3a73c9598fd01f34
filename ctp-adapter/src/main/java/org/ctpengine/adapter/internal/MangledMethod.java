package org.ctpengine.adapter.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A C++ member function named by an Itanium-mangled symbol, e.g.
 * {@code _ZN18CFtdcTraderApiImpl12ReqUserLoginEP27CThostFtdcReqUserLoginFieldi} →
 * class {@code CFtdcTraderApiImpl}, method {@code ReqUserLogin}, parameters
 * {@code [CThostFtdcReqUserLoginField*, int]}.
 *
 * <p>Only the subset of the mangling grammar that CTP's API and SPI methods use is understood: a nested
 * name, builtin types, named classes and enums, pointers, const, and substitutions. Anything else is
 * refused with the symbol in the message rather than guessed.
 *
 * @param className      the innermost class, e.g. {@code CFtdcTraderApiImpl}
 * @param methodName     e.g. {@code ReqUserLogin}
 * @param parameterTypes C++ spelling without names, {@code this} excluded
 */
public record MangledMethod(String className, String methodName, List<String> parameterTypes)
{
    /**
     * Parses a mangled member-function symbol.
     *
     * @throws IllegalArgumentException naming the symbol and the position that is not understood
     */
    public static MangledMethod parse(final String symbol)
    {
        return new Parser(symbol).parse();
    }

    /** Just the method name of a mangled member function, or null when the symbol is not one. */
    public static String methodNameOrNull(final String symbol)
    {
        try
        {
            return symbol == null ? null : parse(symbol).methodName();
        }
        catch (final IllegalArgumentException e)
        {
            return null;
        }
    }

    private static final class Parser
    {
        private final String symbol;
        private final List<String> substitutions = new ArrayList<>();
        private int pos;

        Parser(final String symbol)
        {
            this.symbol = symbol;
        }

        MangledMethod parse()
        {
            expect("_ZN");
            final List<String> names = new ArrayList<>();
            while (peek() != 'E')
            {
                if (peek() == 'K')
                {
                    pos++; // const member function: not part of CTP's virtuals, but harmless
                    continue;
                }
                names.add(sourceName());
            }
            pos++;
            if (names.size() < 2)
            {
                throw error("expected Class::method");
            }
            // Every prefix that names a class is a substitution candidate; the function itself is not.
            final StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < names.size() - 1; i++)
            {
                prefix.append(i == 0 ? "" : "::").append(names.get(i));
                substitutions.add(prefix.toString());
            }
            final List<String> parameters = new ArrayList<>();
            while (pos < symbol.length())
            {
                parameters.add(type());
            }
            if (parameters.isEmpty())
            {
                throw error("no parameter types");
            }
            if (parameters.size() == 1 && parameters.get(0).equals("void"))
            {
                parameters.clear();
            }
            return new MangledMethod(names.get(names.size() - 2), names.get(names.size() - 1), parameters);
        }

        private String type()
        {
            final char c = next();
            switch (c)
            {
                case 'v': return "void";
                case 'b': return "bool";
                case 'c': return "char";
                case 'a': return "signed char";
                case 'h': return "unsigned char";
                case 's': return "short";
                case 't': return "unsigned short";
                case 'i': return "int";
                case 'j': return "unsigned int";
                case 'l': return "long";
                case 'm': return "unsigned long";
                case 'x': return "long long";
                case 'y': return "unsigned long long";
                case 'f': return "float";
                case 'd': return "double";
                case 'P':
                {
                    final String pointer = type() + "*";
                    substitutions.add(pointer);
                    return pointer;
                }
                case 'R':
                {
                    final String reference = type() + "&";
                    substitutions.add(reference);
                    return reference;
                }
                case 'K':
                {
                    final String qualified = "const " + type();
                    substitutions.add(qualified);
                    return qualified;
                }
                case 'S':
                    return substitution();
                default:
                    if (Character.isDigit(c))
                    {
                        pos--;
                        final String name = sourceName();
                        substitutions.add(name);
                        return name;
                    }
                    throw error("unsupported type code '" + c + "'");
            }
        }

        /** {@code S_} is the first candidate, {@code S0_} the second, {@code S1_} the third (base 36). */
        private String substitution()
        {
            int index = 0;
            if (peek() != '_')
            {
                int seq = 0;
                while (peek() != '_')
                {
                    final char d = next();
                    final int digit = Character.isDigit(d) ? d - '0' : (d >= 'A' && d <= 'Z' ? d - 'A' + 10 : -1);
                    if (digit < 0)
                    {
                        throw error("unsupported substitution");
                    }
                    seq = seq * 36 + digit;
                }
                index = seq + 1;
            }
            pos++;
            if (index >= substitutions.size())
            {
                throw error("substitution " + index + " out of range");
            }
            return substitutions.get(index);
        }

        private String sourceName()
        {
            final int start = pos;
            while (pos < symbol.length() && Character.isDigit(symbol.charAt(pos)))
            {
                pos++;
            }
            if (start == pos)
            {
                throw error("expected a length-prefixed name");
            }
            final int length = Integer.parseInt(symbol.substring(start, pos));
            if (pos + length > symbol.length())
            {
                throw error("name runs past the end");
            }
            final String name = symbol.substring(pos, pos + length);
            pos += length;
            return name;
        }

        private void expect(final String text)
        {
            if (!symbol.startsWith(text, pos))
            {
                throw error("expected '" + text + "'");
            }
            pos += text.length();
        }

        private char peek()
        {
            if (pos >= symbol.length())
            {
                throw error("unexpected end");
            }
            return symbol.charAt(pos);
        }

        private char next()
        {
            final char c = peek();
            pos++;
            return c;
        }

        private IllegalArgumentException error(final String what)
        {
            return new IllegalArgumentException("cannot demangle '" + symbol + "' at position " + pos + ": " + what);
        }
    }
}
